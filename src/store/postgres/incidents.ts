// Incidents, their member events, and the fusion history, in PostgreSQL (the same rows as in SQLite).
import type { Claim } from '../../types.js';
import type { CandidateQuery, HistoryEntry, Incident, IncidentFields, MemberEvent, NewReviewRecord, ReviewRecord } from '../store.js';
import {
  fusionWrite, historyFromRow, INCIDENT_COLUMNS as COLS, INCIDENT_ROW as ROW, incidentColumns, incidentFromRow, memberFromRow, REVIEW_COLUMNS as RCOLS,
  REVIEW_RECORD_COLUMNS, reviewColumns, reviewRecordFromRow, reviewRecordValues, reviewWrite,
} from '../rows.js';
import { NEW_REVIEW, parseReview, type IncidentReview } from '../../review/model.js';
import type { PgDb } from './db.js';
const params = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');

/** The columns an incident write binds: the indexed ones and the review's (then `updated`, and `created` on insert). */
const W = COLS.split(',').length + RCOLS.split(',').length;

export class PgIncidents {
  constructor(private readonly db: PgDb) {}

  /** A new incident, or (`id` given) a deleted one back under its own id (the sequence never gives an id
   * twice, so it is free unless that incident exists): refused if that id is in use. */
  async create(f: IncidentFields, id?: number): Promise<number> {
    const now = new Date().toISOString();
    const values = [...incidentColumns(f), ...reviewColumns(f, NEW_REVIEW), now, now];
    const [row] = id == null
      ? await this.db.query(`INSERT INTO incidents (${COLS}, ${RCOLS}, created, updated) VALUES (${params(1, W + 2)}) RETURNING id`, values)
      : await this.db.query(`INSERT INTO incidents (id, ${COLS}, ${RCOLS}, created, updated) VALUES (${params(1, W + 3)}) RETURNING id`, [id, ...values]);
    return Number(row.id);
  }

  /** History entries and review records (by their ids) go to incident `to`. */
  async moveRecords(to: number, ids: { history: number[]; reviews: number[] }): Promise<void> {
    if (ids.history.length) await this.db.query('UPDATE history SET incident_id = $1 WHERE id = ANY($2::bigint[])', [to, ids.history]);
    if (ids.reviews.length) await this.db.query('UPDATE reviews SET incident_id = $1 WHERE id = ANY($2::bigint[])', [to, ids.reviews]);
  }

  /** Fusion's write: the fields a person locked keep their value (rows.ts fusionWrite). The row is held first. */
  async update(id: number, f: IncidentFields): Promise<void> {
    const [row] = await this.db.query(`SELECT review FROM incidents WHERE id = $1${this.db.inTransaction ? ' FOR UPDATE' : ''}`, [id]);
    const { fields, review } = fusionWrite(f, parseReview(row?.review));
    await this.db.query(`UPDATE incidents SET (${COLS}, ${RCOLS}, updated, version) = (${params(1, W + 1)}, version + 1) WHERE id = $${W + 2}`,
      [...incidentColumns(fields), ...reviewColumns(fields, review), new Date().toISOString(), id]);
  }

  /** A person's write, compare-and-set on the version: under READ COMMITTED the second of two concurrent
   * writers re-reads the row after the first commits, finds the version moved and changes nothing. */
  async writeReview(id: number, next: IncidentReview, expect: number): Promise<number | null> {
    const current = await this.get(id);
    if (!current || current.version !== expect) return null;
    const { fields, review } = reviewWrite(current, current.review, next);
    const rows = await this.db.query(`UPDATE incidents SET (${COLS}, ${RCOLS}, updated, version) = (${params(1, W + 1)}, version + 1)
      WHERE id = $${W + 2} AND version = $${W + 3} RETURNING version`, [...incidentColumns(fields), ...reviewColumns(fields, review), new Date().toISOString(), id, expect]);
    return rows.length ? Number(rows[0].version) : null;
  }

  async flag(id: number, reason: string): Promise<void> {
    const current = await this.get(id);
    if (!current || current.review.flags.includes(reason)) return;
    const review = { ...current.review, flags: [...current.review.flags, reason] };
    await this.db.query(`UPDATE incidents SET (${COLS}, ${RCOLS}, updated, version) = (${params(1, W + 1)}, version + 1) WHERE id = $${W + 2}`,
      [...incidentColumns(current), ...reviewColumns(current, review), new Date().toISOString(), id]);
  }

  async delete(id: number): Promise<void> {
    await this.db.query('DELETE FROM incidents WHERE id = $1', [id]);
  }

