// The work queue in PostgreSQL itself: `sitrep enqueue` adds articles, any number of `sitrep worker`
// processes (on any machines) take them. A worker leases a few pending entries at a time with
// FOR UPDATE SKIP LOCKED (two workers never take the same entry, and never wait on each other); an entry
// is marked done in the transaction that stores its article, so a worker killed mid-article loses
// nothing: its lease runs out and another worker takes the entry again.
//
// Attempts are charged to the article being read, not to the lease: `attempts` counts the tries that
// failed, plus one while a worker is reading the entry (charged when its reading starts, given back
// when it ends well). A worker killed while reading an article leaves that one charge behind; the
// other entries of its lease, waiting or already read, are charged nothing. An entry whose charges
// reach the limit is parked ('failed') with its error: an article that fails, or that kills its worker,
// that many times. Parked entries are listed, retried and dropped with `sitrep queue`.
import type { ArticleInput } from '../../types.js';
import type { PgDb } from './db.js';

export interface QueueEntry { id: number; input: ArticleInput; origin: string | null; attempts: number }

export interface QueueCounts { pending: number; leased: number; done: number; failed: number }

export interface QueueListing {
  id: number; origin: string | null; url: string | null; attempts: number; error: string | null; takenBy: string | null; enqueued: string; finished: string | null;
}

export class PgQueue {
  constructor(private readonly db: PgDb) {}

  /**
   * Adds an article unless the queue or the store already has it (same URL, or same normalised text):
   * 'queued', 'duplicate', or 'parked' when the queue holds it parked (`sitrep queue retry` takes it up again).
   */
  async add(input: ArticleInput, textHash: string, origin: string | null): Promise<'queued' | 'duplicate' | 'parked'> {
    const url = input.url?.trim() || null;
    const rows = await this.db.query(`INSERT INTO queue (url, text_hash, input, origin)
      SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE url = $1 OR text_hash = $2)
      ON CONFLICT DO NOTHING RETURNING id`, [url, textHash, JSON.stringify(input), origin]);
    if (rows.length) return 'queued';
    const [held] = await this.db.query(`SELECT state FROM queue WHERE (url = $1 OR text_hash = $2) AND state = 'failed' LIMIT 1`, [url, textHash]);
    return held ? 'parked' : 'duplicate';
  }

  /**
   * Parks the entries a worker died reading once too often (out of attempts, their lease run out).
   * Returns how many: the worker that parks them reports them.
   */
  async parkAbandoned(maxAttempts: number): Promise<number> {
    const rows = await this.db.query(`UPDATE queue SET state = 'failed', finished = now(),
        error = coalesce(error, 'its worker stopped (killed?) while reading it, ' || attempts || ' times')
      WHERE state = 'pending' AND attempts >= $1 AND leased_until < now() RETURNING id`, [maxAttempts]);
    return rows.length;
  }

  /** Leases up to `n` pending entries for `leaseMs`, charging them nothing (charge() does, entry by entry). */
  async take(worker: string, n: number, leaseMs: number, maxAttempts: number): Promise<QueueEntry[]> {
    const rows = await this.db.query(`UPDATE queue q SET leased_until = now() + $2 * interval '1 millisecond', taken_by = $3
      FROM (SELECT id FROM queue WHERE state = 'pending' AND attempts < $4 AND (leased_until IS NULL OR leased_until < now())
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) t
      WHERE q.id = t.id RETURNING q.id, q.input, q.origin, q.attempts`, [n, leaseMs, worker, maxAttempts]);
    return rows.sort((a, b) => a.id - b.id).map((r) => ({ id: r.id, input: JSON.parse(r.input), origin: r.origin, attempts: r.attempts }));
  }

  /** The reading of an entry starts: one attempt charged, until refund() (the reading ended well). */
  async charge(worker: string, id: number): Promise<void> {
    await this.db.query(`UPDATE queue SET attempts = attempts + 1 WHERE id = $1 AND taken_by = $2 AND state = 'pending'`, [id, worker]);
  }

  /** The reading ended well: its attempt is given back (storing it is no attempt at reading it). */
  async refund(worker: string, id: number): Promise<void> {
    await this.db.query(`UPDATE queue SET attempts = greatest(attempts - 1, 0) WHERE id = $1 AND taken_by = $2 AND state = 'pending'`, [id, worker]);
  }

  /** Extends the lease on entries this worker still holds. */
  async renew(worker: string, ids: number[], leaseMs: number): Promise<void> {
    if (ids.length) {
      await this.db.query(`UPDATE queue SET leased_until = now() + $3 * interval '1 millisecond'
        WHERE id = ANY($1::bigint[]) AND taken_by = $2 AND state = 'pending'`, [ids, worker, leaseMs]);
    }
  }

