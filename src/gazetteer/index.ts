// The gazetteer index: data/gazetteer.bin (see format.ts) opened as typed-array views. Loading is one
// file read; a lookup is a binary search over the sorted key blob, comparing bytes in place.
import { distanceKm } from '../geo.js';
import { readFileSync } from 'node:fs';
import { ENTRY_MASK, FLAG_PRIMARY, MAGIC, NO_ADMIN1, NO_ADMIN2, type Header } from './format.js';
import { foldKey, skeletonKey } from './fold.js';
import { areaLooseKey } from './admin-names.js';
import { defaultGazetteerPath } from './path.js';

export { foldKey } from './fold.js';

export interface GazetteerEntry {
  index: number;
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  population: number;
  featureCode: string;
  country: string | null;
  admin1: string | null;
  /** The admin2 area's name (GeoNames admin2Codes), or null. */
  admin2: string | null;
}

/** The feature codes of admin areas, by level. */
export type AreaLevel = 'ADM1' | 'ADM2';

/** One key's match: the entry and the flags of that key on it (format.ts FLAG_*). */
export interface Posting {
  entry: number;
  flags: number;
}

export class Gazetteer {
  readonly size: number;
  readonly keyCount: number;
  private readonly h: Header;
  private readonly buf: Buffer;
  private readonly gid: Int32Array;
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly pop: Float32Array;
  private readonly fc: Uint8Array;
  private readonly cc: Uint8Array;
  private readonly adm1: Uint16Array;
  private readonly adm2: Uint32Array;
  private readonly a2Off: Uint32Array;
  private readonly seats: Int32Array;
  private readonly a2At: number;
  private readonly nameOff: Uint32Array;
  private readonly keyOff: Uint32Array;
  private readonly postOff: Uint32Array;
  private readonly post: Uint32Array;
  private readonly keysAt: number;
  private readonly namesAt: number;

