// tolls: one toll per incident, of the dead and of the injured, from the figures its sentences tell.
//   - A sentence's figure (told.ts) is a toll, one person named, or a part of a toll told elsewhere;
//     tallies never reach here (counting.ts). Parts count only when nothing else does.
//   - Each figure has a source: the claim whose content holds it ("the ministry said 12 were killed"),
//     else the narrator (the outlet itself). One source's figures give its toll: the largest (a toll told
//     again, updated, or a total after its parts), and "also" / "others" figures add to the figure told
//     just before them ("one was killed … 11 were also killed": 12).
//   - A force's dead and its attackers' dead (Told.side: "four soldiers", "ten assailants") are different victims: added,
//     whether one source tells both or two sources tell one each (fat.sides-added).
//   - Sources that differ ("12, the ministry said; 14, the broadcaster reported") give a range: low is the
//     lowest figure, high the highest. best is the narrator's own figure when it gives one — the outlet's
//     reading of the sources it quotes — else the lower median of the sources' figures: of two, the more
//     conservative (ACLED: "if source reports differ … the most conservative estimate available"); of more,
//     the middle one, so that no one stale or inflated report decides (UCDP GED: best is the most reliable
//     estimate, low and high the lowest and highest reported). Cross-article fusion (src/fuse/figures.ts)
//     applies the same lower median to the articles' figures.
//   - Each figure names the claims it came from (`Figure.claims`); `why` names every rule applied.
import type { Claim, Figure, Reason } from '../../types.js';
import { extend } from '../extend.js';
import { lookupCountry } from '../../gazetteer/countries.js';
import { TOLL_RISEN } from './counting.js';

/** What a sentence tells of a toll: the figure, its role, and the rules that read it. */
export interface Told extends Figure {
  role: 'toll' | 'one' | 'part';
  /** "were also killed", "two others": victims beside those told just before. */
  more: boolean;
  /** "the toll rose to 14", "(total of 12 fatalities)": a running total. */
  update: boolean;
  /** "the man", "him", "both victims": victims already told, named again. */
  again: boolean;
  /** "Other sources report …": a source other than the narrator, named by the words that told it. */
  source?: string;
  /** The sentence that told it. */
  sentence: number;
  /** Told in the article's lead (its first two sentences). */
  lead?: boolean;
  /** world23: which side of a fight its victims are named as, when all are named as one: a state's force ("four soldiers") or
   * those who attacked or fought it ("ten assailants", "17 of the militants"). Undefined for anyone else or a mix. */
  side?: 'force' | 'foe';
  /** world28: the country its victims are named as of, when every count names one: a demonym or a country's name before their noun
   * ("3 Azerbaijani soldiers", "two Indian civilians", an ISO code), or 'own' for the speaker's own ("4 of its servicemen"). */
  nation?: string;
  /** Other counts the same sentence tells as alternatives ("four deaths, whereas the hospital posted 12"). */
  alternatives?: Told[];
  reasons: Reason[];
}

/** `nation`: the told nation, the speaker's resolved for 'own' (the country its claim's source names), else undefined. */
interface Reading { told: Told; source: string; claims: string[]; nation: string | undefined }

const EARLY = /^(initial|initially|earlier|first|early|unconfirmed)\b/;
const add = (a: Figure, b: Figure): Figure => ({ low: a.low + b.low, best: a.best + b.best, high: a.high + b.high });

/** Round 34: the other side's dead told as more ("Three of the attackers were also killed in the retaliatory fire, the officer
 * said"): those who attacked or fought, told with "also", are victims beside the ones counted before, whoever tells them and however
 * far on (general English: the additive focus adverb; codebook: fatalities are all those the event killed, both sides'). */
const isFoeAddition = (t: Told): boolean => t.more && !t.update && !t.again && t.side === 'foe' && t.role === 'toll';

/** The toll of one incident from the figures of its sentences, in the order told. `prefix`: "fat" or "inj". The other side's
 * dead told as more (isFoeAddition) are added to the toll of the rest, unless that toll is a total told beside a smaller count of
 * the force's own dead ("Ten killed in attack on police post … seven policemen were killed … three attackers were also
 * killed": the ten hold the three). */
