// sitrep enqueue: add articles (files, folders, feeds, JSON/JSONL, stdin) to the PostgreSQL work queue
// for `sitrep worker` processes. Reads with ingest's own readers; nothing is extracted here.
import { planSources, readSources } from '../ingest/sources.js';
import { textHash } from '../ingest/store-article.js';
import { isReduced, reduceInput } from '../ingest/reduce.js';
import { CliError, type Command } from './command.js';
import { shownDb } from './options.js';
import { openQueueStore } from './queue-options.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  usage: ['enqueue PATH...|-  --db postgres://USER@HOST/DB [--quiet]'],
  about: `Adds articles to the work queue in a PostgreSQL database; \`sitrep worker\` processes (any number, on
any machines) read, store and fuse them. PATH is read as \`sitrep ingest\` reads it (files, folders,
.json/.jsonl, RSS/Atom feeds, - for standard input). An article already queued or stored (same URL, or
the same text once case, spacing and punctuation are folded; for an HTML page, its readable text, so
pages are reduced here) is counted as a duplicate and skipped; one the queue holds parked (it failed)
is counted apart: \`sitrep queue retry\` takes it up again.`,
  options: [{
    title: 'Options',
    options: {
      db: { type: 'string', arg: 'URL', help: 'the PostgreSQL database (default $SITREP_DB)' },
      quiet: { type: 'boolean', help: 'only the summary', default: false },
    },
  }],
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new CliError('enqueue needs at least one PATH (or - for standard input)', 'E_USAGE');
    const store = await openQueueStore(values, 'enqueue');
    const s = { read: 0, queued: 0, duplicate: 0, parked: 0, failed: 0 };
    const failures: string[] = [];
    try {
      const plan = await planSources(positionals);
      for await (const item of readSources(plan, io.stdin)) {
        s.read++;
        if (!item.ok) {
          s.failed++;
          if (failures.length < 20) failures.push(`  ${item.origin}: ${item.message} [${item.code}]`);
          continue;
        }
        // The key the store keeps: the readable text's hash (an HTML page is reduced to it first).
        const reduced = reduceInput(item.input);
        if (!isReduced(reduced)) {
          s.failed++;
          if (failures.length < 20) failures.push(`  ${item.origin}: ${reduced.message} [${reduced.code}]`);
          continue;
        }
        s[await store.queue.add(item.input, textHash(reduced.key), item.origin)]++;
      }
      const c = await store.queue.counts();
      io.stdout.write(`${s.read} read, ${s.queued} queued, ${s.duplicate} duplicate, ${s.failed} failed → ${shownDb(values)}\n`
        + (s.parked ? `${s.parked} already in the queue, parked after failing: sitrep queue list shows why, sitrep queue retry --all takes them up again\n` : '')
        + `queue: ${c.pending} pending, ${c.leased} leased, ${c.done} done, ${c.failed} parked\n`
        + (failures.length ? failures.join('\n') + '\n' : ''));
    } finally {
      await store.close();
    }
    return s.failed && !s.queued && !s.duplicate ? 1 : 0;
  },
};
