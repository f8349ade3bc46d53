// Opening the SQLite file: WAL so readers never block the writer, foreign keys on, a busy timeout so a
// second process waits for the lock instead of failing, then the pending migrations in one transaction.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.js';
import { parseReview, reviewPriority } from '../../review/model.js';
import type { IncidentFields } from '../store.js';

export type Db = Database.Database;

export function openDatabase(path: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  if (!opts.readonly) {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
    db.pragma('synchronous = NORMAL');
    // A 64 MB page cache: the indexes fusion reads on every article stay in memory at 100k articles.
    db.pragma('cache_size = -65536');
    migrate(db);
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  const version = schemaVersion(db);
  if (version > MIGRATIONS.length) {
    throw new Error(`the database has schema version ${version}, newer than this sitrep (${MIGRATIONS.length})`);
  }
  if (version === MIGRATIONS.length) return;
  // IMMEDIATE: two processes opening a fresh file at once must not both run the migrations.
  db.exec('BEGIN IMMEDIATE');
  try {
    const now = schemaVersion(db);
    for (let v = now; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    backfillPriority(db);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}

/** Incidents stored before the review migration get their place in the review queue (rows.ts backfillReviewPriority, synchronously). */
function backfillPriority(db: Db): void {
  const read = db.prepare('SELECT id, data FROM incidents WHERE review_priority IS NULL AND id > ? ORDER BY id LIMIT 1000');
  const write = db.prepare('UPDATE incidents SET review_priority = ? WHERE id = ?');
  const empty = parseReview(null);
  for (let after = 0; ;) {
    const rows = read.all(after) as { id: number; data: string }[];
    if (!rows.length) return;
    for (const r of rows) write.run(reviewPriority(JSON.parse(r.data) as IncidentFields, empty), r.id);
    after = rows[rows.length - 1].id;
  }
}
