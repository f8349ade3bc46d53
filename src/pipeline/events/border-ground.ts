// border-ground (where14): where an event happened when the sentence names only the country across a border. "Two
// Kyrgyz soldiers were killed in clashes near the border with Tajikistan", "militants attacked a post near the border
// with Afghanistan, the Pakistani army said": the country after "the border with" is the neighbour (location.ts passes it
// over, loc.border-neighbour), and the event lies on this side unless told otherwise (ACLED codebook, location: the
// place where the event itself occurred). So a sentence whose only places are such neighbours is placed at its own
// side's country, named in the sentence: the acting party's country first ("Kyrgyz soldiers", "the Pakistani army"),
// else another country or demonym the sentence tells that is no neighbour, at precision 3 (the country alone;
// loc.border-own-side). With nothing of its own side told, the sentence has no site of its own (the story's site stands).
import type { Place, Token } from '../../types.js';
import type { ActorMention, Site } from './types.js';
import { tokenAt } from './location.js';
import { extend } from '../extend.js';

export function borderGround(sites: Site[], neighbours: readonly Place[], places: readonly Place[], actor1: ActorMention | null, actor2: ActorMention | null,
  tokens: readonly Token[]): Site[] {
  if (sites.length || !neighbours.length) return sites;
  const across = new Set(neighbours.map((n) => n.country));
  const own = places.filter((p) => p.lat != null && p.country && !across.has(p.country) && ((p.featureCode ?? '').startsWith('PCL') || p.mention === 'demonym'));
  const pick = own.find((p) => p.country === actor1?.country) ?? own.find((p) => p.country === actor2?.country) ?? own[0];
  if (!pick) return sites;
  const first = tokenAt(tokens, pick.start);
  let end = first + 1;
  while (end < tokens.length && tokens[end].start < pick.end) end++;
  return [{ location: extend(pick, { precision: 3 }), locative: false, first, end,
    why: [{ rule: 'loc.border-own-side', start: pick.start, end: pick.end, text: pick.text }] }];
}
