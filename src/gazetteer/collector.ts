// What the build gathers before it writes the file: entries, and for each folded key the entries
// it names with their flags (format.ts FLAG_*), and each admin area's seat.
import { foldKey } from './fold.js';

export interface Entry {
  gid: number; name: string; lat: number; lon: number; pop: number; fc: string; cc: string;
  /** The admin1 area's name ('' when none). */
  adm1: string;
  /** The admin2 area's GeoNames code, "CC.A1.A2" ('' when none); its name is in Collector.admin2Names. */
  adm2: string;
}

export class Collector {
  entries: Entry[] = [];
  keys = new Map<string, Map<number, number>>(); // key → entry index → flags
  /** Admin2 code → name (GeoNames admin2Codes). */
  admin2Names = new Map<string, string>();
  /** [area entry, seat entry]: the town that is the seat of an ADM1/ADM2 area. */
  seats: Array<[number, number]> = [];

  add(e: Entry): number {
    this.entries.push(e);
    return this.entries.length - 1;
  }

  key(text: string, entry: number, flags = 0, folded = false): void {
    const k = folded ? text : foldKey(text);
    if (!k || k.length > 60) return;
    let m = this.keys.get(k);
    if (!m) this.keys.set(k, (m = new Map()));
    m.set(entry, (m.get(entry) ?? 0) | flags);
  }
}