  /** Hands back leased entries this worker will not finish (it is stopping): others may take them at once. */
  async release(worker: string, ids: number[]): Promise<void> {
    if (ids.length) {
      await this.db.query(`UPDATE queue SET leased_until = NULL
        WHERE id = ANY($1::bigint[]) AND taken_by = $2 AND state = 'pending'`, [ids, worker]);
    }
  }

  /**
   * Inside the storing transaction: holds the entry's row until commit (a second worker that took the same
   * entry after a lease ran out waits here, then sees it done). False when it is no longer pending.
   */
  async claim(id: number): Promise<boolean> {
    const [row] = await this.db.query('SELECT state FROM queue WHERE id = $1 FOR UPDATE', [id]);
    return row?.state === 'pending';
  }

  async done(id: number, worker: string, outcome: 'new' | 'duplicate', articleId: number | null): Promise<void> {
    await this.db.query(`UPDATE queue SET state = 'done', done_by = $2, outcome = $3, article_id = $4, finished = now(), leased_until = NULL
      WHERE id = $1`, [id, worker, outcome, articleId]);
  }

  /**
   * A failed attempt: parked at once when `final` (the article itself cannot be read) or out of attempts,
   * otherwise pending again after `retryMs`. A failed reading was charged when it started; a failure
   * after it (storing) is charged here (`charge`). Returns whether it was parked.
   */
  async fail(id: number, error: string, opts: { final: boolean; maxAttempts: number; retryMs: number; charge?: boolean }): Promise<boolean> {
    const [row] = await this.db.query(`UPDATE queue SET error = $2, attempts = attempts + $6,
        state = CASE WHEN $3 OR attempts + $6 >= $4 THEN 'failed' ELSE 'pending' END,
        finished = CASE WHEN $3 OR attempts + $6 >= $4 THEN now() END,
        leased_until = now() + $5 * interval '1 millisecond'
      WHERE id = $1 AND state = 'pending' RETURNING state`, [id, error.slice(0, 1000), opts.final, opts.maxAttempts, opts.retryMs, opts.charge ? 1 : 0]);
    return row?.state === 'failed';
  }

  /** Entries in a state, oldest first ('failed' = parked), with what `sitrep queue list` shows. */
  async list(state: 'pending' | 'done' | 'failed', limit: number): Promise<QueueListing[]> {
    const rows = await this.db.query(`SELECT id, origin, url, attempts, error, taken_by, enqueued, finished FROM queue
      WHERE state = $1 ORDER BY id LIMIT $2`, [state, limit]);
    return rows.map((r) => ({ id: Number(r.id), origin: r.origin, url: r.url, attempts: r.attempts, error: r.error, takenBy: r.taken_by,
      enqueued: new Date(r.enqueued).toISOString(), finished: r.finished ? new Date(r.finished).toISOString() : null }));
  }

  /** Parked entries (those in `ids`, or all) pending again with no attempts charged. Returns how many. */
  async retry(ids: number[] | 'all'): Promise<number> {
    const rows = await this.db.query(`UPDATE queue SET state = 'pending', attempts = 0, error = NULL, leased_until = NULL, finished = NULL
      WHERE state = 'failed' AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[])) RETURNING id`, [ids === 'all' ? null : ids]);
    return rows.length;
  }

  /** Parked entries (those in `ids`, or all) removed: the same article may then be enqueued anew. Returns how many. */
  async drop(ids: number[] | 'all'): Promise<number> {
    const rows = await this.db.query(`DELETE FROM queue WHERE state = 'failed' AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[])) RETURNING id`,
      [ids === 'all' ? null : ids]);
    return rows.length;
  }

  async counts(): Promise<QueueCounts> {
    const [r] = await this.db.query(`SELECT
      count(*) FILTER (WHERE state = 'pending' AND (leased_until IS NULL OR leased_until < now()))::int AS pending,
      count(*) FILTER (WHERE state = 'pending' AND leased_until >= now())::int AS leased,
      count(*) FILTER (WHERE state = 'done')::int AS done, count(*) FILTER (WHERE state = 'failed')::int AS failed FROM queue`);
    return r;
  }

  /** Milliseconds until the next lease runs out (how long an idle worker waits), or null when none is held. */
  async nextLeaseEndsIn(): Promise<number | null> {
    const [r] = await this.db.query(`SELECT (extract(epoch FROM min(leased_until) - now()) * 1000)::float8 AS ms FROM queue
      WHERE state = 'pending' AND leased_until >= now()`);
    return r?.ms ?? null;
  }
}
