// The work queue in PostgreSQL itself: `sitrep enqueue` adds articles, any number of `sitrep worker`
// processes (on any machines) take them. A worker leases a few pending entries at a time with
// FOR UPDATE SKIP LOCKED (two workers never take the same entry, and never wait on each other); an entry
// is marked done in the transaction that stores its article, so a worker killed mid-article loses
// nothing: its lease runs out and another worker takes the entry again. Failures are retried a bounded
// number of times, then the entry is parked ('failed') with its error.
import type { ArticleInput } from '../../types.js';
import type { PgDb } from './db.js';

export interface QueueEntry { id: number; input: ArticleInput; origin: string | null; attempts: number }

export interface QueueCounts { pending: number; leased: number; done: number; failed: number }

export class PgQueue {
  constructor(private readonly db: PgDb) {}

  /**
   * Adds an article unless the queue or the store already has it (same URL, or same normalised text):
   * 'queued' or 'duplicate'.
   */
  async add(input: ArticleInput, textHash: string, origin: string | null): Promise<'queued' | 'duplicate'> {
    const url = input.url?.trim() || null;
    const rows = await this.db.query(`INSERT INTO queue (url, text_hash, input, origin)
      SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE url = $1 OR text_hash = $2)
      ON CONFLICT DO NOTHING RETURNING id`, [url, textHash, JSON.stringify(input), origin]);
    return rows.length ? 'queued' : 'duplicate';
  }

  /** Leases up to `n` pending entries for `leaseMs`; entries out of attempts whose lease ran out are parked first. */
  async take(worker: string, n: number, leaseMs: number, maxAttempts: number): Promise<QueueEntry[]> {
    await this.db.query(`UPDATE queue SET state = 'failed', finished = now(),
        error = coalesce(error, 'its worker stopped (killed?) ' || attempts || ' times before finishing it')
      WHERE state = 'pending' AND attempts >= $1 AND leased_until < now()`, [maxAttempts]);
    const rows = await this.db.query(`UPDATE queue q SET leased_until = now() + $2 * interval '1 millisecond', attempts = q.attempts + 1, taken_by = $3
      FROM (SELECT id FROM queue WHERE state = 'pending' AND attempts < $4 AND (leased_until IS NULL OR leased_until < now())
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) t
      WHERE q.id = t.id RETURNING q.id, q.input, q.origin, q.attempts`, [n, leaseMs, worker, maxAttempts]);
    return rows.sort((a, b) => a.id - b.id).map((r) => ({ id: r.id, input: JSON.parse(r.input), origin: r.origin, attempts: r.attempts }));
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
      await this.db.query(`UPDATE queue SET leased_until = NULL, attempts = greatest(attempts - 1, 0)
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
   * otherwise pending again after `retryMs`. Returns whether it was parked.
   */
  async fail(id: number, error: string, opts: { final: boolean; maxAttempts: number; retryMs: number }): Promise<boolean> {
    const [row] = await this.db.query(`UPDATE queue SET error = $2,
        state = CASE WHEN $3 OR attempts >= $4 THEN 'failed' ELSE 'pending' END,
        finished = CASE WHEN $3 OR attempts >= $4 THEN now() END,
        leased_until = now() + $5 * interval '1 millisecond'
      WHERE id = $1 AND state = 'pending' RETURNING state`, [id, error.slice(0, 1000), opts.final, opts.maxAttempts, opts.retryMs]);
    return row?.state === 'failed';
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
