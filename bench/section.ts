// What a bench section is and the helpers sections share. A section is one file in bench/sections/
// whose default export is a Section; the runner (bench/run.ts) finds every such file, runs them in file
// name order and prints their rows as one table.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SITREP = fileURLToPath(new URL('../bin/sitrep.js', import.meta.url));

/** One measured figure. `key` is stable across runs: results are compared with the baseline by it. */
export interface Row {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** The direction that is good; a figure more than 10% the other way from the baseline is flagged. */
  better: 'higher' | 'lower' | 'none';
  /** The "must reach" figure, when it sets one. */
  must?: number;
  note?: string;
}

export interface BenchContext {
  quick: boolean;
  seed: number;
  /** A scratch folder for this run's files. */
  tmp: string;
  /** The JSONL corpus of `articles` articles (written once per run and size). */
  corpusFile(articles: number): Promise<{ path: string; articles: number; bytes: number; words: number[] }>;
  log(message: string): void;
}

export interface Section {
  name: string;
  run(ctx: BenchContext): Promise<Row[]>;
}

export interface Timed {
  code: number | null;
  wallMs: number;
  cpuMs: number | null;
  maxRssMb: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to its end, timing it from spawn to exit. Under GNU time (when installed) it also
 * gets the child's CPU time and peak RSS. stdin/stdout may be files; otherwise stdout is collected.
 */
export function timed(cmd: string, args: string[], opts: { stdinFile?: string; stdoutFile?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Timed> {
  const gnu = existsSync(GNU_TIME);
  const argv = gnu ? ['-v', cmd, ...args] : args;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(gnu ? GNU_TIME : cmd, argv, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    if (opts.stdinFile) createReadStream(opts.stdinFile).pipe(child.stdin);
    else child.stdin.end();
    if (opts.stdoutFile) child.stdout.pipe(createWriteStream(opts.stdoutFile));
    else child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const num = (re: RegExp): number | null => { const m = re.exec(stderr); return m ? Number(m[1]) : null; };
      const user = num(/User time \(seconds\): ([\d.]+)/);
      const sys = num(/System time \(seconds\): ([\d.]+)/);
      const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
      resolve({ code, wallMs, cpuMs: user != null && sys != null ? (user + sys) * 1000 : null, maxRssMb: rss != null ? rss / 1024 : null, stdout, stderr });
    });
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function median(xs: number[]): number {
  return percentile([...xs].sort((a, b) => a - b), 0.5);
}

/** Runs a bench child script (TypeScript, through tsx) and parses the one JSON line it prints last. */
export async function runChild<T>(script: string, args: string[]): Promise<T & { timed: Timed }> {
  const t = await timed(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`./child/${script}`, import.meta.url)), ...args]);
  if (t.code !== 0) throw new Error(`${script} exited with ${t.code}: ${t.stderr.slice(-2000)}`);
  const last = t.stdout.trim().split('\n').pop() ?? '{}';
  return { ...(JSON.parse(last) as T), timed: t };
}

/** How much worse than the baseline a figure is, in the direction that matters, when that is over 10%; else null. */
export function worse(row: Row, base: Row | undefined): number | null {
  if (!base || row.better === 'none' || !Number.isFinite(base.value) || !Number.isFinite(row.value) || base.value === 0) return null;
  const change = (row.value - base.value) / Math.abs(base.value);
  const bad = row.better === 'higher' ? -change : change;
  return bad > 0.1 ? bad : null;
}
