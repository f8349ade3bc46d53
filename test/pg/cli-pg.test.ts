// The commands on PostgreSQL as a user runs them: `sitrep enqueue` + two `sitrep worker` processes with
// the real reader give the same incidents as `sitrep ingest` into SQLite; two `sitrep serve` processes on
// one database answer the same, and what one stores the other serves.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dropTestSchemas, freshSchema, PG_SKIP, schemaUrl } from '../helpers/pg.js';

after(dropTestSchemas);

const BIN = ['--import', 'tsx', 'test/helpers/sitrep-bin.ts'];

function sitrep(args: string[]): { child: ReturnType<typeof spawn>; exit: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, [...BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  return { child, exit: new Promise((resolve) => child.once('exit', (code) => resolve({ code, out }))) };
}

function listening(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

test('enqueue + 2 workers on PostgreSQL give the incidents ingest gives in SQLite; 2 servers share the store', { skip: PG_SKIP, timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-pg-'));
  const url = schemaUrl(freshSchema());
  const servers: ReturnType<typeof spawn>[] = [];
  try {
    const queued = await runCli(['enqueue', 'examples/', '--db', url]);
    assert.equal(queued.code, 0, queued.stderr);
    // Every article of examples/ and its demo folder, once.
    const n = readdirSync('examples', { recursive: true }).filter((f) => String(f).endsWith('.txt')).length;
    assert.match(queued.stdout, new RegExp(`${n} read, ${n} queued, 0 duplicate`));
    assert.match((await runCli(['enqueue', 'examples/', '--db', url])).stdout, new RegExp(`0 queued, ${n} duplicate`));
    const workers = [sitrep(['worker', '--db', url, '--until-empty', '--quiet', '--batch', '1']), sitrep(['worker', '--db', url, '--until-empty', '--quiet', '--batch', '1'])];
    for (const w of await Promise.all(workers.map((x) => x.exit))) assert.equal(w.code, 0, w.out);

    const file = join(dir, 'x.db');
    assert.equal((await runCli(['ingest', 'examples/', '--db', file, '--quiet'])).code, 0);
    const strip = (csv: string) => csv.split('\n').map((l) => l.split(',').slice(1).join(',')).sort(); // ids may differ
    const pgEvents = await runCli(['events', '--db', url, '--format', 'csv']);
    const liteEvents = await runCli(['events', '--db', file, '--format', 'csv']);
    assert.equal(pgEvents.code, 0, pgEvents.stderr);
    assert.ok(pgEvents.stdout.split('\n').length > 3);
    assert.deepEqual(strip(pgEvents.stdout), strip(liteEvents.stdout));
    const text = await runCli(['events', '--db', url, '--text', 'drone', '--format', 'json']);
    assert.ok(JSON.parse(text.stdout).length >= 1);
    assert.equal((await runCli(['worker', '--db', file])).code, 2); // a SQLite file has no queue

    const a = sitrep(['serve', '--port', '0', '--db', url]);
    const b = sitrep(['serve', '--port', '0', '--db', url]);
    servers.push(a.child, b.child);
    const [ua, ub] = await Promise.all([listening(a.child), listening(b.child)]);
    const list = async (u: string) => (await (await fetch(`${u}/api/incidents?limit=500`)).json());
    assert.deepEqual(await list(ua), await list(ub));
    const before = (await list(ub)).items.length;
    assert.ok(before > 3);
    const posted = await fetch(`${ua}/api/articles`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Artillery shells hit the town of Kupiansk in Ukraine on Monday, killing three civilians, the regional governor said.', published: '2026-05-04' }),
    });
    assert.equal(posted.status, 201, await posted.clone().text());
    const after = await list(ub);
    assert.deepEqual(after, await list(ua));
    assert.ok(after.items.length > before, 'the article stored through one server is served by the other');
  } finally {
    for (const s of servers) s.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
