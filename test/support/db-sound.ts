// What must hold of a database after any crash, kill or failed write: integrity, each article once,
// the search index in step, every event fused. Returns the number of articles.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';

/** Everything that must hold after any crash. */
export function assertSound(db: string, where: string): number {
  const d = new Database(db);
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok', where);
    assert.deepEqual(d.pragma('foreign_key_check'), [], where);
    // Killed before the first migration committed: no schema and nothing stored is a sound state (the
    // migrations run in one transaction, so they are all there or none is); the next run creates it.
    if (d.pragma('user_version', { simple: true }) === 0) {
      assert.equal((d.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n, 0, `${where}: half a schema`);
      return 0;
    }
    const one = (sql: string): number => (d.prepare(sql).get() as { n: number }).n;
    const n = one('SELECT count(*) AS n FROM articles');
    assert.equal(one('SELECT count(DISTINCT key) AS n FROM articles'), n, `${where}: an article stored twice`);
    assert.equal(one('SELECT count(*) AS n FROM articles_fts'), n, `${where}: search index out of step`);
    assert.equal(one('SELECT count(*) AS n FROM events WHERE incident_id IS NULL'), 0, `${where}: an event left unfused`);
    return n;
  } finally {
    d.close();
  }
}
