// sitrep reread: stored articles read again by this reader; a person's decisions hold; bad ids and
// unreadable articles are reported with a code while the others go on.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { seedDb } from './seed.js';

let dir = '';
let db = '';
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-reread-'));
  db = join(dir, 'cli.db');
  // The seed's readings are built by hand, as an older reader might have read them.
  await seedDb(db);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, '--db', db]);
const incidents = async () => JSON.parse((await cli('events', '--format', 'json')).stdout) as any[];

test('reread: usage errors, and an unknown article is E_NOT_FOUND without stopping the others', async () => {
  for (const args of [[], ['--all', '1'], ['x1']]) {
    const r = await cli('reread', ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /\[E_USAGE\]/);
  }
  const r = await cli('reread', '999', '--quiet');
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^0 read again, 1 failed/);
  assert.equal((await runCli(['reread', '--all', '--db', join(dir, 'none.db')])).code, 1);
});

test('reread --all: every reading replaced by this reader\'s, the incident a person corrected kept with its locked value', async () => {
  const before = await incidents();
  const reviewed = before.find((i) => i.locationName === 'Milltown');
  assert.ok(reviewed);
  assert.equal((await cli('review', String(reviewed.id), '--set', 'fatalities=5-6-7', '--by', 'ana')).code, 0);
  const r = await cli('reread', '--all');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^3 read again, 0 failed/);
  const now = await incidents();
  const kept = now.find((i) => i.id === reviewed.id);
  assert.ok(kept, 'the reviewed incident is still there');
  assert.deepEqual(kept.fatalities, { low: 5, best: 6, high: 7 });
  // The hand-built readings named places the gazetteer does not hold (Milltown, Portville): this reader
  // reads the texts themselves, so the unreviewed incident's reading changed.
  const portville = before.find((i) => i.locationName === 'Portville');
  const after = now.find((i) => i.id === portville.id);
  assert.ok(!after || after.locationName !== 'Portville' || after.actor2 !== portville.actor2, 'the unreviewed incident was read again');
  // Reading again is idempotent: a second run leaves the same incidents.
  assert.equal((await cli('reread', '--all')).code, 0);
  assert.deepEqual((await incidents()).map((i) => [i.id, i.eventType, i.fatalities]), now.map((i) => [i.id, i.eventType, i.fatalities]));
});

test('reread: incidents nobody reviewed keep their ids when this reader reads their articles as before, one article or all', async () => {
  // Read by this reader at ingest: the dated Kharkiv strike, and an undated article (no dateline, no
  // publication date) whose two incidents fusion finds no candidates for by place and date alone.
  const folder = mkdtempSync(join(dir, 'texts-'));
  writeFileSync(join(folder, 'a.txt'), 'KYIV, April 2 (Reuters) - A Russian drone struck a school in Kharkiv overnight, killing four people, the regional governor said on Tuesday.\n');
  writeFileSync(join(folder, 'b.txt'), 'Government troops clashed with rebels near the town of Kidal, killing three soldiers, the army said. Separately, an airstrike hit a market in Gao.\n');
  const fresh = join(dir, 'ids.db');
  assert.equal((await runCli(['ingest', folder, '--db', fresh, '--quiet'])).code, 0);
  const list = async () => (JSON.parse((await runCli(['events', '--format', 'json', '--db', fresh])).stdout) as any[])
    .map((i) => [i.id, i.eventType, i.locationName]).sort((a, b) => a[0] - b[0]);
  const before = await list();
  assert.ok(before.length >= 3, JSON.stringify(before));
  const r = await runCli(['reread', '--all', '--db', fresh]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(await list(), before);
  const undated = before.find((i) => i[2] === 'Kidal')![0];
  const article = (JSON.parse((await runCli(['incident', String(undated), '--format', 'json', '--db', fresh])).stdout) as any).reports[0].articleId;
  assert.equal((await runCli(['reread', String(article), '--db', fresh])).code, 0);
  assert.deepEqual(await list(), before);
});