export function settleToll(told: readonly Told[], claims: ClaimIndex, prefix: string): { figure: Figure | null; why: Reason[] } {
  const extra = told.filter(isFoeAddition);
  if (!extra.length || extra.length === told.length) return settleOwn(told, claims, prefix);
  const rest = told.filter((t) => !isFoeAddition(t));
  const own = settleOwn(rest, claims, prefix);
  const f = own.figure;
  if (!f) return own;
  const force = rest.filter((t) => t.side === 'force' && t.role !== 'part').map((t) => t.best);
  if (force.length && !force.includes(f.best) && Math.max(...force) < f.best) return own;
  // The same dead told twice (two sources, or told again) are added once.
  const seen = new Set<number>();
  const adds = extra.filter((t) => !seen.has(t.best) && seen.add(t.best));
  const figure: Figure = Object.assign({}, f);
  const ids = new Set(f.claims ?? []);
  for (const t of adds) {
    figure.low += t.low; figure.best += t.best; figure.high += t.high;
    if (t.at != null) for (const c of claims.around(t.at)) ids.add(c.id);
  }
  if (ids.size) figure.claims = [...ids];
  // Each bound is now its own figure plus the added dead: their claims back every bound.
  if (f.claimsBy) {
    const added = [...ids].filter((id) => !(f.claims ?? []).includes(id));
    figure.claimsBy = { low: [...f.claimsBy.low, ...added], best: [...f.claimsBy.best, ...added], high: [...f.claimsBy.high, ...added] };
  }
  const why = [...own.why, ...adds.flatMap((t) => [...t.reasons, extend(t.reasons[0] ?? {}, { rule: `${prefix}.${FOE_ADDED}` })])];
  return { figure, why };
}
/** The source toll told as grown to its figure (counting.ts TOLL_RISEN) after every other toll's first figure, and no smaller
 * than any: the latest toll. Undefined when none, or when another figure is told after it or is larger. */
function latestRisen<T extends { figure: Figure; why: Reason[] }>(pool: readonly T[], prefix: string): T | undefined {
  const rule = `${prefix}.${TOLL_RISEN}`;
  const at = (t: T) => t.why.find((r) => r.rule === rule)?.start;
  const risen = pool.filter((t) => at(t) != null);
  if (risen.length !== 1) return undefined;
  const r = risen[0], when = at(r)!;
  const first = (t: T) => Math.min(...t.why.map((x) => x.start ?? Infinity));
  return pool.every((t) => t === r || (first(t) < when && t.figure.best <= r.figure.best)) ? r : undefined;
}
/** The rule id of the other side's dead, told as more, added (`fat.foe-dead-added`). */
const FOE_ADDED = 'foe-dead-added';

