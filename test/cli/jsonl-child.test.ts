// `sitrep extract --jsonl` reads in a child process given larger semi-spaces (bin/sitrep.js says why). To
// the user it must still be one process: it answers, a signal sent to it stops the reading, and killing
// it outright leaves no reader behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const linux = existsSync('/proc/self/task') ? false : 'no /proc: a process\'s children cannot be read here';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };
const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

const LINE = JSON.stringify({ id: 'a', text: 'Gunmen killed two farmers near Konduga on Saturday, police said.', published: '2024-05-06' });

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGKILL'] as const) {
  test(`extract --jsonl answers from its reader, and ${signal} sent to it stops the reader too`, { skip: linux, timeout: 60_000 }, async () => {
    // The input comes from another process and stays open: only the signal can end the reading.
    const feeder = spawn('sh', ['-c', `printf '%s\\n' '${LINE}'; exec sleep 60`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const sitrep = spawn(process.execPath, ['bin/sitrep.js', 'extract', '--jsonl'], { stdio: [feeder.stdout, 'pipe', 'pipe'] });
    const exited = new Promise<{ code: number | null; signal: string | null }>((r) => sitrep.on('exit', (code, sig) => r({ code, signal: sig })));
    let out = '';
    sitrep.stdout.on('data', (d) => { out += d; });
    let reader = 0;
    try {
      for (let i = 0; i < 300 && !out.includes('\n'); i++) await sleep(50);
      assert.match(out, /^\{"id":"a"/, 'the line is answered while the input is still open');
      [reader] = childrenOf(sitrep.pid!);
      assert.ok(reader, 'the reading runs in a child process');
      assert.match(readFileSync(`/proc/${reader}/cmdline`, 'utf8'), /--max-semi-space-size=32\0/);
      sitrep.kill(signal);
      const end = await exited;
      assert.equal(end.signal, signal, `sitrep ended by ${signal}, as one process would (code ${end.code})`);
      for (let i = 0; i < 50 && alive(reader); i++) await sleep(100);
      assert.equal(alive(reader), false, `the reader ${reader} outlived sitrep`);
    } finally {
      if (reader && alive(reader)) process.kill(reader, 'SIGKILL');
      if (sitrep.exitCode === null && sitrep.signalCode === null) sitrep.kill('SIGKILL');
      feeder.kill('SIGKILL');
    }
  });
}

test('extract --jsonl with the semi-space size given to node reads in the one process', { skip: linux, timeout: 60_000 }, async () => {
  const sitrep = spawn(process.execPath, ['--max-semi-space-size=16', 'bin/sitrep.js', 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => sitrep.on('exit', (code) => r(code)));
  let out = '';
  sitrep.stdout.on('data', (d) => { out += d; });
  sitrep.stdin.write(JSON.stringify({ id: 'b', text: 'A quiet day in the capital.' }) + '\n');
  for (let i = 0; i < 300 && !out.includes('\n'); i++) await sleep(50);
  assert.deepEqual(childrenOf(sitrep.pid!), []);
  sitrep.stdin.end();
  assert.equal(await exited, 0);
  assert.match(out, /^\{"id":"b"/);
});
