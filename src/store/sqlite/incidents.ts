// Incidents, their member events, and the fusion history, in SQLite.
import type { Claim } from '../../types.js';
import type { CandidateQuery, HistoryEntry, Incident, IncidentFields, MemberEvent, NewReviewRecord, ReviewRecord } from '../store.js';
import {
  fusionWrite, historyFromRow, INCIDENT_COLUMNS as COLS, INCIDENT_ROW as ROW, incidentColumns, incidentFromRow, memberFromRow, REVIEW_COLUMNS as RCOLS,
  REVIEW_RECORD_COLUMNS, reviewColumns, reviewRecordFromRow, reviewRecordValues, reviewWrite,
} from '../rows.js';
import { NEW_REVIEW, parseReview, type IncidentReview } from '../../review/model.js';
import type { Db } from './open.js';

/** The columns an incident write binds: the indexed ones and the review's (then `updated`, and `created` on insert). */
const WRITTEN = COLS.split(',').length + RCOLS.split(',').length;

export class IncidentTables {
  private readonly s;
  private readonly candStmts = new Map<number, any>();
  constructor(private readonly db: Db) {
    this.s = {
      insert: db.prepare(`INSERT INTO incidents (id, ${COLS}, ${RCOLS}, created, updated) VALUES (${'?, '.repeat(WRITTEN + 2)}?)`),
      // The next id is past every id ever given (migration 7), never the id of a deleted incident.
      nextId: db.prepare('UPDATE incident_ids SET last = max(last, coalesce((SELECT max(id) FROM incidents), 0)) + 1 RETURNING last'),
      keepPast: db.prepare('UPDATE incident_ids SET last = max(last, ?)'),
      moveHistoryIds: db.prepare('UPDATE history SET incident_id = ? WHERE id = ?'),
      moveReviewIds: db.prepare('UPDATE reviews SET incident_id = ? WHERE id = ?'),
      // Every write takes the version up; a person's names the version it read (compare-and-set).
      update: db.prepare(`UPDATE incidents SET (${COLS}, ${RCOLS}, updated, version) = (${'?, '.repeat(WRITTEN + 1)}version + 1) WHERE id = ?`),
      updateIf: db.prepare(`UPDATE incidents SET (${COLS}, ${RCOLS}, updated, version) = (${'?, '.repeat(WRITTEN + 1)}version + 1) WHERE id = ? AND version = ?`),
      get: db.prepare(`SELECT ${ROW} FROM incidents WHERE id = ?`),
      reviewOf: db.prepare('SELECT review, version FROM incidents WHERE id = ?'),
      moveReviews: db.prepare('UPDATE reviews SET incident_id = ? WHERE incident_id = ?'),
      addRecord: db.prepare(`INSERT INTO reviews (${REVIEW_RECORD_COLUMNS}) VALUES (${'?, '.repeat(11)}?)`),
      records: db.prepare('SELECT * FROM reviews WHERE incident_id = ? ORDER BY id'),
      record: db.prepare('SELECT * FROM reviews WHERE id = ?'),
      reverted: db.prepare('UPDATE reviews SET reverted_by = ? WHERE id = ?'),
      del: db.prepare('DELETE FROM incidents WHERE id = ?'),
      moveEvents: db.prepare('UPDATE events SET incident_id = ? WHERE incident_id = ?'),
      moveHistory: db.prepare('UPDATE history SET incident_id = ? WHERE incident_id = ?'),
      assign: db.prepare('UPDATE events SET incident_id = ? WHERE id = ?'),
      members: db.prepare(`SELECT e.id, e.article_id, e.local_id, e.incident_id, e.data, a.outlet, a.published, a.copy_of
        FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ? ORDER BY e.id`),
      claims: db.prepare(`SELECT c.data FROM event_claims ec JOIN claims c ON c.id = ec.claim_id WHERE ec.event_id = ? ORDER BY c.id`),
      group: db.prepare(`SELECT DISTINCT e.incident_id FROM articles a JOIN events e ON e.article_id = a.id
        WHERE (a.id = ? OR a.copy_of = ?) AND e.incident_id IS NOT NULL`),
      hist: db.prepare('INSERT INTO history (incident_id, at, action, event_id, other_incident, detail) VALUES (?, ?, ?, ?, ?, ?)'),
      histOf: db.prepare('SELECT * FROM history WHERE incident_id = ? ORDER BY id'),
      // Fusion's merge is filed under the incident that stayed (index history_merged, migration 8); a
      // person's also under the one merged away (actions.ts merge). The latest wins.
      mergedInto: db.prepare(`SELECT incident_id AS into_id, at FROM history WHERE other_incident = ? AND action = 'merge'
        UNION ALL SELECT other_incident, at FROM reviews WHERE incident_id = ? AND action = 'merge' AND other_incident IS NOT NULL AND reverted_by IS NULL
        ORDER BY at DESC LIMIT 1`),
    };
  }

