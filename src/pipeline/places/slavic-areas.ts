// Ukrainian and Russian areas named by their adjective: "Kupianskyi raion", "(Pokrovskyi, Donetsk)", "Kharkivska
// oblast", "Belgorodskaya oblast". Since the 2020 reform Ukraine's raions are named, in official and ACLED usage, by
// the adjective of their seat (Kupiansk → Kupianskyi, Nikopol → Nikopolskyi, Odesa → Odeskyi, Sumy → Sumskyi,
// Kakhovka → Kakhovskyi, Polohy → Polohivskyi), and oblasts by the feminine form (Kharkivska, Donetska, Odeska);
// GeoNames names them "Kupiansk Raion", "Kharkiv". The adjective's ending is taken off by the regular rules of
// Ukrainian and Russian word formation (-s'kyi/-s'ka after a stem, -sk- stems keep it, a stem's final -a/-ka/-y/-sa/-sy
// drops before -s'k-, -iv- is inserted after -y), and the areas of those names in Ukraine, Russia and Belarus are
// looked up: a rule over the word's shape, no list of areas (elsewhere6, issue 14; the gazetteer's own names unchanged).
import type { Gazetteer, Posting } from '../../gazetteer/index.js';
import { FLAG_PRIMARY } from '../../gazetteer/format.js';

const SLAVIC = new Set(['UA', 'RU', 'BY']);
/** Masculine (raion, district) and feminine (oblast) endings after "sk" as romanised, longest first. */
const RAION_ENDS = ['skyi', 'skyy', 'skiy', 'skii', 'sky', 'skyj'];
const OBLAST_ENDS = ['skaya', 'ska'];
/** What the stem's final letters were before the adjective's "-sk-": Kupiansk (sk), Nikopol (-), Odesa (sa), Sumy (y)... */
const STEM_TAILS = ['sk', '', 'a', 'ka', 'y', 'sa', 'sy'];

/** The stems a one-word adjectival key may come from ("kupianskyi" → kupiansk, kupian, …; "polohivskyi" → polohy too). */
function stems(key: string, ends: readonly string[]): string[] {
  const end = ends.find((e) => key.endsWith(e));
  if (!end) return [];
  const s = key.slice(0, -end.length);
  if (s.length < 3) return [];
  const out = STEM_TAILS.map((t) => s + t);
  if (s.endsWith('iv')) out.push(s.slice(0, -2) + 'y');
  return out;
}

/** The area an adjectival one-word name stands for, in Ukraine, Russia or Belarus; [] when the key has no such ending. */
export function adjectivalArea(gaz: Gazetteer, key: string): Posting[] {
  if (key.length < 7 || key.includes(' ')) return [];
  const slavic = (ps: Posting[], f: (code: string) => boolean): Posting[] =>
    ps.filter((p) => p.flags & FLAG_PRIMARY && SLAVIC.has(gaz.countryOf(p.entry)) && f(gaz.featureOf(p.entry)));
  for (const s of stems(key, RAION_ENDS)) {
    const raion = [...gaz.lookup(s + ' raion'), ...gaz.lookup(s + 'skiy rayon'), ...gaz.lookup(s + ' district')];
    const r = slavic(raion, (f) => f.startsWith('ADM2'));
    if (r.length) return r;
  }
  // Only areas: the seat's own town would read surnames of the same shape ("Zelensky" ~ Zelena) as places.
  for (const s of stems(key, OBLAST_ENDS)) {
    const oblast = slavic([...gaz.lookup(s), ...gaz.lookup(s + ' oblast')], (f) => f === 'ADM1');
    if (oblast.length) return oblast;
  }
  return [];
}
