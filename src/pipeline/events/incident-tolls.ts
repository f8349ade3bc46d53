// incident-tolls: the tolls of an article's incidents, once fused: totals told again as parts dropped
// (repeated-totals.ts), counts told of a region moved to the place in it the same sentence names, each
// incident's toll settled from its figures and claims (tolls.ts), and victims only named again ("the
// civilian killed") left to the incident that counted them.
import type { Claim, Figure, Reason } from '../../types.js';
import { canHaveCasualties, type MentionGroup } from './group-mentions.js';
import { contains, samePlace } from './location.js';
import { repeatedTotals } from './repeated-totals.js';
import { ClaimIndex, settleToll } from './tolls.js';
import type { Mention } from './types.js';
import { extend } from '../extend.js';

export interface IncidentToll { fatalities: Figure | null; injuries: Figure | null; why: { fatalities: Reason[]; injuries: Reason[] } }

/** Region features: a country, a territory, a first- or second-order division. */
const REGION = /^(PCL|TERR|ADM1|ADM2)/;

export function incidentTolls(incidents: MentionGroup[], claims: readonly Claim[]): IncidentToll[] {
  regionToSite(incidents);
  strayCounts(incidents);
  const totals = repeatedTotals(incidents);
  const index = new ClaimIndex(claims);
  // Each toll, and apart from it whether its counts only name victims counted elsewhere (no object rebuilt without it at the end).
  const againOnly: Array<{ dead: boolean; injured: boolean }> = [];
  // By push, not map: a mapped array is packed or holey as map runs in the interpreter or inlined (places/index.ts).
  const out: IncidentToll[] = [];
  for (const inc of incidents) {
    const ms = inc.counted;
    const dead = settleToll(ms.filter((m) => m.dead && !totals.has(m)).map((m) => m.dead!), index, 'fat');
    const injured = settleToll(ms.filter((m) => m.injured).map((m) => m.injured!), index, 'inj');
    // The reasons gathered by push, not spread from map and filter results: those arrays' elements kind differs
    // between optimised code and the interpreter, and the spreads' optimised code was thrown away for it ("wrong map").
    const fatalities: Reason[] = [], injuries: Reason[] = [];
    for (const r of dead.why) fatalities.push(r);
    for (const m of ms) if (totals.has(m)) fatalities.push(extend(m.dead!.reasons[0], { rule: 'fat.total-told-again-as-parts' }));
    for (const r of injured.why) injuries.push(r);
    for (const m of inc.mentions) {
      for (const r of m.excluded) {
        if (r.rule.startsWith('fat.')) fatalities.push(r);
        else if (r.rule.startsWith('inj.')) injuries.push(r);
      }
    }
    // Read only for a toll there is (the loop below reads it for no other): most incidents have none of one kind or both.
    againOnly.push({
      dead: !!dead.figure && (onlyAgain(ms, 'dead') || onlyNamed(inc, incidents, 'dead') || onlyParts(inc, incidents, 'dead') || onlyEarly(ms, 'dead')),
      injured: !!injured.figure && (onlyAgain(ms, 'injured') || onlyNamed(inc, incidents, 'injured') || onlyParts(inc, incidents, 'injured') || onlyEarly(ms, 'injured')),
    });
    out.push({ fatalities: dead.figure, injuries: injured.figure, why: { fatalities, injuries } });
  }
  // "the civilian killed", "the journalist was killed": a victim named again, already counted where the
  // story told them, adds no one to an incident of their own.
  for (const kind of ['dead', 'injured'] as const) {
    const field = kind === 'dead' ? 'fatalities' : 'injuries';
    if (!out.some((t, i) => t[field] && !againOnly[i][kind])) continue;
    for (let i = 0; i < out.length; i++) {
      const t = out[i];
      if (!t[field] || !againOnly[i][kind]) continue;
      t.why[field] = [extend(t.why[field][0], { rule: `${kind === 'dead' ? 'fat' : 'inj'}.victims-of-another-toll` })];
      t[field] = null;
    }
  }
  return out;
}

