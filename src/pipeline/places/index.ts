// places: every toponym in the text, resolved against the gazetteer.
//   recognize (gazetteer matches + context rules) → resolve (priors, focus country, containers,
//   proximity) → Place objects with offsets into doc.text.
import type { Doc, Place } from '../../types.js';
import type { Context } from '../context.js';
import { recognize } from './recognize.js';
import { resolveMentions } from './resolve.js';
import { dropCapitalDistricts } from './capital-district.js';
import type { HierarchyOf } from './hierarchy.js';

/** `hierarchyOf`: the article's memo of how its places name one another (reading.ts), read again by the events stage. */
export function findPlaces(doc: Doc, ctx: Context, hierarchyOf?: HierarchyOf): Place[] {
  const gaz = ctx.gazetteer;
  const mentions = dropCapitalDistricts(recognize(doc, gaz), gaz, doc.text);
  // By push into a literal, not map: an array map makes is packed in the interpreter and holey once the optimising
  // compiler has inlined map, and the functions reading the places (some twenty) threw their optimised code away at
  // that switch ("wrong map"), many in the bench's second pass over its articles: 26 deopts there, 7 without it, and
  // the compiler's time in that pass 901 → 481 ms (readMentions alone took ~150 ms to compile again).
  const out: Place[] = [];
  for (const { mention: m, entry } of resolveMentions(mentions, gaz, doc.text, hierarchyOf)) {
    const mention = m.demonym ? ('demonym' as const) : ('name' as const);
    // Plain literals in one key order: spreading a base object here cost ~3% of the whole reading.
    if (entry === null) {
      out.push({ text: m.text, start: m.start, end: m.end, name: null, geonameid: null, lat: null, lon: null, country: null, admin1: null, featureCode: null, mention });
      continue;
    }
    const e = gaz.entry(entry);
    out.push({ text: m.text, start: m.start, end: m.end, name: e.name, geonameid: e.geonameid, lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1, featureCode: e.featureCode, mention });
  }
  return out;
}
