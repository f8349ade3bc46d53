// Hand-built extraction results for store and fusion tests: one line per event, no extractor needed.
import type { Claim, ConflictEvent, ExtractionResult, Stance } from '../../src/types.js';
import type { NewArticle } from '../../src/store/store.js';
import { textHash } from '../../src/ingest/store-article.js';

export interface PlaceSpec { name: string; lat: number; lon: number; country: string; admin1?: string; precision?: 1 | 2 | 3; geonameid?: number }

export interface EventSpec {
  type?: ConflictEvent['eventType'];
  sub?: string;
  date?: string | null;
  end?: string;
  datePrecision?: 1 | 2 | 3;
  place?: PlaceSpec | null;
  actor1?: string;
  actor2?: string;
  dead?: number | [number, number, number];
  injured?: number | [number, number, number];
  status?: ConflictEvent['status'];
  claims?: { source: string; stance?: Stance; kind?: Claim['source']['kind'] }[];
  /** The evidence sentences' spans (default one span, 0-10, the same for every event). */
  evidence?: [number, number][];
}

export function event(id: string, s: EventSpec, claimIds: string[]): ConflictEvent {
  const p = s.place;
  const range = (x: EventSpec['dead']) => x == null ? null : Array.isArray(x) ? { low: x[0], best: x[1], high: x[2] } : { low: x, best: x, high: x };
  const dead = range(s.dead);
  return {
    id,
    eventType: s.type ?? 'Explosions/Remote violence',
    subEventType: s.sub ?? 'Air/drone strike',
    date: { start: s.date === undefined ? '2024-03-10' : s.date, end: s.end ?? (s.date === undefined ? '2024-03-10' : s.date), precision: s.datePrecision ?? 1, text: null },
    location: p ? {
      text: p.name, start: 0, end: p.name.length, name: p.name, geonameid: p.geonameid ?? null, lat: p.lat, lon: p.lon,
      country: p.country, admin1: p.admin1 ?? null, featureCode: 'PPL', precision: p.precision ?? 1,
    } : null,
    actor1: s.actor1 ? { name: s.actor1, text: s.actor1, country: null } : null,
    actor2: s.actor2 ? { name: s.actor2, text: s.actor2, country: null } : null,
    fatalities: dead,
    ...(s.injured != null ? { injuries: range(s.injured) } : {}),
    status: s.status ?? (s.actor1 ? 'alleged' : 'unclaimed'),
    claims: claimIds,
    evidence: s.evidence ? s.evidence.map(([start, end]) => ({ start, end })) : [{ start: 0, end: 10 }],
  };
}

/** A result whose events are the specs, each with its own claims (c1, c2, ... numbered across the article). */
export function result(id: string, specs: EventSpec[]): ExtractionResult {
  const claims: Claim[] = [];
  const events = specs.map((s, i) => {
    const ids: string[] = [];
    for (const c of s.claims ?? []) {
      const cid = `c${claims.length + 1}`;
      ids.push(cid);
      claims.push({
        id: cid, source: { name: c.source, text: c.source, start: 0, end: 1, kind: c.kind ?? 'other' },
        cue: { text: 'said', start: 1, end: 2 }, content: { start: 0, end: 10 }, stance: c.stance ?? 'asserts', hedged: false, events: [`e${i + 1}`],
      });
    }
    return event(`e${i + 1}`, s, ids);
  });
  return { id, places: [], events, claims };
}

export function article(key: string, text: string, extra: Partial<NewArticle> = {}): NewArticle {
  return { key, url: null, textHash: textHash(text), title: null, outlet: null, published: '2024-03-11', text, origin: null, ...extra };
}

let n = 0;
/** A distinct filler text, so that unrelated test articles are never taken for copies of each other. */
export function uniqueText(words = 60): string {
  n++;
  const out: string[] = [];
  let x = n * 7919;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(`w${x.toString(36)}`);
  }
  return out.join(' ') + '.';
}
