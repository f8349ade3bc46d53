// Helpers of the PostgreSQL tests: incidents as compared across stores and runs (what they are, where,
// when, how many died by whose count, who told them; ids and timestamps differ from run to run), and
// oracle worker processes.
import { spawn } from 'node:child_process';
import type { Incident } from '../../src/store/store.js';

export function comparable(incidents: Incident[]): string[] {
  return incidents.map((i) => JSON.stringify([
    i.eventType, i.subEventType, i.dateStart, i.dateEnd, i.locationName, i.country, i.lat, i.lon, i.geoPrecision,
    i.fatalities?.low ?? null, i.fatalities?.best ?? null, i.fatalities?.high ?? null, i.sources, i.articles, [...i.outlets].sort(),
    i.actor1, i.actor2, i.status,
  ])).sort();
}

/** What one list has and the other lacks, both ways (short messages when runs differ). */
export function difference(a: string[], b: string[]): { onlyFirst: string[]; onlySecond: string[] } {
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const only = (x: Map<string, number>, y: Map<string, number>) => [...x].flatMap(([k, n]) => Array(Math.max(0, n - (y.get(k) ?? 0))).fill(k));
  return { onlyFirst: only(ca, cb), onlySecond: only(cb, ca) };
}

/** A queue worker process with the corpus oracle (test/support/pg-oracle-worker.ts). */
export function runOracleWorker(url: string, opts: object): { done: Promise<{ code: number | null; out: string }>; child: ReturnType<typeof spawn> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/pg-oracle-worker.ts', url, JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { err += d; });
  const done = new Promise<{ code: number | null; out: string }>((resolve) => child.once('exit', (code) => resolve({ code, out: out + err })));
  return { done, child };
}

