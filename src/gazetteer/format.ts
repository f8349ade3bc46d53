// The prebuilt gazetteer file (data/gazetteer.bin): a small JSON header, then typed-array columns,
// so that loading is one read and a handful of zero-copy views (no parsing, no index building).
//   entries (N): gid Int32, lat/lon/pop Float32, fc/cc Uint8, adm1 Uint16, adm2 Uint32, names (offsets + UTF-8 blob)
//   admin2 areas (A2): names (offsets + UTF-8 blob), by the index the adm2 column holds
//   seats: [area entry, seat entry] Int32 pairs, sorted by area
//   keys (K, sorted, ASCII): offsets + blob; postings offsets (K+1) + postings Uint32 (P)
// A posting is an entry index (low 24 bits) with flags (high bits), sorted best prior first.

export const MAGIC = 'SITGAZ04';

export const FLAG_PRIMARY = 1 << 31; // the key is the entry's own name, not an alternate spelling
export const FLAG_DEMONYM = 1 << 30; // the key is an adjective of nationality ("syrian")
export const FLAG_ABBREV = 1 << 29; // the key is an abbreviation that must keep its period ("la")
export const FLAG_WORD = 1 << 28; // the key is also a common English word (wink-nlp's lexicon knows it)
export const FLAG_LOOSE = 1 << 27; // the key is a loose romanisation key (loose-key.ts), not the name's own spelling
export const ENTRY_MASK = 0xffffff;

export const NO_ADMIN1 = 0xffff;
export const NO_ADMIN2 = 0xffffffff;

export interface Header {
  n: number;
  k: number;
  p: number;
  /** Admin2 areas in the adm2 name table. */
  a2: number;
  fcodes: string[];
  countries: string[];
  admin1: string[];
  sections: Record<SectionName, [number, number]>; // byte offset, byte length
  builtFrom: string;
}

export type SectionName =
  | 'gid' | 'lat' | 'lon' | 'pop' | 'fc' | 'cc' | 'adm1' | 'adm2' | 'a2Off' | 'a2Names' | 'seats'
  | 'nameOff' | 'names' | 'keyOff' | 'keys' | 'postOff' | 'post';

export const SECTION_ORDER: SectionName[] = ['gid', 'lat', 'lon', 'pop', 'adm2', 'nameOff', 'a2Off', 'seats', 'keyOff', 'postOff', 'post', 'adm1', 'fc', 'cc', 'names', 'a2Names', 'keys'];
