// The shape of a named armed group row (see index.ts for the provenance of the lists).

/** ACLED's actor type ("inter") codes: 1 state forces, 2 rebel groups, 3 political militias (gangs and
 * cartels among them), 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces
 * (international missions, private military companies, forces acting outside their own country). */
export type InterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface NamedGroup {
  /** Stable rule id, `group.<slug>`: what `why.actor1` / `why.actor2` cite. */
  id: string;
  /** The canonical name, in ACLED's style: "ACRONYM: Full Name" where the group is known by an acronym. */
  name: string;
  /** The group's home country (ISO 3166-1 alpha-2); null for a group active in many countries. */
  country: string | null;
  inter: InterCode;
  /** Lower-case phrases in the cue syntax (words split by spaces, a hyphen as " - ", "'s" as " 's"). */
  aliases: string[];
  /** Acronyms that count only when written in capitals ("HTS", "ISIS-K"): as written. */
  acronyms?: string[];
  /** A group with a branch in each country it fights in is named with the incident's country,
   * "Islamic State (Nigeria)" (ACLED codebook: a country name is added for such groups). */
  perCountry?: boolean;
  /** One line: what the group is (the general fact the row rests on). */
  why?: string;
}
