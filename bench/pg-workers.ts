// Worker scaling on PostgreSQL: articles/s of 1 and 2 `sitrep worker` processes draining the queue,
// beside one `sitrep ingest` process into SQLite, over the same generated corpus with the real reader.
// Each figure is the whole run (process start and loading included) from the compiled bin (npm run build
// first). Standalone for now; measurePgWorkers() returns rows shaped like a bench section's.
//   node --import tsx bench/pg-workers.ts [--pg postgres://…] [--articles N] [--workers 1,2]
// Without --pg (or $SITREP_TEST_PG) it starts a throwaway cluster (scripts/pg-throwaway.sh) and stops it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateCorpus } from '../test/corpus/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITREP = join(ROOT, 'bin/sitrep.js');

export interface Row { key: string; label: string; value: number; unit: string; better: 'higher' | 'lower' | 'none'; note?: string }

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
let runs = 0;

/** Runs the bin; wall time, and the process's CPU time when GNU time is there (the machine may be shared). */
function run(args: string[], dir: string): Promise<{ code: number | null; out: string; ms: number; cpuMs: number | null }> {
  const t = performance.now();
  const timeFile = join(dir, `time-${++runs}`);
  const [cmd, argv] = TIME ? [TIME, ['-f', '%U %S', '-o', timeFile, process.execPath, SITREP, ...args]] : [process.execPath, [SITREP, ...args]];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.once('exit', (code) => {
      let cpuMs: number | null = null;
      try { cpuMs = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').reduce((a, x) => a + Number(x), 0) * 1000; } catch { /* no GNU time */ }
      resolve({ code, out, ms: performance.now() - t, cpuMs });
    });
  });
}

async function must(p: ReturnType<typeof run>): Promise<Awaited<ReturnType<typeof run>>> {
  const r = await p;
  if (r.code !== 0) throw new Error(`sitrep failed (${r.code}): ${r.out.slice(-500)}`);
  return r;
}

export async function measurePgWorkers(o: { url: string; articles: number; workers: number[]; log?: (s: string) => void }): Promise<Row[]> {
  const log = o.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pgbench-'));
  const rows: Row[] = [];
  const schemas: string[] = [];
  try {
    // ~4.1 articles per incident in the generated corpus.
    const corpus = generateCorpus({ seed: 42, incidents: Math.ceil(o.articles / 4.1) });
    const articles = corpus.articles.slice(0, o.articles);
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const n = articles.length;
    log(`${n} articles`);

    const lite = await must(run(['ingest', file, '--db', join(dir, 'bench.db'), '--quiet'], dir));
    rows.push({ key: 'sqlite-ingest-1', label: 'SQLite: sitrep ingest, 1 process', value: round(n / (lite.ms / 1000)), unit: 'articles/s', better: 'higher' });
    if (lite.cpuMs != null) rows.push({ key: 'sqlite-ingest-1-cpu', label: 'SQLite: CPU per article (sitrep process)', value: round(lite.cpuMs / n), unit: 'ms', better: 'lower' });
    log(`sqlite ${(lite.ms / 1000).toFixed(1)} s`);

    for (const w of o.workers) {
      const schema = `bench_${process.pid}_${w}`;
      schemas.push(schema);
      const u = new URL(o.url);
      u.searchParams.set('schema', schema);
      await must(run(['enqueue', file, '--db', u.toString(), '--quiet'], dir));
      const t = performance.now();
      const done = await Promise.all(Array.from({ length: w }, () => must(run(['worker', '--db', u.toString(), '--until-empty', '--quiet'], dir))));
      const ms = performance.now() - t;
      const stored = done.reduce((k, r) => k + Number(/(\d+) new/.exec(r.out)?.[1] ?? 0), 0);
      if (stored !== n) throw new Error(`${w} workers stored ${stored} of ${n} articles`);
      rows.push({ key: `pg-workers-${w}`, label: `PostgreSQL: ${w} sitrep worker process${w > 1 ? 'es' : ''}`, value: round(n / (ms / 1000)), unit: 'articles/s', better: 'higher' });
      const cpu = done.every((r) => r.cpuMs != null) ? done.reduce((k, r) => k + r.cpuMs!, 0) : null;
      if (cpu != null) rows.push({ key: `pg-workers-${w}-cpu`, label: `PostgreSQL: CPU per article (${w} worker process${w > 1 ? 'es' : ''}; server not counted)`, value: round(cpu / n), unit: 'ms', better: 'lower' });
      log(`${w} workers ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const c = new pg.Client({ connectionString: o.url });
    await c.connect().then(async () => {
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    }).finally(() => c.end());
  }
  return rows;
}

const round = (x: number): number => Math.round(x * 10) / 10;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const arg = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  let url = arg('--pg') ?? process.env.SITREP_TEST_PG;
  let pgtmp: string | null = null;
  if (!url) {
    const out = execFileSync(join(ROOT, 'scripts/pg-throwaway.sh'), { encoding: 'utf8' });
    url = /SITREP_TEST_PG=(\S+)/.exec(out)![1];
    pgtmp = /PGTMP=(\S+)/.exec(out)![1];
  }
  try {
    const rows = await measurePgWorkers({
      url, articles: Number(arg('--articles') ?? 400), workers: (arg('--workers') ?? '1,2').split(',').map(Number), log: (s) => console.error(s),
    });
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores\n| what | figure |\n| --- | --- |`);
    for (const r of rows) console.log(`| ${r.label} | ${r.value} ${r.unit} |`);
    console.log(JSON.stringify(rows));
  } finally {
    if (pgtmp) execFileSync(join(ROOT, 'scripts/pg-throwaway.sh'), ['stop', pgtmp]);
  }
}
