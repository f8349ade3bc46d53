// ACLED's actor type codes (inter1/inter2) from an actor's normalised name, following the naming
// conventions of ACLED's codebook ("Actor names, types and inter codes"): "Military Forces of X",
// "Police Forces of X", "Protesters (X)", "Rioters (X)", "Civilians (X)", "... Communal Militia (X)",
// and the named groups of lexicon/armed-groups/ with the type each row gives. A name that shows nothing gives 0.
//   1 State forces · 2 Rebel groups · 3 Political militias · 4 Identity militias · 5 Rioters ·
//   6 Protesters · 7 Civilians · 8 External/Other forces
// State forces acting outside their own country are external forces (8), as the codebook has it.
import { lookupCountry } from '../gazetteer/countries.js';
import { interOfGroup } from '../lexicon/actors.js';

const RULES: [RegExp, number][] = [
  [/^(military|police|government|air) forces? of\b|^(navy|army|air force) of\b|^government of\b/i, 1],
  [/^protesters\b/i, 6],
  [/^rioters\b/i, 5],
  [/^civilians\b/i, 7],
  [/\b(communal|ethnic|clan|sub-clan|tribal|indigenous) militia\b/i, 4],
  [/^private security forces\b|\bprivate military\b|^coalition forces\b|\b(united nations|unifil|minusma|monusco|peacekeepers?|wagner)\b/i, 8],
  [/^unidentified (armed group|gang)\b|\bmilitia\b|\bgang\b|\bcartel\b/i, 3],
  [/\b(islamic state|al[- ]qaeda|al[- ]shabaab|boko haram|taliban|rebels?|insurgents?|liberation (army|front)|front|jihadists?)\b/i, 2],
];

/** "Military Forces of Israel" → IL: the state a state force belongs to. */
const STATE = /^(?:Military|Police|Government|Air) Forces of (?:the )?(.+?)(?:\s*\(.*)?$|^Government of (?:the )?(.+?)(?:\s*\(.*)?$/;

/** ACLED's actor type of a name; `country` (ISO alpha-2) is where the incident happened. */
export function interCode(name: string | null | undefined, country?: string | null): number {
  if (!name) return 0;
  const own = interOfGroup(name);
  let code = own ?? 0;
  if (!code) for (const [re, c] of RULES) if (re.test(name)) { code = c; break; }
  if (code === 1 && country) {
    // A state's forces outside its own territory are external forces.
    const m = STATE.exec(name);
    const home = m ? lookupCountry(m[1] ?? m[2])?.code : null;
    if (home && home !== country) return 8;
  }
  return code;
}

/** ACLED's interaction code: the two actor codes, smaller first; one actor alone is "sole" action (10 × its
 * code). With no actor1 there is no interaction: an empty actor gives an empty code, never 70 for civilians alone. */
export function interaction(a: number, b: number): number {
  if (!a) return 0;
  if (!b) return 10 * a;
  return Math.min(a, b) * 10 + Math.max(a, b);
}

/** The actor1 ACLED's codebook records when reports name none: the unnamed participants of a protest or a
 * riot ("Protesters (Country)", "Rioters (Country)"), and for any other event an "Unidentified Armed Group
 * (Country)", its convention for perpetrators nobody identified. */
export function unnamedActor(eventType: string, country: string | null): string {
  const who = eventType === 'Protests' ? 'Protesters' : eventType === 'Riots' ? 'Rioters' : 'Unidentified Armed Group';
  return country ? `${who} (${country})` : who;
}
