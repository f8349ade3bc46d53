// docs/extraction.schema.json, the JSON Schema of `sitrep extract`'s output: its vocabularies are the
// code's (src/vocabulary.ts), it refuses what it should (one line per case), and every answer the
// command line and the API give is valid against it. (The examples' golden outputs are checked in
// examples.test.ts, the generated corpus in corpus-e2e.test.ts, the fuzzers' outputs in test/trust.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { schemaProblems } from './support/json-schema.js';
import { contractProblems, errorProblems, EXTRACTION_SCHEMA as SCHEMA } from './support/contract-shape.js';
import { EVENT_TYPES, SOURCE_KINDS, STANCES, STATUSES, SUB_EVENT_TYPES } from '../src/vocabulary.js';
import { createApp } from '../src/server/app.js';
import type { Backend } from '../src/server/backend.js';

const defs = SCHEMA.$defs;

test('schema: its closed vocabularies are the code\'s', () => {
  assert.deepEqual(defs.event.properties.eventType.enum, [...EVENT_TYPES]);
  assert.deepEqual(defs.event.properties.subEventType.enum, SUB_EVENT_TYPES.map((s) => s.subEventType));
  const byType = Object.fromEntries(defs.event.allOf.map((c: any) => [c.if.properties.eventType.const, c.then.properties.subEventType.enum]));
  for (const t of EVENT_TYPES) assert.deepEqual(byType[t], SUB_EVENT_TYPES.filter((s) => s.eventType === t).map((s) => s.subEventType), t);
  assert.deepEqual(defs.event.properties.status.enum, [...STATUSES]);
  assert.deepEqual(defs.claim.properties.stance.enum, [...STANCES]);
  assert.deepEqual(defs.source.properties.kind.enum, [...SOURCE_KINDS]);
});

test('schema: documents every field of the output that docs/extraction.md lists', () => {
  const doc = readFileSync('docs/extraction.md', 'utf8');
  for (const [def, fields] of [['result', defs.result.properties], ['event', defs.event.properties], ['claim', defs.claim.properties]] as const) {
    for (const f of Object.keys(fields)) assert.match(doc, new RegExp(`\`${f}(\\[\\])?\``), `${def}.${f} is in docs/extraction.md`);
  }
  for (const f of ['why', 'trigger', 'injuries']) assert.ok(f in defs.event.properties, f);
  assert.ok('via' in defs.claim.properties);
});

// A small valid result; each case below breaks one thing in a copy of it.
const text = 'Shelling killed 2 in Aleppo, the army said.';
const base = () => ({
  id: 'a', published: '2024-05-01',
  places: [{ text: 'Aleppo', start: 21, end: 27, name: 'Aleppo', geonameid: 170063, lat: 36.2, lon: 37.16, country: 'SY', admin1: 'Aleppo', featureCode: 'PPLA', mention: 'name' }],
  events: [{
    id: 'e1', eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack',
    date: { start: '2024-05-01', end: '2024-05-01', precision: 1, text: null },
    location: { text: 'Aleppo', start: 21, end: 27, name: 'Aleppo', geonameid: 170063, lat: 36.2, lon: 37.16, country: 'SY', admin1: 'Aleppo', featureCode: 'PPLA', precision: 1 },
    actor1: null, actor2: null, fatalities: { low: 2, best: 2, high: 2, claims: ['c1'], at: 16 }, injuries: null, status: 'unclaimed',
    claims: ['c1'], evidence: [{ start: 0, end: 43 }], trigger: { start: 0, end: 8, text: 'Shelling' },
    why: { type: [{ rule: 'shelling.1', start: 0, end: 8, text: 'Shelling' }] },
  }],
  claims: [{
    id: 'c1', source: { name: 'the army', text: 'the army', start: 29, end: 37, kind: 'military' }, cue: { text: 'said', start: 38, end: 42 },
    content: { start: 0, end: 27 }, stance: 'asserts', hedged: false, events: ['e1'],
  }],
});

