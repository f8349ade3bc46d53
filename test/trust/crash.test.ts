// Crash safety at many kill points: `sitrep ingest` (which reads, stores and fuses in one process) is
// killed with SIGKILL again and again on the same database, each time at a different moment — during
// start-up and migration, mid-batch, mid-fusion. After every kill the database must pass
// integrity_check, hold each stored article once with all its events fused, and the next run must
// carry on; a last run completes the set. `npm test` kills a few times; SITREP_STRESS=1 many times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateCorpus } from '../corpus/generate.js';
import { assertSound } from '../support/db-sound.js';

const STRESS = process.env.SITREP_STRESS === '1';
const KILLS = STRESS ? 40 : 3;
const BIN = join(import.meta.dirname, '..', 'helpers', 'sitrep-bin.ts');

/** A small seeded generator, so a failing kill sequence can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function stored(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { d.close(); }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test(`ingest + fusion killed at ${KILLS} different points: sound after each, complete after a re-run`, { timeout: STRESS ? 1_800_000 : 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kills-'));
  const random = rng(STRESS ? Date.now() : 11);
  try {
    const corpus = generateCorpus({ seed: 21, incidents: STRESS ? 300 : 60 });
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const total = corpus.articles.length;
    const db = join(dir, 'kills.db');
    const points: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const before = stored(db);
      if (before >= total) break;
      const batch = 1 + Math.floor(random() * 8);
      const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', file, '--db', db, '--batch', String(batch), '--quiet'], { stdio: 'ignore' });
      const exited = new Promise<void>((r) => child.on('exit', () => r()));
      // Half the kills wait for some articles to land (mid-run), the others strike after a random
      // delay (often during start-up, migration or the first batch).
      const target = random() < 0.5 ? before + 1 + Math.floor(random() * 3 * batch) : -1;
      const delay = Math.floor(random() * 2500);
      const t0 = Date.now();
      while (child.exitCode === null && child.signalCode === null) {
        if (target >= 0 ? stored(db) >= target : Date.now() - t0 >= delay) break;
        await new Promise((r) => setTimeout(r, 5 + random() * 20));
      }
      child.kill('SIGKILL');
      await exited;
      const after = assertSound(db, `after kill ${k}`);
      assert.ok(after >= before, `kill ${k}: articles lost (${before} → ${after})`);
      points.push(target >= 0 ? `after ≥${target - before} new (batch ${batch})` : `${delay} ms in (batch ${batch})`);
    }
    const rerun = spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', file, '--db', db, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    rerun.stdout.on('data', (b) => { out += b; });
    const code = await new Promise<number | null>((r) => rerun.on('exit', (c) => r(c)));
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`^${total} read, \\d+ new, \\d+ duplicate, 0 failed`));
    assert.equal(assertSound(db, 'after the re-run'), total);
    process.stdout.write(`# kill points survived: ${points.length} (${points.join('; ')})\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
