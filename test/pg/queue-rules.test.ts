// The queue's rules: enqueueing is idempotent (same URL or same normalised text once, and never what is
// already stored); a failing article is retried a bounded number of times, then parked with its error;
// an article that cannot be read at all is parked at once; the rest are done.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { runWorker } from '../../src/ingest/queue-worker.js';
import { textHash } from '../../src/ingest/store-article.js';
import type { ArticleInput } from '../../src/types.js';
import { result } from '../helpers/build.js';
import { dropTestSchemas, freshPgStore, PG_SKIP } from '../helpers/pg.js';

after(dropTestSchemas);

const input = (id: string, text: string, url?: string): ArticleInput => ({ id, text, ...(url ? { url } : {}), published: '2024-02-02' });

test('enqueue keeps one entry per URL and per normalised text', { skip: PG_SKIP }, async () => {
  const s = await freshPgStore();
  try {
    const add = (i: ArticleInput) => s.queue.add(i, textHash(i.text), i.id);
    assert.equal(await add(input('a', 'Shelling hit the market on Tuesday.', 'https://x.example/1')), 'queued');
    assert.equal(await add(input('b', 'Something else entirely.', 'https://x.example/1')), 'duplicate');
    assert.equal(await add(input('c', 'SHELLING hit the market, on Tuesday!')), 'duplicate');
    assert.equal(await add(input('d', 'A different report.')), 'queued');
    assert.deepEqual(await s.queue.counts(), { pending: 2, leased: 0, done: 0, failed: 0 });
  } finally {
    await s.close();
  }
});

test('a failing article is retried a bounded number of times, then parked with its error; the others are done', { skip: PG_SKIP }, async () => {
  const s = await freshPgStore();
  try {
    for (const i of [input('good', 'Fighting near the dam.'), input('flaky', 'The bridge was shelled.'), input('unreadable', 'Rain all week.')]) {
      await s.queue.add(i, textHash(i.text), i.id);
    }
    let flakyCalls = 0;
    const summary = await runWorker(s, s.queue, {
      untilEmpty: true, maxAttempts: 3, retryMs: 10, pollMs: 20,
      extract: (i) => {
        if (i.id === 'flaky') { flakyCalls++; throw new Error('reader crashed'); }
        if (i.id === 'unreadable') return { ok: false, code: 'E_EMPTY', message: 'nothing to read' };
        return { ok: true, value: result(i.id, [{ place: { name: 'Damtown', lat: 40, lon: 44, country: 'AM' } }]) };
      },
    });
    assert.equal(flakyCalls, 3);
    assert.deepEqual({ new: summary.new, retried: summary.retried, parked: summary.parked }, { new: 1, retried: 2, parked: 2 });
    const rows = await s.db.query('SELECT origin, state, attempts, error FROM queue ORDER BY id');
    // Attempts count failed tries: the good article failed none (its reading was charged, then given back).
    assert.deepEqual(rows.map((r) => [r.origin, r.state, r.attempts]), [['good', 'done', 0], ['flaky', 'failed', 3], ['unreadable', 'failed', 1]]);
    assert.match(rows[1].error, /E_INTERNAL: reader crashed/);
    assert.match(rows[2].error, /E_EMPTY/);
    assert.equal((await s.stats()).articles, 1);
  } finally {
    await s.close();
  }
});

test('an article already stored when a worker takes it is marked a duplicate, not stored twice', { skip: PG_SKIP }, async () => {
  const s = await freshPgStore();
  try {
    const i = input('x', 'Clashes broke out at the checkpoint.');
    await s.queue.add(i, textHash(i.text), i.id);
    const extract = () => ({ ok: true as const, value: result('x', []) });
    // Another path (sitrep ingest, the API) stores the same text first.
    const { storeArticle, toNewArticle } = await import('../../src/ingest/store-article.js');
    await s.transaction(() => storeArticle(s, toNewArticle(i, i.text, 'api'), result('x', [])));
    const summary = await runWorker(s, s.queue, { untilEmpty: true, extract });
    assert.deepEqual([summary.new, summary.duplicate], [0, 1]);
    assert.equal((await s.stats()).articles, 1);
  } finally {
    await s.close();
  }
});

test('a worker told to stop finishes the article in hand and hands the rest of its batch back at once', { skip: PG_SKIP }, async () => {
  const s = await freshPgStore();
  try {
    for (const k of ['a', 'b', 'c', 'd']) await s.queue.add(input(k, `Report ${k} of shelling near the river.`), textHash(`Report ${k} of shelling near the river.`), k);
    // The stop request arrives while the first article is being stored.
    let stop = false;
    const done = s.queue.done.bind(s.queue);
    s.queue.done = async (...args) => { stop = true; return done(...args); };
    const summary = await runWorker(s, s.queue, { batch: 4, extract: (i) => ({ ok: true, value: result(i.id, []) }), shouldStop: () => stop });
    assert.equal(summary.new, 1);
    assert.deepEqual(await s.queue.counts(), { pending: 3, leased: 0, done: 1, failed: 0 });
    const rows = await s.db.query("SELECT attempts FROM queue WHERE state = 'pending'");
    assert.deepEqual(rows.map((r) => r.attempts), [0, 0, 0]);
  } finally {
    await s.close();
  }
});
