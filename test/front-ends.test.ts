// The command line and the API over one store: the same filters keep the same incidents, the same bad
// values are refused in the same words (the CLI says --name, the API parameter "name"), the OpenAPI
// document lists exactly the parameters the API reads, and every command's help lists exactly the
// options it accepts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import type { Hono } from 'hono';
import { runCli } from './helpers/cli.js';
import { seedStore } from './support/api-seed.js';
import { article, result } from './helpers/build.js';
import { storeArticle } from '../src/ingest/store-article.js';
import { createApp } from '../src/server/app.js';
import { storeBackend } from '../src/server/store-backend.js';
import { openapi } from '../src/server/openapi.js';
import { FILTERS } from '../src/filters/grammar.js';
import { INCIDENT_PARAMS } from '../src/server/params.js';
import type { Store } from '../src/store/store.js';
import { formatHelp, parseArgsOptions } from '../src/cli/help.js';
import type { Command } from '../src/cli/command.js';

let store: Store;
let db = '';
let app: Hono;
before(async () => {
  ({ store, path: db } = await seedStore());
  // One incident beside the antimeridian (Suva, Fiji), for a box that crosses it.
  await store.transaction(() => storeArticle(store, article('suva', 'Gunmen attacked a police post in Suva overnight, officials said; one officer died.', { outlet: 'Pacific Wire' }),
    result('suva', [{ type: 'Battles', sub: 'Armed clash', date: '2024-07-01', place: { name: 'Suva', lat: -18.1416, lon: 178.4415, country: 'FJ' }, actor1: 'Unidentified Armed Group (Fiji)', dead: 1 }])));
  app = createApp({ backend: storeBackend(store) });
});
after(() => store.close());

