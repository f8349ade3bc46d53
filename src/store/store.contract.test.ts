// The store contract against the SQLite adapter, plus what only a file-backed SQLite store has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './store.contract.case.test.js';
import { SqliteStore } from './sqlite/index.js';
import { MIGRATIONS } from './sqlite/schema.js';
import { article } from '../../test/helpers/build.js';

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
