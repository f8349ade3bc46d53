// sitrep ingest: read articles from files, folders, feeds, JSON/JSONL or stdin; store, fuse, summarise.
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { ingest, type IngestSummary } from '../ingest/index.js';
import { createProgress } from '../ingest/progress.js';
import { ExtractPool } from '../ingest/extract-pool.js';
import { planSources, readSources, withPublishedDefault } from '../ingest/sources.js';
import type { ArticleInput } from '../types.js';
import { CliError, type Command } from './command.js';
import { DB_OPTION, shownDb, openForCli, parseDate, parseIntOption } from './options.js';
import { HTTP_OPTIONS, httpClientFor } from './http-options.js';
import { looksLikeUrl } from '../sources/source-list.js';
import { pagesAhead } from '../sources/fetch.js';
import type { Item } from '../ingest/sources.js';

export const ingestCommand: Command = {
  name: 'ingest',
  usage: ['ingest PATH...|URL...|-  [--db PATH] [--published YYYY-MM-DD] [--batch N] [--workers N] [--quiet]'],
  about: `Reads articles and stores each once, with what sitrep reads from it, fusing the events of all articles
into incidents. PATH is a file or a folder (read recursively):
  .txt .html        one article each (a folder's index.json may give their title, date, URL and outlet)
  .json             one article object, or an array of them: {"id","text","title"?,"published"?,"url"?,"outlet"?}
  .jsonl            one article object a line
  .xml .rss .atom   an RSS or Atom feed: each item an article (title, link, date, feed title as outlet)
  -                 standard input: JSONL when it starts with "{", otherwise one article or feed
  http(s)://…       an article page, fetched and read as \`sitrep watch\` reads each new item (its
                    readable text, title, canonical URL, outlet, date and language; robots.txt obeyed)

An article already stored (same URL, or the same text once case, spacing and punctuation are folded; for
an HTML page, its readable text) is counted as a duplicate and skipped without being read again, so
re-running after a crash or Ctrl-C carries on where it stopped. Symbolic links are followed, each real
folder and file once (a link loop ends); a FIFO, socket or device is refused (E_NOT_FILE).
Articles are committed in batches; a bad file or line is reported with its reason and skipped.

Each article is read against its publication date: the "published" of its JSON row, of its folder's
manifest (index.json: [{"file", "published"?, "title"?, "url"?, "outlet"?}]) or of its feed item, else
the date in its HTML metadata, else --published, else the date of its dateline ("KHERSON, Ukraine,
June 10 —"). An article with none of these is stored undated. An impossible date (2026-02-30) fails its
article (E_BAD_DATE), or the run when given as --published (E_USAGE); it is never rolled over.`,
  options: [{
    title: 'Options',
    options: {
      ...DB_OPTION,
      published: { type: 'string', arg: 'DATE', help: 'publication date (YYYY-MM-DD) of the articles that carry none of their own' },
      batch: { type: 'string', arg: 'N', help: 'articles per transaction (default 100)' },
      workers: { type: 'string', arg: 'N', help: 'read articles in N worker threads beside the one that stores them (default 0: read in the main thread); on two cores --workers 2 reads about twice as fast' },
      quiet: { type: 'boolean', help: 'no progress, only the summary', default: false },
    },
  }, { title: 'Fetching URLs', options: HTTP_OPTIONS }],
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new CliError('ingest needs at least one PATH (or - for standard input)', 'E_USAGE');
    const batchSize = parseIntOption(values.batch, '--batch', 1) ?? 100;
    const workers = parseIntOption(values.workers, '--workers', 0) ?? 0;
    if (workers > 64) throw new CliError('--workers takes at most 64', 'E_USAGE');
    const published = parseDate(values.published, '--published');
    const urls = positionals.filter(looksLikeUrl);
    const http = urls.length ? httpClientFor(values) : null;
    const plan = await planSources(positionals.filter((p) => !looksLikeUrl(p)));
    const store = await openForCli(values, false);
    const progress = values.quiet ? null : createProgress(io.stderr as any, plan.stdin ? null : plan.totalBytes);
    let stop = false;
    // First Ctrl-C: finish the batch in flight and stop cleanly. A second one exits at once (SQLite rolls
    // back the open transaction, so nothing committed is lost either way).
    const onSigint = (): void => {
      if (stop) process.exit(130);
      stop = true;
      io.stderr.write('\nsitrep: stopping after this batch (Ctrl-C again to quit now)\n');
    };
    process.on('SIGINT', onSigint);
    let summary: IngestSummary;
    const pool = workers > 0 ? new ExtractPool(workers) : null;
    try {
      const ctx = pool ? null : getContext();
      const today = (): string => new Date().toISOString().slice(0, 10);
      const pages = http ? pagesAhead(urls.map((url) => ({ url, hints: {} })), http, 4, today) : null;
      async function* everything(): AsyncGenerator<Item> {
        yield* readSources(plan, io.stdin);
        if (pages) yield* pages;
      }
      summary = await ingest(store, withPublishedDefault(everything(), published), {
        extract: pool ? (input) => pool.extract(input) : (input) => extractArticle(input, ctx!),
        ...(pool ? { reduce: (input: ArticleInput) => pool.reduce(input) } : {}),
        // Enough articles per batch to keep every worker busy.
        batchSize: Math.max(batchSize, workers * 8),
        onProgress: (s) => progress?.update(s),
        shouldStop: () => stop,
      });
    } finally {
      process.off('SIGINT', onSigint);
      await pool?.close();
      progress?.done();
      await store.close();
    }
    io.stdout.write(formatSummary(summary, shownDb(values)));
    return summary.interrupted ? 130 : summary.failed && !summary.new && !summary.duplicate ? 1 : 0;
  },
};

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [`${s.read} read, ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed → ${db}${s.interrupted ? ' (interrupted: run again to continue)' : ''}`];
  const reasons = Object.entries(s.reasons).sort((a, b) => b[1] - a[1]);
  if (reasons.length) lines.push(`failed: ${reasons.map(([code, n]) => `${code} ${n}`).join(', ')}`);
  for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.origin}: ${f.message} [${f.code}]`);
  if (s.failures.length > 20 || s.failed > s.failures.length) lines.push(`  … and ${s.failed - Math.min(20, s.failures.length)} more`);
  return lines.join('\n') + '\n';
}
