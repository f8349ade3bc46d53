// sitrep enqueue: add articles (files, folders, feeds, JSON/JSONL, stdin) to the PostgreSQL work queue
// for `sitrep worker` processes. Reads with ingest's own readers; nothing is extracted here.
import { planSources, readSources } from '../ingest/sources.js';
import { textHash } from '../ingest/store-article.js';
import { CliError, type Command } from './command.js';
import { shownDb } from './options.js';
import { openQueueStore } from './queue-options.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  usage: ['enqueue PATH...|-  --db postgres://USER@HOST/DB [--quiet]'],
  about: `Adds articles to the work queue in a PostgreSQL database; \`sitrep worker\` processes (any number, on
any machines) read, store and fuse them. PATH is read as \`sitrep ingest\` reads it (files, folders,
.json/.jsonl, RSS/Atom feeds, - for standard input). An article already queued or stored (same URL, or
the same text once case, spacing and punctuation are folded) is counted as a duplicate and skipped.`,
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
    const s = { read: 0, queued: 0, duplicate: 0, failed: 0 };
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
        s[await store.queue.add(item.input, textHash(item.input.text), item.origin)]++;
      }
      const c = await store.queue.counts();
      io.stdout.write(`${s.read} read, ${s.queued} queued, ${s.duplicate} duplicate, ${s.failed} failed → ${shownDb(values)}\n`
        + `queue: ${c.pending} pending, ${c.leased} leased, ${c.done} done, ${c.failed} parked\n`
        + (failures.length ? failures.join('\n') + '\n' : ''));
    } finally {
      await store.close();
    }
    return s.failed && !s.queued && !s.duplicate ? 1 : 0;
  },
};
