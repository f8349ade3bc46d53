// The store contract against the SQLite adapter, plus what only a file-backed SQLite store has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './store.contract.case.test.js';
import { SqliteStore } from './sqlite/index.js';
import { MIGRATIONS } from './sqlite/schema.js';
import Database from 'better-sqlite3';
import { article } from '../../test/helpers/build.js';
import { INCIDENT_COLUMNS, incidentColumns } from './rows.js';
import { describeIncident } from '../fuse/describe.js';
import { newMember } from './rows.js';
import { result } from '../../test/helpers/build.js';

storeContract('sqlite', async () => new SqliteStore(':memory:'));

test('sqlite store: a file keeps its data, uses WAL and foreign keys, and records the schema version', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'x.db');
    const a = new SqliteStore(path);
    await a.transaction(async () => { await a.insertArticle(article('k', 'Kept text.')); });
    assert.equal(a.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(a.db.pragma('foreign_keys', { simple: true }), 1);
    assert.ok((a.db.pragma('busy_timeout', { simple: true }) as number) > 0);
    await a.close();
    const b = new SqliteStore(path);
    const st = await b.stats();
    assert.equal(st.articles, 1);
    assert.equal(st.schemaVersion, MIGRATIONS.length);
    assert.equal(b.db.pragma('integrity_check', { simple: true }), 'ok');
    assert.throws(() => b.db.prepare('INSERT INTO events (article_id, local_id, event_type, sub_event_type, status, data) VALUES (999, "e1", "x", "y", "alleged", "{}")').run());
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite store: a database from a newer sitrep is refused, not damaged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'x.db');
    const a = new SqliteStore(path);
    a.db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    await a.close();
    assert.throws(() => new SqliteStore(path), /newer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite store: a store from before the review migration opens with every incident unreviewed, at version 1, in the queue', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'old.db');
    // The schema as it was before the review migration (5), with an incident written by the old code.
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 4)) old.exec(m);
    old.pragma('user_version = 4');
    const e = result('k', [{ place: { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY' }, dead: 9 }]).events[0];
    const fields = describeIncident([newMember(1, 1, e, { outlet: 'A', published: '2024-03-11', copyOf: null }, [])]);
    old.prepare(`INSERT INTO incidents (${INCIDENT_COLUMNS}, created, updated) VALUES (${'?, '.repeat(INCIDENT_COLUMNS.split(',').length + 1)}?)`).run(...incidentColumns(fields), 'then', 'then');
    old.close();
    const s = new SqliteStore(path);
    const [i] = await s.queryIncidents({ review: 'queue', sort: 'priority' });
    assert.deepEqual([i.review.state, i.version, i.fatalities?.best], ['unreviewed', 1, 9]);
    assert.ok((s.db.prepare('SELECT review_priority AS p FROM incidents').get() as { p: number }).p > 0, 'the queue order is filled in');
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite store: migration 3 gives events and incidents injury columns, filled for events stored before it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'old.db');
    // A store at schema version 2 holding an event whose JSON has injuries.
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 2)) old.exec(m);
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO articles (id, key, text_hash, ingested, text) VALUES (1, 'k', 'h', '2024-01-01', 't')").run();
    old.prepare(`INSERT INTO events (article_id, local_id, event_type, sub_event_type, status, data) VALUES (1, 'e1', 'x', 'y', 'alleged', ?)`)
      .run(JSON.stringify({ injuries: { low: 3, best: 4, high: 5 } }));
    old.close();
    const s = new SqliteStore(path);
    assert.equal((await s.stats()).schemaVersion, MIGRATIONS.length);
    assert.deepEqual({ ...(s.db.prepare('SELECT inj_low, inj_best, inj_high FROM events').get() as object) }, { inj_low: 3, inj_best: 4, inj_high: 5 });
    assert.ok((s.db.prepare("SELECT name FROM pragma_table_info('incidents')").all() as { name: string }[]).some((c) => c.name === 'inj_best'));
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite store: migration 7 keeps incident ids for good: a store whose newest incident was merged away never gives its id again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'old.db');
    // A store at schema version 6: incident 1 stands, incident 2 was merged into it (deleted; its id lives on in the review records).
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 6)) old.exec(m);
    old.pragma('user_version = 6');
    const e = result('k', [{ place: { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY' } }]).events[0];
    const fields = describeIncident([newMember(1, 1, e, { outlet: 'A', published: '2024-03-11', copyOf: null }, [])]);
    old.prepare(`INSERT INTO incidents (${INCIDENT_COLUMNS}, created, updated) VALUES (${'?, '.repeat(INCIDENT_COLUMNS.split(',').length + 1)}?)`).run(...incidentColumns(fields), 'then', 'then');
    old.prepare("INSERT INTO reviews (incident_id, at, who, action, version, other_incident) VALUES (1, 'then', 'ana', 'merge', 2, 2)").run();
    old.close();
    const s = new SqliteStore(path);
    assert.equal((await s.stats()).schemaVersion, MIGRATIONS.length);
    const next = await s.transaction(() => s.createIncident(fields));
    assert.equal(next, 3);
    await s.deleteIncident(next);
    assert.equal(await s.transaction(() => s.createIncident(fields)), 4);
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
