// Fuzzing the batch paths: a JSONL file of hostile lines (bad JSON, invalid UTF-8, wrong types,
// adversarial text) through `sitrep extract --jsonl` and `sitrep ingest`. Every line gets one answer in
// order (a blank one E_EMPTY) — a contract-valid result or an error with a code — and ingest stores what is readable, once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { contractProblems, errorProblems } from '../support/contract-shape.js';
import { fragmentText } from '../support/fuzz-text.js';
import { assertSound } from '../support/db-sound.js';

const STRESS = process.env.SITREP_STRESS === '1';
const LINES = STRESS ? 1500 : 120;
const BIN = join(import.meta.dirname, '..', 'helpers', 'sitrep-bin.ts');

test(`${LINES} hostile JSONL lines: one answer each, in order, valid or coded; ingest stores the readable ones once`, { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fuzzl-'));
  try {
    const texts = fc.sample(fragmentText(), { numRuns: LINES, seed: STRESS ? Date.now() : 5 });
    const odd = fc.sample(fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 40 })), { numRuns: LINES, seed: 6 });
    const lines: Buffer[] = [];
    const sent: (string | null)[] = []; // the text of each line, when it is an article with a text
    for (let i = 0; i < LINES; i++) {
      const kind = i % 6;
      if (kind === 0) { lines.push(Buffer.from(odd[i].replace(/[\r\n]/g, ' ') || '{')); sent.push(null); }
      else if (kind === 1) { lines.push(Buffer.concat([Buffer.from(`{"id":"b${i}","text":"killed `), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')])); sent.push(null); }
      else if (kind === 2) { lines.push(Buffer.from(JSON.stringify({ id: `w${i}`, text: i, title: ['x'], published: 'February 30' }))); sent.push(null); }
      else { lines.push(Buffer.from(JSON.stringify({ id: `t${i}`, text: texts[i], published: '2023-02-30' }))); sent.push(texts[i]); }
    }
    const file = join(dir, 'hostile.jsonl');
    writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));

    const r = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'extract', '--jsonl', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // One answer per line (a blank one answered E_EMPTY); ingest skips blank lines (no article).
    const nonBlank = lines.filter((l) => l.toString('latin1').trim()).length;
    assert.equal(out.length, LINES, 'one answer per line');
    for (let i = 0; i < LINES; i++) {
      const o = out[i];
      if (!lines[i].toString('latin1').trim()) { assert.equal(o.error?.code, 'E_EMPTY', `line ${i + 1} is blank`); continue; }
      const problems = o.error ? errorProblems(o) : contractProblems(o, o.text ?? sent[i] ?? '');
      assert.deepEqual(problems, [], `line ${i + 1}: ${lines[i].toString().slice(0, 120)}`);
      if (sent[i] !== null) assert.equal(o.id, `t${i}`, `line ${i + 1} answered out of order`);
    }

    const db = join(dir, 'fuzz.db');
    const ing = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'ingest', file, '--db', db, '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const m = /^(\d+) read, (\d+) new, (\d+) duplicate, (\d+) failed/.exec(ing.stdout);
    assert.ok(m, ing.stdout + ing.stderr);
    const [read, fresh, dup, failed] = m.slice(1).map(Number);
    assert.equal(read, nonBlank);
    assert.equal(fresh + dup + failed, read);
    assert.equal(assertSound(db, 'after ingesting hostile lines'), fresh);
    process.stdout.write(`# jsonl lines fuzzed: ${LINES} (extract and ingest; ${fresh} stored)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
