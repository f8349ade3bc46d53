// Articles and what was read from them (places, events, claims, actors, sources), in SQLite.
import type { Claim, ConflictEvent, ExtractionResult, Place } from '../../types.js';
import type { MemberEvent, NewArticle, StoredArticle } from '../store.js';
import { articleFromRow, claimsOf, MAX_BAND_CANDIDATES, MAX_PER_BAND, newMember, placeFromRow } from '../rows.js';
import type { Db } from './open.js';

export class ArticleTables {
  private readonly s;
  constructor(private readonly db: Db) {
    this.s = {
      byUrl: db.prepare('SELECT * FROM articles WHERE url = ?'),
      byHash: db.prepare('SELECT * FROM articles WHERE text_hash = ?'),
      byId: db.prepare('SELECT * FROM articles WHERE id = ?'),
      insert: db.prepare(`INSERT INTO articles (key, url, text_hash, title, outlet, published, ingested, origin, text, language)
        VALUES (@key, @url, @textHash, @title, @outlet, @published, @ingested, @origin, @text, @language)`),
      fts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      ids: db.prepare('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?'),
      place: db.prepare(`INSERT INTO places (article_id, start, "end", text, name, geonameid, lat, lon, country, admin1, feature_code)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      actorIns: db.prepare('INSERT INTO actors (name, country) VALUES (?, ?) ON CONFLICT(name) DO NOTHING'),
      actorId: db.prepare('SELECT id FROM actors WHERE name = ?'),
      sourceIns: db.prepare('INSERT INTO sources (name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING'),
      sourceId: db.prepare('SELECT id FROM sources WHERE name = ?'),
      event: db.prepare(`INSERT INTO events (article_id, local_id, event_type, sub_event_type, date_start, date_end, date_precision,
        lat, lon, geo_precision, country, actor1_id, actor2_id, fat_low, fat_best, fat_high, status, data, inj_low, inj_best, inj_high)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      claim: db.prepare('INSERT INTO claims (article_id, local_id, source_id, stance, hedged, data) VALUES (?, ?, ?, ?, ?, ?)'),
      link: db.prepare('INSERT OR IGNORE INTO event_claims (event_id, claim_id) VALUES (?, ?)'),
      sig: db.prepare('INSERT OR REPLACE INTO signatures (article_id, minhash) VALUES (?, ?)'),
      band: db.prepare('INSERT INTO bands (key, article_id) VALUES (?, ?)'),
      copyOf: db.prepare('UPDATE articles SET copy_of = ? WHERE id = ?'),
      bandHits: db.prepare(`SELECT article_id FROM bands WHERE key = ? ORDER BY article_id DESC LIMIT ${MAX_PER_BAND}`),
      placesOf: db.prepare('SELECT * FROM places WHERE article_id = ? ORDER BY start, id'),
      eventsOf: db.prepare('SELECT data, incident_id FROM events WHERE article_id = ? ORDER BY id'),
      claimsOf: db.prepare('SELECT data FROM claims WHERE article_id = ? ORDER BY id'),
      eventRefs: db.prepare('SELECT id, local_id, incident_id FROM events WHERE article_id = ? ORDER BY id'),
      delEvents: db.prepare('DELETE FROM events WHERE article_id = ?'),
      delClaims: db.prepare('DELETE FROM claims WHERE article_id = ?'),
      delPlaces: db.prepare('DELETE FROM places WHERE article_id = ?'),
      sigOf: db.prepare('SELECT s.minhash, a.copy_of FROM signatures s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?'),
    };
  }

  find(by: { url?: string | null; textHash?: string }): StoredArticle | null {
    const row = (by.url ? this.s.byUrl.get(by.url) : undefined) ?? (by.textHash ? this.s.byHash.get(by.textHash) : undefined);
    return row ? articleFromRow(row) : null;
  }

  get(id: number): StoredArticle | null {
    const row = this.s.byId.get(id);
    return row ? articleFromRow(row) : null;
  }

  insert(a: NewArticle): number {
    const id = Number(this.s.insert.run({ ...a, language: a.language ?? null, ingested: new Date().toISOString() }).lastInsertRowid);
    this.s.fts.run(id, a.title ?? '', a.text);
    return id;
  }

  ids(afterId: number, limit: number): number[] {
    return (this.s.ids.all(afterId, limit) as { id: number }[]).map((r) => r.id);
  }

  saveExtraction(articleId: number, result: ExtractionResult): MemberEvent[] {
    const article = this.get(articleId);
    if (!article) throw new Error(`no article ${articleId}`);
    for (const p of result.places) {
      this.s.place.run(articleId, p.start, p.end, p.text, p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, p.featureCode);
    }
    const claimIds = new Map<string, number>();
    for (const c of result.claims) {
      const sourceId = this.upsert(this.s.sourceIns, this.s.sourceId, c.source.name, c.source.kind);
      const id = Number(this.s.claim.run(articleId, c.id, sourceId, c.stance, c.hedged ? 1 : 0, JSON.stringify(c)).lastInsertRowid);
      claimIds.set(c.id, id);
    }
    const members: MemberEvent[] = [];
    for (const e of result.events) {
      const a1 = e.actor1 ? this.upsert(this.s.actorIns, this.s.actorId, e.actor1.name, e.actor1.country) : null;
      const a2 = e.actor2 ? this.upsert(this.s.actorIns, this.s.actorId, e.actor2.name, e.actor2.country) : null;
      const loc = e.location;
      const f = e.fatalities;
      const id = Number(this.s.event.run(articleId, e.id, e.eventType, e.subEventType, e.date.start, e.date.end, e.date.precision,
        loc?.lat ?? null, loc?.lon ?? null, loc ? loc.precision : null, loc?.country ?? null, a1, a2,
        f?.low ?? null, f?.best ?? null, f?.high ?? null, e.status, JSON.stringify(e),
        e.injuries?.low ?? null, e.injuries?.best ?? null, e.injuries?.high ?? null).lastInsertRowid);
      const claims = claimsOf(e, result.claims);
      for (const c of claims) this.s.link.run(id, claimIds.get(c.id)!);
      members.push(newMember(id, articleId, e, article, claims));
    }
    return members;
  }

  clearExtraction(articleId: number): { eventId: number; localId: string; incidentId: number | null }[] {
    const refs = (this.s.eventRefs.all(articleId) as any[]).map((r) => ({ eventId: r.id, localId: r.local_id, incidentId: r.incident_id }));
    this.s.delEvents.run(articleId);
    this.s.delClaims.run(articleId);
    this.s.delPlaces.run(articleId);
    return refs;
  }

  extraction(articleId: number): { places: Place[]; events: (ConflictEvent & { incidentId: number | null })[]; claims: Claim[] } | null {
    if (!this.s.byId.get(articleId)) return null;
    const places = (this.s.placesOf.all(articleId) as any[]).map(placeFromRow);
    const events = (this.s.eventsOf.all(articleId) as any[]).map((r) => ({ ...(JSON.parse(r.data) as ConflictEvent), incidentId: r.incident_id }));
    const claims = (this.s.claimsOf.all(articleId) as any[]).map((r) => JSON.parse(r.data) as Claim);
    return { places, events, claims };
  }

  addSignature(articleId: number, signature: Uint32Array, bandKeys: number[]): void {
    this.s.sig.run(articleId, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    for (const k of bandKeys) this.s.band.run(k, articleId);
  }

  findByBands(bandKeys: number[]): { articleId: number; signature: Uint32Array; copyOf: number | null }[] {
    // Per band, only the most recent articles that share it: reprints of a wire story arrive within days
    // of each other, and a band shared by very many articles is boilerplate, not evidence of a copy. The
    // articles sharing the most bands are then compared, a bounded number of them, so the cost per new
    // article stays flat however large the store grows.
    const hits = new Map<number, number>();
    for (const key of bandKeys) {
      for (const r of this.s.bandHits.all(key) as { article_id: number }[]) hits.set(r.article_id, (hits.get(r.article_id) ?? 0) + 1);
    }
    const top = [...hits.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, MAX_BAND_CANDIDATES);
    return top.map(([id]) => {
      const r = this.s.sigOf.get(id) as { minhash: Buffer; copy_of: number | null };
      return { articleId: id, signature: new Uint32Array(new Uint8Array(r.minhash).buffer), copyOf: r.copy_of };
    });
  }

  signaturesOf(ids: number[]): Map<number, Uint32Array> {
    const out = new Map<number, Uint32Array>();
    for (const id of ids) {
      const r = this.s.sigOf.get(id) as { minhash: Buffer } | undefined;
      if (r) out.set(id, new Uint32Array(new Uint8Array(r.minhash).buffer));
    }
    return out;
  }

  setCopyOf(articleId: number, rootId: number): void {
    this.s.copyOf.run(rootId, articleId);
  }

  private upsert(ins: any, sel: any, name: string, extra: string | null): number {
    ins.run(name, extra);
    return (sel.get(name) as { id: number }).id;
  }
}