/** Victims named one by one ("a 66-year-old woman named X was killed") in an incident of no place of its own
 * apart from another incident's, on its day, where that other incident counts a toll: they are the toll's. */
function onlyNamed(inc: MentionGroup, all: MentionGroup[], kind: 'dead' | 'injured'): boolean {
  const ms = inc.counted;
  if (!ms.some((m) => m[kind]) || ms.some((m) => m[kind] && m[kind]!.role !== 'one')) return false;
  const first = Math.min(...ms.filter((m) => m[kind]).map((m) => m.sentence));
  // the toll told before the names, of an incident that can have casualties
  return all.some((o) => o !== inc && canHaveCasualties(o) && o.counted.some((m) => m[kind]?.role === 'toll' && m.sentence < first) &&
    (!o.date || !inc.date || (o.date.start ?? "") <= (inc.date.start ?? "")) &&
    (!inc.site?.locative || !o.site || samePlace(o.site.location, inc.site.location) || contains(o.site.location, inc.site.location) || contains(inc.site.location, o.site.location)));
}

/** Only some of the victims of a toll ("19 of the civilians killed", "two children were among the dead"), in an
 * article where another incident told a toll before: they are that toll's, whatever day or place was read for them. */
function onlyParts(inc: MentionGroup, all: MentionGroup[], kind: 'dead' | 'injured'): boolean {
  const ms = inc.counted;
  if (!ms.some((m) => m[kind]) || ms.some((m) => m[kind] && m[kind]!.role !== 'part')) return false;
  const first = Math.min(...ms.filter((m) => m[kind]).map((m) => m.sentence));
  return all.some((o) => o !== inc && o.counted.some((m) => m[kind]?.role === 'toll' && m.sentence < first));
}

/** "Initially, Safa reported that two were killed": an incident counted only by early reports, in an article
 * whose story counts a toll of its own, is that story's first telling, superseded. */
const EARLY = /^(initial|initially|earlier|first|early)\b/;
const onlyEarly = (ms: Mention[], kind: 'dead' | 'injured'): boolean => ms.some((m) => m[kind]) && ms.every((m) => !m[kind] || EARLY.test(m[kind]!.source ?? ''));

const onlyAgain = (ms: Mention[], kind: 'dead' | 'injured'): boolean => ms.some((m) => m[kind]) && ms.every((m) => !m[kind] || m[kind]!.again);

/** Counts that went to an incident of a kind that has no casualties (ACLED: strategic developments, peaceful
 * protests) belong to the violent incident the story tells: the nearest one told before it, else after it. */
function strayCounts(incidents: MentionGroup[]): void {
  incidents.forEach((r, i) => {
    if (!r.counted.length || canHaveCasualties(r)) return;
    let to: MentionGroup | undefined;
    for (let k = i - 1; k >= 0 && !to; k--) if (canHaveCasualties(incidents[k])) to = incidents[k];
    for (let k = i + 1; k < incidents.length && !to; k++) if (canHaveCasualties(incidents[k])) to = incidents[k];
    if (!to) return;
    to.counted = [...to.counted, ...r.counted].sort((a, b) => a.sentence - b.sentence);
    r.counted = [];
  });
}

/** "killed … in Beit Lahia in the northern Gaza Strip": a sentence naming a town and the region it lies in
 * tells one incident at the town; the counts that went to an incident at the region (a fan-out of that
 * sentence, and the reports that joined it) are the town's. */
function regionToSite(incidents: MentionGroup[]): void {
  for (const r of incidents) {
    const loc = r.site?.location;
    if (!loc || !r.counted.length || !REGION.test(loc.featureCode ?? '')) continue;
    const first = r.mentions[0].sentence;
    const town = incidents.find((p) => p !== r && p.site && !REGION.test(p.site.location.featureCode ?? '') && p.mentions[0].sentence === first &&
      p.site.location.country === loc.country && p.lead.typed.eventType === r.lead.typed.eventType);
    if (!town) continue;
    town.counted = [...town.counted, ...r.counted].sort((a, b) => a.sentence - b.sentence);
    r.counted = [];
  }
}
