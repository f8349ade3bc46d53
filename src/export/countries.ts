// Country facts the exports need (ISO alpha-3, numeric code, name, ACLED region), from world-countries.
import { readCountryData } from '../gazetteer/country-data.js';

export interface CountryInfo { iso2: string; iso3: string; numeric: number | null; name: string; region: string }

// ACLED's regions follow the UN subregions except where ACLED groups otherwise (ACLED codebook, "Region"):
// the Caucasus with Central Asia, Iran and Western Asia as the Middle East, Europe as one region.
const CAUCASUS = new Set(['AM', 'AZ', 'GE']);
function acledRegion(iso2: string, region: string, subregion: string): string {
  if (CAUCASUS.has(iso2) || subregion === 'Central Asia') return 'Caucasus and Central Asia';
  if (iso2 === 'IR' || subregion === 'Western Asia') return 'Middle East';
  if (subregion === 'Southern Asia') return 'South Asia';
  if (subregion === 'South-Eastern Asia') return 'Southeast Asia';
  if (subregion === 'Eastern Asia') return 'East Asia';
  if (region === 'Europe') return 'Europe';
  if (region === 'Oceania') return 'Oceania';
  if (region === 'Antarctic') return 'Antarctica';
  return subregion || region;
}

let byIso2: Map<string, CountryInfo> | null = null;

export function countryInfo(iso2: string | null | undefined): CountryInfo | null {
  if (!iso2) return null;
  if (!byIso2) {
    byIso2 = new Map(readCountryData().map((c) => [c.cca2, {
      iso2: c.cca2, iso3: c.cca3, numeric: c.ccn3 ? Number(c.ccn3) : null, name: c.name.common,
      region: acledRegion(c.cca2, c.region, c.subregion ?? ''),
    }]));
  }
  return byIso2.get(iso2.toUpperCase()) ?? null;
}
