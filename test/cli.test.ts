// The command line as a user meets it: the compiled bin in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['bin/sitrep.js', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));

test('every command answers --help', () => {
  for (const args of [['--help'], ['extract', '--help']]) {
    const r = run(args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage|usage/);
  }
});

test('an unknown command is a usage error with a code', () => {
  const r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /E_UNKNOWN_COMMAND/);
});

test('extract reads a file and prints the contract fields', () => {
  const r = run(['extract', 'examples/odesa-drone-strikes.txt', '--published', '2026-03-13']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.id, 'odesa-drone-strikes');
  for (const key of ['places', 'events', 'claims']) assert.ok(Array.isArray(out[key]), key);
});

test('extract --jsonl keeps order and ids, reports bad lines with codes, and goes on', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Shelling hit the town on Monday.' }),
    'this is not json',
    JSON.stringify({ id: 'b' }),
    JSON.stringify({ id: 'c', text: '   ' }),
    JSON.stringify({ id: 'd', text: 'x'.repeat(3 * 1024 * 1024) }),
    JSON.stringify(['an', 'array']),
    JSON.stringify({ id: 'e', text: 'Protesters gathered in the capital.', published: 'yesterday' }),
    JSON.stringify({ id: 'f', text: 'Protesters gathered in the capital.', published: '2024-05-01' }),
  ];
  const r = run(['extract', '--jsonl'], lines.join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['a', null, 'b', 'c', 'd', null, 'e', 'f']);
  assert.deepEqual(out.map((o) => o.error?.code ?? 'ok'), ['ok', 'E_BAD_JSON', 'E_NO_TEXT', 'E_EMPTY', 'E_TOO_LARGE', 'E_BAD_JSON', 'E_BAD_DATE', 'ok']);
});

test('extract --jsonl --workers N answers exactly as one thread does, in input order', () => {
  const towns = ['Kharkiv', 'Aleppo', 'Taiz', 'Gao', 'Sumy', 'Homs'];
  const lines = towns.flatMap((t, i) => [
    JSON.stringify({ id: `w${i}`, text: `Artillery fire struck ${t} on 3 May, killing ${i + 2} people, officials said.`, published: '2024-05-04' }),
    i % 2 ? 'not json' : JSON.stringify({ id: `q${i}`, text: 'A quiet day at the market.' }),
  ]);
  const input = lines.join('\n') + '\n';
  const one = run(['extract', '--jsonl'], input);
  const two = run(['extract', '--jsonl', '--workers', '2'], input);
  assert.equal(two.status, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
  // With one worker every batch goes to it (with two, the main thread may read all of a short input).
  const pooled = run(['extract', '--jsonl', '--workers', '1'], input);
  assert.equal(pooled.status, 0, pooled.stderr);
  assert.equal(pooled.stdout, one.stdout);
  assert.deepEqual(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['w0', 'q0', 'w1', null, 'w2', 'q2', 'w3', null, 'w4', 'q4', 'w5', null]);
  assert.equal(run(['extract', 'examples/odesa-drone-strikes.txt', '--workers', '2']).status, 2);
  assert.equal(run(['extract', '--jsonl', '--workers', 'x'], input).status, 2);
});

// The promise of --jsonl is one answer per input line, so that output line N answers input line N: a
// blank line is answered too (E_EMPTY), by one thread and by workers alike; the final newline ends the
// last line and starts none.
test('extract --jsonl answers every line, a blank one with E_EMPTY, in one thread and in workers', () => {
  const article = (id: string) => JSON.stringify({ id, text: 'Shelling hit the market on Monday, killing two, officials said.', published: '2024-05-08' });
  const input = [article('a'), '', '   \r', article('b'), '\t', article('c')].join('\n') + '\n';
  const want = ['a', 'E_EMPTY', 'E_EMPTY', 'b', 'E_EMPTY', 'c'];
  for (const args of [[], ['--workers', '1'], ['--workers', '2']]) {
    const r = run(['extract', '--jsonl', ...args], input);
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.error?.code ?? o.id), want, args.join(' '));
    assert.deepEqual(out.filter((o) => o.error).map((o) => [o.id, o.error.message]), [[null, 'line 2: blank, no article'], [null, 'line 3: blank, no article'], [null, 'line 5: blank, no article']]);
  }
  assert.equal(run(['extract', '--jsonl'], article('z')).stdout.split('\n').length, 2, 'a last line without its newline is answered once');
});

test('an oversize JSONL line is refused by its size and the next line is still read', () => {
  const big = JSON.stringify({ id: 'big', text: 'y'.repeat(5 * 1024 * 1024) });
  const r = run(['extract', '--jsonl'], big + '\n' + JSON.stringify({ id: 'next', text: 'A quiet day.' }) + '\n');
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out[0].error.code, 'E_TOO_LARGE');
  assert.match(out[0].error.message, /maxLineBytes/);
  assert.equal(out[1].id, 'next');
});

test('bad single files get an error object with a code, never a crash', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['empty.txt', Buffer.alloc(0), 'E_EMPTY'],
    ['binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'E_BINARY'],
    ['latin1.txt', Buffer.from('Caf\xe9 au lait in Montr\xe9al', 'latin1'), 'E_ENCODING'],
    ['huge.txt', Buffer.alloc(3 * 1024 * 1024, 'a'), 'E_TOO_LARGE'],
  ];
  for (const [name, bytes, code] of cases) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = run(['extract', path]);
    assert.equal(r.status, 1, `${name}: ${r.stderr}`);
    assert.equal(JSON.parse(r.stdout).error.code, code, name);
  }
});

test('a file that cannot be opened is an error exit with a code', () => {
  const r = run(['extract', join(dir, 'no-such-file.txt')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /E_OPEN/);
  const d = run(['extract', dir]);
  assert.equal(d.status, 2);
  assert.match(d.stderr, /directory.*E_OPEN/);
});

test('HTML input is read through Readability and the result carries its text', () => {
  const html = `<!doctype html><html><head><title>Shelling in the north</title><meta property="article:published_time" content="2025-01-09T10:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Shelling in the north</h1><p>Artillery fire hit a market on Tuesday, officials said.</p>
<p>Two people were wounded.</p><script>alert(1)</script></article></body></html>`;
  const path = join(dir, 'page.html');
  writeFileSync(path, html);
  const r = run(['extract', path]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.match(out.text, /Artillery fire hit a market/);
  assert.doesNotMatch(out.text, /alert\(1\)|<p>/);
  assert.equal(out.published, '2025-01-09');
});

test('a reader that stops early (extract --jsonl | head -1) ends the output without an error', () => {
  const line = JSON.stringify({ id: 'a', text: 'Gunmen killed two farmers near Konduga on Saturday, police said.', published: '2024-05-06' });
  const input = Array.from({ length: 2000 }, (_, i) => line.replace('"a"', `"a${i}"`)).join('\n') + '\n';
  const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/sitrep.js extract --jsonl | head -1`], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
});
