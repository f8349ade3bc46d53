// Articles and what was read from them (places, events, claims, actors, sources), in PostgreSQL.
// The same rows as the SQLite adapter; rows of one kind go in one statement (unnest) to save round trips.
import type { Claim, ConflictEvent, ExtractionResult, Place } from '../../types.js';
import type { MemberEvent, NewArticle, StoredArticle } from '../store.js';
import { articleFromRow, claimsOf, MAX_BAND_CANDIDATES, MAX_PER_BAND, newMember, placeFromRow } from '../rows.js';
import { LOCK, type PgDb } from './db.js';

export class PgArticles {
  /** What saveExtraction needs of the article this process inserted last (saves reading it back). */
  private last: { id: number; outlet: string | null; published: string | null; copyOf: number | null } | null = null;
  constructor(private readonly db: PgDb) {}

  async find(by: { url?: string | null; textHash?: string }): Promise<StoredArticle | null> {
    // One round trip for both keys; a URL match comes first, as in the SQLite adapter.
    const [row] = await this.db.query(`SELECT * FROM articles WHERE url = $1 OR text_hash = $2
      ORDER BY (url IS NOT DISTINCT FROM $1) DESC LIMIT 1`, [by.url || null, by.textHash ?? null]);
    return row ? articleFromRow(row) : null;
  }

  async get(id: number): Promise<StoredArticle | null> {
    const [row] = await this.db.query('SELECT * FROM articles WHERE id = $1', [id]);
    return row ? articleFromRow(row) : null;
  }

