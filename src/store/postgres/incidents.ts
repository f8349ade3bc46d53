// Incidents, their member events, and the fusion history, in PostgreSQL (the same rows as in SQLite).
import type { Claim } from '../../types.js';
import type { CandidateQuery, HistoryEntry, Incident, IncidentFields, MemberEvent } from '../store.js';
import { historyFromRow, INCIDENT_COLUMNS as COLS, INCIDENT_ROW as ROW, incidentColumns, incidentFromRow, memberFromRow } from '../rows.js';
import type { PgDb } from './db.js';
const params = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');

export class PgIncidents {
  constructor(private readonly db: PgDb) {}

  async create(f: IncidentFields): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await this.db.query(`INSERT INTO incidents (${COLS}, created, updated) VALUES (${params(1, 28)}) RETURNING id`,
      [...incidentColumns(f), now, now]);
    return row.id;
  }

  async update(id: number, f: IncidentFields): Promise<void> {
    await this.db.query(`UPDATE incidents SET (${COLS}, updated) = (${params(1, 27)}) WHERE id = $28`, [...incidentColumns(f), new Date().toISOString(), id]);
  }

  async absorb(into: number, from: number): Promise<void> {
    await this.db.query('UPDATE events SET incident_id = $1 WHERE incident_id = $2', [into, from]);
    await this.db.query('UPDATE history SET incident_id = $1 WHERE incident_id = $2', [into, from]);
    await this.db.query('DELETE FROM incidents WHERE id = $1', [from]);
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
}
