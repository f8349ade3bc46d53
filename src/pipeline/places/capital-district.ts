// where14 (loc.distrito-capital): "Bogota, D.C." is Bogotá, Distrito Capital, not Washington's District of Columbia.
// Latin American writers put "D.C." (Distrito Capital) after their capital's name as US writers do after Washington;
// after a city that is not Washington, the abbreviation is part of that city's name (Colombia's own "Bogotá, D.C."),
// and no place of its own: the mention is dropped, so that "Bogota" is read alone (and never held by the US district).
import type { Gazetteer } from '../../gazetteer/index.js';
import type { Mention } from './recognize.js';

const DC_KEY = 'dc';
const DC_ADMIN1 = 'District of Columbia';

/** The mentions without each "D.C." told after a comma behind a name with no reading in the District of Columbia. */
export function dropCapitalDistricts(mentions: Mention[], gaz: Gazetteer, text: string): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i], prev = mentions[i - 1];
    if (m.key !== DC_KEY || !m.text.includes('.')) continue;
    if (!/^\s*,\s*$/.test(text.slice(prev.end, m.start))) continue;
    if (prev.postings.some((p) => gaz.countryOf(p.entry) === 'US' && gaz.entry(p.entry).admin1 === DC_ADMIN1)) continue;
    (out ??= mentions.slice()).splice(out.indexOf(m), 1);
  }
  return out ?? mentions;
}