const cliIds = async (args: string[]): Promise<number[]> => {
  const r = await runCli(['events', '--db', db, '--format', 'jsonl', '--sort', 'date', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
};
const apiIds = async (query: string): Promise<number[]> => {
  const res = await app.request(`/api/incidents?sort=date&${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()).items.map((i: { id: number }) => i.id);
};
const cliRefusal = async (name: string, value: string): Promise<string> => {
  const r = await runCli(['events', '--db', db, `--${name}`, value]);
  assert.equal(r.code, 2, `${name}=${value}: ${r.stdout}`);
  return /^sitrep: (.*) \[E_USAGE\]$/m.exec(r.stderr)?.[1] ?? r.stderr;
};
const apiRefusal = async (name: string, value: string, path = '/api/incidents?'): Promise<string> => {
  const res = await app.request(`${path}${name}=${encodeURIComponent(value)}`);
  assert.equal(res.status, 400, `${name}=${value}`);
  const body = await res.json();
  assert.equal(body.error.code, 'E_BAD_PARAM');
  return body.error.message;
};

const SAME: [string, string][] = [
  ['bbox', '170,-20,-170,-10'], // across the antimeridian: the API refused it
  ['bbox', '30,45,40,55'],
  ['type', 'battles'],
  ['sub-type', 'armed clash'],
  ['min-sources', '2'],
  ['near', '50,36.2,30'],
  ['status', 'alleged'],
  ['country', 'fj'],
];

test('the CLI and the API keep the same incidents for the same filters', async () => {
  for (const [name, value] of SAME) {
    const cli = await cliIds([`--${name}`, value]);
    assert.deepEqual(await apiIds(`${name}=${encodeURIComponent(value)}`), cli, `${name}=${value}`);
    assert.ok(cli.length > 0, `${name}=${value} keeps something`);
  }
});

const REFUSED: [string, string, RegExp][] = [
  ['type', 'Air/drone strike', /is a sub-event type \(of Explosions\/Remote violence\): filter by it with (--sub-type|parameter "sub-type")$/],
  ['type', 'foo', /one of the 6 event types: Battles, Explosions\/Remote violence, Violence against civilians, Protests, Riots, Strategic developments; got "foo"/],
  ['sub-type', 'Riots', /"Riots" is an event type: filter by it with (--type|parameter "type")$/],
  ['since', '2024-02-31', /a calendar date YYYY-MM-DD/],
  ['min-sources', '0', /a whole number from 1 to/],
  ['status', 'rumoured', /one of alleged, acknowledged, denied, unclaimed/],
  ['bbox', '0,10,5,0', /S ≤ N/],
];

test('a bad value is refused by name in the same words by the CLI and the API, with the valid values', async () => {
  for (const [name, value, words] of REFUSED) {
    const cli = await cliRefusal(name, value);
    assert.match(cli, new RegExp(`^--${name} `), cli);
    assert.match(cli, words, cli);
    const api = await apiRefusal(name, value);
    assert.equal(api, cli.replace(/--([a-z-]+)/g, 'parameter "$1"'));
    assert.equal(await apiRefusal(name, value, '/api/export?format=jsonl&'), api, 'export reads the filters alike');
    assert.equal((await runCli(['export', '--format', 'jsonl', '--db', db, `--${name}`, value])).stderr.split(' [E_USAGE]')[0], `sitrep: ${cli}`);
  }
});

test('an unknown filter is refused with the known ones listed, by the CLI and the API alike', async () => {
  const cli = await runCli(['events', '--db', db, '--colour', 'red']);
  assert.equal(cli.code, 2);
  assert.match(cli.stderr, /unknown option --colour; events takes --since, --until, .*--status, .*--sort, --limit, --format, --raw-csv, --db \[E_USAGE\]/);
  const api = await (await app.request('/api/incidents?colour=red')).json();
  assert.match(api.error.message, /unknown parameter "colour"; known: since, until, .*status, .*sort, limit, offset$/);
});

test('the OpenAPI document describes exactly the parameters the API reads, with their values', () => {
  const incidents = openapi.paths['/api/incidents'].get.parameters.map((p) => p.name);
  assert.deepEqual(incidents, INCIDENT_PARAMS.map((d) => d.name));
  const exported = openapi.paths['/api/export'].get.parameters.map((p) => p.name);
  // The export also reads `csv` (safe or raw cells), its one option beyond the format and the filters.
  assert.deepEqual(exported, ['format', 'csv', ...FILTERS.map((d) => d.name)]);
  const param = (name: string) => openapi.paths['/api/incidents'].get.parameters.find((p) => p.name === name)! as { schema: Record<string, any> };
  assert.equal(param('type').schema.enum.length, 6);
  assert.equal(param('sub-type').schema.enum.length, 25);
  assert.equal(param('min-sources').schema.minimum, 1);
});

const COMMANDS = ['extract', 'ingest', 'events', 'incident', 'review', 'export', 'enqueue', 'worker', 'migrate', 'serve'];

test('every command\'s help lists exactly the options it accepts', async () => {
  for (const name of COMMANDS) {
    const help = (await runCli([name, '--help'])).stdout;
    const listed = [...help.matchAll(/^ {2}--([a-z][a-z-]*)/gm)].map((m) => m[1]).sort();
    const command: Command = (await import(`../src/cli/${name}.js`))[`${name}Command`];
    assert.equal(help, formatHelp(command));
    assert.deepEqual(listed, Object.keys(parseArgsOptions(command)).sort(), name);
    // Each listed option is accepted by the parser (a value given where it takes one).
    for (const o of listed) {
      const def = parseArgsOptions(command)[o];
      assert.doesNotThrow(() => parseArgs({ args: [`--${o}`, ...(def.type === 'string' ? ['x'] : [])], options: parseArgsOptions(command), strict: true }), `${name} --${o}`);
    }
  }
  const events = (await runCli(['events', '--help'])).stdout;
  // A yes/no filter is a bare flag on the command line (--reviewed), true or false in the API.
  for (const d of FILTERS) assert.match(events, new RegExp(`--${d.name}${d.flag ? '' : ` ${d.arg.replace(/[|]/g, '\\|')}`} +${d.help.slice(0, 20).replace(/[()\\/.*+?|[\]]/g, '\\$&')}`));
  const exp = (await runCli(['export', '--help'])).stdout;
  for (const d of FILTERS) assert.match(exp, new RegExp(`--${d.name} `), 'export lists the filters it takes');
});
