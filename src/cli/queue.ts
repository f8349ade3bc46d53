// sitrep queue: what the PostgreSQL work queue holds, and what to do with articles it parked (those that
// failed, or whose reading stopped their worker, --attempts times): list them with their error, take
// them up again, or drop them (so that the same article can be enqueued anew).
import { CliError, type Command } from './command.js';
import { parseIntOption, shownDb } from './options.js';
import { openQueueStore } from './queue-options.js';

const STATES = { parked: 'failed', pending: 'pending', done: 'done' } as const;

export const queueCommand: Command = {
  name: 'queue',
  usage: ['queue [list|retry|drop] --db postgres://USER@HOST/DB'],
  about: `  sitrep queue                      how many articles are pending, leased, done and parked
  sitrep queue list [--state S]     the entries in a state (parked by default: with their error), oldest first
  sitrep queue retry ID...|--all    parked entries pending again, their attempts reset to 0
  sitrep queue drop ID...|--all     parked entries removed (they may then be enqueued again)

An entry is parked when it failed --attempts times (sitrep worker), or at once when it cannot be read
at all (empty, not text); a worker killed while reading an entry charges that entry one attempt.`,
  options: [{
    title: 'Options',
    options: {
      db: { type: 'string', arg: 'URL', help: 'the PostgreSQL database (default $SITREP_DB)' },
      state: { type: 'string', arg: 'S', help: 'with list: parked (default), pending or done' },
      limit: { type: 'string', arg: 'N', help: 'with list: at most N entries (default 100)' },
      all: { type: 'boolean', help: 'with retry or drop: every parked entry', default: false },
    },
  }],
  async run({ values, positionals }, io) {
    const [action = 'counts', ...rest] = positionals;
    if (!['counts', 'list', 'retry', 'drop'].includes(action)) throw new CliError(`unknown queue action "${action}" (list, retry or drop)`, 'E_USAGE');
    let ids: number[] | 'all' = 'all';
    if (action === 'retry' || action === 'drop') {
      if (values.all && rest.length) throw new CliError(`queue ${action} takes IDs or --all, not both`, 'E_USAGE');
      if (!values.all && !rest.length) throw new CliError(`queue ${action} needs the IDs of parked entries (sitrep queue list) or --all`, 'E_USAGE');
      if (!values.all) {
        ids = rest.map((r) => {
          if (!/^\d{1,15}$/.test(r)) throw new CliError(`"${r}" is not an entry id`, 'E_USAGE');
          return Number(r);
        });
      }
    } else if (rest.length) throw new CliError(`queue ${action} takes no arguments (got "${rest[0]}")`, 'E_USAGE');
    const state = (values.state as string | undefined) ?? 'parked';
    if (!(state in STATES)) throw new CliError(`--state must be parked, pending or done, not "${state}"`, 'E_USAGE');
    const limit = parseIntOption(values.limit, '--limit', 1) ?? 100;
    const store = await openQueueStore(values, 'queue');
    try {
      const q = store.queue;
      if (action === 'list') {
        const rows = await q.list(STATES[state as keyof typeof STATES], limit);
        for (const r of rows) {
          io.stdout.write(`${r.id}\t${r.origin ?? r.url ?? ''}\tattempts ${r.attempts}\t${r.finished ?? r.enqueued}${r.error ? `\t${r.error.replace(/\s+/g, ' ')}` : ''}\n`);
        }
        io.stdout.write(`${rows.length} ${state}${rows.length === limit ? ` (the first ${limit}; --limit N for more)` : ''}\n`);
      } else if (action === 'retry') {
        io.stdout.write(`${await q.retry(ids)} parked entries pending again\n`);
      } else if (action === 'drop') {
        io.stdout.write(`${await q.drop(ids)} parked entries dropped\n`);
      }
      const c = await q.counts();
      io.stdout.write(`queue: ${c.pending} pending, ${c.leased} leased, ${c.done} done, ${c.failed} parked → ${shownDb(values)}\n`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
