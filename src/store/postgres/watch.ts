// The poll state of `sitrep watch` in PostgreSQL (see src/store/watch.ts). A poll's items go in one
// statement (unnest), and the statements join the caller's transaction (db.ts binds it to the call chain).
import type { PgDb } from './db.js';
import {
  HEALTH_SQL, healthFromRow, itemFromRow, SOURCE_STATE_COLUMNS, sourceFromRow, sourceValues,
  type ItemOutcome, type NewWatchItem, type WatchItem, type WatchSource, type WatchSourceHealth, type WatchStore,
} from '../watch.js';

export class PgWatch implements WatchStore {
  constructor(private readonly db: PgDb, private readonly ready: () => Promise<unknown>) {}

  async addSources(urls: string[], at: string): Promise<WatchSource[]> {
    await this.ready();
    await this.db.query(`INSERT INTO watch_sources (url, added) SELECT u, $2::text FROM unnest($1::text[]) AS u ON CONFLICT (url) DO NOTHING`, [urls, at]);
    const rows = await this.db.query('SELECT * FROM watch_sources WHERE url = ANY($1::text[])', [urls]);
    const byUrl = new Map(rows.map((r) => [r.url, sourceFromRow(r)]));
    return urls.map((u) => byUrl.get(u)!);
  }

  async getSource(id: number): Promise<WatchSource | null> {
    await this.ready();
    const [row] = await this.db.query('SELECT * FROM watch_sources WHERE id = $1', [id]);
    return row ? sourceFromRow(row) : null;
  }

  async sourceHealth(): Promise<WatchSourceHealth[]> {
    await this.ready();
    return (await this.db.query(HEALTH_SQL)).map(healthFromRow);
  }

  async recordPoll(source: WatchSource, items: NewWatchItem[]): Promise<number> {
    await this.ready();
    let added = 0;
    if (items.length) {
      const col = <K extends keyof NewWatchItem>(k: K) => items.map((i) => i[k] ?? null);
      const rows = await this.db.query(`INSERT INTO watch_items (source_id, url, title, published, outlet, language, seen)
        SELECT $1::bigint, *, $7::text FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
        ON CONFLICT (url) DO NOTHING RETURNING id`,
      [source.id, col('url'), col('title'), col('published'), col('outlet'), col('language'), source.lastFetch ?? new Date().toISOString()]);
      added = rows.length;
    }
    const cols = SOURCE_STATE_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ');
    await this.db.query(`UPDATE watch_sources SET ${cols} WHERE id = $1`, [source.id, ...sourceValues({ ...source, newItems: added })]);
    return added;
  }

  async dueItems(at: string, limit: number, sourceIds?: number[]): Promise<WatchItem[]> {
    await this.ready();
    const rows = await this.db.query(`SELECT * FROM watch_items WHERE state = 'pending' AND (next_try IS NULL OR next_try <= $1)
      AND ($3::bigint[] IS NULL OR source_id = ANY($3::bigint[])) ORDER BY id LIMIT $2`, [at, limit, sourceIds ?? null]);
    return rows.map(itemFromRow);
  }

  async finishItem(id: number, o: ItemOutcome): Promise<void> {
    await this.ready();
    if (o.state === 'done') {
      await this.db.query(`UPDATE watch_items SET state = 'done', outcome = $2, article_id = $3, finished = $4, next_try = NULL WHERE id = $1`, [id, o.outcome, o.articleId, o.at]);
    } else if (o.state === 'failed') {
      await this.db.query(`UPDATE watch_items SET state = 'failed', attempts = attempts + 1, error_code = $2, error_message = $3, finished = $4 WHERE id = $1`, [id, o.errorCode, o.errorMessage.slice(0, 1000), o.at]);
    } else {
      await this.db.query(`UPDATE watch_items SET attempts = attempts + 1, error_code = $2, error_message = $3, next_try = $4 WHERE id = $1 AND state = 'pending'`, [id, o.errorCode, o.errorMessage.slice(0, 1000), o.nextTry]);
    }
  }

  async getItem(id: number): Promise<WatchItem | null> {
    await this.ready();
    const [row] = await this.db.query('SELECT * FROM watch_items WHERE id = $1', [id]);
    return row ? itemFromRow(row) : null;
  }
}
