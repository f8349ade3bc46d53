// sitrep watch: poll feeds, sitemaps and pages, and read every new report into the store as it appears.
import { ThreadReader } from '../server/reader.js';
import { textHash } from '../ingest/store-article.js';
import type { PgStore } from '../store/postgres/index.js';
import { readSourceList } from '../sources/source-list.js';
import { cleanLine } from '../sources/clean-text.js';
import { watch, type RoundSummary } from '../sources/watch.js';
import { CliError, type Command } from './command.js';
import { DB_OPTION, openForCli, shownDb } from './options.js';
import { HTTP_OPTIONS, httpClientFor, parseDuration } from './http-options.js';

export const watchCommand: Command = {
  name: 'watch',
  usage: ['watch [SOURCES...] [--db PATH|URL] [--every 15m] [--once] [--contact URL] [--quiet]'],
  about: `Watches news sources and reads every new report as it appears: each item's page is fetched, reduced
to its readable text (navigation, cookie banners, share bars, related stories and comments left out) and
stored, read and fused exactly as \`sitrep ingest\` does. SOURCES are URLs, or files listing one URL a line
(# starts a comment); without SOURCES, every source the database already watches. A source is:
  an RSS 2.0, RSS 1.0 or Atom feed, a JSON Feed, a (news) sitemap   each entry an article page
  an HTML page that advertises a feed (<link rel="alternate">)      that feed
  any other HTML page                                              one article, read once

Each source is polled every --every (15m, 90s, 1h; default 15 minutes), with a conditional GET (ETag,
Last-Modified). A failing source gets one error with a code (see \`sitrep sources\`) and its polls back
off; the others go on. Requests name sitrep and your --contact in the User-Agent, obey robots.txt, keep
to --per-host requests and --delay seconds per host, and retry what may pass (429 and 503 after their
Retry-After). A page not in English is stored with its language, not read.

The poll state lives in the database: killed at any point, a watch started again loses no item and reads
none twice. Ctrl-C or SIGTERM finishes the article in hand and stops. On PostgreSQL each article is added
to the work queue instead, for \`sitrep worker\` processes to read. The User-Agent, robots.txt, limits and
error codes: docs/sources.md.`,
  options: [{
    title: 'Options',
    options: {
      ...DB_OPTION,
      every: { type: 'string', arg: 'DURATION', help: 'time between two polls of a source', default: '15m' },
      once: { type: 'boolean', help: 'poll every source once, read what is new, and exit', default: false },
      ...HTTP_OPTIONS,
      'read-budget': { type: 'string', arg: 'S', help: 'seconds one article may take to read (default 5); past it the item fails with E_TIMEOUT and the watch goes on' },
      quiet: { type: 'boolean', help: 'log only errors and round summaries', default: false },
    },
  }],
  async run({ values, positionals }, io) {
    const everyMs = parseDuration(values.every, '--every');
    const budget = values['read-budget'] === undefined ? 5 : Number(values['read-budget']);
    if (!Number.isFinite(budget) || budget <= 0 || budget > 3600) throw new CliError(`--read-budget must be seconds > 0, got "${values['read-budget']}"`, 'E_USAGE');
    const http = httpClientFor(values);
    const list = await readSourceList(positionals);
    for (const p of list.problems) io.stderr.write(`sitrep watch: skipped ${p}\n`);
    if (positionals.length && !list.urls.length) throw new CliError('no source to watch: give feed or page URLs, or files listing them', 'E_USAGE');
    const store = await openForCli(values, false);
    const stamp = (): string => new Date(http.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    // Log lines can quote what servers sent: one line, no control characters (terminal escapes).
    const log = (line: string): void => { io.stderr.write(`${stamp()} ${cleanLine(line, 4000) ?? ''}\n`); };
    const stop = new AbortController();
    let signals = 0;
    let reader: ThreadReader | null = null;
    const onSignal = (sig: NodeJS.Signals): void => {
      if (++signals > 1 && sig === 'SIGINT') process.exit(130);
      if (!values.quiet) log(`${sig}: finishing the article in hand, then stopping (Ctrl-C again to quit now)`);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      if (!positionals.length && !(await store.watch.sourceHealth()).length) {
        throw new CliError(`${shownDb(values)} watches no source yet: give feed or page URLs, or files listing them`, 'E_USAGE');
      }
      const pg = store.kind === 'postgres' ? (store as PgStore) : null;
      // Articles are read in a thread of their own, one at a time, within a time budget and a heap limit
      // (as sitrep serve reads them): a page the reader chokes on is that item's E_TIMEOUT or E_MEMORY,
      // and the watch goes on. (On PostgreSQL the workers read.)
      reader = pg ? null : new ThreadReader({ threads: 1, budgetMs: Math.round(budget * 1000) });
      if (!values.quiet) log(`watching ${list.urls.length || 'the stored'} source${list.urls.length === 1 ? '' : 's'} every ${values.every} → ${shownDb(values)}${pg ? ' (work queue)' : ''} as "${http.userAgent}"`);
      const result = await watch(list.urls.length ? list.urls : null, {
        store, http, everyMs, once: Boolean(values.once), signal: stop.signal,
        extract: (input) => reader!.read(input),
        enqueue: pg ? (input, origin) => pg.queue.add(input, textHash(input.text), origin) : undefined,
        log: (line) => { if (!values.quiet || /\bE_[A-Z_]+\b/.test(line)) log(line); },
        onRound: (r) => log(formatRound(r, !!pg)),
      });
      const t = result.total;
      io.stdout.write(`${result.rounds} round${result.rounds === 1 ? '' : 's'}: ${t.polled} polls (${t.sourceErrors} failed), ${t.newItems} new items, `
        + `${pg ? `${t.queued} queued` : `${t.stored} stored`}, ${t.duplicate} duplicate, ${t.failed} failed, ${t.retrying} to retry → ${shownDb(values)}${result.stopped ? ' (stopped)' : ''}\n`);
      return values.once && t.polled > 0 && t.sourceErrors === t.polled ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await reader?.close();
      await store.close();
    }
  },
};

function formatRound(r: RoundSummary, queued: boolean): string {
  const kept = queued ? `${r.queued} queued` : `${r.stored} stored${r.unread ? ` (${r.unread} not in English, unread)` : ''}`;
  return `round: ${r.polled} polled (${r.notModified} not modified, ${r.sourceErrors} failed), ${r.newItems} new items; ${kept}, ${r.duplicate} duplicate, `
    + `${r.failed} failed, ${r.retrying} to retry${queued ? '' : `; ${r.incidents} incident updates`}`;
}
