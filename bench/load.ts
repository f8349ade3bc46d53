// A closed-loop HTTP load generator on loopback, bounded in time: `concurrency` clients each send a
// request, wait for its answer, send the next. Latency is from send to the last byte of the body.
import http from 'node:http';
import { percentile } from './section.js';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  /** Latency percentiles by the kind of query, to see which filter is slow. */
  byKind: Record<string, { n: number; p50: number; p95: number }>;
}

export async function load(opts: { base: string; next: () => { kind: string; path: string }; concurrency: number; warmupMs: number; durationMs: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const get = (path: string): Promise<number> => new Promise((resolve, reject) => {
    const req = http.get(opts.base + path, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  const lat: number[] = [];
  const kinds = new Map<string, number[]>();
  let errors = 0;
  const t0 = performance.now();
  const measureFrom = t0 + opts.warmupMs;
  const end = measureFrom + opts.durationMs;
  const client = async (): Promise<void> => {
    while (performance.now() < end) {
      const q = opts.next();
      const s = performance.now();
      let status = 0;
      try { status = await get(q.path); } catch { status = 0; }
      const now = performance.now();
      if (s < measureFrom) continue;
      if (status !== 200) errors++;
      lat.push(now - s);
      let k = kinds.get(q.kind);
      if (!k) kinds.set(q.kind, (k = []));
      k.push(now - s);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  const seconds = (performance.now() - measureFrom) / 1000;
  agent.destroy();
  lat.sort((a, b) => a - b);
  const byKind: LoadResult['byKind'] = {};
  for (const [kind, xs] of [...kinds].sort()) {
    xs.sort((a, b) => a - b);
    byKind[kind] = { n: xs.length, p50: percentile(xs, 0.5), p95: percentile(xs, 0.95) };
  }
  return { requests: lat.length, errors, seconds, p50: percentile(lat, 0.5), p95: percentile(lat, 0.95), p99: percentile(lat, 0.99), byKind };
}