  constructor(file: Buffer) {
    if (file.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a sitrep gazetteer file (rebuild: npm run build)');
    // Typed-array views need aligned offsets: copy once if the read buffer is not 8-aligned.
    const buf = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file));
    const h = (this.h = JSON.parse(buf.toString('utf8', 16, 16 + buf.readUInt32LE(8))) as Header);
    const view = <T>(Ctor: new (b: ArrayBufferLike, o: number, n: number) => T, s: keyof Header['sections'], size: number): T =>
      new Ctor(buf.buffer, buf.byteOffset + h.sections[s][0], h.sections[s][1] / size);
    this.buf = buf;
    this.gid = view(Int32Array, 'gid', 4);
    this.lat = view(Float32Array, 'lat', 4);
    this.lon = view(Float32Array, 'lon', 4);
    this.pop = view(Float32Array, 'pop', 4);
    this.fc = view(Uint8Array, 'fc', 1);
    this.cc = view(Uint8Array, 'cc', 1);
    this.adm1 = view(Uint16Array, 'adm1', 2);
    this.adm2 = view(Uint32Array, 'adm2', 4);
    this.a2Off = view(Uint32Array, 'a2Off', 4);
    this.seats = view(Int32Array, 'seats', 4);
    this.a2At = h.sections.a2Names[0];
    this.nameOff = view(Uint32Array, 'nameOff', 4);
    this.keyOff = view(Uint32Array, 'keyOff', 4);
    this.postOff = view(Uint32Array, 'postOff', 4);
    this.post = view(Uint32Array, 'post', 4);
    this.keysAt = h.sections.keys[0];
    this.namesAt = h.sections.names[0];
    this.size = h.n;
    this.keyCount = h.k;
  }

  // Names recur within and across articles: memoise lookups and entries (bounded, cleared when full).
  private readonly lookups = new Map<string, Posting[]>();
  private readonly entries = new Map<number, GazetteerEntry>();

  /** Entries under a folded key (foldKey), best prior first; [] when the key is unknown. Do not mutate. */
  lookup(key: string): Posting[] {
    let hit = this.lookups.get(key);
    if (hit) return hit;
    if (this.lookups.size > 100000) this.lookups.clear();
    hit = this.search(key);
    this.lookups.set(key, hit);
    return hit;
  }

  private search(key: string): Posting[] {
    const i = this.findKey(key);
    if (i < 0) return [];
    const out: Posting[] = [];
    for (let p = this.postOff[i]; p < this.postOff[i + 1]; p++) {
      const v = this.post[p];
      out.push({ entry: v & ENTRY_MASK, flags: (v & ~ENTRY_MASK) >>> 0 });
    }
    return out;
  }

  has(key: string): boolean {
    return this.findKey(key) >= 0;
  }

  /** Whether some longer key starts with `prefix`: lets the matcher stop growing a span early. */
  hasPrefix(prefix: string): boolean {
    const probe = prefix;
    let lo = 0, hi = this.h.k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.h.k) return false;
    // The first key not below the probe starts with it, compared byte by byte (no string built).
    const a = this.keysAt + this.keyOff[lo], n = probe.length;
    if (this.keyOff[lo + 1] - this.keyOff[lo] < n) return false;
    for (let j = 0; j < n; j++) if (this.buf[a + j] !== probe.charCodeAt(j)) return false;
    return true;
  }

  entry(i: number): GazetteerEntry {
    let hit = this.entries.get(i);
    if (hit) return hit;
    if (this.entries.size > 50000) this.entries.clear();
    hit = this.readEntry(i);
    this.entries.set(i, hit);
    return hit;
  }

  private readEntry(i: number): GazetteerEntry {
    const gid = this.gid[i];
    const cc = this.h.countries[this.cc[i]];
    const a1 = this.adm1[i];
    return {
      index: i,
      geonameid: gid > 0 ? gid : null,
      name: this.nameOf(i),
      lat: Math.round(this.lat[i] * 1e4) / 1e4,
      lon: Math.round(this.lon[i] * 1e4) / 1e4,
      population: this.pop[i],
      featureCode: this.h.fcodes[this.fc[i]],
      country: cc || null,
      admin1: a1 === NO_ADMIN1 ? null : this.h.admin1[a1],
      admin2: this.admin2Name(this.adm2[i]),
    };
  }

  /** The entry's name, read without building (or caching) the entry. */
  nameOf(i: number): string {
    return this.buf.toString('utf8', this.namesAt + this.nameOff[i], this.namesAt + this.nameOff[i + 1]);
  }

  private admin2Name(a2: number): string | null {
    if (a2 === NO_ADMIN2) return null;
    const name = this.buf.toString('utf8', this.a2At + this.a2Off[a2], this.a2At + this.a2Off[a2 + 1]);
    return name || null;
  }

  /** Cheap columns for scoring many candidates without building objects. */
  countryOf(i: number): string { return this.h.countries[this.cc[i]]; }
  featureOf(i: number): string { return this.h.fcodes[this.fc[i]]; }
  populationOf(i: number): number { return this.pop[i]; }
  admin1Of(i: number): number { return this.adm1[i]; }
  latOf(i: number): number { return this.lat[i]; }
  /** One number per (country, admin1) pair, equal exactly when both are (the build interns country codes). */
  admin1KeyOf(i: number): number { return this.cc[i] * 0x10000 + this.adm1[i]; }
  lonOf(i: number): number { return this.lon[i]; }
  /** The entry's admin2 area, one number per area (NO_ADMIN2 when none): equal exactly when the area is. */
  admin2Of(i: number): number { return this.adm2[i]; }
  /** One number per admin2 area (its code is unique across countries): the admin2 analogue of admin1KeyOf. */
  admin2KeyOf(i: number): number { return this.adm2[i]; }

  /**
   * The populated place (a GeoNames PPL* entry) nearest a point and no further than `maxKm`, or null: what a
   * point on the map is in (GeoNames' own findNearbyPlaceName answers so). One pass over the entries
   * (~2 ms): for a person's map click, not for the reader's hot path.
   */
  nearestPlace(lat: number, lon: number, maxKm: number): number | null {
    const towns = new Uint8Array(this.h.fcodes.length);
    this.h.fcodes.forEach((f, k) => { towns[k] = f.startsWith('PPL') ? 1 : 0; });
    // Compared on an equirectangular approximation (exact enough to rank neighbours), checked by haversine.
    const kx = Math.cos((lat * Math.PI) / 180);
    let best = -1, bestD = Infinity;
    for (let i = 0; i < this.size; i++) {
      if (!towns[this.fc[i]]) continue;
      const dy = this.lat[i] - lat, dx = (this.lon[i] - lon) * kx;
      const d = dy * dy + dx * dx;
      if (d < bestD) { bestD = d; best = i; }
    }
    return best >= 0 && distanceKm(lat, lon, this.lat[best], this.lon[best]) <= maxKm ? best : null;
  }

  /** The seat (capital, provincial or district seat) of an ADM1/ADM2 entry, or null. */
  seatOf(area: number): number | null {
    let lo = 0, hi = (this.seats.length >> 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1, a = this.seats[mid * 2];
      if (a === area) return this.seats[mid * 2 + 1];
      if (a < area) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Whether entry i lies in admin area `area` (an ADM1 or ADM2 entry): same country and admin1, and admin2 for a district. */
  isWithin(i: number, area: number): boolean {
    const fc = this.featureOf(area);
    if (fc === 'ADM2') return this.adm2[area] !== NO_ADMIN2 && this.adm2[i] === this.adm2[area];
    return fc === 'ADM1' && this.cc[i] === this.cc[area] && this.adm1[area] !== NO_ADMIN1 && this.adm1[i] === this.adm1[area];
  }

  /**
   * Admin areas answering to a name ("Zamfara", "Nord-Kivu", "Province du Gourma", "Zhari district"),
   * optionally within one country and at one level; through the exact key, else the loose key (and,
   * given a country, the loose key of a one-word name). Best prior first.
   */
  areasNamed(name: string, country?: string, level?: AreaLevel): number[] {
    const key = foldKey(name);
    if (!key) return [];
    const pick = (ps: Posting[]) => ps.map((p) => p.entry).filter((e) => {
      const fc = this.featureOf(e);
      return (level ? fc === level : fc === 'ADM1' || fc === 'ADM2') && (!country || this.countryOf(e) === country);
    });
    const exact = pick(this.lookup(key));
    if (exact.length) return exact;
    const loose = pick(this.lookup(skeletonKey(key)));
    if (loose.length || !country) return loose;
    // Within one country, a one-word name may meet an area's through the loose key too (Saada ~
    // Şa‘dah, Hadramawt ~ Hadramaout): the build stores those keys apart (areaLooseKey), for this alone.
    return pick(this.lookup(areaLooseKey(country, key)));
  }

  /**
   * The entries named `name` inside admin area `area`: "village X in Y district, Z province" is X among
   * the places whose admin2 is Y (or admin1 is Z). Exact key, else the loose key; own names first.
   */
  placesIn(name: string, area: number): number[] {
    const key = foldKey(name);
    if (!key) return [];
    const pick = (ps: Posting[]) => ps.filter((p) => p.entry !== area && this.isWithin(p.entry, area))
      .sort((a, b) => (b.flags & FLAG_PRIMARY ? 1 : 0) - (a.flags & FLAG_PRIMARY ? 1 : 0)).map((p) => p.entry);
    const exact = pick(this.lookup(key));
    return exact.length ? exact : pick(this.lookup(skeletonKey(key)));
  }

  private findKey(key: string): number {
    let lo = 0, hi = this.h.k - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareKey(mid, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Key i compared with `key` (ASCII), as the build sorted them (UTF-16 order = byte order here). */
  private compareKey(i: number, key: string): number {
    const a = this.keysAt + this.keyOff[i], len = this.keyOff[i + 1] - this.keyOff[i];
    const n = Math.min(len, key.length);
    for (let j = 0; j < n; j++) {
      const d = this.buf[a + j] - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - key.length;
  }
}

let loaded: Gazetteer | null = null;

/** The process's gazetteer, read from data/gazetteer.bin on first use. */
export function loadGazetteer(path = defaultGazetteerPath()): Gazetteer {
  if (loaded && path === defaultGazetteerPath()) return loaded;
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    throw new Error(`the gazetteer ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? err}); build it with: npm run build`);
  }
  const g = new Gazetteer(file);
  if (path === defaultGazetteerPath()) loaded = g;
  return g;
}