  async absorb(into: number, from: number): Promise<void> {
    await this.db.query('UPDATE events SET incident_id = $1 WHERE incident_id = $2', [into, from]);
    await this.db.query('UPDATE history SET incident_id = $1 WHERE incident_id = $2', [into, from]);
    await this.db.query('UPDATE reviews SET incident_id = $1 WHERE incident_id = $2', [into, from]);
    await this.db.query('DELETE FROM incidents WHERE id = $1', [from]);
  }

  async addRecord(r: NewReviewRecord): Promise<number> {
    const [row] = await this.db.query(`INSERT INTO reviews (${REVIEW_RECORD_COLUMNS}) VALUES (${params(1, 12)}) RETURNING id`, reviewRecordValues(r));
    return Number(row.id);
  }

  async records(incidentId: number): Promise<ReviewRecord[]> {
    return (await this.db.query('SELECT * FROM reviews WHERE incident_id = $1 ORDER BY id', [incidentId])).map(reviewRecordFromRow);
  }

  async record(id: number): Promise<ReviewRecord | null> {
    const [r] = await this.db.query('SELECT * FROM reviews WHERE id = $1', [id]);
    return r ? reviewRecordFromRow(r) : null;
  }

  async setRevertedBy(id: number, by: number): Promise<void> {
    await this.db.query('UPDATE reviews SET reverted_by = $1 WHERE id = $2', [by, id]);
  }

  async assign(eventId: number, incidentId: number): Promise<void> {
    await this.db.query('UPDATE events SET incident_id = $1 WHERE id = $2', [incidentId, eventId]);
  }

  async get(id: number): Promise<Incident | null> {
    const [row] = await this.db.query(`SELECT ${ROW} FROM incidents WHERE id = $1`, [id]);
    return row ? incidentFromRow(row) : null;
  }

  async members(incidentId: number): Promise<MemberEvent[]> {
    const rows = await this.db.query(`SELECT e.id, e.article_id, e.local_id, e.incident_id, e.data, a.outlet, a.published, a.copy_of
      FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = $1 ORDER BY e.id`, [incidentId]);
    if (!rows.length) return [];
    const claims = await this.db.query(`SELECT ec.event_id, c.data FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
      WHERE ec.event_id = ANY($1::bigint[]) ORDER BY ec.event_id, c.id`, [rows.map((r) => r.id)]);
    const byEvent = new Map<number, Claim[]>();
    for (const c of claims) {
      const list = byEvent.get(c.event_id) ?? [];
      list.push(JSON.parse(c.data) as Claim);
      byEvent.set(c.event_id, list);
    }
    return rows.map((r) => memberFromRow(r, byEvent.get(r.id) ?? []));
  }

  async candidates(q: CandidateQuery): Promise<Incident[]> {
    if (!q.cells.length) return [];
    // day_lo >= dayLo - 32: fusion keeps an incident's dates within 31 days, so the index range stays short.
    const rows = await this.db.query(`SELECT ${ROW} FROM incidents WHERE cell = ANY($1::int[]) AND day_lo BETWEEN $2 AND $3
      AND day_hi >= $4 AND event_type = $5 ORDER BY id`, [q.cells, q.dayLo - 32, q.dayHi, q.dayLo, q.eventType]);
    return rows.map(incidentFromRow);
  }

  async ofGroup(group: number): Promise<number[]> {
    const rows = await this.db.query(`SELECT DISTINCT e.incident_id FROM articles a JOIN events e ON e.article_id = a.id
      WHERE (a.id = $1 OR a.copy_of = $1) AND e.incident_id IS NOT NULL ORDER BY e.incident_id`, [group]);
    return rows.map((r) => r.incident_id);
  }

  async addHistory(e: Omit<HistoryEntry, 'id' | 'at'>): Promise<void> {
    await this.db.query('INSERT INTO history (incident_id, at, action, event_id, other_incident, detail) VALUES ($1, $2, $3, $4, $5, $6)',
      [e.incidentId, new Date().toISOString(), e.action, e.eventId, e.otherIncident, e.detail]);
  }

  async history(incidentId: number): Promise<HistoryEntry[]> {
    return (await this.db.query('SELECT * FROM history WHERE incident_id = $1 ORDER BY id', [incidentId])).map(historyFromRow);
  }

  /** As SQLite's (sqlite/incidents.ts): fusion's merge under the incident that stayed, a person's under both. */
  async mergedInto(id: number): Promise<number | null> {
    const rows = await this.db.query(`SELECT incident_id AS into_id, at FROM history WHERE other_incident = $1 AND action = 'merge'
      UNION ALL SELECT other_incident, at FROM reviews WHERE incident_id = $1 AND action = 'merge' AND other_incident IS NOT NULL AND reverted_by IS NULL
      ORDER BY at DESC LIMIT 1`, [id]);
    return rows.length ? Number(rows[0].into_id) : null;
  }
}
