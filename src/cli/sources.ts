// sitrep sources: the health of every watched source (what `sitrep watch` keeps in the store).
import type { WatchSourceHealth } from '../store/watch.js';
import { CliError, type Command } from './command.js';
import { DB_OPTION, openForCli } from './options.js';
import { cleanLine } from '../sources/clean-text.js';

export const sourcesCommand: Command = {
  name: 'sources',
  usage: ['sources [--db PATH|URL] [--format table|json]'],
  about: `Lists every source \`sitrep watch\` watches: its last fetch and status (ok, not-modified, error, or new:
never polled), the items its last poll found new, its items in all (pending, done, failed), the error of
a failing source with its code and failed polls in a row, and when it is polled next.`,
  options: [{
    title: 'Options',
    options: {
      ...DB_OPTION,
      format: { type: 'string', arg: 'F', help: 'table or json', default: 'table' },
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`sources takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    if (values.format !== 'table' && values.format !== 'json') throw new CliError(`--format must be table or json, got "${values.format}"`, 'E_USAGE');
    const store = await openForCli(values, true);
    try {
      const rows = await store.watch.sourceHealth();
      io.stdout.write(values.format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : formatSources(rows));
    } finally {
      await store.close();
    }
    return 0;
  },
};

const when = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') + 'Z' : '—');

export function formatSources(rows: WatchSourceHealth[]): string {
  if (!rows.length) return 'no sources (sitrep watch SOURCES... adds them)\n';
  const head = ['id', 'status', 'last fetch', 'new', 'items', 'pending', 'failed', 'next poll', 'source'];
  const body = rows.map((s) => [
    String(s.id), s.status + (s.httpStatus && s.status === 'error' ? ` ${s.httpStatus}` : ''), when(s.lastFetch), String(s.newItems), String(s.items),
    String(s.pending), String(s.failed), when(s.nextPoll),
    `${s.url}${s.feedUrl ? ` → ${s.feedUrl}` : ''}${s.kind ? ` (${s.kind}${s.title ? `: ${cleanLine(s.title, 200)}` : ''})` : ''}`,
  ]);
  const widths = head.map((_, i) => Math.max(head[i].length, ...body.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(head)];
  rows.forEach((s, i) => {
    out.push(line(body[i]));
    // An error message can quote what a server sent: printed as one line without control characters.
    if (s.errorCode) out.push(`    ${s.errorCode}: ${cleanLine(s.errorMessage, 1000) ?? ''}${s.failures > 1 ? ` (${s.failures} failed polls in a row)` : ''}`);
  });
  const failing = rows.filter((s) => s.status === 'error').length;
  out.push(`${rows.length} source${rows.length === 1 ? '' : 's'}, ${failing} failing; ${rows.reduce((n, s) => n + s.pending, 0)} items pending`);
  return out.join('\n') + '\n';
}
