// The poll state of `sitrep watch` in SQLite (see src/store/watch.ts).
import type { Db } from './open.js';
import {
  HEALTH_SQL, healthFromRow, itemFromRow, SOURCE_STATE_COLUMNS, sourceFromRow, sourceValues,
  type ItemOutcome, type NewWatchItem, type WatchItem, type WatchSource, type WatchSourceHealth, type WatchStore,
} from '../watch.js';

export class SqliteWatch implements WatchStore {
  private readonly s;
  constructor(private readonly db: Db) {
    this.s = {
      add: db.prepare('INSERT INTO watch_sources (url, added) VALUES (?, ?) ON CONFLICT(url) DO NOTHING'),
      byUrl: db.prepare('SELECT * FROM watch_sources WHERE url = ?'),
      byId: db.prepare('SELECT * FROM watch_sources WHERE id = ?'),
      health: db.prepare(HEALTH_SQL),
      update: db.prepare(`UPDATE watch_sources SET ${SOURCE_STATE_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
      item: db.prepare(`INSERT INTO watch_items (source_id, url, title, published, outlet, language, seen) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(url) DO NOTHING`),
      due: db.prepare(`SELECT * FROM watch_items WHERE state = 'pending' AND (next_try IS NULL OR next_try <= ?) ORDER BY id LIMIT ?`),
      itemById: db.prepare('SELECT * FROM watch_items WHERE id = ?'),
      done: db.prepare(`UPDATE watch_items SET state = 'done', outcome = ?, article_id = ?, finished = ?, next_try = NULL WHERE id = ?`),
      failed: db.prepare(`UPDATE watch_items SET state = 'failed', attempts = attempts + 1, error_code = ?, error_message = ?, finished = ? WHERE id = ?`),
      retry: db.prepare(`UPDATE watch_items SET attempts = attempts + 1, error_code = ?, error_message = ?, next_try = ? WHERE id = ? AND state = 'pending'`),
    };
  }

  async addSources(urls: string[], at: string): Promise<WatchSource[]> {
    const out: WatchSource[] = [];
    for (const url of urls) {
      this.s.add.run(url, at);
      out.push(sourceFromRow(this.s.byUrl.get(url)));
    }
    return out;
  }

  async getSource(id: number): Promise<WatchSource | null> {
    const row = this.s.byId.get(id);
    return row ? sourceFromRow(row) : null;
  }

  async sourceHealth(): Promise<WatchSourceHealth[]> {
    return this.s.health.all().map(healthFromRow);
  }

  async recordPoll(source: WatchSource, items: NewWatchItem[]): Promise<number> {
    let added = 0;
    for (const it of items) {
      added += this.s.item.run(source.id, it.url, it.title ?? null, it.published ?? null, it.outlet ?? null, it.language ?? null, source.lastFetch ?? new Date().toISOString()).changes;
    }
    this.s.update.run(...sourceValues({ ...source, newItems: added }), source.id);
    return added;
  }

  async dueItems(at: string, limit: number, sourceIds?: number[]): Promise<WatchItem[]> {
    if (!sourceIds) return this.s.due.all(at, limit).map(itemFromRow);
    if (!sourceIds.length) return [];
    const ids = sourceIds.map(Number).filter(Number.isInteger);
    return this.db.prepare(`SELECT * FROM watch_items WHERE state = 'pending' AND (next_try IS NULL OR next_try <= ?)
      AND source_id IN (${ids.join(', ')}) ORDER BY id LIMIT ?`).all(at, limit).map(itemFromRow);
  }

  async finishItem(id: number, o: ItemOutcome): Promise<void> {
    if (o.state === 'done') this.s.done.run(o.outcome, o.articleId, o.at, id);
    else if (o.state === 'failed') this.s.failed.run(o.errorCode, o.errorMessage.slice(0, 1000), o.at, id);
    else this.s.retry.run(o.errorCode, o.errorMessage.slice(0, 1000), o.nextTry, id);
  }

  async getItem(id: number): Promise<WatchItem | null> {
    const row = this.s.itemById.get(id);
    return row ? itemFromRow(row) : null;
  }
}
