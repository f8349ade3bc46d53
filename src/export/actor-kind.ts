// ACLED's actor type codes (inter1/inter2) from an actor's normalised name, following the naming
// conventions of ACLED's codebook: "Military Forces of X", "Police Forces of X", "Protesters (X)",
// "Rioters (X)", "Civilians (X)", "... Communal Militia (X)". A name that shows nothing gives 0 (unknown).
//   1 State forces · 2 Rebel groups · 3 Political militias · 4 Identity militias · 5 Rioters ·
//   6 Protesters · 7 Civilians · 8 External/Other forces
const RULES: [RegExp, number][] = [
  [/^(military|police|government|air) forces? of\b|^(navy|army|air force) of\b|^government of\b/i, 1],
  [/^protesters\b/i, 6],
  [/^rioters\b/i, 5],
  [/^civilians\b/i, 7],
  [/\b(communal|ethnic|clan|tribal) militia\b/i, 4],
  [/\bmilitia\b/i, 3],
  [/\b(islamic state|al[- ]qaeda|al[- ]shabaab|boko haram|taliban|rebels?|insurgents?|liberation (army|front)|front|jihadists?)\b/i, 2],
  [/\b(united nations|unifil|minusma|monusco|peacekeepers?|private military|wagner)\b/i, 8],
];

export function interCode(name: string | null | undefined): number {
  if (!name) return 0;
  for (const [re, code] of RULES) if (re.test(name)) return code;
  return 0;
}

/** ACLED's interaction code: the two actor codes, smaller first (10 × code when there is one actor). */
export function interaction(a: number, b: number): number {
  if (!a && !b) return 0;
  if (!a || !b) return 10 * (a || b);
  return Math.min(a, b) * 10 + Math.max(a, b);
}
