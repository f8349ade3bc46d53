// `sitrep serve` started through a wrapper that does not pass signals on (as `npx sitrep serve` runs it
// under npm and a shell): killing the wrapper must not leave the server holding its port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-wrap-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };
const listening = (port: number): Promise<boolean> => new Promise((resolve) => {
  const s = connect({ port, host: '127.0.0.1' }, () => { s.destroy(); resolve(true); });
  s.once('error', () => resolve(false));
});

// The wrapper starts the server as its child, its output to a file, and forwards no signal.
const WRAPPER = `const { spawn } = require('node:child_process'); const fs = require('node:fs');
const [out, db] = process.argv.slice(1);
const fd = fs.openSync(out, 'w');
const child = spawn(process.execPath, ['bin/sitrep.js', 'serve', '--port', '0', '--db', db], { stdio: ['ignore', fd, fd] });
console.log(child.pid);
setInterval(() => {}, 1000);`;

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
  test(`serve stops when the wrapper that started it is killed (${signal})`, async () => {
    const out = join(dir, `${signal}.log`);
    const wrapper = spawn(process.execPath, ['-e', WRAPPER, out, join(dir, `${signal}.db`)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const serverPid = await new Promise<number>((resolve) => wrapper.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
    let port = 0;
    for (let i = 0; i < 200 && !port; i++) {
      await sleep(50);
      port = Number(/serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(readFileSync(out, 'utf8'))?.[1] ?? 0);
    }
    try {
      assert.ok(port, `the server started: ${readFileSync(out, 'utf8')}`);
      assert.equal(await listening(port), true);
      wrapper.kill(signal);
      let free = false;
      for (let i = 0; i < 100 && !free; i++) {
        await sleep(100);
        free = !(await listening(port)) && !alive(serverPid);
      }
      assert.ok(free, `port ${port} still held by ${serverPid} after the wrapper died`);
      assert.match(readFileSync(out, 'utf8'), /sitrep: stopped/);
    } finally {
      if (alive(serverPid)) process.kill(serverPid, 'SIGKILL');
      if (wrapper.exitCode === null) wrapper.kill('SIGKILL');
    }
  });
}
