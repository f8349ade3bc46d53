// 7. API: latency and throughput of GET /api/incidents with filters over a store of 1M incidents
// (100k in --quick). The store is filled directly through SQL by bench/child/api-store.ts (reading 1M
// incidents' worth of articles would take hours) and cached in /tmp by seed and size. `sitrep serve`
// runs in a child process; a closed-loop load generator on loopback sends a seeded mix of queries for
// a bounded time.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../test/corpus/generate.js';
import { load } from '../load.js';
import { runChild, SITREP, type Row, type Section } from '../section.js';
import { BENCH_SIDES, BENCH_TOWNS } from '../world.js';
import { MIGRATIONS } from '../../src/store/sqlite/schema.js';

const COUNTRIES = Object.keys(BENCH_SIDES);
const TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const WORDS = ['depot', 'bridge', 'market', 'convoy', 'checkpoint', 'hospital', 'school', 'airport', 'refinery', 'harbour'];

/** A seeded mix of the queries a map, a list view and API users send: filters alone and combined, sorts, pages. */
export function queryMix(seed: number): () => { kind: string; path: string } {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const day = (): string => new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 1095) * 86_400_000).toISOString().slice(0, 10);
  const plusDays = (d: string, n: number): string => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
  const filters: [string, () => Record<string, string>][] = [
    ['none', () => ({})],
    ['country', () => ({ country: pick(COUNTRIES) })],
    ['type', () => ({ type: pick(TYPES) })],
    ['since', () => ({ since: plusDays('2025-12-31', -Math.floor(rnd() * 90)) })],
    ['since+until', () => { const d = day(); return { since: d, until: plusDays(d, 30) }; }],
    ['bbox-region', () => { const t = pick(BENCH_TOWNS); return { bbox: [t.lon - 4, t.lat - 3, t.lon + 4, t.lat + 3].map((x) => x.toFixed(2)).join(',') }; }],
    ['bbox-town', () => { const t = pick(BENCH_TOWNS); return { bbox: [t.lon - 0.25, t.lat - 0.2, t.lon + 0.25, t.lat + 0.2].map((x) => x.toFixed(3)).join(',') }; }],
    ['near', () => { const t = pick(BENCH_TOWNS); return { near: `${t.lat.toFixed(3)},${t.lon.toFixed(3)},${pick([10, 25, 50])}` }; }],
    ['text', () => ({ text: pick(WORDS) })],
    ['text+place', () => ({ text: `${pick(WORDS)} ${pick(BENCH_TOWNS).name}` })],
    ['min-sources', () => ({ 'min-sources': String(pick([2, 3, 5])) })],
    ['country+type+since', () => ({ country: pick(COUNTRIES), type: pick(TYPES), since: plusDays('2025-12-31', -365) })],
    ['country+min-sources+status', () => ({ country: pick(COUNTRIES), 'min-sources': '2', status: pick(['alleged', 'acknowledged', 'denied']) })],
  ];
  return () => {
    const [kind, make] = pick(filters);
    const q = new URLSearchParams(make());
    const r = rnd();
    q.set('sort', r < 0.7 ? '-date' : r < 0.85 ? '-fatalities' : r < 0.95 ? '-sources' : 'date');
    if (rnd() < 0.2) q.set('limit', '500'); // the map's pages
    if (rnd() < 0.15) q.set('offset', String(100 * (1 + Math.floor(rnd() * 20)))); // later pages
    return { kind, path: `/api/incidents?${q}` };
  };
}

