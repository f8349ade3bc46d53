// The countries a named group fights in beyond its home row's `country` (null for a transnational movement):
// place evidence, not naming. A party the story names is a cue to where its incidents are (issue 14: "Palmyra"
// told with only "Islamic State" is Syria's Tadmur, not Palmyra, Pennsylvania): site-country.ts lets a far
// namesake that nothing else in the story points to move to its namesake in a country the party fights in.
// Provenance: general, encyclopaedic knowledge of where each movement and force has operated (its branches,
// "provinces" and theatres); written for this project, no entry from an evaluation file.
import { NAMED_GROUPS } from './index.js';

export interface ActiveCountries {
  /** The NamedGroup row's id. */
  id: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: readonly string[];
  why: string;
}

export const ACTIVE_COUNTRIES: readonly ActiveCountries[] = [
  { id: 'group.islamic-state', countries: ['IQ', 'SY', 'AF', 'PK', 'NG', 'NE', 'ML', 'BF', 'TD', 'CM', 'CD', 'MZ', 'SO', 'YE', 'LY', 'EG', 'PH'],
    why: 'core in Iraq and Syria; "provinces" in Khorasan, West Africa, the Sahel, Central Africa, Mozambique, Somalia, Yemen, Libya, Sinai, East Asia' },
  { id: 'group.al-qaeda', countries: ['AF', 'PK', 'YE', 'SO', 'ML', 'BF', 'NE', 'DZ', 'SY', 'IQ'],
    why: 'core in Afghanistan and Pakistan; affiliates AQAP, al-Shabaab, AQIM and JNIM, Hurras al-Din' },
  { id: 'group.jnim', countries: ['BF', 'NE', 'BJ', 'TG'], why: "al-Qaeda's Sahel coalition: Mali, Burkina Faso, Niger, and since 2021 northern Benin and Togo" },
  { id: 'group.boko-haram', countries: ['CM', 'NE', 'TD'], why: 'Lake Chad basin: north-east Nigeria, Cameroon Far North, Diffa (Niger), Lac (Chad)' },
  { id: 'group.al-shabaab', countries: ['KE'], why: 'cross-border attacks in Kenya (Mandera, Garissa, Lamu, Wajir)' },
  { id: 'group.adf', countries: ['UG'], why: 'Ugandan-origin rebels; bombings and raids in Uganda' },
  { id: 'group.mnjtf', countries: ['NG', 'NE', 'TD', 'CM'], why: 'the Lake Chad Basin states' },
  { id: 'group.g5-sahel', countries: ['ML', 'BF', 'NE', 'TD', 'MR'], why: 'the G5 Sahel states' },
  { id: 'group.dozo', countries: ['ML', 'BF', 'CI'], why: 'hunter brotherhoods of Mali, Burkina Faso and Ivory Coast' },
  { id: 'group.samim', countries: ['MZ'], why: 'SADC mission in Cabo Delgado, Mozambique' },
  { id: 'ext.un-peacekeepers', countries: ['CD', 'ML', 'CF', 'SS', 'LB', 'CY', 'SD', 'EH', 'SO'],
    why: 'the large UN missions: MONUSCO, MINUSMA, MINUSCA, UNMISS, UNIFIL, UNFICYP, UNISFA, MINURSO; AMISOM/ATMIS alongside in Somalia' },
];

const BY_ID = new Map(ACTIVE_COUNTRIES.map((a) => [a.id, a.countries]));
const HOME = new Map(NAMED_GROUPS.map((g) => [g.id, g.country]));

/** The countries the party found by the row `rule` fights in besides its home, or []. */
export function activeCountriesOf(rule: string): readonly string[] {
  return BY_ID.get(rule) ?? [];
}

/** Whether a row's id is a named group's (for the table's test). */
export const isGroupId = (id: string): boolean => HOME.has(id);
