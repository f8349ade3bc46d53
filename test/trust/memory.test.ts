// Memory per request is bounded: `sitrep serve` (a child process) runs with its main thread's heap
// capped at 192 MB and takes a batch of big articles; it must store them all. The main thread never
// reads (worker threads do, each with its own heap limit) and holds a request's body plus the readings
// of the few articles in flight, each stored and dropped before more are read, so the batch's size
// does not decide what it needs. A red team's 30 MB batch (15 × 2 MB) peaked at 2.1 GB when every
// reading was held until the end (and read on the main thread). `npm test` posts 3 articles of 1 MB;
// the stress run the red team's 15 of 2 MB, and also bounds the whole process's peak memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STRESS = process.env.SITREP_STRESS === '1';
const linux = existsSync('/proc/self/status') ? false : 'no /proc: peak memory cannot be read here';

/** Peak resident memory of a process, in MB (VmHWM: the high-water mark, threads included). */
function peakMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

const MAIN_HEAP_MB = 192;

function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Starts `sitrep serve` (main heap capped), posts one batch of `k` articles of `mb` MB each; its answer and peak memory. */
async function postBatch(k: number, mb: number): Promise<{ peak: number; status: number; summary: { new: number; failed: number } | null; exited: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-mem-'));
  const child = spawn(process.execPath, [`--max-old-space-size=${MAIN_HEAP_MB}`, 'bin/sitrep.js', 'serve', '--port', '0', '--db', join(dir, 'm.db'),
    '--read-threads', '1', '--read-budget', '600'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let exited: number | null = null;
  child.once('exit', (code) => { exited = code; });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => { out += d; const m = /serving (http:\/\/\S+?)\/? /.exec(out); if (m) resolve(m[1]); });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    const sentence = (i: number) => `On Monday an air strike killed ${(i % 5) + 1} people in Aleppo and rebels shelled Homs, wounding ${i % 9} civilians, officials said in report ${i}. `;
    const articles = Array.from({ length: k }, (_, a) => {
      let text = '';
      for (let i = 0; text.length < mb * 1024 * 1024 - 200; i++) text += sentence(a * 100_000 + i);
      return { id: `big-${a}`, text, published: '2024-05-05' };
    });
    // node:http, not fetch: reading 30 MB on a busy machine may take longer than fetch waits for headers.
    const res = await post(`${url}/api/articles`, JSON.stringify(articles)).catch(() => null);
    let summary = null;
    try { summary = res ? JSON.parse(res.body) : null; } catch { /* reported by the caller */ }
    return { peak: exited === null ? peakMb(child.pid!) : NaN, status: res?.status ?? 0, summary, exited };
  } finally {
    if (exited === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

test(`a batch of big articles is stored by a server whose main heap is capped at ${MAIN_HEAP_MB} MB`, { skip: linux, timeout: 900_000 }, async () => {
  const [k, mb] = STRESS ? [15, 2] : [4, 2];
  const r = await postBatch(k, mb);
  process.stdout.write(`# memory: a batch of ${k} × ${mb} MB with the main heap capped at ${MAIN_HEAP_MB} MB: HTTP ${r.status}, peak ${r.peak.toFixed(0)} MB (reading thread included)\n`);
  assert.equal(r.exited, null, 'the server died (out of memory?)');
  assert.equal(r.status, 201);
  assert.deepEqual([r.summary?.new, r.summary?.failed], [k, 0]);
  // The whole process: the main thread's cap, one reading thread's heap (512 MB at most), SQLite's cache and code.
  if (STRESS) assert.ok(r.peak < 1000, `the red team's 30 MB batch peaked at ${r.peak.toFixed(0)} MB (2.1 GB before)`);
});
