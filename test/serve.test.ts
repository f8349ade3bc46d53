// `sitrep serve` as a user starts it: the compiled bin in a child process, on a free port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const db = join(mkdtempSync(join(tmpdir(), 'sitrep-serve-')), 'serve.db');

test('serve refuses to bind beyond loopback without a token', () => {
  const r = spawnSync(process.execPath, ['bin/sitrep.js', 'serve', '--host', '0.0.0.0', '--db', db], { encoding: 'utf8', env: { ...process.env, SITREP_TOKEN: '' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /E_NO_TOKEN/);
});

test('serve rejects a bad port', () => {
  const r = spawnSync(process.execPath, ['bin/sitrep.js', 'serve', '--port', 'http', '--db', db], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /E_USAGE/);
});

test('serve answers on its port, needs the token it was given on POST, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, ['bin/sitrep.js', 'serve', '--port', '0', '--db', db, '--token', 'a-long-test-token'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /serving (http:\/\/\S+?)\/? /.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await (await fetch(`${url}/healthz`)).json();
    assert.equal(health.ok, true);
    const denied = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"Shots were fired."}' });
    assert.equal(denied.status, 401);
    const ok = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer a-long-test-token' }, body: '{"text":"Shots were fired near the border crossing."}' });
    assert.equal(ok.status, 201);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  }
});
