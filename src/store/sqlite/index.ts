// The SQLite adapter of the Store interface (better-sqlite3: synchronous calls behind async methods).
import { groupCopies } from '../../fuse/copies.js';
import type { ExtractionResult } from '../../types.js';
import type {
  CandidateQuery, Dossier, HistoryEntry, Incident, IncidentFields, IncidentFilter, MemberEvent, NewArticle, NewReviewRecord, ReviewRecord, Store,
  StoreStats, StoredArticle, ActorStats, TimeBucket, TimeRow,
} from '../store.js';
import type { IncidentReview } from '../../review/model.js';
import { ArticleTables } from './articles.js';
import { IncidentTables } from './incidents.js';
import { openDatabase, schemaVersion, type Db } from './open.js';
import { filteredIncidents, queryIncidents } from './query.js';
import { placeCounts, statsActors, statsTime } from './stats.js';
import type { PlaceCount, PlaceGrouping } from '../place-counts.js';
import { SqliteWatch } from './watch.js';

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Db;
  readonly watch: SqliteWatch;
  private readonly articles: ArticleTables;
  private readonly incidents: IncidentTables;
  private inTransaction = false;

  constructor(path: string) {
    this.db = openDatabase(path);
    this.articles = new ArticleTables(this.db);
    this.incidents = new IncidentTables(this.db);
    this.watch = new SqliteWatch(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction) throw new Error('transactions do not nest');
    // IMMEDIATE takes the write lock up front, so two writers queue (busy_timeout) instead of deadlocking.
    this.db.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    try {
      const value = await fn();
      this.db.exec('COMMIT');
      return value;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.inTransaction = false;
    }
  }

  async stats(): Promise<StoreStats> {
    const count = (t: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return {
      articles: count('articles'), events: count('events'), claims: count('claims'), incidents: count('incidents'),
      schemaVersion: schemaVersion(this.db),
    };
  }

  async findArticle(by: { url?: string | null; textHash?: string }): Promise<StoredArticle | null> { return this.articles.find(by); }
  async insertArticle(a: NewArticle): Promise<number> { return this.articles.insert(a); }
  async getArticle(id: number): Promise<StoredArticle | null> { return this.articles.get(id); }
  async saveExtraction(articleId: number, r: ExtractionResult): Promise<MemberEvent[]> { return this.articles.saveExtraction(articleId, r); }
  async clearExtraction(articleId: number) { return this.articles.clearExtraction(articleId); }
  async getExtraction(articleId: number) { return this.articles.extraction(articleId); }
  async listArticleIds(afterId: number, limit: number): Promise<number[]> { return this.articles.ids(afterId, limit); }
  async addSignature(id: number, sig: Uint32Array, keys: number[]): Promise<void> { this.articles.addSignature(id, sig, keys); }
  async findByBands(keys: number[]) { return this.articles.findByBands(keys); }
  async setCopyOf(articleId: number, rootId: number): Promise<void> { this.articles.setCopyOf(articleId, rootId); }
  async signaturesOf(ids: number[]): Promise<Map<number, Uint32Array>> { return this.articles.signaturesOf(ids); }

  async candidateIncidents(q: CandidateQuery): Promise<Incident[]> { return this.incidents.candidates(q); }
  async incidentsOfGroup(group: number): Promise<number[]> { return this.incidents.ofGroup(group); }
  async createIncident(f: IncidentFields, id?: number): Promise<number> { return this.incidents.create(f, id); }
  async moveRecords(to: number, ids: { history: number[]; reviews: number[] }): Promise<void> { this.incidents.moveRecords(to, ids); }
  async updateIncident(id: number, f: IncidentFields): Promise<void> { this.incidents.update(id, f); }
  async absorbIncident(into: number, from: number): Promise<void> { this.incidents.absorb(into, from); }
  async assignEvent(eventId: number, incidentId: number): Promise<void> { this.incidents.assign(eventId, incidentId); }
  async incidentMembers(id: number): Promise<MemberEvent[]> { return this.incidents.members(id); }
  async addHistory(e: Omit<HistoryEntry, 'id' | 'at'>): Promise<void> { this.incidents.addHistory(e); }
  async history(id: number): Promise<HistoryEntry[]> { return this.incidents.history(id); }
  async mergedInto(id: number): Promise<number | null> { return this.incidents.mergedInto(id); }

  async writeReview(id: number, r: IncidentReview, expect: number): Promise<number | null> { return this.incidents.writeReview(id, r, expect); }
  async flagIncident(id: number, reason: string): Promise<void> { this.incidents.flag(id, reason); }
  async addReviewRecord(r: NewReviewRecord): Promise<number> { return this.incidents.addRecord(r); }
  async reviewRecords(id: number): Promise<ReviewRecord[]> { return this.incidents.records(id); }
  async getReviewRecord(id: number): Promise<ReviewRecord | null> { return this.incidents.record(id); }
  async setRevertedBy(id: number, by: number): Promise<void> { this.incidents.setRevertedBy(id, by); }
  async deleteIncident(id: number): Promise<void> { this.incidents.delete(id); }

  async getIncident(id: number): Promise<Incident | null> { return this.incidents.get(id); }
  async queryIncidents(f: IncidentFilter): Promise<Incident[]> { return queryIncidents(this.db, f); }
  async statsTime(f: IncidentFilter, bucket: TimeBucket): Promise<TimeRow[]> { return statsTime(this.db, f, bucket); }
  async statsActors(f: IncidentFilter, limit: number): Promise<ActorStats> { return statsActors(this.db, f, limit); }
  async placeCounts(by: PlaceGrouping, f: IncidentFilter): Promise<PlaceCount[]> { return placeCounts(this.db, by, f); }

  async dossier(id: number): Promise<Dossier | null> {
    const incident = this.incidents.get(id);
    if (!incident) return null;
    // Each article read once, however many of its events are members (a 2 MB text per member adds up).
    const texts = new Map<number, StoredArticle>();
    const members = this.incidents.members(id).map((m) => {
      let a = texts.get(m.articleId);
      if (!a) texts.set(m.articleId, (a = this.articles.get(m.articleId)!));
      const evidence = (m.event.evidence ?? []).map((s) => a.text.slice(s.start, s.end));
      return { ...m, title: a.title, url: a.url, evidence };
    });
    return { incident, members: await groupCopies(this, members) };
  }
}
