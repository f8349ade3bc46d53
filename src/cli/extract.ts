// sitrep extract: read one article (FILE or -) or many (--jsonl), print the extraction contract's JSON.
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleInput, ExtractionError, ExtractionResult, Outcome } from '../types.js';
import { decodeText } from '../io/decode.js';
import { LIMITS } from '../io/limits.js';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { ExtractPool } from '../ingest/extract-pool.js';
import { readLines } from './lines.js';
import { parseIntOption } from './options.js';
import { CliError, type CliIo, type Command } from './command.js';
import { formatTable } from './table.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const extractCommand: Command = {
  name: 'extract',
  usage: `sitrep extract FILE|-  [--published YYYY-MM-DD] [--format json|table]
sitrep extract --jsonl [FILE|-] [--workers N]

Reads one article (plain text or HTML) from FILE or standard input and prints its reading as one
JSON object: places, events (incidents) and claims, as ../shared/contract/extraction.md describes.
With --jsonl, reads one JSON object a line ({"id","text","title"?,"published"?,"url"?,"outlet"?})
and prints one result a line, in order; a bad line gives {"id","error":{"code","message"}} and the run
goes on.

Options:
  --published DATE   publication date (YYYY-MM-DD) that relative dates are read against
  --format FMT       json (default) or table
  --jsonl            batch mode, one JSON object a line in and out
  --workers N        with --jsonl: read in N worker threads (default 0: in the main thread); the
                     output stays in input order. On two cores --workers 2 reads about twice as fast
  --id ID            the id of a single article (default: the file name)`,
  options: {
    published: { type: 'string' },
    format: { type: 'string', default: 'json' },
    jsonl: { type: 'boolean', default: false },
    id: { type: 'string' },
    workers: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new CliError('extract takes one FILE (or -)', 'E_USAGE');
    const path = positionals[0] ?? (values.jsonl ? '-' : undefined);
    if (!path) throw new CliError('extract needs a FILE, or - for standard input', 'E_USAGE');
    const workers = parseIntOption(values.workers, '--workers', 0) ?? 0;
    if (workers > 64) throw new CliError('--workers takes at most 64', 'E_USAGE');
    if (values.jsonl) return extractJsonl(path, io, workers);
    if (workers) throw new CliError('--workers goes with --jsonl', 'E_USAGE');
    const format = String(values.format);
    if (format !== 'json' && format !== 'table') throw new CliError(`unknown --format ${format} (json or table)`, 'E_USAGE');
    const id = (values.id as string | undefined) ?? (path === '-' ? 'stdin' : basename(path, extname(path)));
    const bytes = await readSource(path, io, LIMITS.maxArticleBytes);
    const text = bytes.ok ? decodeText(bytes.value) : bytes;
    const result = text.ok ? extractArticle({ id, text: text.value, published: values.published as string | undefined }, getContext()) : text;
    if (!result.ok) {
      io.stdout.write(JSON.stringify(toError(id, result)) + '\n');
      return 1;
    }
    io.stdout.write(format === 'table' ? formatTable(result.value) : JSON.stringify(result.value, null, 2) + '\n');
    return 0;
  },
};

async function extractJsonl(path: string, io: CliIo, workers: number): Promise<number> {
  const stream = path === '-' ? io.stdin : await openStream(path);
  const pool = workers > 0 ? new ExtractPool(workers) : null;
  const ctx = pool ? null : getContext();
  const read: Read = pool
    ? async (input) => { const r = await pool.extract(input); return r.ok ? r.value : toError(input.id, r); }
    : (input) => extractInput(input, ctx!);
  // Answers are written in input order; with workers, a bounded window of lines is read ahead so that
  // every worker has work while memory stays flat whatever the file's size.
  const window: Promise<ExtractionResult | ExtractionError>[] = [];
  const ahead = Math.max(1, workers * 16);
  const write = async (out: ExtractionResult | ExtractionError): Promise<void> => {
    if (!io.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => io.stdout.once('drain', r));
  };
  try {
    for await (const line of readLines(stream as AsyncIterable<Buffer>, LIMITS.maxLineBytes)) {
      let out: ExtractionResult | ExtractionError | Promise<ExtractionResult | ExtractionError>;
      if (!line.ok) {
        out = toError(null, { code: 'E_TOO_LARGE', message: `line ${line.number} is ${line.bytes} bytes; the limit (maxLineBytes) is ${LIMITS.maxLineBytes}` });
      } else {
        const raw = line.bytes.toString('latin1').trim();
        if (!raw) continue;
        const input = parseLine(line.bytes, line.number);
        out = 'error' in input ? input : read(input);
      }
      if (!pool) { await write(await out); continue; }
      window.push(Promise.resolve(out));
      if (window.length >= ahead) await write(await window.shift()!);
    }
    while (window.length) await write(await window.shift()!);
  } finally {
    await pool?.close();
  }
  return 0;
}

type Read = (input: ArticleInput) => ExtractionResult | ExtractionError | Promise<ExtractionResult | ExtractionError>;

/** One JSONL line as an article, or the error object that answers it. */
function parseLine(bytes: Buffer, number: number): ArticleInput | ExtractionError {
  let row: any;
  try {
    row = JSON.parse(utf8.decode(bytes));
  } catch (err) {
    const code = err instanceof TypeError ? 'E_ENCODING' : 'E_BAD_JSON';
    return toError(null, { code, message: `line ${number}: ${code === 'E_ENCODING' ? 'not valid UTF-8' : 'not JSON'}` });
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    return toError(null, { code: 'E_BAD_JSON', message: `line ${number}: not a JSON object` });
  }
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line-${number}`;
  const input: ArticleInput = { id, text: row.text };
  for (const key of ['title', 'published', 'url', 'outlet'] as const) if (typeof row[key] === 'string') input[key] = row[key];
  return input;
}

function extractInput(input: ArticleInput, ctx: ReturnType<typeof getContext>): ExtractionResult | ExtractionError {
  try {
    const result = extractArticle(input, ctx);
    return result.ok ? result.value : toError(input.id, result);
  } catch (err) {
    // A bug of ours must not end the batch: report it on this line and go on.
    return toError(input.id, { code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) });
  }
}

function toError(id: string | null, f: { code: string; message: string }): ExtractionError {
  return { id, error: { code: f.code, message: f.message } };
}

async function openStream(path: string): Promise<NodeJS.ReadableStream> {
  try {
    const handle = await open(path, 'r');
    return handle.createReadStream();
  } catch (err) {
    throw new CliError(`cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`, 'E_OPEN');
  }
}

/** Reads a whole file or standard input, refusing more than `limit` bytes without reading them all. */
async function readSource(path: string, io: CliIo, limit: number): Promise<Outcome<Uint8Array>> {
  const stream = path === '-' ? io.stdin : await openStream(path);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) {
      (stream as any).destroy?.();
      return { ok: false, code: 'E_TOO_LARGE', message: `input is over ${limit} bytes, the limit (maxArticleBytes)` };
    }
    parts.push(buf);
  }
  return { ok: true, value: Buffer.concat(parts) };
}
