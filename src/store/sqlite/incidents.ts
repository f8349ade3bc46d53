// Incidents, their member events, and the fusion history, in SQLite.
import type { Claim } from '../../types.js';
import type { CandidateQuery, HistoryEntry, Incident, IncidentFields, MemberEvent } from '../store.js';
import { historyFromRow, INCIDENT_COLUMNS as COLS, incidentColumns, incidentFromRow, memberFromRow } from '../rows.js';
import type { Db } from './open.js';

export class IncidentTables {
  private readonly s;
  private readonly candStmts = new Map<number, any>();
  constructor(private readonly db: Db) {
    this.s = {
      insert: db.prepare(`INSERT INTO incidents (${COLS}, created, updated) VALUES (${'?, '.repeat(26)}?, ?)`),
      update: db.prepare(`UPDATE incidents SET (${COLS}, updated) = (${'?, '.repeat(26)}?) WHERE id = ?`),
      get: db.prepare('SELECT * FROM incidents WHERE id = ?'),
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
    };
  }

  create(f: IncidentFields): number {
    const now = new Date().toISOString();
    return Number(this.s.insert.run(...incidentColumns(f), now, now).lastInsertRowid);
  }

  update(id: number, f: IncidentFields): void {
    this.s.update.run(...incidentColumns(f), new Date().toISOString(), id);
  }

  absorb(into: number, from: number): void {
    this.s.moveEvents.run(into, from);
    this.s.moveHistory.run(into, from);
    this.s.del.run(from);
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
      stmt = this.db.prepare(`SELECT * FROM incidents WHERE cell IN (${q.cells.map(() => '?').join(',')})
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
}