/** The toll of the figures told, each source's toll set against the others' (what settleToll did before round 34's additions). */
function settleOwn(told: readonly Told[], claims: ClaimIndex, prefix: string): { figure: Figure | null; why: Reason[] } {
  if (!told.length) return { figure: null, why: [] };
  const all = told.flatMap((t) => [t, ...(t.alternatives ?? [])]);
  // By push, not map: a mapped array is packed or holey as map runs in the interpreter or inlined (places/index.ts).
  const readings: Reading[] = [];
  for (const t of all) {
    const from = t.at == null ? [] : claims.around(t.at);
    const main = from.find((c) => c.stance === 'asserts') ?? from[0];
    const source = main ? (main.source.name || main.source.text).toLowerCase() : t.source ?? '';
    const nation = t.nation === OWN_NATION ? (main ? countryNamedIn(main.source.text) : undefined) : t.nation;
    readings.push({ told: t, source, claims: from.map((c) => c.id), nation });
  }
  // probe5 (addition-continues-source): "Two soldiers were killed, the army said. Three militants were also killed.": an
  // "also" figure the narrator tells right after a source's figure goes on with that source's account (it adds more
  // victims to it), never stands as a second source's differing toll.
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k], prev = readings[k - 1];
    if (r.source === '' && r.told.more && !r.told.update && prev.source !== '' && r.told.sentence - prev.told.sentence <= ADD_REACH && r.told.sentence > prev.told.sentence) {
      const reasons = [...r.told.reasons, extend(r.told.reasons[0] ?? {}, { rule: `${prefix}.addition-continues-source` })];
      readings[k] = extend(r, { told: extend(r.told, { reasons }), source: prev.source, claims: prev.claims });
    }
  }
  // Parts count only when no figure of the whole is told.
  const whole = readings.filter((r) => r.told.role !== 'part');
  const pool = whole.length ? whole : readings;
  const bySource = new Map<string, Reading[]>();
  for (const r of pool) {
    const list = bySource.get(r.source);
    if (list) list.push(r);
    else bySource.set(r.source, [r]);
  }
  // Sources in the order they first tell a figure; the first is the report's lead when it is the article's first figure.
  const leadSentence = Math.min(...readings.map((r) => r.told.sentence));
  // By push, not map: a mapped array is packed or holey as map runs in the interpreter or inlined (places/index.ts).
  const tolls: Array<{ source: string; first: boolean | undefined } & ReturnType<typeof sourceToll>> = [];
  for (const [source, rs] of bySource) tolls.push({ source, first: rs[0].told.sentence === leadSentence && rs[0].told.lead, ...sourceToll(rs, prefix) });
  // A source that only names single victims ("my son was killed") does not dispute another's toll.
  const counted0 = tolls.some((t) => t.role === 'toll') ? tolls.filter((t) => t.role === 'toll') : tolls;
  // world23: two sources, one counting a force's dead and the other its attackers' ("killing four soldiers … the army said it had
  // neutralised ten assailants"), count different victims: both sides' dead are the incident's (codebook: fatalities are all
  // those the event killed), added, not set against each other.
  // world28: as are two sources each counting a different country's dead ("Armenia's defence ministry reported 4 of its servicemen
  // killed, while Baku said 3 Azerbaijani soldiers died": 7, fat.nations-added).
  const sides = counted0.length === 2 && counted0[0].side && counted0[1].side && counted0[0].side !== counted0[1].side;
  const nations = !sides && counted0.length === 2 && counted0[0].nation && counted0[1].nation && counted0[0].nation !== counted0[1].nation;
  const counted = sides || nations
    ? [extend(counted0[0], { figure: add(counted0[0].figure, counted0[1].figure), claims: [...counted0[0].claims, ...counted0[1].claims],
      why: [...counted0[0].why, ...counted0[1].why, extend(counted0[1].why[0], { rule: `${prefix}.${sides ? SIDES_ADDED : NATIONS_ADDED}` })] })]
    : counted0;
  const values = new Set(counted.map((t) => `${t.figure.low}/${t.figure.best}/${t.figure.high}`));
  const why: Reason[] = [];
  const claimIds = [...new Set(counted.flatMap((t) => t.claims))];
  let figure: Figure;
  let bounds: { low: string[]; best: string[]; high: string[] };
  if (values.size === 1) {
    // A copy made by Object.assign, not a spread: the keys added below would give a spread copy a hidden class of its own (extend.ts).
    figure = Object.assign({}, counted[0].figure);
    bounds = { low: claimIds, best: claimIds, high: claimIds };
    why.push(...counted[0].why);
    if (counted.length > 1) why.push(...counted.slice(1).map((t) => extend(t.why[0], { rule: `${prefix}.sources-agree` })));
  } else {
    // Early reports ("initially, two were reported killed") widen the range but never decide best.
    const current = counted.filter((t) => !EARLY.test(t.source));
    // Round 32: nor does a vague quantity ("killed dozens", "several civilians") beside a source's number ("a relief organisation put
    // the death toll at 42"): the number is the count, the vague word only its order.
    const counts = current.filter((t) => !t.why.some((r) => r.rule === `${prefix}.vague-quantity`));
    const pool = counts.length ? counts : current.length ? current : counted;
    // The report's own figure: the narrator's, else the one its lead gives (the first told), the account it stands by.
    const narrator = pool.find((t) => t.source === '') ?? (pool[0] === counted[0] && pool[0].first ? pool[0] : undefined);
    const sorted = [...pool].sort((a, b) => a.figure.best - b.figure.best);
    // Round 34: a toll told as grown to its figure after every other figure ("…, taking the death toll to nine, police said") is the
    // toll as it stood last, whoever tells it: best (UCDP GED: the latest reliable figure). Not a source's own estimate ("put
    // the death toll at 12"), which is one more figure of the range.
    const risen = latestRisen(pool, prefix);
    const chosen = risen ?? narrator ?? sorted[(sorted.length - 1) >> 1];
    const lowest = counted.reduce((a, b) => (b.figure.low < a.figure.low ? b : a));
    const highest = counted.reduce((a, b) => (b.figure.high > a.figure.high ? b : a));
    figure = { low: lowest.figure.low, best: chosen.figure.best, high: highest.figure.high };
    bounds = { low: lowest.claims, best: chosen.claims, high: highest.claims };
    const how = risen ? 'best-risen-total' : !narrator ? 'best-lower-median' : narrator.source === '' ? 'best-narrator' : 'best-lead';
    why.push(...chosen.why, extend(chosen.why[0], { rule: `${prefix}.${how}` }));
    for (const t of counted) if (t !== chosen) why.push(extend(t.why[0], { rule: `${prefix}.sources-differ` }));
  }
  if (claimIds.length) {
    figure.claims = claimIds;
    // Which claims gave which bound, when sources differ: the dossier names the source behind each figure.
    if (values.size > 1) figure.claimsBy = bounds;
  }
  if (told[0].at != null) figure.at = told[0].at;
  return { figure, why };
}

