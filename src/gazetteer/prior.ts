// How likely an entry is to be meant before any context is read: bigger places and higher-level
// features are named more often (the population prior of Mordecai, CLAVIN and most geoparsers).
import type { Entry } from './collector.js';

// Feature-class bonus, in units of log10(population): a country beats a same-named town of any size,
// a capital beats a provincial town of twice its size.
export const FEATURE_BONUS: Record<string, number> = {
  CONT: 4, PCLI: 3.5, RGN: 1.5, ADM1: 1.2, PPLC: 2.5, PPLA: 0.8, PPLA2: 0.3, ADM2: -1, AIRP: 3.5,
  TERR: 2, PEN: 1.5, PLAT: 1.5, SEA: 1.5, OCN: 2, GULF: 1.5, STRT: 1, MTS: 1, DSRT: 1, VAL: 0.5, STM: 1, LK: 0.5,
  PPLX: -0.5, PPLL: -0.5, PPLH: -2, PPLQ: -2, PPLW: -2,
};

export function entryPrior(e: Pick<Entry, 'pop' | 'fc'>): number {
  return Math.log10(e.pop + 10) + (FEATURE_BONUS[e.fc] ?? 0);
}
