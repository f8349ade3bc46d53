// sitrep worker: take articles from the PostgreSQL work queue, read, store and fuse them. Run as many as
// there are cores and machines; they share the queue without ever taking the same article twice.
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { ExtractPool } from '../ingest/extract-pool.js';
import { runWorker, workerName } from '../ingest/queue-worker.js';
import { CliError, type Command } from './command.js';
import { parseIntOption } from './options.js';
import { openQueueStore } from './queue-options.js';

export const workerCommand: Command = {
  name: 'worker',
  usage: ['worker --db postgres://USER@HOST/DB [--until-empty] [--batch N] [--lease S] [--threads N]'],
  about: `Takes pending articles from the queue (\`sitrep enqueue\`), reads each, stores it with what was read
and fuses its events into incidents, then marks it done — all in one transaction per article, so a
worker killed at any point loses nothing: its lease runs out and another worker takes the article. A
failed article is tried again (--attempts times in all), then parked with its error; an article that
cannot be read at all (empty, not text) is parked at once. An attempt is charged to the article being
read, not to every article a lease holds: a worker killed while reading charges that one article.
\`sitrep queue\` lists, retries and drops parked articles. Stops on Ctrl-C or SIGTERM after the
article in hand.`,
  options: [{
    title: 'Options',
    options: {
      db: { type: 'string', arg: 'URL', help: 'the PostgreSQL database (default $SITREP_DB)' },
      'until-empty': { type: 'boolean', help: 'exit when nothing is left pending (default: keep polling for new articles)', default: false },
      batch: { type: 'string', arg: 'N', help: 'articles leased at a time (default 8)' },
      lease: { type: 'string', arg: 'S', help: 'seconds a lease lasts before another worker may take the article (default 60)' },
      attempts: { type: 'string', arg: 'N', help: 'tries before an article is parked (default 3)' },
      poll: { type: 'string', arg: 'S', help: 'seconds between polls when idle (default 1)' },
      threads: { type: 'string', arg: 'N', help: 'read articles in N worker threads (default 0: in the main thread)' },
      quiet: { type: 'boolean', help: 'only the summary', default: false },
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`worker takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const seconds = (v: unknown, name: string): number | undefined => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0 || n > 86_400) throw new CliError(`${name} must be a number of seconds > 0, got "${v}"`, 'E_USAGE');
      return n * 1000;
    };
    const batch = parseIntOption(values.batch, '--batch', 1);
    const maxAttempts = parseIntOption(values.attempts, '--attempts', 1);
    const threads = parseIntOption(values.threads, '--threads', 0) ?? 0;
    if (threads > 64) throw new CliError('--threads takes at most 64', 'E_USAGE');
    const leaseMs = seconds(values.lease, '--lease');
    const pollMs = seconds(values.poll, '--poll');
    const store = await openQueueStore(values, 'worker');
    let stop = false;
    const onSignal = (): void => { stop = true; };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const pool = threads > 0 ? new ExtractPool(threads) : null;
    const name = workerName();
    try {
      const ctx = pool ? null : getContext();
      const s = await runWorker(store, store.queue, {
        extract: pool ? (input) => pool.extract(input) : (input) => extractArticle(input, ctx!),
        batch: batch ?? Math.max(8, threads * 4), leaseMs, maxAttempts, pollMs, untilEmpty: Boolean(values['until-empty']), worker: name,
        readers: Math.max(1, threads),
        shouldStop: () => stop,
        onProgress: values.quiet ? undefined : (x) => io.stderr.write(`\rsitrep worker ${name}: ${x.new} new, ${x.duplicate} duplicate, ${x.retried} retried, ${x.parked} parked`),
      });
      if (!values.quiet) io.stderr.write('\n');
      // What this worker did, then what the queue holds: parked entries stay until retried or dropped.
      const c = await store.queue.counts();
      io.stdout.write(`worker ${name}: ${s.taken} taken, ${s.new} new, ${s.duplicate} duplicate, ${s.retried} retried, ${s.parked} parked\n`
        + `queue: ${c.pending} pending, ${c.leased} leased, ${c.done} done, ${c.failed} parked${c.failed ? ' (sitrep queue list shows why; sitrep queue retry --all takes them up again)' : ''}\n`);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await pool?.close();
      await store.close();
    }
    return 0;
  },
};
