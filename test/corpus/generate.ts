// A deterministic, seeded corpus of news articles with its ground truth: several outlets telling the
// same incidents in their own words, wire stories reprinted by other outlets, two strikes on nearby
// towns the same night, and unrelated news. `oracle` holds what each article states (for testing the
// store and fusion apart from the reader); `incidents` holds what a perfect run must end with.
//   node --import tsx test/corpus/generate.ts [--seed N] [--incidents N] [--out DIR]
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TOWNS as DEFAULT_TOWNS, town as defaultTown, type Town } from './places.js';
import { CONTEXT, DETAILS, LEADS, NO_TOLL, PROTEST_DETAILS, TOLLS, UNRELATED, type Kind, type Slots } from './templates.js';

export interface CorpusArticle { id: string; text: string; title: string; published: string; url: string; outlet: string }
export interface OracleEvent { incident: string; kind: Kind; town: Town; date: string; actor: string; enemy: string | null; dead: number | null; source: string }
export interface TruthIncident { key: string; kind: Kind; town: string; lat: number; lon: number; date: string; articles: string[]; sources: number; low: number | null; high: number | null }
export interface Corpus { articles: CorpusArticle[]; oracle: Map<string, OracleEvent[]>; incidents: TruthIncident[] }

export const OUTLETS = ['The Daily Ledger', 'Frontline Herald', 'Morning Courier', 'Regional Observer', 'Capital Times', 'Evening Dispatch', 'Northern Gazette', 'Border Post'];
export const WIRES = ['Global Wire Service', 'Continental Press Agency'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Who acts where, as outlets would write it; which kinds of incident each conflict sees.
export type Sides = Record<string, { actor: string; enemy: string; kinds: Kind[] }>;
const DEFAULT_SIDES: Sides = {
  UA: { actor: 'Russian forces', enemy: 'Ukrainian troops', kinds: ['strike', 'shelling', 'clash', 'protest'] },
  SY: { actor: 'Syrian government forces', enemy: 'rebel fighters', kinds: ['strike', 'shelling', 'clash', 'protest'] },
  SD: { actor: 'the Rapid Support Forces', enemy: 'the Sudanese army', kinds: ['shelling', 'clash', 'strike'] },
  YE: { actor: 'Houthi forces', enemy: 'government troops', kinds: ['shelling', 'clash', 'protest'] },
  SO: { actor: 'al-Shabaab militants', enemy: 'Somali soldiers', kinds: ['clash', 'shelling'] },
  ML: { actor: 'JNIM militants', enemy: 'Malian soldiers', kinds: ['clash'] },
};
const TOLL_SOURCES = ['the regional governor', 'local health officials', 'the civil defence service', 'a local monitoring group', 'hospital staff'];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_OUTLETS = OUTLETS;
/** `towns`, `sides` and `outlets` widen the world (the bench's corpus spans dozens of countries); by default the 24 towns above. */
/** `start` is the first day incidents may fall on (YYYY-MM-DD, default 2024-01-01). */
export function generateCorpus(opts: { seed?: number; incidents?: number; unrelatedShare?: number; days?: number; towns?: Town[]; sides?: Sides; outlets?: string[]; start?: string } = {}): Corpus {
  const OUTLETS = opts.outlets ?? DEFAULT_OUTLETS;
  const TOWNS = opts.towns ?? DEFAULT_TOWNS;
  const SIDES = opts.sides ?? DEFAULT_SIDES;
  const townNamed = (name: string): Town => TOWNS.find((x) => x.name === name) ?? defaultTown(name);
  const rnd = mulberry32(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const articles: CorpusArticle[] = [];
  const oracle = new Map<string, OracleEvent[]>();
  const incidents: TruthIncident[] = [];
  const used = new Set<string>();
  const first = Date.parse(`${opts.start ?? '2024-01-01'}T00:00:00Z`);
  const dayOf = (n: number): string => new Date(first + n * 86_400_000).toISOString().slice(0, 10);
  const phrase = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number);
    return pick([`${d} ${MONTHS[m - 1]}`, `${d} ${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1]} ${d}`]);
  };
  const addArticle = (outlet: string, published: string, title: string, text: string, events: OracleEvent[]): string => {
    const id = `gen-${String(articles.length + 1).padStart(5, '0')}`;
    articles.push({ id, text, title, published, url: `https://news.example/${outlet.toLowerCase().replace(/\W+/g, '-')}/${id}`, outlet });
    oracle.set(id, events);
    return id;
  };
  const shuffled = <T>(xs: readonly T[]): T[] => xs.map((x) => ({ x, k: rnd() })).sort((a, b) => a.k - b.k).map((y) => y.x);
  // The n-th report of an incident takes the n-th lead and detail of a per-incident shuffle: independent
  // outlets never share a wording, as they would not in the news (and must not look like wire copies).
  const paragraphs = (kind: Kind, s: Slots, n = 0, leads = shuffled(LEADS[kind]), details = shuffled(kind === 'protest' ? PROTEST_DETAILS : DETAILS)): string[] => {
    const toll = s.dead != null ? pick(TOLLS)(s) : pick(NO_TOLL)(s);
    const context = shuffled(CONTEXT);
    return [`${leads[n % leads.length](s)}${toll}`, `${details[n % details.length](s)} ${context[0](s)}`,
      `${details[(n + 3) % details.length](s)} ${context[1](s)}`];
  };

  /** One incident told by 1-4 independent outlets and maybe a wire story with 1-3 reprints. */
  const tell = (t: Town, kind: Kind, day: number, outlets: string[], wire: boolean): TruthIncident => {
    const date = dayOf(day);
    const side = SIDES[t.country];
    const base = kind === 'protest' ? null : int(1, 12);
    const truth: TruthIncident = { key: `${t.name}/${date}/${kind}`, kind, town: t.name, lat: t.lat, lon: t.lon, date, articles: [], sources: 0, low: null, high: null };
    const figure = (): number | null => (base == null ? null : Math.max(1, base + pick([-1, 0, 0, 1, 2])));
    const leads = shuffled(LEADS[kind]);
    const details = shuffled(kind === 'protest' ? PROTEST_DETAILS : DETAILS);
    let told = 0;
    const report = (): { text: string; ev: OracleEvent } => {
      const s: Slots = { town: t, date: phrase(date), actor: side.actor, enemy: side.enemy, dead: figure(), source: pick(TOLL_SOURCES) };
      const ev: OracleEvent = { incident: truth.key, kind, town: t, date, actor: side.actor, enemy: kind === 'clash' ? side.enemy : null, dead: s.dead, source: s.source };
      return { text: paragraphs(kind, s, told++, leads, details).join('\n\n'), ev };
    };
    const count = (ev: OracleEvent): void => {
      truth.sources++;
      if (ev.dead != null) {
        truth.low = Math.min(truth.low ?? Infinity, ev.dead);
        truth.high = Math.max(truth.high ?? -Infinity, ev.dead);
      }
    };
    const title = `${{ strike: 'Strike hits', shelling: 'Shelling hits', clash: 'Fighting in', protest: 'Protest in' }[kind]} ${t.name}`;
    for (const outlet of outlets) {
      const r = report();
      truth.articles.push(addArticle(outlet, dayOf(day + int(0, 1)), title, r.text, [r.ev]));
      count(r.ev);
    }
    if (wire) {
      const agency = pick(WIRES);
      const r = report();
      const published = dayOf(day + int(0, 1));
      truth.articles.push(addArticle(agency, published, `${title} (${agency})`, `${r.text}\n\n(${agency})`, [r.ev]));
      for (const outlet of OUTLETS.filter((o) => !outlets.includes(o)).slice(0, int(1, 3))) {
        truth.articles.push(addArticle(outlet, published, title, `${r.text}\n\n(${agency}) This report was distributed by ${agency} and published by ${outlet}.`, [r.ev]));
      }
      count(r.ev); // a wire story and its reprints are one source
    }
    incidents.push(truth);
    return truth;
  };

  const wanted = opts.incidents ?? 60;
  // Enough days that every incident finds a free town-day (24 towns): large corpora span years.
  const days = opts.days ?? Math.max(180, Math.ceil(wanted / 8));
  for (let i = 0; incidents.length < wanted && i < wanted * 20; i++) {
    const t = pick(TOWNS);
    const kind = pick(SIDES[t.country].kinds);
    const day = int(0, days - 1);
    if (used.has(`${t.name}/${day}`) || (t.near && used.has(`${t.near}/${day}`))) continue;
    used.add(`${t.name}/${day}`);
    const outlets = [...OUTLETS].sort(() => rnd() - 0.5).slice(0, int(1, 4));
    const a = tell(t, kind, day, outlets, rnd() < 0.35);
    // Now and then the neighbouring town is hit the same night: a separate incident, told separately
    // and, by one outlet, in the same article as the first.
    if (t.near && kind !== 'protest' && kind !== 'clash' && rnd() < 0.6) {
      const n = townNamed(t.near);
      used.add(`${n.name}/${day}`);
      const b = tell(n, kind, day, [...OUTLETS].sort(() => rnd() - 0.5).slice(0, int(1, 2)), false);
      const outlet = pick(OUTLETS);
      const side = SIDES[t.country];
      const evs = [a, b].map((x) => ({ incident: x.key, kind, town: townNamed(x.town), date: x.date, actor: side.actor, enemy: null, dead: int(1, 6), source: pick(TOLL_SOURCES) }));
      const text = evs.map((ev) => paragraphs(kind, { town: ev.town, date: phrase(ev.date), actor: ev.actor, enemy: side.enemy, dead: ev.dead, source: ev.source })[0]).join('\n\n');
      const id = addArticle(outlet, dayOf(day + 1), `Overnight attacks on ${t.name} and ${n.name}`, `${text}\n\nBoth towns were hit within an hour of each other, ${evs[0].source} said.`, evs);
      for (const [x, ev] of [[a, evs[0]], [b, evs[1]]] as const) {
        x.articles.push(id);
        x.sources++;
        x.low = Math.min(x.low ?? Infinity, ev.dead);
        x.high = Math.max(x.high ?? -Infinity, ev.dead);
      }
    }
  }
  const share = opts.unrelatedShare ?? 0.15;
  const unrelated = Math.round((articles.length * share) / (1 - share));
  const texts = new Set<string>();
  while (texts.size < unrelated) {
    const t = pick(TOWNS);
    const day = int(0, days - 1);
    const text = pick(UNRELATED)(t, phrase(dayOf(day)));
    if (texts.has(text)) continue; // each unrelated story once: a repeat would be a duplicate, not news
    texts.add(text);
    addArticle(pick(OUTLETS), dayOf(day), `News from ${t.name}`, text, []);
  }
  // Arrival order is mixed, as from real feeds: reprints may come before the wire original.
  const order = articles.map((a) => ({ a, k: rnd() })).sort((x, y) => x.k - y.k).map((x) => x.a);
  return { articles: order, oracle, incidents };
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const arg = (name: string, def: string): string => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const corpus = generateCorpus({ seed: Number(arg('--seed', '1')), incidents: Number(arg('--incidents', '60')) });
  const out = arg('--out', 'test-results/corpus');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'articles.jsonl'), corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  writeFileSync(join(out, 'truth.json'), JSON.stringify(corpus.incidents, null, 1));
  console.log(`${corpus.articles.length} articles, ${corpus.incidents.length} incidents → ${out}`);
}
