// End to end: an article whose sources disagree on the toll (the health ministry says 12 dead, a
// broadcaster 14) read by `sitrep ingest`, then seen through the dossier (API) and every export. The
// toll is one range, 12 to 14, each bound naming the claim that gave it, best the lead's conservative 12;
// the injured travel beside it.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../../src/export/csv.js';
import { ACLED_COLUMNS } from '../../src/export/acled.js';
import { UCDP_COLUMNS } from '../../src/export/ucdp.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { createApp } from '../../src/server/app.js';
import { storeBackend } from '../../src/server/store-backend.js';
import type { ApiIncident, IncidentDetail, IncidentPage } from '../../src/server/shapes.js';

// Invented wording about a real city (the gazetteer places it).
const TEXT = 'A missile struck a market in Kharkiv on Monday morning. The regional health ministry said that 12 people were killed '
  + 'and nine were wounded. The broadcaster Suspilne reported that 14 people had died.';
// A past tally in another report: context, never an incident of its own.
const TALLY = 'Officials in Kharkiv said that 19 people have been killed in the region since March.';

let dir = '';
let db = '';
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-toll-'));
  db = join(dir, 'toll.db');
  const rows = [
    { id: 'kh1', text: TEXT, published: '2024-05-13', outlet: 'Test Wire', title: 'Missile hits market' },
    { id: 'kh2', text: TALLY, published: '2024-05-14', outlet: 'Other Wire', title: 'Toll since March' },
  ];
  writeFileSync(join(dir, 'in.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = await runCli(['ingest', join(dir, 'in.jsonl'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const exported = async (format: string) => {
  const r = await runCli(['export', '--format', format, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
};

test('toll e2e: the dossier (API) gives 12-14 dead, each bound naming its claim, and 9 injured', async () => {
  const store = new SqliteStore(db);
  try {
    const app = createApp({ backend: storeBackend(store), webRoot: dir });
    const page = (await (await app.request('/api/incidents')).json()) as IncidentPage;
    const tolled = page.items.filter((i: ApiIncident) => i.fatalities);
    assert.equal(tolled.length, 1, 'one incident carries the toll');
    assert.ok(page.items.every((i) => !i.outlets.includes('Other Wire')), 'the past tally is no incident');
    assert.deepEqual(tolled[0].fatalities, { low: 12, best: 12, high: 14 });
    assert.deepEqual(tolled[0].injuries, { low: 9, best: 9, high: 9 });
    const d = (await (await app.request(`/api/incidents/${tolled[0].id}`)).json()) as IncidentDetail;
    assert.deepEqual(d.fatalities.range, { low: 12, best: 12, high: 14 });
    const b = d.fatalities.basis!;
    assert.deepEqual([b.low.source, b.best.source, b.high.source], ['regional health ministry', 'regional health ministry', 'broadcaster Suspilne']);
    assert.ok(b.low.claimId && b.high.claimId && b.low.claimId !== b.high.claimId, 'low and high name different claims');
    assert.deepEqual(d.injuries.range, { low: 9, best: 9, high: 9 });
    assert.equal(d.injuries.basis!.best.source, 'regional health ministry');
    assert.match(d.incident.summary, /12-14 reported killed \(best 12\), 9 reported injured/);
  } finally {
    await store.close();
  }
});

test('toll e2e: ACLED CSV codes the most conservative figure (it has no column for the injured)', async () => {
  const rows = parseCsv(await exported('acled'));
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  const fat = rows.slice(1).map((r) => Number(r[ACLED_COLUMNS.indexOf('fatalities')]));
  assert.deepEqual(fat.filter((n) => n > 0), [12]);
  assert.equal(ACLED_COLUMNS.some((c) => /injur/.test(c)), false);
});

test('toll e2e: UCDP gives best, low and high', async () => {
  const rows = parseCsv(await exported('ucdp'));
  const col = (r: string[], c: (typeof UCDP_COLUMNS)[number]) => Number(r[UCDP_COLUMNS.indexOf(c)]);
  const tolled = rows.slice(1).filter((r) => col(r, 'best') > 0);
  assert.equal(tolled.length, 1);
  assert.deepEqual([col(tolled[0], 'low'), col(tolled[0], 'best'), col(tolled[0], 'high')], [12, 12, 14]);
});

test('toll e2e: GeoJSON and JSONL carry both tolls with their sources, and each report\'s figure names its claims', async () => {
  const geo = JSON.parse(await exported('geojson'));
  const f = geo.features.find((x: any) => x.properties.fatalities);
  assert.deepEqual(f.properties.fatalities, { low: 12, best: 12, high: 14 });
  assert.deepEqual(f.properties.injuries, { low: 9, best: 9, high: 9 });
  assert.equal(f.properties.fatalityBasis.high.source, 'broadcaster Suspilne');
  const lines = (await exported('jsonl')).trim().split('\n').map((l) => JSON.parse(l));
  const rec = lines.find((x) => x.fatalities);
  assert.deepEqual(rec.injuries, { low: 9, best: 9, high: 9 });
  const ev = rec.reports[0].event;
  assert.equal(ev.fatalities.claims.length, 2, 'the article\'s figure names both claims');
  assert.deepEqual(ev.fatalities.claimsBy.high.length, 1);
  assert.ok(ev.why.fatalities.some((w: any) => w.rule === 'fat.sources-differ'));
});
