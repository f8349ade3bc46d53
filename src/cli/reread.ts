// sitrep reread: read stored articles again with this version of the reader, after an upgrade. Each
// article's old reading is replaced and its events fused again (src/fuse/reread.ts), one transaction an
// article: incidents keep their ids while their reading still fits (src/fuse/reread-match.ts), a person's
// reviewed, merged or split incidents keep their events and locked fields, and one article that fails
// keeps its old reading while the others go on.
import type { ArticleInput } from '../types.js';
import type { StoredArticle } from '../store/store.js';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { rereadArticle } from '../fuse/reread.js';
import { CliError, type Command } from './command.js';
import { DB_OPTION, openForCli, shownDb } from './options.js';

export const rereadCommand: Command = {
  name: 'reread',
  usage: ['reread ARTICLE_ID... [--db PATH]', 'reread --all [--db PATH]'],
  about: `Reads stored articles again with this version of the reader (after an upgrade) and fuses their
events again. What a person decided holds: an event of an incident someone reviewed, merged or split
stays with that incident and its locked fields keep their values; an incident a person reviewed that
its articles no longer tell of is flagged for another look, never deleted. An article that cannot be
read keeps its old reading; the others go on. Incident ids stay: each new event is paired with the old
one it replaces (shared evidence sentences, else the same type, dates, parties and place), and an incident
nobody reviewed keeps its id and takes its new event back while the new reading still fits it; an event
read otherwise is fused anew, and takes its old incident's id when it starts one and that incident has no
report left. Only a truly new event gets a new id; an incident none of whose reports tell of it any more
goes. Article ids are those of the dossier (sitrep incident ID --format json).`,
  options: [{
    title: 'Options',
    options: {
      all: { type: 'boolean', help: 'every stored article, oldest first', default: false },
      quiet: { type: 'boolean', help: 'no line per failure, only the summary', default: false },
      ...DB_OPTION,
    },
  }],
  async run({ values, positionals }, io) {
    if (!values.all && !positionals.length) throw new CliError('reread takes ARTICLE_ID... or --all', 'E_USAGE');
    if (values.all && positionals.length) throw new CliError('reread takes ARTICLE_ID... or --all, not both', 'E_USAGE');
    const bad = positionals.find((p) => !/^\d{1,15}$/.test(p));
    if (bad !== undefined) throw new CliError(`an article ID is a number, got "${bad}"`, 'E_USAGE');
    const store = await openForCli(values, true);
    const ctx = getContext();
    const summary = { read: 0, failed: 0, incidents: new Set<number>() };
    let stop = false;
    const onSigint = (): void => { if (stop) process.exit(130); stop = true; };
    process.on('SIGINT', onSigint);
    const fail = (id: number, code: string, message: string): void => {
      summary.failed++;
      if (!values.quiet) io.stderr.write(`article ${id}: ${message} [${code}]\n`);
    };
    try {
      for await (const id of articleIds(values.all ? null : positionals.map(Number), (after) => store.listArticleIds(after, 500))) {
        if (stop) break;
        const article = await store.getArticle(id);
        if (!article) { fail(id, 'E_NOT_FOUND', 'no such article'); continue; }
        let read: ReturnType<typeof extractArticle>;
        try {
          read = extractArticle(asInput(article), ctx);
        } catch (err) {
          read = { ok: false, code: 'E_INTERNAL', message: `reading failed: ${String((err as Error)?.message ?? err).slice(0, 200)}` };
        }
        if (!read.ok) { fail(id, read.code, read.message); continue; }
        const { text: _reduced, ...result } = read.value;
        const incidents = await store.transaction(() => rereadArticle(store, id, result));
        for (const i of incidents) summary.incidents.add(i);
        summary.read++;
      }
    } finally {
      process.off('SIGINT', onSigint);
      await store.close();
    }
    io.stdout.write(`${summary.read} read again, ${summary.failed} failed; their events in ${summary.incidents.size} incident${summary.incidents.size === 1 ? '' : 's'} → ${shownDb(values)}${stop ? ' (interrupted)' : ''}\n`);
    return stop ? 130 : summary.failed && !summary.read ? 1 : 0;
  },
};

/** The stored article as the reader takes it: its text is already the readable text, its date the one stored. */
export function asInput(a: StoredArticle): ArticleInput {
  const input: ArticleInput = { id: a.key, text: a.text };
  if (a.title) input.title = a.title;
  if (a.published) input.published = a.published;
  if (a.url) input.url = a.url;
  if (a.outlet) input.outlet = a.outlet;
  if (a.language) input.language = a.language;
  return input;
}

/** The ids asked for, or every stored id page by page (so a large store is never listed at once). */
async function* articleIds(ids: number[] | null, page: (afterId: number) => Promise<number[]>): AsyncGenerator<number> {
  if (ids) { yield* new Set(ids); return; }
  for (let after = 0; ;) {
    const next = await page(after);
    if (!next.length) return;
    yield* next;
    after = next[next.length - 1];
  }
}
