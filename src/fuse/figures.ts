// Fatalities across the reports of one incident, UCDP style: low (the most conservative figure any
// independent source gives), high (the largest), best (the median of the sources' best estimates),
// each traced to the article and claim that gave it. Copies of one wire story give one figure.
import type { Figure } from '../types.js';
import type { FigureBasis, MemberEvent } from '../store/store.js';

interface Given { figure: Figure; basis: Omit<FigureBasis, 'value'>; group: number }

/** Who gave an event's figure: its first asserting claim, else the outlet itself. */
export function figureSource(m: MemberEvent): Omit<FigureBasis, 'value'> {
  const claim = m.claims.find((c) => c.stance === 'asserts') ?? null;
  return { articleId: m.articleId, outlet: m.outlet, claimId: claim?.id ?? null, source: claim?.source.name ?? m.outlet };
}

export function fuseFigures(members: MemberEvent[]): { fatalities: Figure | null; basis: { low: FigureBasis; best: FigureBasis; high: FigureBasis } | null; given: Given[] } {
  const byGroup = new Map<number, Given>();
  for (const m of members) {
    const f = m.event.fatalities;
    if (!f || !Number.isFinite(f.best) || byGroup.has(m.group)) continue;
    byGroup.set(m.group, { figure: f, basis: figureSource(m), group: m.group });
  }
  const given = [...byGroup.values()];
  if (!given.length) return { fatalities: null, basis: null, given };
  const low = given.reduce((a, b) => (b.figure.low < a.figure.low ? b : a));
  const high = given.reduce((a, b) => (b.figure.high > a.figure.high ? b : a));
  const sorted = [...given].sort((a, b) => a.figure.best - b.figure.best);
  const best = sorted[(sorted.length - 1) >> 1]; // the lower median: conservative when sources split evenly
  return {
    fatalities: { low: low.figure.low, best: best.figure.best, high: high.figure.high },
    basis: {
      low: { value: low.figure.low, ...low.basis },
      best: { value: best.figure.best, ...best.basis },
      high: { value: high.figure.high, ...high.basis },
    },
    given,
  };
}
