// interceptor-ground (dwu13): where an interception happened when the sentence names only where the weapon came
// from. "Ukraine's air force said it shot down 40 drones launched by Russia overnight", "Israel intercepted missiles
// fired from Iran": the launching side's country (after "by" or "from", location.ts passes it over as a launcher) is
// no site; ACLED's codebook places an event where it occurred, and a weapon is intercepted or shot down over the
// interceptor's own ground. So a Disrupted weapons use whose only places are launchers is placed at the acting
// force's country, named in the sentence ("Ukraine's", "Ukrainian", "Israel"), at precision 3 (the country alone).
// Read per sentence, before the mentions are grouped: two sides' claims ("Russia said it downed 20 drones launched by
// Ukraine; Ukraine said …") keep their own grounds and never fuse.
import type { Place, Token } from '../../types.js';
import type { ActorMention, Site } from './types.js';
import { extend } from '../extend.js';

/** The site of a sentence's interception: its own sites when it has any besides launchers, else the interceptor's country. */
export function interceptorGround(sites: Site[], launchers: readonly Place[], places: readonly Place[], actor1: ActorMention | null,
  tokens: readonly Token[], subEventType: string): Site[] {
  if (subEventType !== 'Disrupted weapons use' || !launchers.length || !actor1?.country) return sites;
  const launched = (s: Site) => launchers.some((l) => l.start <= s.location.start && s.location.start < l.end);
  if (sites.some((s) => !launched(s))) return sites;
  const c = actor1.country;
  if (launchers.every((l) => l.country === c)) return sites;
  const own = places.find((p) => p.country === c && (p.featureCode ?? '').startsWith('PCL') && p.lat != null);
  if (!own) return sites;
  let first = 0;
  while (first + 1 < tokens.length && tokens[first + 1].start <= own.start) first++;
  let end = first + 1;
  while (end < tokens.length && tokens[end].start < own.end) end++;
  return [{ location: extend(own, { precision: 3 }), locative: false, first, end,
    why: [{ rule: 'loc.interceptor-country', start: own.start, end: own.end, text: own.text }] }];
}
