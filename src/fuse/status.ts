// Status as to the acting party, and contradictions between sources, across the reports of one incident.
import type { EventStatus } from '../types.js';
import type { Contradiction, MemberEvent } from '../store/store.js';
import type { fuseFigures } from './figures.js';

// The acting party's own word outranks what others say of it: an acknowledgement or a denial settles
// the status; an allegation by others comes next; nobody naming a perpetrator is "unclaimed".
const RANK: Record<EventStatus, number> = { acknowledged: 3, denied: 2, alleged: 1, unclaimed: 0 };

export function fuseStatus(members: MemberEvent[]): EventStatus {
  let status: EventStatus = 'unclaimed';
  for (const m of members) if (RANK[m.event.status] > RANK[status]) status = m.event.status;
  return status;
}

const MAX_CONTRADICTIONS = 20;

/** One source asserts what another denies or disputes; or independent sources' death tolls do not overlap. */
export function findContradictions(members: MemberEvent[], given: ReturnType<typeof fuseFigures>['given']): Contradiction[] {
  const asserting: Contradiction['asserts'][] = [];
  const disputing: Contradiction['asserts'][] = [];
  const seen = new Set<string>();
  for (const m of members) {
    for (const c of m.claims) {
      const key = `${m.articleId}:${c.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const side = { articleId: m.articleId, claimId: c.id, source: c.source.name, detail: c.stance };
      if (c.stance === 'asserts') asserting.push(side);
      else if (c.stance === 'denies' || c.stance === 'disputes') disputing.push(side);
    }
  }
  const out: Contradiction[] = [];
  const pairs = new Set<string>();
  for (const d of disputing) {
    for (const a of asserting) {
      const pair = `${(a.source ?? '').toLowerCase()}|${(d.source ?? '').toLowerCase()}`;
      if (a.source?.toLowerCase() === d.source?.toLowerCase() || pairs.has(pair)) continue;
      pairs.add(pair);
      if (out.length < MAX_CONTRADICTIONS) out.push({ kind: 'stance', asserts: a, disputes: d });
    }
  }
  const sorted = [...given].sort((a, b) => a.figure.high - b.figure.high);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest && highest && lowest.figure.high < highest.figure.low) {
    const side = (g: typeof lowest) => ({
      articleId: g.basis.articleId, claimId: g.basis.claimId, source: g.basis.source,
      detail: `${g.figure.low === g.figure.high ? g.figure.best : `${g.figure.low}-${g.figure.high}`} killed`,
    });
    out.push({ kind: 'fatalities', asserts: side(highest), disputes: side(lowest) });
  }
  return out;
}