const section: Section = {
  name: 'api',
  async run(ctx) {
    const size = ctx.quick ? 100_000 : 1_000_000;
    // Keyed by seed, size and schema (a hash of the migrations): a store built under another schema is rebuilt.
    const schema = createHash('sha256').update(MIGRATIONS.join('\n')).digest('hex').slice(0, 8);
    const db = join(tmpdir(), `sitrep-bench-api-${ctx.seed}-${size}-${schema}.db`);
    ctx.log(`api: store of ${size.toLocaleString('en')} incidents at ${db}`);
    const built = await runChild<{ cached: boolean; seconds?: number }>('api-store.ts', [String(ctx.seed), String(size), db]);
    const server = spawn(process.execPath, [SITREP, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d) => { out += d; const m = /http:\/\/[^/\s]+/.exec(out); if (m) resolve(m[0]); });
        server.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}`)));
      });
      // Latency as one client meets it (requests one after another), then throughput with four clients
      // at once (the server answers on one thread, so there each request also waits for the others).
      const seconds = ctx.quick ? 5_000 : 20_000;
      const warm = await load({ base, next: queryMix(ctx.seed + 2), concurrency: 1, warmupMs: 0, durationMs: ctx.quick ? 1000 : 5000 });
      const cpu0 = cpuMs(server.pid!);
      const one = await load({ base, next: queryMix(ctx.seed), concurrency: 1, warmupMs: 0, durationMs: seconds });
      const cpu = cpuMs(server.pid!) - cpu0;
      const four = await load({ base, next: queryMix(ctx.seed + 1), concurrency: 4, warmupMs: 1000, durationMs: seconds });
      const rss = peakRssMb(server.pid!);
      // The charts' counts (issue 17) under the same seeded filters, one request at a time.
      const stats = await statsLatency(base, ctx.seed + 3, ctx.quick ? 10 : 30);

      for (const [kind, k] of Object.entries(one.byKind)) ctx.log(`  ${kind.padEnd(28)} n ${String(k.n).padStart(5)}  p50 ${k.p50.toFixed(1).padStart(6)} ms  p95 ${k.p95.toFixed(1).padStart(6)} ms`);
      const label = `${size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`} incidents`;
      const rows: Row[] = [
        { key: 'api.p50', label: `GET /api/incidents, ${label}, mixed filters, one client: p50`, value: one.p50, unit: 'ms', better: 'lower' },
        { key: 'api.p95', label: `  p95 (${one.requests} requests, ${one.errors} errors)`, value: one.p95, unit: 'ms', better: 'lower', must: 50 },
        { key: 'api.p99', label: '  p99', value: one.p99, unit: 'ms', better: 'lower' },
        { key: 'api.rps1', label: '  requests/s', value: one.requests / one.seconds, unit: '/s', better: 'higher' },
        { key: 'api.cpu', label: `  server CPU time per request (the figure neighbours on the machine do not inflate; ${warm.requests} warm-up requests before)`, value: cpu / one.requests, unit: 'ms', better: 'lower' },
        { key: 'api.rps4', label: `the same, four clients at once: requests/s (${four.requests} requests, ${four.errors} errors)`, value: four.requests / four.seconds, unit: '/s', better: 'higher' },
        { key: 'api.p95x4', label: '  p95 (queueing behind each other included)', value: four.p95, unit: 'ms', better: 'lower' },
      ];
      rows.push(
        { key: 'api.stats.time', label: `GET /api/stats/time?bucket=week, ${label}, mixed filters: median (max ${stats.time.max.toFixed(0)} ms)`, value: stats.time.median, unit: 'ms', better: 'lower' },
        { key: 'api.stats.actors', label: `GET /api/stats/actors, ${label}, mixed filters: median (max ${stats.actors.max.toFixed(0)} ms)`, value: stats.actors.median, unit: 'ms', better: 'lower' },
      );
      if (rss != null) rows.push({ key: 'api.rss', label: 'sitrep serve peak RSS', value: rss, unit: 'MB', better: 'lower', must: 600 });
      if (!built.cached && built.seconds) rows.push({ key: 'api.build', label: `building the store (direct SQL, cached for re-runs)`, value: built.seconds, unit: 's', better: 'none' });
      return rows;
    } finally {
      server.kill('SIGTERM');
    }
  },
};
export default section;

/** CPU time (user + system) a running process has used so far, on Linux. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Peak RSS of a running process (VmHWM), on Linux. */
function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Latency of the charts' routes under `n` filters of the query mix (its order and page dropped). */
async function statsLatency(base: string, seed: number, n: number): Promise<Record<'time' | 'actors', { median: number; max: number }>> {
  const next = queryMix(seed);
  const took: Record<'time' | 'actors', number[]> = { time: [], actors: [] };
  for (let i = 0; i < n; i++) {
    const q = new URLSearchParams(next().path.split('?')[1]);
    for (const k of ['sort', 'limit', 'offset']) q.delete(k);
    for (const [kind, path] of [['time', `/api/stats/time?bucket=week&${q}`], ['actors', `/api/stats/actors?${q}`]] as const) {
      const t0 = performance.now();
      const res = await fetch(base + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      took[kind].push(performance.now() - t0);
    }
  }
  const sum = (xs: number[]) => ({ median: [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)], max: Math.max(...xs) });
  return { time: sum(took.time), actors: sum(took.actors) };
}
