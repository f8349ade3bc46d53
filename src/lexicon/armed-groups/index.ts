// Named armed groups, states' named forces and external forces, each under one canonical name in
// ACLED's style with its aliases, home country and ACLED actor type (inter code).
// Provenance: written for this project from general, encyclopaedic knowledge of armed groups worldwide
// (their common English names, transliterations and abbreviations) and ACLED's public codebook naming
// conventions ("ACRONYM: Full Name"; a country in parentheses for a group with a branch in many
// countries; external forces and private military companies as inter 8). No entry comes from an
// evaluation file.
import { AFRICA } from './africa.js';
import { AMERICAS, EUROPE } from './americas-europe.js';
import { ASIA } from './asia.js';
import { MIDDLE_EAST } from './middle-east.js';
import { ELSEWHERE_GROUPS, ELSEWHERE_STATE_FORCES } from './elsewhere.js';
import { EXTERNAL_FORCES, STATE_FORCES } from './state-external.js';
import type { InterCode, NamedGroup } from './types.js';

export type { InterCode, NamedGroup } from './types.js';

/** Every row; the order only matters for two rows sharing an alias (the first wins). */
export const NAMED_GROUPS: readonly NamedGroup[] = [...STATE_FORCES, ...MIDDLE_EAST, ...AFRICA, ...ASIA, ...AMERICAS, ...EUROPE, ...EXTERNAL_FORCES, ...ELSEWHERE_STATE_FORCES, ...ELSEWHERE_GROUPS];

/** The actor type of a canonical name ("Al Shabaab" → 2), for the exports' inter codes. A per-country
 * name ("Islamic State (Nigeria)") is found by its stem. */
const INTER_BY_NAME = new Map<string, InterCode>();
for (const g of NAMED_GROUPS) if (!INTER_BY_NAME.has(g.name)) INTER_BY_NAME.set(g.name, g.inter);
export function interOfGroup(name: string): InterCode | null {
  const exact = INTER_BY_NAME.get(name);
  if (exact) return exact;
  const stem = name.replace(/\s*\([^)]*\)$/, '');
  return stem !== name ? INTER_BY_NAME.get(stem) ?? null : null;
}
