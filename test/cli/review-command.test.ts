// CLI tests for sitrep review and sitrep incident --history: every action, its record, stale versions,
// bad values as usage errors, and the person's word in the lists.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { seedDb } from './seed.js';
import { parseCsv } from '../../src/export/csv.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';

let dir = '';
let db = '';
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-review-'));
  db = join(dir, 'cli.db');
  await seedDb(db);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, '--db', db]);
const incident = async (id: number) => JSON.parse((await cli('incident', String(id), '--format', 'json', '--history')).stdout);

test('review: set, confirm, note and revert, each in the history with who and why', async () => {
  const v = (await incident(1)).version;
  const set = await cli('review', '1', '--set', 'fatalities=5-6-7', '--set', 'actor2=Civilians (Ukraine)', '--why', 'hospital list', '--by', 'ana', '--version', String(v));
  assert.equal(set.code, 0, set.stderr);
  assert.match(set.stdout, /set fatalities: 4-4-7 → 5-6-7 — “hospital list”/);
  assert.match(set.stdout, /corrected, version \d+; by ana/);
  const stale = await cli('review', '1', '--confirm', '--by', 'ben', '--version', String(v));
  assert.equal(stale.code, 1);
  assert.match(stale.stderr, /\[E_STALE_VERSION\]/);
  assert.equal((await cli('review', '1', '--confirm', '--by', 'ben')).code, 0);
  assert.equal((await cli('review', '1', '--note', 'call the hospital again', '--by', 'ben')).code, 0);
  const text = await cli('incident', '1', '--history');
  assert.match(text.stdout, /review {4}corrected, version \d+; by ben/);
  assert.match(text.stdout, /Review history\n {2}#1 .* ana {2}set fatalities/);
  assert.match(text.stdout, /#4 .* ben {2}note — “call the hospital again”/);
  const json = await incident(1);
  assert.deepEqual(json.fatalities, { low: 5, best: 6, high: 7 });
  assert.deepEqual(json.reviews.map((r: any) => r.action), ['set', 'set', 'confirm', 'note']);
  // Exports say which rows a person checked, and --reviewed keeps only those.
  const acled = parseCsv((await cli('export', '--format', 'acled', '--reviewed')).stdout);
  assert.equal(acled.length, 2);
  assert.equal(acled[1][ACLED_COLUMNS.indexOf('reviewed')], 'corrected');
  const all = parseCsv((await cli('export', '--format', 'acled')).stdout).slice(1).map((r) => r[ACLED_COLUMNS.indexOf('reviewed')]);
  assert.deepEqual(all, ['corrected', 'unreviewed']);
  const geo = JSON.parse((await cli('export', '--format', 'geojson')).stdout);
  assert.deepEqual(geo.features.map((f: any) => [f.properties.reviewed, f.properties.review.state]), [[true, 'corrected'], [false, 'unreviewed']]);
  const csv = parseCsv((await cli('events', '--format', 'csv', '--review', 'unreviewed')).stdout);
  assert.deepEqual([csv[0].at(-1), csv.length, csv[1].at(-1)], ['reviewed', 2, 'unreviewed']);
  const undo = await cli('review', '1', '--revert', '1', '--by', 'ana');
  assert.equal(undo.code, 0, undo.stderr);
  assert.equal((await incident(1)).fatalities.best, 4);
  const again = await cli('review', '1', '--revert', '1');
  assert.equal(again.code, 1);
  assert.match(again.stderr, /\[E_REVIEW_CONFLICT\]/);
});

test('review: reject hides an incident from events and exports; --review rejected shows it', async () => {
  assert.equal((await cli('review', '2', '--reject', '--why', 'a training exercise')).code, 0);
  const ids = async (...args: string[]) => (await cli('events', '--format', 'jsonl', ...args)).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
  assert.deepEqual(await ids(), [1]);
  assert.deepEqual(await ids('--review', 'rejected'), [2]);
  assert.deepEqual(await ids('--reviewed'), [1]);
  assert.equal((await cli('review', '2', '--revert', String((await incident(2)).reviews[0].id))).code, 0);
  assert.deepEqual(await ids(), [1, 2]);
});

test('review: merge and split by event number, and usage errors with codes', async () => {
  const m = await cli('review', '1', '--merge', '2', '--why', 'one operation');
  assert.equal(m.code, 0, m.stderr);
  const merged = await incident(1);
  assert.equal(merged.reports.length, 3);
  const last = merged.reports[2];
  const dossier = await cli('incident', '1');
  const event = /event e1 \(#(\d+)\): Armed clash/.exec(dossier.stdout)![1];
  const s = await cli('review', '1', '--split', event, '--format', 'json');
  assert.equal(s.code, 0, s.stderr);
  const other = JSON.parse(s.stdout).records[0].otherIncident;
  assert.equal((await incident(other)).reports[0].articleId, last.articleId);
  for (const args of [['--confirm', '--reject'], [], ['--set', 'colour=red'], ['--set', 'date=2024-02-30'], ['--set', 'fatalities'], ['--merge', 'x'], ['--bogus']]) {
    const r = await cli('review', '1', ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /\[E_USAGE\]/, args.join(' '));
  }
  const missing = await cli('review', '99', '--confirm');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /\[E_NOT_FOUND\]/);
  const help = await runCli(['review', '--help']);
  assert.match(help.stdout, /--set FIELD=VALUE/);
  assert.match(help.stdout, /--revert N/);
});

test('review: a reverted merge brings the other incident back under its own id, both histories telling both steps', async () => {
  const own = join(dir, 'merge-revert.db');
  await seedDb(own);
  const run = (...args: string[]) => runCli([...args, '--db', own]);
  const m = await run('review', '1', '--merge', '2', '--by', 'ana', '--format', 'json');
  assert.equal(m.code, 0, m.stderr);
  // Its id still leads somewhere: the dossier and a review of it name the incident that holds its reports.
  const gone = await run('incident', '2');
  assert.equal(gone.code, 1);
  assert.equal(gone.stderr, 'sitrep: incident 2 was merged into incident 1: sitrep incident 1 [E_MERGED]\n');
  assert.match((await run('review', '2', '--confirm', '--by', 'ana')).stderr, /incident 2 was merged into incident 1: sitrep incident 1 \[E_MERGED\]/);
  const undo = await run('review', '1', '--revert', String(JSON.parse(m.stdout).records[0].id), '--by', 'ana', '--why', 'two strikes');
  assert.equal(undo.code, 0, undo.stderr);
  const back = JSON.parse((await run('incident', '2', '--format', 'json')).stdout);
  assert.equal(back.id, 2);
  assert.equal(back.locationName, 'Portville');
  const shown = (await run('incident', '2', '--history')).stdout;
  assert.match(shown, /merged into incident 1 .*\[reverted by #\d+\]/);
  assert.match(shown, /revert of action \d+: back from incident 1, under its own id — “two strikes”/);
  assert.match((await run('incident', '1', '--history')).stdout, /merge: incident 2 joined.*\[reverted by #\d+\][\s\S]*revert of action/);
});
