// places: every toponym in the text, resolved against the gazetteer.
//   recognize (gazetteer matches + context rules) → resolve (priors, focus country, containers,
//   proximity) → Place objects with offsets into doc.text.
import type { Doc, Place } from '../../types.js';
import type { Context } from '../context.js';
import { recognize } from './recognize.js';
import { resolveMentions } from './resolve.js';
import { dropCapitalDistricts } from './capital-district.js';

export function findPlaces(doc: Doc, ctx: Context): Place[] {
  const gaz = ctx.gazetteer;
  const mentions = dropCapitalDistricts(recognize(doc, gaz), gaz, doc.text);
  return resolveMentions(mentions, gaz, doc.text).map(({ mention: m, entry }) => {
    const mention = m.demonym ? ('demonym' as const) : ('name' as const);
    // Plain literals in one key order: spreading a base object here cost ~3% of the whole reading.
    if (entry === null) return { text: m.text, start: m.start, end: m.end, name: null, geonameid: null, lat: null, lon: null, country: null, admin1: null, featureCode: null, mention };
    const e = gaz.entry(entry);
    return { text: m.text, start: m.start, end: m.end, name: e.name, geonameid: e.geonameid, lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1, featureCode: e.featureCode, mention };
  });
}