  async insert(a: NewArticle): Promise<number> {
    const [row] = await this.db.query(`INSERT INTO articles (key, url, text_hash, title, outlet, published, ingested, origin, text, language)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [a.key, a.url, a.textHash, a.title, a.outlet, a.published, new Date().toISOString(), a.origin, a.text, a.language ?? null]);
    this.last = { id: row.id, outlet: a.outlet, published: a.published, copyOf: null };
    return row.id;
  }

  async ids(afterId: number, limit: number): Promise<number[]> {
    return (await this.db.query('SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit])).map((r) => r.id);
  }

  async clearExtraction(articleId: number): Promise<{ eventId: number; localId: string; incidentId: number | null }[]> {
    const refs = await this.db.query('SELECT id, local_id, incident_id FROM events WHERE article_id = $1 ORDER BY id', [articleId]);
    await this.db.query('DELETE FROM events WHERE article_id = $1', [articleId]);
    await this.db.query('DELETE FROM claims WHERE article_id = $1', [articleId]);
    await this.db.query('DELETE FROM places WHERE article_id = $1', [articleId]);
    return refs.map((r) => ({ eventId: Number(r.id), localId: r.local_id, incidentId: r.incident_id == null ? null : Number(r.incident_id) }));
  }

  async saveExtraction(articleId: number, result: ExtractionResult): Promise<MemberEvent[]> {
    const article = this.last?.id === articleId ? this.last : await this.get(articleId);
    if (!article) throw new Error(`no article ${articleId}`);
    const ps = result.places;
    if (ps.length) {
      await this.db.query(`INSERT INTO places (article_id, start, "end", text, name, geonameid, lat, lon, country, admin1, feature_code)
        SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::bigint[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[])`,
      [articleId, ps.map((p) => p.start), ps.map((p) => p.end), ps.map((p) => p.text), ps.map((p) => p.name), ps.map((p) => p.geonameid),
        ps.map((p) => p.lat), ps.map((p) => p.lon), ps.map((p) => p.country), ps.map((p) => p.admin1), ps.map((p) => p.featureCode)]);
    }
    const claimIds = new Map<string, number>();
    if (result.claims.length) {
      const cs = result.claims;
      const sourceIds = await this.names('sources', 'kind', cs.map((c) => [c.source.name, c.source.kind]));
      const rows = await this.db.query(`INSERT INTO claims (article_id, local_id, source_id, stance, hedged, data)
        SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::int[], $6::text[]) RETURNING id, local_id`,
      [articleId, cs.map((c) => c.id), cs.map((c) => sourceIds.get(c.source.name)), cs.map((c) => c.stance), cs.map((c) => (c.hedged ? 1 : 0)),
        cs.map((c) => JSON.stringify(c))]);
      for (const r of rows) claimIds.set(r.local_id, r.id);
    }
    const members: MemberEvent[] = [];
    const es = result.events;
    if (!es.length) return members;
    const actorIds = await this.names('actors', 'country', es.flatMap((e) => [e.actor1, e.actor2].filter((a) => a != null).map((a): [string, string | null] => [a!.name, a!.country])));
    const rows = await this.db.query(`INSERT INTO events (article_id, local_id, event_type, sub_event_type, date_start, date_end, date_precision,
        lat, lon, geo_precision, country, actor1_id, actor2_id, fat_low, fat_best, fat_high, status, data, inj_low, inj_best, inj_high)
      SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::float8[], $9::float8[], $10::int[],
        $11::text[], $12::bigint[], $13::bigint[], $14::int[], $15::int[], $16::int[], $17::text[], $18::text[], $19::int[], $20::int[], $21::int[])
      RETURNING id, local_id`,
    [articleId, es.map((e) => e.id), es.map((e) => e.eventType), es.map((e) => e.subEventType), es.map((e) => e.date.start), es.map((e) => e.date.end),
      es.map((e) => e.date.precision), es.map((e) => e.location?.lat ?? null), es.map((e) => e.location?.lon ?? null),
      es.map((e) => e.location ? e.location.precision : null), es.map((e) => e.location?.country ?? null),
      es.map((e) => (e.actor1 ? actorIds.get(e.actor1.name) : null)), es.map((e) => (e.actor2 ? actorIds.get(e.actor2.name) : null)),
      es.map((e) => e.fatalities?.low ?? null), es.map((e) => e.fatalities?.best ?? null), es.map((e) => e.fatalities?.high ?? null),
      es.map((e) => e.status), es.map((e) => JSON.stringify(e)),
      es.map((e) => e.injuries?.low ?? null), es.map((e) => e.injuries?.best ?? null), es.map((e) => e.injuries?.high ?? null)]);
    const eventIds = new Map<string, number>(rows.map((r) => [r.local_id, r.id]));
    const links: [number, number][] = [];
    for (const e of es) {
      const id = eventIds.get(e.id)!;
      const claims = claimsOf(e, result.claims);
      for (const c of claims) links.push([id, claimIds.get(c.id)!]);
      members.push(newMember(id, articleId, e, article, claims));
    }
    if (links.length) {
      await this.db.query('INSERT INTO event_claims (event_id, claim_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING',
        [links.map((l) => l[0]), links.map((l) => l[1])]);
    }
    return members;
  }

  /**
   * Ids of actors or sources by name, inserting the new ones. ON CONFLICT DO NOTHING takes no lock on an
   * existing row, so workers that name the same party never wait on each other; a name another
   * transaction is inserting right now is waited for by the INSERT, then found by the SELECT.
   */
  private async names(table: 'actors' | 'sources', extra: 'country' | 'kind', pairs: [string, string | null][]): Promise<Map<string, number>> {
    const seen = new Map<string, string | null>();
    for (const [n, x] of pairs) if (!seen.has(n)) seen.set(n, x);
    if (!seen.size) return new Map();
    const names = [...seen.keys()].sort(); // sorted: two transactions insert shared names in one order, so never deadlock
    // Insert the new names and read the ids of all in one statement; a name committed by another
    // transaction after this statement's snapshot is neither inserted nor seen, so it is read again.
    const rows = await this.db.query(`WITH ins AS (INSERT INTO ${table} (name, ${extra}) SELECT * FROM unnest($1::text[], $2::text[])
        ON CONFLICT (name) DO NOTHING RETURNING id, name)
      SELECT id, name FROM ins UNION ALL SELECT id, name FROM ${table} WHERE name = ANY($1::text[])`, [names, names.map((n) => seen.get(n))]);
    const ids = new Map<string, number>(rows.map((r) => [r.name, r.id]));
    const missing = names.filter((n) => !ids.has(n));
    if (missing.length) {
      for (const r of await this.db.query(`SELECT id, name FROM ${table} WHERE name = ANY($1::text[])`, [missing])) ids.set(r.name, r.id);
    }
    return ids;
  }

  async extraction(articleId: number): Promise<{ places: Place[]; events: (ConflictEvent & { incidentId: number | null })[]; claims: Claim[] } | null> {
    if (!(await this.db.query('SELECT 1 FROM articles WHERE id = $1', [articleId])).length) return null;
    const places = (await this.db.query('SELECT * FROM places WHERE article_id = $1 ORDER BY start, id', [articleId])).map(placeFromRow);
    const events = (await this.db.query('SELECT data, incident_id FROM events WHERE article_id = $1 ORDER BY id', [articleId]))
      .map((r) => ({ ...(JSON.parse(r.data) as ConflictEvent), incidentId: r.incident_id }));
    const claims = (await this.db.query('SELECT data FROM claims WHERE article_id = $1 ORDER BY id', [articleId])).map((r) => JSON.parse(r.data) as Claim);
    return { places, events, claims };
  }

  async addSignature(articleId: number, signature: Uint32Array, bandKeys: number[]): Promise<void> {
    await this.db.query('INSERT INTO signatures (article_id, minhash) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET minhash = EXCLUDED.minhash',
      [articleId, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)]);
    if (bandKeys.length) await this.db.query('INSERT INTO bands (key, article_id) SELECT unnest($1::bigint[]), $2', [bandKeys, articleId]);
  }

  async findByBands(bandKeys: number[]): Promise<{ articleId: number; signature: Uint32Array; copyOf: number | null }[]> {
    if (!bandKeys.length) return [];
    // Two workers storing two copies of one wire story at once must see each other: the band keys are
    // locked (sorted, so never in crossing orders) until commit, and the lookup runs after the lock.
    if (this.db.inTransaction) await this.lock(LOCK.band, bandKeys);
    // As in SQLite: per band, only the most recent articles; then the ones sharing the most bands.
    const rows = await this.db.query(`SELECT t.article_id, s.minhash, a.copy_of FROM (
        SELECT h.article_id, count(*) AS n FROM unnest($1::bigint[]) AS k(key)
        CROSS JOIN LATERAL (SELECT article_id FROM bands b WHERE b.key = k.key ORDER BY article_id DESC LIMIT ${MAX_PER_BAND}) h
        GROUP BY h.article_id ORDER BY n DESC, h.article_id DESC LIMIT ${MAX_BAND_CANDIDATES}) t
      JOIN signatures s ON s.article_id = t.article_id JOIN articles a ON a.id = t.article_id ORDER BY t.n DESC, t.article_id DESC`, [bandKeys]);
    return rows.map((r) => ({ articleId: r.article_id, signature: new Uint32Array(new Uint8Array(r.minhash).buffer), copyOf: r.copy_of }));
  }

  async signaturesOf(ids: number[]): Promise<Map<number, Uint32Array>> {
    const rows = ids.length ? await this.db.query('SELECT article_id, minhash FROM signatures WHERE article_id = ANY($1::bigint[])', [ids]) : [];
    return new Map(rows.map((r) => [Number(r.article_id), new Uint32Array(new Uint8Array(r.minhash).buffer)]));
  }

  async setCopyOf(articleId: number, rootId: number): Promise<void> {
    await this.db.query('UPDATE articles SET copy_of = $1 WHERE id = $2', [rootId, articleId]);
    if (this.last?.id === articleId) this.last.copyOf = rootId;
  }

  /** Transaction-scoped advisory locks on keys of one namespace, taken in sorted order. */
  async lock(space: number, keys: number[]): Promise<void> {
    const objs = [...new Set(keys.map((k) => Number(BigInt.asIntN(32, BigInt(Math.trunc(k))))))].sort((a, b) => a - b);
    if (objs.length) await this.db.query('SELECT count(pg_advisory_xact_lock($1, k)) FROM unnest($2::int[]) AS k', [space, objs]);
  }
}