  /** A new incident, or (`id` given) a deleted one back under its own id: refused if that id is in use. */
  create(f: IncidentFields, id?: number): number {
    const now = new Date().toISOString();
    if (id != null) this.s.keepPast.run(id);
    const given = id ?? Number((this.s.nextId.get() as { last: number }).last);
    return Number(this.s.insert.run(given, ...incidentColumns(f), ...reviewColumns(f, NEW_REVIEW), now, now).lastInsertRowid);
  }

  /** History entries and review records (by their ids) go to incident `to`. */
  moveRecords(to: number, ids: { history: number[]; reviews: number[] }): void {
    for (const h of ids.history) this.s.moveHistoryIds.run(to, h);
    for (const r of ids.reviews) this.s.moveReviewIds.run(to, r);
  }

  /** Fusion's write: the fields a person locked keep their value (rows.ts fusionWrite). */
  update(id: number, f: IncidentFields): void {
    const row = this.s.reviewOf.get(id) as { review: string | null } | undefined;
    const { fields, review } = fusionWrite(f, parseReview(row?.review));
    this.s.update.run(...incidentColumns(fields), ...reviewColumns(fields, review), new Date().toISOString(), id);
  }

  writeReview(id: number, next: IncidentReview, expect: number): number | null {
    const current = this.get(id);
    if (!current || current.version !== expect) return null;
    const { fields, review } = reviewWrite(current, current.review, next);
    const done = this.s.updateIf.run(...incidentColumns(fields), ...reviewColumns(fields, review), new Date().toISOString(), id, expect);
    return done.changes ? expect + 1 : null;
  }

  flag(id: number, reason: string): void {
    const current = this.get(id);
    if (!current || current.review.flags.includes(reason)) return;
    const review = { ...current.review, flags: [...current.review.flags, reason] };
    this.s.update.run(...incidentColumns(current), ...reviewColumns(current, review), new Date().toISOString(), id);
  }

  delete(id: number): void {
    this.s.del.run(id);
  }

  absorb(into: number, from: number): void {
    this.s.moveEvents.run(into, from);
    this.s.moveHistory.run(into, from);
    this.s.moveReviews.run(into, from);
    this.s.del.run(from);
  }

  addRecord(r: NewReviewRecord): number {
    return Number(this.s.addRecord.run(...reviewRecordValues(r)).lastInsertRowid);
  }

  records(incidentId: number): ReviewRecord[] {
    return (this.s.records.all(incidentId) as any[]).map(reviewRecordFromRow);
  }

  record(id: number): ReviewRecord | null {
    const r = this.s.record.get(id);
    return r ? reviewRecordFromRow(r) : null;
  }

  setRevertedBy(id: number, by: number): void {
    this.s.reverted.run(by, id);
  }

  assign(eventId: number, incidentId: number): void {
    this.s.assign.run(incidentId, eventId);
  }

  get(id: number): Incident | null {
    const row = this.s.get.get(id);
    return row ? incidentFromRow(row) : null;
  }

  members(incidentId: number): MemberEvent[] {
    return (this.s.members.all(incidentId) as any[]).map((r) =>
      memberFromRow(r, (this.s.claims.all(r.id) as any[]).map((c) => JSON.parse(c.data) as Claim)));
  }

  candidates(q: CandidateQuery): Incident[] {
    if (!q.cells.length) return [];
    let stmt = this.candStmts.get(q.cells.length);
    if (!stmt) {
      // day_lo >= dayLo - 32: fusion keeps an incident's dates within MAX_SPAN_DAYS (31), so the index range stays short.
      stmt = this.db.prepare(`SELECT ${ROW} FROM incidents WHERE cell IN (${q.cells.map(() => '?').join(',')})
        AND day_lo BETWEEN ? AND ? AND day_hi >= ? AND event_type = ?`);
      this.candStmts.set(q.cells.length, stmt);
    }
    return (stmt.all(...q.cells, q.dayLo - 32, q.dayHi, q.dayLo, q.eventType) as any[]).map(incidentFromRow);
  }

  ofGroup(group: number): number[] {
    return (this.s.group.all(group, group) as any[]).map((r) => r.incident_id);
  }

  addHistory(e: Omit<HistoryEntry, 'id' | 'at'>): void {
    this.s.hist.run(e.incidentId, new Date().toISOString(), e.action, e.eventId, e.otherIncident, e.detail);
  }

  history(incidentId: number): HistoryEntry[] {
    return (this.s.histOf.all(incidentId) as any[]).map(historyFromRow);
  }

  mergedInto(id: number): number | null {
    const row = this.s.mergedInto.get(id, id) as { into_id: number } | undefined;
    return row ? Number(row.into_id) : null;
  }
}
