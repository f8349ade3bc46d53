// Worker scaling on PostgreSQL (the bench's `pg` section, bench/sections/80-pg.ts, which also starts a
// throwaway cluster): articles/s of 1 and 2 `sitrep worker` processes draining the queue, beside one
// `sitrep ingest` process into SQLite, over the same generated corpus with the real reader. Each figure is
// the whole run (process start and loading included) from the compiled bin.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateCorpus } from '../test/corpus/generate.js';
import { SITREP, timed, type Row, type Timed } from './section.js';

/** Runs the bin to its end; a failure is thrown with the end of its output. */
async function must(args: string[]): Promise<Timed & { out: string }> {
  const r = await timed(process.execPath, [SITREP, ...args]);
  const out = r.stdout + r.stderr;
  if (r.code !== 0) throw new Error(`sitrep failed (${r.code}): ${out.slice(-500)}`);
  return { ...r, out };
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

    const lite = await must(['ingest', file, '--db', join(dir, 'bench.db'), '--quiet']);
    rows.push({ key: 'sqlite-ingest-1', label: 'SQLite: sitrep ingest, 1 process', value: round(n / (lite.wallMs / 1000)), unit: 'articles/s', better: 'higher' });
    if (lite.cpuMs != null) rows.push({ key: 'sqlite-ingest-1-cpu', label: 'SQLite: CPU per article (sitrep process)', value: round(lite.cpuMs / n), unit: 'ms', better: 'lower' });
    log(`sqlite ${(lite.wallMs / 1000).toFixed(1)} s`);

    for (const w of o.workers) {
      const schema = `bench_${process.pid}_${w}`;
      schemas.push(schema);
      const u = new URL(o.url);
      u.searchParams.set('schema', schema);
      await must(['enqueue', file, '--db', u.toString(), '--quiet']);
      const t = performance.now();
      const done = await Promise.all(Array.from({ length: w }, () => must(['worker', '--db', u.toString(), '--until-empty', '--quiet'])));
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
