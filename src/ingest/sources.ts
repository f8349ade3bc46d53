// What `sitrep ingest` reads: files, folders (recursively), feed files, JSON/JSONL dumps and standard
// input, as one stream of articles or of per-item failures. Nothing here throws for bad input.
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleInput } from '../types.js';
import { checkText, decodeText, stripBom } from '../io/decode.js';
import { checkDay } from '../io/dates.js';
import { LIMITS } from '../io/limits.js';
import { readLines } from '../cli/lines.js';
import { looksLikeFeed, parseFeed } from './feed.js';

export type Item =
  | { ok: true; origin: string; input: ArticleInput; bytesDone: number }
  | { ok: false; origin: string; code: string; message: string; bytesDone: number };

const ARTICLE_EXT = new Set(['.txt', '.text', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);
/** A feed file holds many articles, so it may be larger than one article. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

/** A file's metadata from its folder's manifest, or why the manifest's entry for it cannot be used. */
type Meta = Partial<ArticleInput> | { error: { code: string; message: string } };
export interface Plan { files: { path: string; size: number; meta?: Meta }[]; stdin: boolean; totalBytes: number; errors: Item[] }

/**
 * A folder may carry a manifest, `index.json`: an array of {"file", "published"?, "title"?, "url"?,
 * "outlet"?} giving the metadata of its plain text and HTML files (which have nowhere else to keep a
 * publication date). A manifest is read as metadata, not as articles.
 */
async function readManifest(dir: string): Promise<Map<string, Meta> | null> {
  try {
    const data = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    if (!Array.isArray(data) || !data.length || !data.every((x) => x && typeof x === 'object' && typeof x.file === 'string' && typeof x.text !== 'string')) return null;
    const map = new Map<string, Meta>();
    for (const x of data) {
      const meta: Partial<ArticleInput> = {};
      for (const key of ['title', 'published', 'url', 'outlet'] as const) if (typeof x[key] === 'string') meta[key] = x[key];
      // An impossible date in the manifest fails that file alone (E_BAD_DATE), never rolled over.
      const day = x.published === undefined ? null : checkDay(x.published, `index.json's "published" for ${x.file}`);
      map.set(join(dir, x.file), day && !day.ok ? { error: { code: day.code, message: day.message } } : { ...meta, ...(day ? { published: day.value } : {}) });
    }
    return map;
  } catch {
    return null;
  }
}

/**
 * Lists every file to read (folders walked in sorted order) and their total size, for progress and ETA.
 * Symbolic links are followed, but each real folder and file is visited once, by the first path that
 * reaches it: a link back up the tree (a loop) or two links to one file read nothing twice. A path
 * that is neither a file nor a folder (a FIFO, a socket, a device) is refused with E_NOT_FILE when
 * named, or inside a folder when its name says it is an article; reading it could block forever.
 */
export async function planSources(paths: string[]): Promise<Plan> {
  const plan: Plan = { files: [], stdin: false, totalBytes: 0, errors: [] };
  const manifests = new Map<string, Meta>();
  const seen = new Set<string>(); // real paths (device:inode) already walked
  const refuse = (p: string, code: string, message: string): void => {
    plan.errors.push({ ok: false, origin: p, code, message, bytesDone: 0 });
  };
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try { st = await stat(p); } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A link loop (ELOOP) or a dangling link inside a folder is reported, like any unreadable path.
      refuse(p, 'E_OPEN', `cannot read ${p}: ${code ?? err}`);
      return;
    }
    const id = `${st.dev}:${st.ino}`;
    if (st.isDirectory()) {
      if (seen.has(id)) return; // reached again through a link: already walked (or being walked, in a loop)
      seen.add(id);
      const entries = (await readdir(p)).sort();
      const manifest = entries.includes('index.json') ? await readManifest(p) : null;
      for (const [file, meta] of manifest ?? []) manifests.set(file, meta);
      for (const e of entries) if (!e.startsWith('.') && !(manifest && e === 'index.json')) await walk(join(p, e), false);
    } else if (st.isFile()) {
      if (!explicit && !ARTICLE_EXT.has(extname(p).toLowerCase())) return;
      if (seen.has(id)) return;
      seen.add(id);
      plan.files.push({ path: p, size: st.size, ...(manifests.has(p) ? { meta: manifests.get(p) } : {}) });
      plan.totalBytes += st.size;
    } else if (explicit || ARTICLE_EXT.has(extname(p).toLowerCase())) {
      const kind = st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file';
      refuse(p, 'E_NOT_FILE', `${p} is ${kind}, not a file of articles (to read a stream, pipe it to standard input: - )`);
    }
  };
  for (const p of paths) {
    if (p === '-') plan.stdin = true;
    else await walk(p, true);
  }
  return plan;
}

