// A stored incident → its dossier (claims by source with quotes, the claim behind each fatality
// figure, sources with evidence sentences, contradictions, history); a stored article → its spans.
import type { Claim, EventWhy, Reason, WhyField } from '../types.js';
import type { Contradiction, FigureBasis, Incident, Store, StoredArticle } from '../store/store.js';
import type { ApiArticle, ApiClaim, ApiFigureBasis, ApiSide, ApiSource, ApiWhy, IncidentDetail } from './shapes.js';
import { toApiIncident, toApiReviewRecord } from './to-api.js';

const MAX_QUOTE = 600;

export async function incidentDetail(store: Store, id: number): Promise<IncidentDetail | null> {
  const d = await store.dossier(id);
  if (!d) return null;
  const articles = new Map<number, StoredArticle | null>();
  for (const m of d.members) if (!articles.has(m.articleId)) articles.set(m.articleId, await store.getArticle(m.articleId));
  const slice = (articleId: number, s: { start: number; end: number }) => clip(articles.get(articleId)?.text.slice(s.start, s.end) ?? '');

  const claims: ApiClaim[] = [];
  const claimIndex = new Map<string, Claim>();
  const sources = new Map<number, ApiSource>();
  const evidenceSeen = new Map<number, Set<string>>();
  for (const m of d.members) {
    const a = articles.get(m.articleId);
    for (const c of m.claims) {
      const key = `${m.articleId}/${c.id}`;
      if (claimIndex.has(key)) continue; // one claim can back several events of one article
      claimIndex.set(key, c);
      claims.push({
        articleId: m.articleId, claimId: c.id, outlet: m.outlet,
        source: { name: c.source.name, text: c.source.text, kind: c.source.kind }, via: c.via?.name ?? null,
        cue: c.cue.text, stance: c.stance, hedged: c.hedged, quote: slice(m.articleId, c.content),
      });
    }
    const src = sources.get(m.articleId) ?? {
      articleId: m.articleId, title: m.title, url: m.url, outlet: m.outlet, published: m.published,
      copyOf: m.group === m.articleId ? null : m.group, evidence: [], events: [],
    };
    src.events.push({ id: m.id, localId: m.localId, subEventType: m.event.subEventType, why: apiWhy(m.event.why) });
    // Each evidence span once per source, looked up in a set: a big article has thousands of spans, and
    // a scan of those already listed for each one took 18.7 s for one 2 MB article.
    let spans = evidenceSeen.get(m.articleId);
    if (!spans) evidenceSeen.set(m.articleId, (spans = new Set()));
    for (const e of m.event.evidence ?? []) {
      const key = `${e.start}:${e.end}`;
      if (!a || spans.has(key)) continue;
      spans.add(key);
      src.evidence.push({ ...e, text: a.text.slice(e.start, e.end) });
    }
    sources.set(m.articleId, src);
  }

  const outlets = new Map<number, string | null>();
  for (const m of d.members) if (!outlets.has(m.articleId)) outlets.set(m.articleId, m.outlet);
  const outletOf = (articleId: number) => outlets.get(articleId) ?? null;
  const basis = (b: FigureBasis): ApiFigureBasis => ({ value: b.value, articleId: b.articleId, outlet: b.outlet, claimId: b.claimId, source: b.source });
  const side = (s: Contradiction['asserts']): ApiSide => {
    const claim = s.claimId ? claimIndex.get(`${s.articleId}/${s.claimId}`) : undefined;
    return { articleId: s.articleId, outlet: outletOf(s.articleId), source: s.source, detail: s.detail, quote: claim ? slice(s.articleId, claim.content) : null };
  };
  const range = (f: Incident['fatalities'], b: Incident['fatalityBasis']) =>
    ({ range: f, basis: b ? { low: basis(b.low), best: basis(b.best), high: basis(b.high) } : null });
  return {
    incident: toApiIncident(d.incident),
    claims,
    fatalities: range(d.incident.fatalities, d.incident.fatalityBasis),
    injuries: range(d.incident.injuries ?? null, d.incident.injuryBasis ?? null),
    sources: [...sources.values()],
    contradictions: d.incident.contradictions.map((c) => ({ kind: c.kind, asserts: side(c.asserts), disputes: side(c.disputes) })),
    history: (await store.history(id)).map((h) => ({ at: h.at, action: h.action, eventId: h.eventId, otherIncident: h.otherIncident, detail: h.detail })),
    reviews: (await store.reviewRecords(id)).map(toApiReviewRecord),
  };
}

/** A stored article with what ingest read from it (the store keeps the spans and each event's incident). */
export async function articleDetail(store: Store, id: number): Promise<ApiArticle | null> {
  const a = await store.getArticle(id);
  if (!a) return null;
  const r = (await store.getExtraction(id)) ?? { places: [], events: [], claims: [] };
  return {
    id: a.id, title: a.title, url: a.url, outlet: a.outlet, published: a.published, ingested: a.ingested, text: a.text,
    places: r.places.map((p) => ({ start: p.start, end: p.end, text: p.text, name: p.name, country: p.country, lat: p.lat, lon: p.lon })),
    events: r.events.map((e) => ({
      id: e.id, eventType: e.eventType, subEventType: e.subEventType, trigger: e.trigger ?? null, evidence: e.evidence ?? [], incidentId: e.incidentId,
    })),
    claims: r.claims.map((c) => ({
      id: c.id, source: { start: c.source.start, end: c.source.end, name: c.source.name, kind: c.source.kind },
      cue: c.cue, content: c.content, stance: c.stance, hedged: c.hedged,
    })),
  };
}

/** An event's `why` as the dossier shows it on hover: per field, each rule id and the words it matched. */
function apiWhy(why: EventWhy | undefined): ApiWhy {
  const out: ApiWhy = {};
  for (const [field, reasons] of Object.entries(why ?? {}) as [WhyField, Reason[]][]) out[field] = reasons.map((r) => ({ rule: r.rule, text: r.text ?? null }));
  return out;
}

function clip(s: string): string {
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s;
}
