// The PostgreSQL adapter of the Store interface (node-postgres). Many processes may share one database:
// workers, API servers and CLI commands. A transaction is bound to the async call chain that opened it;
// fusion serialises per space-time cell with advisory locks (lockCells) and locks an incident's row
// before reading its members, so concurrent writers neither duplicate nor lose an incident's update.
import { groupCopies } from '../../fuse/copies.js';
import type { ExtractionResult } from '../../types.js';
import type {
  CandidateQuery, Dossier, HistoryEntry, Incident, IncidentFields, IncidentFilter, MemberEvent, NewArticle, NewReviewRecord, ReviewRecord, Store,
  StoreStats, StoredArticle, ActorStats, TimeBucket, TimeRow,
} from '../store.js';
import type { IncidentReview } from '../../review/model.js';
import { PgArticles } from './articles.js';
import { LOCK, PgDb, type PgOptions } from './db.js';
import { PgIncidents } from './incidents.js';
import { filteredIncidents, queryIncidents } from './query.js';
import { placeCounts, statsActors, statsTime } from './stats.js';
import type { PlaceCount, PlaceGrouping } from '../place-counts.js';
import { PgQueue } from './queue.js';
import { PgWatch } from './watch.js';

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  readonly db: PgDb;
  private readonly articles: PgArticles;
  private readonly incidents: PgIncidents;
  private readyPromise: Promise<number> | null = null;
  /** The work queue (`sitrep enqueue` / `sitrep worker`) kept in the same database. */
  readonly queue: PgQueue;
  /** The poll state of `sitrep watch`. */
  readonly watch: PgWatch;

  constructor(url: string, opts: PgOptions = {}) {
    this.db = new PgDb(url, opts);
    this.articles = new PgArticles(this.db);
    this.incidents = new PgIncidents(this.db);
    this.queue = new PgQueue(this.db);
    this.watch = new PgWatch(this.db, () => this.ready());
  }

  /** Connects and runs the pending migrations (once); every method waits for it. */
  ready(): Promise<number> {
    this.readyPromise ??= this.db.migrate();
    return this.readyPromise;
  }

  async close(): Promise<void> {
    await this.readyPromise?.catch(() => undefined);
    await this.db.close();
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready();
    return this.db.transaction(fn);
  }

  async stats(): Promise<StoreStats> {
    const schemaVersion = await this.ready();
    const [r] = await this.db.query(`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM events)::int AS events,
      (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM incidents)::int AS incidents`);
    return { ...r, schemaVersion };
  }

  async findArticle(by: { url?: string | null; textHash?: string }): Promise<StoredArticle | null> { await this.ready(); return this.articles.find(by); }
  async insertArticle(a: NewArticle): Promise<number> { await this.ready(); return this.articles.insert(a); }
  async getArticle(id: number): Promise<StoredArticle | null> { await this.ready(); return this.articles.get(id); }
  async saveExtraction(articleId: number, r: ExtractionResult): Promise<MemberEvent[]> { await this.ready(); return this.articles.saveExtraction(articleId, r); }
  async clearExtraction(articleId: number) { await this.ready(); return this.articles.clearExtraction(articleId); }
  async getExtraction(articleId: number) { await this.ready(); return this.articles.extraction(articleId); }
  async listArticleIds(afterId: number, limit: number): Promise<number[]> { await this.ready(); return this.articles.ids(afterId, limit); }
  async addSignature(id: number, sig: Uint32Array, keys: number[]): Promise<void> { await this.ready(); await this.articles.addSignature(id, sig, keys); }
  async findByBands(keys: number[]) { await this.ready(); return this.articles.findByBands(keys); }
  async setCopyOf(articleId: number, rootId: number): Promise<void> { await this.ready(); await this.articles.setCopyOf(articleId, rootId); }
  async signaturesOf(ids: number[]): Promise<Map<number, Uint32Array>> { await this.ready(); return this.articles.signaturesOf(ids); }

  async lockCells(keys: number[]): Promise<void> {
    await this.ready();
    if (this.db.inTransaction) await this.articles.lock(LOCK.cell, keys);
  }

  async candidateIncidents(q: CandidateQuery): Promise<Incident[]> { await this.ready(); return this.incidents.candidates(q); }
  async incidentsOfGroup(group: number): Promise<number[]> { await this.ready(); return this.incidents.ofGroup(group); }
  async createIncident(f: IncidentFields, id?: number): Promise<number> { await this.ready(); return this.incidents.create(f, id); }
  async moveRecords(to: number, ids: { history: number[]; reviews: number[] }): Promise<void> { await this.ready(); await this.incidents.moveRecords(to, ids); }
  async updateIncident(id: number, f: IncidentFields): Promise<void> { await this.ready(); await this.incidents.update(id, f); }
  async absorbIncident(into: number, from: number): Promise<void> { await this.ready(); await this.incidents.absorb(into, from); }
  async assignEvent(eventId: number, incidentId: number): Promise<void> { await this.ready(); await this.incidents.assign(eventId, incidentId); }

  async incidentMembers(id: number): Promise<MemberEvent[]> {
    await this.ready();
    // Fusion reads the members to rewrite the incident: hold its row first, so that a concurrent join
    // is seen (READ COMMITTED reads after the lock) instead of overwritten.
    if (this.db.inTransaction) await this.db.query('SELECT 1 FROM incidents WHERE id = $1 FOR UPDATE', [id]);
    return this.incidents.members(id);
  }

  async addHistory(e: Omit<HistoryEntry, 'id' | 'at'>): Promise<void> { await this.ready(); await this.incidents.addHistory(e); }
  async history(id: number): Promise<HistoryEntry[]> { await this.ready(); return this.incidents.history(id); }
  async mergedInto(id: number): Promise<number | null> { await this.ready(); return this.incidents.mergedInto(id); }

  async writeReview(id: number, r: IncidentReview, expect: number): Promise<number | null> { await this.ready(); return this.incidents.writeReview(id, r, expect); }
  async flagIncident(id: number, reason: string): Promise<void> { await this.ready(); await this.incidents.flag(id, reason); }
  async addReviewRecord(r: NewReviewRecord): Promise<number> { await this.ready(); return this.incidents.addRecord(r); }
  async reviewRecords(id: number): Promise<ReviewRecord[]> { await this.ready(); return this.incidents.records(id); }
  async getReviewRecord(id: number): Promise<ReviewRecord | null> { await this.ready(); return this.incidents.record(id); }
  async setRevertedBy(id: number, by: number): Promise<void> { await this.ready(); await this.incidents.setRevertedBy(id, by); }
  async deleteIncident(id: number): Promise<void> { await this.ready(); await this.incidents.delete(id); }

  async getIncident(id: number): Promise<Incident | null> { await this.ready(); return this.incidents.get(id); }
  async queryIncidents(f: IncidentFilter): Promise<Incident[]> { await this.ready(); return queryIncidents(this.db, f); }
  async statsTime(f: IncidentFilter, bucket: TimeBucket): Promise<TimeRow[]> { await this.ready(); return statsTime(this.db, f, bucket); }
  async statsActors(f: IncidentFilter, limit: number): Promise<ActorStats> { await this.ready(); return statsActors(this.db, f, limit); }
  async placeCounts(by: PlaceGrouping, f: IncidentFilter): Promise<PlaceCount[]> { await this.ready(); return placeCounts(this.db, by, f); }

  async dossier(id: number): Promise<Dossier | null> {
    await this.ready();
    const incident = await this.incidents.get(id);
    if (!incident) return null;
    const members = await this.incidents.members(id);
    const out = [];
    // Each article read once, however many of its events are members (a 2 MB text per member adds up).
    const texts = new Map<number, StoredArticle>();
    for (const m of members) {
      let a = texts.get(m.articleId);
      if (!a) texts.set(m.articleId, (a = (await this.articles.get(m.articleId))!));
      const evidence = (m.event.evidence ?? []).map((s) => a.text.slice(s.start, s.end));
      out.push({ ...m, title: a.title, url: a.url, evidence });
    }
    return { incident, members: await groupCopies(this, out) };
  }
}