/** The article's claims ordered by where their content starts, with the furthest end reached so far at
 * each: the claims whose content holds an offset are found by a binary search and a walk back that stops
 * where no earlier claim reaches it (not by reading every claim for every figure). Made once per article
 * (incident-tolls.ts) and handed to every toll. */
export class ClaimIndex {
  private readonly sorted: Claim[];
  private readonly reach: number[] = [];
  private readonly order: Map<Claim, number>;

  constructor(claims: readonly Claim[]) {
    this.sorted = [...claims].sort((a, b) => a.content.start - b.content.start);
    for (let k = 0; k < this.sorted.length; k++) this.reach.push(Math.max(k ? this.reach[k - 1] : -Infinity, this.sorted[k].content.end));
    this.order = new Map(claims.map((c, k) => [c, k]));
  }

  /** The claims whose content holds the offset, in the article's order of claims. */
  around(at: number): Claim[] {
    const { sorted, reach, order } = this;
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].content.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const out: Claim[] = [];
    for (let k = lo - 1; k >= 0 && reach[k] > at; k--) if (at < sorted[k].content.end) out.push(sorted[k]);
    return out.length > 1 ? out.sort((a, b) => order.get(a)! - order.get(b)!) : out;
  }
}

/** How far on an "also" figure still adds to the one told before it: the next sentence ("One was killed.
 * Two others were also killed."). Further on, a story that enumerates its victims after the total ("At least
 * four were killed … In addition, three members of the family were killed") is naming them, not adding. */
const ADD_REACH = 1;

/** One source's toll: the largest of its figures, where "also" figures, and the other side's dead told next (Told.side), add to
 * the one told just before. */
function sourceToll(rs: Reading[], prefix: string): { figure: Figure; role: Told['role']; claims: string[]; why: Reason[]; side: Told['side']; nation: string | undefined } {
  let last: { figure: Figure; readings: Reading[]; side: Told['side'] } | null = null;
  let best: { figure: Figure; readings: Reading[]; side: Told['side'] } | null = null;
  for (const r of rs) {
    const near = !!last && r.told.sentence - last.readings[last.readings.length - 1].told.sentence <= ADD_REACH;
    // world23: the other side's dead told next ("… killing four soldiers. Ten assailants were killed in the fighting") are more
    // victims, as "also" tells them.
    const otherSide = !!last && !!r.told.side && !!last.side && r.told.side !== last.side && r.told.role === 'toll' && !r.told.again;
    const added = otherSide && !r.told.more ? extend(r, { told: extend(r.told, { reasons: [...r.told.reasons, extend(r.told.reasons[0] ?? {}, { rule: `${prefix}.${SIDES_ADDED}` })] }) }) : r;
    const cur: { figure: Figure; readings: Reading[]; side: Told['side'] } = (r.told.more || otherSide) && !r.told.update && last && near
      ? { figure: add(last.figure, r.told), readings: [...last.readings, added], side: last.side === r.told.side ? last.side : undefined }
      : { figure: { low: r.told.low, best: r.told.best, high: r.told.high }, readings: [r], side: r.told.side };
    if (!best || cur.figure.best > best.figure.best) best = cur;
    last = cur;
  }
  const used = best!.readings;
  const why = used.flatMap((r) => r.told.reasons);
  const role = used.some((r) => r.told.role === 'toll') ? 'toll' : used[0].told.role;
  // The same figure told again by the source: named once, from its first telling.
  const nation = used.every((r) => r.nation === used[0].nation) ? used[0].nation : undefined;
  return { figure: best!.figure, role, claims: [...new Set(used.flatMap((r) => r.claims))], why, side: best!.side, nation };
}
/** The rule id of two countries' dead, each counted by its own source, added (`fat.nations-added`). */
const NATIONS_ADDED = 'nations-added';
/** Told.nation of victims named as the speaker's own ("4 of its servicemen"). */
export const OWN_NATION = 'own';

/** The country a source's words name ("Armenia's defence ministry", "the Indian army"): the first word, or two joined, that names
 * one. */
function countryNamedIn(text: string): string | undefined {
  const words = text.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w));
  for (let k = 0; k < words.length; k++) {
    const ref = (k + 1 < words.length ? lookupCountry(`${words[k]} ${words[k + 1]}`) : null) ?? lookupCountry(words[k]);
    if (ref) return ref.code;
  }
  return undefined;
}
/** The rule id of two sides' dead added (`fat.sides-added`). */
const SIDES_ADDED = 'sides-added';