export async function* readSources(plan: Plan, stdin: NodeJS.ReadableStream): AsyncGenerator<Item> {
  let done = 0;
  for (const e of plan.errors) yield e;
  for (const f of plan.files) {
    const ext = extname(f.path).toLowerCase();
    if (f.meta && 'error' in f.meta) {
      done += f.size;
      yield { ok: false, origin: f.path, ...f.meta.error, bytesDone: done };
      continue;
    }
    const meta = f.meta as Partial<ArticleInput> | undefined;
    if (ext === '.jsonl' || ext === '.ndjson') {
      let handle;
      try { handle = await open(f.path, 'r'); } catch (err) {
        yield { ok: false, origin: f.path, code: 'E_OPEN', message: `cannot open: ${(err as NodeJS.ErrnoException).code ?? err}`, bytesDone: done + f.size };
        done += f.size;
        continue;
      }
      const base = done;
      try {
        for await (const item of jsonlItems(handle.createReadStream(), f.path)) yield { ...item, bytesDone: base + item.bytesDone };
      } finally { await handle.close().catch(() => undefined); }
      done += f.size;
      continue;
    }
    const bytes = await readWhole(f.path, ext === '.xml' || ext === '.rss' || ext === '.atom' ? MAX_FEED_BYTES : Math.max(MAX_FEED_BYTES, LIMITS.maxArticleBytes));
    done += f.size;
    if (!bytes.ok) { yield { ...bytes, origin: f.path, bytesDone: done }; continue; }
    for (const item of wholeFileItems(bytes.value, f.path, ext)) {
      yield item.ok && meta ? { ...item, input: { ...meta, ...item.input }, bytesDone: done } : { ...item, bytesDone: done };
    }
  }
  if (plan.stdin) yield* stdinItems(stdin);
}

type Bare = { ok: true; origin: string; input: ArticleInput } | { ok: false; origin: string; code: string; message: string };

function wholeFileItems(bytes: Uint8Array, path: string, ext: string): Bare[] {
  const isFeedExt = ext === '.xml' || ext === '.rss' || ext === '.atom';
  const text = decodeText(bytes, isFeedExt || ext === '.json' || bytes.length > LIMITS.maxArticleBytes ? MAX_FEED_BYTES : LIMITS.maxArticleBytes);
  if (!text.ok) return [{ ...text, origin: path }];
  // An article keeps a byte-order mark (its offsets index the file); a feed or JSON file is parsed without it.
  const parsed = stripBom(text.value);
  if (isFeedExt || looksLikeFeed(parsed)) {
    const items = parseFeed(parsed, path);
    if (!items.length) return [{ ok: false, origin: path, code: 'E_BAD_FEED', message: 'a feed file with no <item> or <entry>' }];
    return items.map((it) => (it.error ? { ...it.error, origin: `${path}#${it.index + 1}` } : articleOrError(it.input, `${path}#${it.index + 1}`)));
  }
  if (ext === '.json') return jsonItems(parsed, path);
  return [articleOrError({ id: path, text: text.value }, path)];
}

function articleOrError(input: ArticleInput, origin: string): Bare {
  const checked = checkText(input.text);
  return checked.ok ? { ok: true, origin, input } : { ...checked, origin };
}

/** A JSON file: one article object, or an array of them. */
function jsonItems(text: string, path: string): Bare[] {
  let data: unknown;
  try { data = JSON.parse(text); } catch {
    return [{ ok: false, origin: path, code: 'E_BAD_JSON', message: 'not valid JSON' }];
  }
  const rows = Array.isArray(data) ? data : [data];
  return rows.map((row, i) => rowToItem(row, rows.length > 1 ? `${path}#${i + 1}` : path));
}

