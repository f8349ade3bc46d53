// The benchmark suite (npm run bench): runs every section in bench/sections/ (a file each, run in file
// name order), prints one table with the machine it ran on, writes bench/results.json and compares each
// figure with bench/baseline.json (same mode), flagging any more than 10% worse.
//   npm run bench -- [--quick] [--seed N] [--only name,name] [--save-baseline]
//   npm run bench -- [--quick] --print-baseline     the baseline's table alone (for the README), nothing run
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchCorpus, writeJsonl } from './corpus.js';
import { worse, type BenchContext, type Row, type Section } from './section.js';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const quick = argv.includes('--quick');
const mode = quick ? 'quick' : 'full';
const seed = Number(arg('--seed') ?? 42);
const only = arg('--only')?.split(',');
const here = fileURLToPath(new URL('.', import.meta.url));

export interface Results {
  mode: string;
  seed: number;
  date: string;
  machine: { cpu: string; cores: number; ramGb: number; node: string; platform: string; load: string };
  seconds: number;
  rows: (Row & { section: string })[];
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: availableParallelism(), ramGb: Math.round(totalmem() / 2 ** 30),
  node: process.version, platform: `${process.platform} ${process.arch}`, load: loadAverage(),
};
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const corpora = new Map<number, ReturnType<BenchContext['corpusFile']>>();
const ctx: BenchContext = {
  quick, seed, tmp,
  corpusFile(n) {
    let c = corpora.get(n);
    if (!c) {
      const path = join(tmp, `corpus-${n}.jsonl`);
      c = writeJsonl(benchCorpus(seed, n), path).then((r) => ({ path, ...r }));
      corpora.set(n, c);
    }
    return c;
  },
  log: (m) => process.stderr.write(m + '\n'),
};

if (argv.includes('--print-baseline')) {
  const path = join(here, 'baseline.json');
  const saved: Partial<Record<string, Results>> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  if (!saved[mode]) throw new Error(`no ${mode} baseline in bench/baseline.json`);
  process.stdout.write(table(saved[mode]!, null));
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

const started = performance.now();
ctx.log(`sitrep bench (${mode}, seed ${seed}) on ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}; load average ${machine.load}`);
const rows: Results['rows'] = [];
const files = readdirSync(join(here, 'sections')).filter((f) => /^\d+-.*\.ts$/.test(f)).sort();
/** Section names in run order: a baseline saved with --only keeps its rows in this order. */
const order: string[] = [];
for (const file of files) {
  const section = (await import(pathToFileURL(join(here, 'sections', file)).href)).default as Section;
  order.push(section.name);
  if (only && !only.includes(section.name)) continue;
  const t = performance.now();
  ctx.log(`— ${section.name} …`);
  try {
    for (const row of await section.run(ctx)) rows.push({ ...row, section: section.name });
  } catch (err) {
    ctx.log(`  ${section.name} failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  }
  ctx.log(`  ${section.name}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
rmSync(tmp, { recursive: true, force: true });

const results: Results = { mode, seed, date: new Date().toISOString(), machine, seconds: (performance.now() - started) / 1000, rows };
const baselinePath = join(here, 'baseline.json');
const baseline: Partial<Record<string, Results>> = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
const before = new Map<string, Row>((baseline[mode]?.rows ?? []).map((r) => [r.key, r]));
process.stdout.write(table(results, before));
mkdirSync(here, { recursive: true });
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 1) + '\n');
if (argv.includes('--save-baseline')) {
  // With --only, the other sections keep their baseline figures.
  const kept = only ? (baseline[mode]?.rows ?? []).filter((r) => !only.includes(r.section)) : [];
  const rank = (r: { section: string }): number => order.indexOf(r.section);
  const merged = [...kept, ...rows].map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
  writeFileSync(baselinePath, JSON.stringify({ ...baseline, [mode]: { ...results, rows: merged } }, null, 1) + '\n');
  process.stderr.write(`baseline (${mode}) saved to bench/baseline.json\n`);
}

/** The results as a Markdown table; without a baseline to compare with (null), no comparison column. */
function table(r: Results, base: Map<string, Row> | null): string {
  const fmt = (v: number): string => (!Number.isFinite(v) ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
  const lines = [
    `sitrep bench — ${r.mode} mode, seed ${r.seed}, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.seconds.toFixed(0)} s`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGb} GB RAM, Node ${r.machine.node} (${r.machine.platform}), load average at start ${r.machine.load}`,
    '',
    base ? '| section | what | figure | target | vs baseline |' : '| section | what | figure | target |',
    base ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
  ];
  let flagged = 0;
  for (const row of r.rows) {
    const b = base?.get(row.key);
    const w = worse(row, b);
    if (w) flagged++;
    const target = row.must == null ? '' : `${row.better === 'higher' ? '≥' : '≤'} ${row.must} ${meets(row) ? 'met' : 'NOT MET'}`;
    const vs = !b ? '' : `${fmt(b.value)}${w ? ` WORSE by ${(w * 100).toFixed(0)}%` : ''}`;
    lines.push(`| ${row.section} | ${row.label} | ${fmt(row.value)} ${row.unit} | ${target} |${base ? ` ${vs} |` : ''}`);
  }
  if (!base) return lines.join('\n') + '\n';
  lines.push('', flagged ? `${flagged} figure(s) more than 10% worse than bench/baseline.json (${r.mode})` : base.size ? 'no figure more than 10% worse than bench/baseline.json' : `no ${r.mode} baseline in bench/baseline.json to compare with`);
  return lines.join('\n') + '\n';
}

function meets(row: Row): boolean {
  return row.must == null || (row.better === 'higher' ? row.value >= row.must : row.value <= row.must);
}

function loadAverage(): string {
  try { return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '); } catch { return 'unknown'; }
}
