// Time measured as growth, not against a wall clock: the CPU time of an input of size n and of 2n,
// each the least of a few runs, and their ratio. Linear work doubles (ratio ~2), n·log n a little more,
// quadratic work quadruples; a bound of 2.5 tells them apart whatever the machine's speed or load
// (CPU time, not elapsed time: other processes on the machine do not count). Too short a run is
// measured in noise, so the caller picks sizes where the smaller one takes tens of milliseconds.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** `gc`, for a measure that asks for a full collection before each run (`collect`): the test runner starts node without
 * --expose-gc, and the flag set now makes `gc` visible to a context made after it. Made on first use. */
let exposed: (() => void) | null = null;
const fullCollection = (): void => {
  exposed ??= global.gc ?? (() => { setFlagsFromString('--expose-gc'); return runInNewContext('gc') as () => void; })();
  exposed();
};

export interface Growth {
  /** CPU ms at each size, the least of `runs` runs. */
  ms: number[];
  sizes: number[];
  /** ms[i+1] / ms[i] for each doubling. */
  ratios: number[];
}

/** CPU milliseconds `fn` takes (this process, all its threads: the reader's own, and GC's). */
export function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export async function cpuMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * Measures `run(build(n))` at n = base, 2·base, ... (`steps` doublings). The input is built outside the
 * measure; `run` is warmed up once on the smallest input first (lazy loading, JIT).
 */
export async function measureGrowth<T>(build: (n: number) => T, run: (input: T) => unknown,
  opts: { base: number; steps?: number; runs?: number; collect?: boolean }): Promise<Growth> {
  const steps = opts.steps ?? 1;
  const runs = opts.runs ?? 3;
  const sizes = Array.from({ length: steps + 1 }, (_, i) => opts.base * 2 ** i);
  await run(build(Math.max(1, Math.floor(opts.base / 4))));
  const least = async (n: number, times: number, best = Infinity): Promise<number> => {
    const input = build(n);
    for (let r = 0; r < times; r++) {
      // `collect`: a run that allocates much (a dossier of thousands of quotes) does not pay for the garbage of the one before it.
      if (opts.collect) fullCollection();
      else global.gc?.();
      best = Math.min(best, await cpuMsAsync(async () => { await run(input); }));
    }
    return best;
  };
  const ms: number[] = [];
  for (const n of sizes) ms.push(await least(n, runs));
  // A doubling past the bound is measured once more, with twice the runs at both sizes, before it stands:
  // the least of more runs only takes noise out (a busy machine slows memory and caches, which CPU time
  // does not hide), while work that truly grows faster than n·log n stays past the bound.
  for (let i = 0; i + 1 < sizes.length; i++) {
    if (ms[i + 1] / Math.max(ms[i], 0.001) <= GROWTH_BOUND || ms[i + 1] < NOISE_MS) continue;
    ms[i] = await least(sizes[i], 2 * runs, ms[i]);
    ms[i + 1] = await least(sizes[i + 1], 2 * runs, ms[i + 1]);
  }
  return { ms, sizes, ratios: ms.slice(1).map((m, i) => m / Math.max(ms[i], 0.001)) };
}

/** The bound the issue asks for: doubling the input costs at most ~2.5 times the CPU time. */
export const GROWTH_BOUND = 2.5;
/** Below this many CPU ms for the larger size, a ratio is noise: the work is plainly cheap. */
export const NOISE_MS = 40;

/**
 * Each doubling's ratio at most `bound`; with `mean`, the ratio over the whole span instead, per doubling (the
 * geometric mean: ms[last] / ms[0] at most bound^steps). Work that allocates an object per item drifts a little
 * past 2 where it outgrows the young generation and the caches, at a size that varies with the machine; read
 * over three doublings that drift is one step of three, while work that truly grows faster than n·log n is
 * past the bound at every step.
 */
export function assertGrowth(g: Growth, what: string, bound = GROWTH_BOUND, opts: { mean?: boolean } = {}): void {
  const mean = (g.ms[g.ms.length - 1] / Math.max(g.ms[0], 0.001)) ** (1 / g.ratios.length);
  const line = `${what}: ${g.sizes.map((n, i) => `${n} → ${g.ms[i].toFixed(0)} ms`).join(', ')} (×${g.ratios.map((r) => r.toFixed(2)).join(', ×')}` +
    `${opts.mean ? `; ×${mean.toFixed(2)} per doubling over the span` : ''})`;
  process.stdout.write(`# growth ${line}\n`);
  if (opts.mean) {
    assert.ok(g.ms[g.ms.length - 1] < NOISE_MS || mean <= bound, `${line}: doubling the input took ×${mean.toFixed(2)} the CPU time over the span (bound ×${bound})`);
    return;
  }
  g.ratios.forEach((r, i) => {
    if (g.ms[i + 1] < NOISE_MS) return;
    assert.ok(r <= bound, `${line}: doubling the input took ×${r.toFixed(2)} the CPU time (bound ×${bound})`);
  });
}