export function rowToItem(row: unknown, origin: string): Bare {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return { ok: false, origin, code: 'E_BAD_JSON', message: 'not a JSON object' };
  const r = row as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : origin;
  const input: ArticleInput = { id, text: r.text as string };
  for (const key of ['title', 'url', 'outlet'] as const) if (typeof r[key] === 'string') input[key] = r[key] as string;
  // A row's date is checked here, so that a bad one fails its row alone, before anything is queued or read.
  if (r.published !== undefined && r.published !== null && r.published !== '') {
    const day = checkDay(r.published);
    if (!day.ok) return { ...day, origin };
    input.published = day.value;
  }
  return articleOrError(input, origin);
}

/** Every article read without a date of its own takes `day` as its default (\`--published\`): its HTML
 * metadata, if any, still comes first, and its dateline only after it. */
export async function* withPublishedDefault(items: AsyncIterable<Item>, day: string | undefined): AsyncGenerator<Item> {
  for await (const item of items) yield day && item.ok && !item.input.published ? { ...item, input: { ...item.input, publishedDefault: day } } : item;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function* jsonlItems(stream: AsyncIterable<Buffer | string>, origin: string): AsyncGenerator<Bare & { bytesDone: number }> {
  let bytes = 0;
  for await (const line of readLines(stream, LIMITS.maxLineBytes)) {
    const where = `${origin}:${line.number}`;
    if (!line.ok) {
      bytes += line.bytes + 1;
      yield { ok: false, origin: where, code: 'E_TOO_LARGE', message: `line is ${line.bytes} bytes; the limit (maxLineBytes) is ${LIMITS.maxLineBytes}`, bytesDone: bytes };
      continue;
    }
    bytes += line.bytes.length + 1;
    if (!line.bytes.toString('latin1').trim()) continue;
    let row: unknown;
    try { row = JSON.parse(utf8.decode(line.bytes)); } catch (err) {
      const code = err instanceof TypeError ? 'E_ENCODING' : 'E_BAD_JSON';
      yield { ok: false, origin: where, code, message: code === 'E_ENCODING' ? 'not valid UTF-8' : 'not JSON', bytesDone: bytes };
      continue;
    }
    yield { ...rowToItem(row, where), bytesDone: bytes };
  }
}

/** Standard input: JSONL when it starts with "{", otherwise one article (or a feed). */
async function* stdinItems(stdin: NodeJS.ReadableStream): AsyncGenerator<Item> {
  const it = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) { yield { ok: false, origin: 'stdin', code: 'E_EMPTY', message: 'standard input is empty', bytesDone: 0 }; return; }
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  const rest: AsyncIterable<Buffer | string> = { [Symbol.asyncIterator]: () => it };
  async function* all(): AsyncGenerator<Buffer | string> { yield head; yield* rest; }
  if (stripBom(head.toString('utf8')).trimStart().startsWith('{')) {
    for await (const item of jsonlItems(all(), 'stdin')) yield item;
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of all()) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > MAX_FEED_BYTES) { yield { ok: false, origin: 'stdin', code: 'E_TOO_LARGE', message: `standard input is over ${MAX_FEED_BYTES} bytes`, bytesDone: size }; return; }
    parts.push(b);
  }
  for (const item of wholeFileItems(Buffer.concat(parts), 'stdin', '')) yield { ...item, bytesDone: size };
}

async function readWhole(path: string, limit: number): Promise<{ ok: true; value: Uint8Array } | { ok: false; code: string; message: string }> {
  try {
    const st = await stat(path);
    if (st.size > limit) return { ok: false, code: 'E_TOO_LARGE', message: `${st.size} bytes; the limit is ${limit}` };
    const handle = await open(path, 'r');
    try { return { ok: true, value: await handle.readFile() }; } finally { await handle.close(); }
  } catch (err) {
    return { ok: false, code: 'E_OPEN', message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` };
  }
}