const CASES: [string, (r: any) => void, RegExp | null][] = [
  ['valid as built', () => {}, null],
  ['an event may carry a field not yet documented', (r) => { r.events[0].newField = 1; }, null],
  ['why may name a field not listed', (r) => { r.events[0].why.subType = [{ rule: 'x' }]; }, null],
  ['no claims array', (r) => { delete r.claims; }, /no claims/],
  ['an unknown top-level field', (r) => { r.extra = 1; }, /extra is not a documented field/],
  ['an unknown claim field', (r) => { r.claims[0].weight = 1; }, /weight is not a documented field/],
  ['an unknown place field', (r) => { r.places[0].score = 1; }, /\{score\}/],
  ['an event type outside ACLED\'s six', (r) => { r.events[0].eventType = 'Skirmish'; }, /eventType/],
  ['a sub-event type under the wrong type', (r) => { r.events[0].eventType = 'Battles'; }, /subEventType/],
  ['a status outside the four', (r) => { r.events[0].status = 'rumoured'; }, /status/],
  ['a date not YYYY-MM-DD', (r) => { r.events[0].date.start = '1 May 2024'; }, /date\.start/],
  ['a date precision of 4', (r) => { r.events[0].date.precision = 4; }, /precision/],
  ['a location without its precision', (r) => { delete r.events[0].location.precision; }, /location/],
  ['a negative toll', (r) => { r.events[0].fatalities.low = -1; }, /fatalities/],
  ['a fractional toll', (r) => { r.events[0].fatalities.best = 2.5; }, /fatalities/],
  ['a latitude beyond 90', (r) => { r.places[0].lat = 91; }, /lat/],
  ['a lower-case country code', (r) => { r.places[0].country = 'sy'; }, /country/],
  ['a why entry without its rule', (r) => { r.events[0].why.type = [{ text: 'Shelling' }]; }, /why\.type\[0\]: no rule/],
  ['a trigger without its text', (r) => { delete r.events[0].trigger.text; }, /trigger: no text/],
  ['a negative offset', (r) => { r.claims[0].cue.start = -1; }, /cue\.start/],
  ['a stance outside the four', (r) => { r.claims[0].stance = 'hints'; }, /stance/],
  ['a source kind outside the nine', (r) => { r.claims[0].source.kind = 'blogger'; }, /kind/],
  ['a via without its kind', (r) => { r.claims[0].via = { name: 'x', text: 'x', start: 0, end: 1 }; }, /via: no kind/],
  ['hedged as a string', (r) => { r.claims[0].hedged = 'no'; }, /hedged/],
];

test('schema: refuses what it should, and what it cannot say the semantic checks catch', () => {
  for (const [name, breakIt, want] of CASES) {
    const r = base();
    breakIt(r);
    const problems = schemaProblems(SCHEMA, r);
    if (want) assert.match(problems.join('\n'), want, name);
    else assert.deepEqual(problems, [], name);
  }
  assert.deepEqual(contractProblems(base(), text), []);
  const offText = base();
  offText.claims[0].cue.text = 'says';
  assert.match(contractProblems(offText, text).join('\n'), /not the text at 38\.\.42/);
  const wrongOrder = base();
  wrongOrder.events[0].fatalities = { low: 3, best: 2, high: 2 } as any;
  assert.match(contractProblems(wrongOrder, text).join('\n'), /not low ≤ best ≤ high/);
  const badDay = base();
  badDay.events[0].date.start = '2024-02-30';
  assert.match(contractProblems(badDay, text).join('\n'), /date\.start 2024-02-30/);
  assert.deepEqual(errorProblems({ id: null, error: { code: 'E_EMPTY', message: 'line 2: blank, no article' } }), []);
  assert.match(errorProblems({ id: 1, error: { code: 'bad' } }).join('\n'), /id: 1 is not string\|null[\s\S]*no message[\s\S]*code/);
});

test('schema: every answer of sitrep extract (JSON, JSONL with bad lines, HTML) is valid', () => {
  const run = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/sitrep.js', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const examples: { file: string; published: string }[] = JSON.parse(readFileSync('examples/index.json', 'utf8'));
  const lines = [
    ...examples.map((e) => JSON.stringify({ id: e.file, text: readFileSync(`examples/${e.file}`, 'utf8'), published: e.published })),
    '', 'not json', JSON.stringify({ id: 'h', text: '<html><body><article><p>Gunmen attacked a checkpoint in Gao on Monday, killing three soldiers, the army said.</p></article></body></html>', published: '2024-05-08' }),
    JSON.stringify({ id: 'n' }),
  ];
  const r = run(['extract', '--jsonl'], lines.join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, lines.length);
  for (const [i, o] of out.entries()) {
    assert.deepEqual(schemaProblems(SCHEMA, o), [], `line ${i + 1}`);
    if (!o.error) assert.deepEqual(contractProblems(o, o.text ?? JSON.parse(lines[i]).text), [], `line ${i + 1}`);
  }
  const one = JSON.parse(run(['extract', `examples/${examples[0].file}`, '--published', examples[0].published]).stdout);
  assert.deepEqual(contractProblems(one, readFileSync(`examples/${examples[0].file}`, 'utf8')), []);
  for (const f of readdirSync('test/golden')) assert.deepEqual(schemaProblems(SCHEMA, JSON.parse(readFileSync(`test/golden/${f}`, 'utf8'))), [], f);
});

test('schema: the API\'s POST /api/extract answers with a valid reading', async () => {
  const app = createApp({ backend: {} as Backend });
  const body = 'Rockets struck a market in Sumy on Tuesday, killing four people, regional officials said.';
  const res = await app.request('/api/extract?published=2024-05-08', { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } });
  assert.equal(res.status, 200);
  const o = await res.json();
  assert.deepEqual(contractProblems(o, o.text ?? body), []);
});
