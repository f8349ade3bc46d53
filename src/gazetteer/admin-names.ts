// The names an admin1/admin2 area answers to besides GeoNames' own: the name without its unit word
// ("Province du Gourma" → Gourma, "Shahrestān-e Zanjān" → Zanjān), with its position word in another
// language ("Nord-Kivu" ~ North Kivu, "Kasai Oriental" ~ East Kasai, "Northern Darfur" ~ North
// Darfur), and with the unit words news puts after it ("Saada province", "Zamfara state", "Zhari
// district"). Rules over the word lists in curated/admin-words.ts, never a list per area.
import { POSITION_WORDS, UNIT_LINKS, UNIT_WORDS } from './curated/admin-words.js';
import { foldKey, skeletonKey } from './fold.js';

const units = [...UNIT_WORDS].sort((a, b) => b.length - a.length);
const links = [...UNIT_LINKS].sort((a, b) => b.length - a.length);

/** The folded name without a leading or trailing unit word ("province du gourma" → "gourma"); null when it has none. */
export function bareAreaName(folded: string): string | null {
  let k = folded;
  for (const u of units) {
    if (k.startsWith(u + ' ')) {
      k = k.slice(u.length + 1);
      for (const l of links) if (k.startsWith(l + ' ')) { k = k.slice(l.length + 1); break; }
      break;
    }
  }
  for (const u of units) if (k.endsWith(' ' + u)) { k = k.slice(0, -u.length - 1); break; }
  return k !== folded && k.length >= 3 && !units.includes(k) ? k : null;
}

// Each position word's row, longest words first so that "nord ouest" is read before "nord".
const rowOf = new Map<string, (typeof POSITION_WORDS)[number]>();
for (const row of POSITION_WORDS) for (const w of [...row.first, ...row.last]) rowOf.set(w, row);
const positions = [...rowOf.keys()].sort((a, b) => b.length - a.length);

/** The folded name with its leading or trailing position word in each other form, each on its own side. */
export function positionVariants(folded: string): string[] {
  const out = new Set<string>();
  // A name that is a position word itself: a compound one ("Nord-Ouest", Cameroon's "North-West")
  // answers to its other forms; a single one ("Nord", "Centre") to none, since "North" alone is a
  // direction far more often than a province.
  const whole = rowOf.get(folded);
  if (whole) return folded.includes(' ') ? [...whole.first, ...whole.last].filter((q) => q !== folded) : [];
  for (const p of positions) {
    let rest: string | null = null;
    if (folded.startsWith(p + ' ')) rest = folded.slice(p.length + 1);
    else if (folded.endsWith(' ' + p)) rest = folded.slice(0, -p.length - 1);
    if (!rest || rest.length < 3) continue;
    const row = rowOf.get(p)!;
    for (const q of row.first) out.add(`${q} ${rest}`);
    for (const q of row.last) out.add(`${rest} ${q}`);
    break;
  }
  out.delete(folded);
  return [...out];
}

// The unit words news writes after an area's name whatever the country calls it ("Saada province",
// "Hajjah governorate", "Zhari district"). Others ("state", "county", "territory") are added only where
// the country's own names of that level use them (Nigeria's "Zamfara State", Congo's "Masisi
// Territory"; in the US "Ohio State" and "Michigan State" are universities).
const SUFFIXES: Record<'ADM1' | 'ADM2', string[]> = {
  ADM1: ['province', 'governorate', 'region'],
  ADM2: ['district'],
};
/** Unit words that, when a country's own names of a level end with them, name all its areas of that level. */
const COUNTRY_SUFFIXES = ['state', 'county', 'governorate', 'province', 'region', 'district', 'territory', 'prefecture', 'department', 'zone', 'municipality'];

/** The unit words ending some name of an area level in one country: added to all its areas of that level. */
export function countrySuffixes(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const k = foldKey(n);
    for (const u of COUNTRY_SUFFIXES) if (k.endsWith(' ' + u)) out.add(u);
  }
  return [...out];
}

/**
 * Every folded key of an area: `own`, its name and its name without the unit word (`weak`: the bare
 * name that is only an alternate); `forms`, the
 * position variants of those and "X province"-style forms of the bare name (or of the name, when it
 * has no unit word), with the generic unit words and `extraSuffixes` (countrySuffixes).
 */
export function areaKeys(name: string, level: 'ADM1' | 'ADM2', extraSuffixes: string[] = []): { own: string[]; weak: string[]; forms: string[] } {
  const full = foldKey(name);
  if (!full) return { own: [], weak: [], forms: [] };
  const bare = bareAreaName(full);
  // "District of Columbia", "State of Mexico": the bare word names something else first.
  const ofName = bare !== null && units.some((u) => full.startsWith(`${u} of `));
  const own = [full, ...(bare && !ofName ? [bare] : [])];
  const forms = new Set<string>(bare && ofName ? [bare] : []);
  for (const k of own) for (const v of positionVariants(k)) forms.add(v);
  const base = bare ?? full;
  for (const s of new Set([...SUFFIXES[level], ...extraSuffixes])) if (!base.endsWith(' ' + s)) forms.add(`${base} ${s}`);
  for (const k of own) forms.delete(k);
  // A bare name that starts the full one ("Gaza" of "Gaza Province") stays an alternate, as GeoNames'
  // alternates are: the recogniser takes it (the name starts with it) and a town of that name keeps
  // its own-name bonus. One left after a leading unit word ("Province du Gourma") is the name proper.
  const weak = bare && full.startsWith(bare + ' ') ? [bare] : [];
  return { own, weak, forms: [...forms] };
}

/**
 * The key under which an area of country `cc` is found by its loose key within that country, one-word
 * names included ("^YE~sada" for Şa‘dah and Saada): the recogniser never asks it (no text folds to "^").
 */
export function areaLooseKey(cc: string, folded: string): string {
  return `^${cc}${skeletonKey(bareAreaName(folded) ?? folded)}`;
}
