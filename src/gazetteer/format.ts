// The prebuilt gazetteer file (data/gazetteer.bin): a small JSON header, then typed-array columns,
// so that loading is one read and a handful of zero-copy views (no parsing, no index building).
//   entries (N): gid Int32, lat/lon/pop Float32, fc/cc Uint8, adm1 Uint16, names (offsets + UTF-8 blob)
//   keys (K, sorted, ASCII): offsets + blob; postings offsets (K+1) + postings Uint32 (P)
// A posting is an entry index (low 24 bits) with flags (high bits), sorted best prior first.

export const MAGIC = 'SITGAZ02';

export const FLAG_PRIMARY = 1 << 31; // the key is the entry's own name, not an alternate spelling
export const FLAG_DEMONYM = 1 << 30; // the key is an adjective of nationality ("syrian")
export const FLAG_ABBREV = 1 << 29; // the key is an abbreviation that must keep its period ("la")
export const ENTRY_MASK = 0xffffff;

export const NO_ADMIN1 = 0xffff;

export interface Header {
  n: number;
  k: number;
  p: number;
  fcodes: string[];
  countries: string[];
  admin1: string[];
  sections: Record<SectionName, [number, number]>; // byte offset, byte length
  builtFrom: string;
}

export type SectionName =
  | 'gid' | 'lat' | 'lon' | 'pop' | 'fc' | 'cc' | 'adm1'
  | 'nameOff' | 'names' | 'keyOff' | 'keys' | 'postOff' | 'post';

export const SECTION_ORDER: SectionName[] = ['gid', 'lat', 'lon', 'pop', 'nameOff', 'keyOff', 'postOff', 'post', 'adm1', 'fc', 'cc', 'names', 'keys'];
