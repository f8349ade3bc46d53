// Tolls across the reports of one incident, the dead and the injured alike, by the rule an article's own
// sources follow (src/pipeline/events/tolls.ts): low is the most conservative figure any independent
// source gives, high the largest, best the lower median of the sources' best estimates (of two, the more
// conservative: ACLED, "if source reports differ … the most conservative estimate available"; of more,
// the middle one, so that no one stale or inflated report decides: UCDP GED's best estimate). Each figure
// is traced to the article and claim that gave it; copies of one wire story give one figure.
import type { Figure } from '../types.js';
import type { FigureBasis, MemberEvent } from '../store/store.js';

interface Given { figure: Figure; basis: Omit<FigureBasis, 'value'>; group: number; member: MemberEvent }
type Bound = 'low' | 'best' | 'high';

export type Toll = 'fatalities' | 'injuries';

/** Who gave an event's figure (or one bound of it): the claim the figure names for that bound (Figure.claimsBy,
 * Figure.claims), else its first asserting claim, else the outlet itself. */
export function figureSource(m: MemberEvent, toll: Toll = 'fatalities', bound?: Bound): Omit<FigureBasis, 'value'> {
  const f = m.event[toll];
  const byBound = bound && f?.claimsBy ? f.claimsBy[bound] : undefined;
  const named = byBound ?? f?.claims ?? [];
  // A bound the narrator gave names no claim: the outlet itself.
  const claim = m.claims.find((c) => named.includes(c.id)) ?? (byBound || named.length ? null : m.claims.find((c) => c.stance === 'asserts')) ?? null;
  return { articleId: m.articleId, outlet: m.outlet, claimId: claim?.id ?? null, source: claim?.source.name ?? m.outlet };
}

export function fuseFigures(members: MemberEvent[], toll: Toll = 'fatalities'): { figure: Figure | null; basis: { low: FigureBasis; best: FigureBasis; high: FigureBasis } | null; given: Given[] } {
  const byGroup = new Map<number, Given>();
  for (const m of members) {
    const f = m.event[toll];
    if (!f || !Number.isFinite(f.best) || byGroup.has(m.group)) continue;
    byGroup.set(m.group, { figure: f, basis: figureSource(m, toll), group: m.group, member: m });
  }
  const given = [...byGroup.values()];
  if (!given.length) return { figure: null, basis: null, given };
  const low = given.reduce((a, b) => (b.figure.low < a.figure.low ? b : a));
  const high = given.reduce((a, b) => (b.figure.high > a.figure.high ? b : a));
  const sorted = [...given].sort((a, b) => a.figure.best - b.figure.best);
  const best = sorted[(sorted.length - 1) >> 1]; // the lower median: conservative when sources split evenly
  return {
    figure: { low: low.figure.low, best: best.figure.best, high: high.figure.high },
    basis: {
      low: { value: low.figure.low, ...figureSource(low.member, toll, 'low') },
      best: { value: best.figure.best, ...figureSource(best.member, toll, 'best') },
      high: { value: high.figure.high, ...figureSource(high.member, toll, 'high') },
    },
    given,
  };
}
