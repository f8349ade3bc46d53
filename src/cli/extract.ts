// sitrep extract: read one article (FILE or -) or many (--jsonl), print the extraction contract's JSON.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Outcome } from '../types.js';
import { decodeText } from '../io/decode.js';
import { LIMITS } from '../io/limits.js';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { batchesOf, readLines, type Line } from './lines.js';
import { writeOut } from './write.js';
import { answerLines, tooLargeLine, toError } from './jsonl-answer.js';
import { parseDate, parseIntOption } from './parse-values.js';
import { CliError, type CliIo, type Command } from './command.js';
import { formatTable } from './table.js';
import type { SentenceReading } from '../pipeline/events/types.js';

export const extractCommand: Command = {
  name: 'extract',
  usage: ['extract FILE|-  [--published YYYY-MM-DD] [--format json|table] [--explain]', 'extract --jsonl [FILE|-] [--workers N]'],
  about: `Reads one article (plain text or HTML) from FILE or standard input and prints its reading as one
JSON object: places, events (incidents) and claims, as docs/extraction.md describes (JSON Schema:
docs/extraction.schema.json).
With --jsonl, reads one JSON object a line ({"id","text","title"?,"published"?,"url"?,"outlet"?})
and prints one answer a line, in order: line N of the output answers line N of the input. A line
that cannot be read (bad JSON, no text, over the size limit) is answered {"id","error":{"code",
"message"}}, a blank line {"id":null,"error":{"code":"E_EMPTY",...}}, and the run goes on.`,
  options: [{
    title: 'Options',
    options: {
      published: { type: 'string', arg: 'DATE', help: 'publication date (YYYY-MM-DD) that relative dates are read against; without it, the article\'s dateline ("KHERSON, Ukraine, June 10 —") gives it, if it has one. An impossible day (2026-02-30) is refused, never rolled over' },
      format: { type: 'string', arg: 'FMT', help: 'json or table', default: 'json' },
      explain: { type: 'boolean', help: 'with the table view: for each incident, the rule behind each coded field and the words it matched (implies --format table)', default: false },
      jsonl: { type: 'boolean', help: 'batch mode, one JSON object a line in and out', default: false },
      workers: { type: 'string', arg: 'N', help: 'with --jsonl: read in N threads (default 0: the main thread alone; from 2 on the main thread is one of the N, and the others start once the input passes 16 lines); the output stays in input order' },
      id: { type: 'string', arg: 'ID', help: 'the id of a single article (default: the file name)' },
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new CliError('extract takes one FILE (or -)', 'E_USAGE');
    const path = positionals[0] ?? (values.jsonl ? '-' : undefined);
    if (!path) throw new CliError('extract needs a FILE, or - for standard input', 'E_USAGE');
    const workers = parseIntOption(values.workers, '--workers', 0) ?? 0;
    if (workers > 64) throw new CliError('--workers takes at most 64', 'E_USAGE');
    const published = parseDate(values.published, '--published');
    if (values.jsonl) {
      if (published) throw new CliError('--published goes with one article; a --jsonl line carries its own "published"', 'E_USAGE');
      return extractJsonl(path, io, workers);
    }
    if (workers) throw new CliError('--workers goes with --jsonl', 'E_USAGE');
    const format = values.explain ? 'table' : String(values.format);
    if (format !== 'json' && format !== 'table') throw new CliError(`unknown --format ${format} (json or table)`, 'E_USAGE');
    const id = (values.id as string | undefined) ?? (path === '-' ? 'stdin' : basename(path, extname(path)));
    const bytes = await readSource(path, io, LIMITS.maxArticleBytes);
    const text = bytes.ok ? decodeText(bytes.value) : bytes;
    const trace: SentenceReading[] = [];
    const result = text.ok ? extractArticle({ id, text: text.value, published }, getContext(), values.explain ? trace : undefined) : text;
    if (!result.ok) {
      await writeOut(io.stdout, JSON.stringify(toError(id, result)) + '\n');
      return 1;
    }
    await writeOut(io.stdout, format === 'table' ? formatTable(result.value, { explain: Boolean(values.explain), sentences: trace }) : JSON.stringify(result.value, null, 2) + '\n');
    return 0;
  },
};

/** Lines read together at most (answerLines): past ~16 the CPU saved levels off, and a batch's results wait to be written. */
const BATCH = 16;
const NEWLINE = Buffer.from('\n');

async function extractJsonl(path: string, io: CliIo, workers: number): Promise<number> {
  const stream = path === '-' ? io.stdin : await openStream(path);
  // A reader that stops early (`sitrep extract --jsonl | head`) ends the output, not in a crash (write.ts).
  const write = async (text: string): Promise<void> => { if (text) await writeOut(io.stdout, text); };
  const lines = readLines(stream as AsyncIterable<Buffer>, LIMITS.maxLineBytes);
  if (workers === 0) {
    const ctx = getContext();
    // The lines at hand are read together (answerLines, stage by stage: less CPU than one at a time).
    for await (const batch of batchesOf(lines, BATCH)) {
      const fit = batch.filter((line): line is Extract<Line, { ok: true }> => line.ok);
      const answers = answerLines(fit, ctx);
      // Each answer made bytes on its own, then the batch's bytes joined: the answers joined as one string
      // would be flattened to be written, and, as soon as one answer holds a character past U+00FF (one
      // in seven of the bench corpus's), into a new string of two bytes a character, ~0.8 MB a batch.
      const parts: Buffer[] = [];
      for (let k = 0, i = 0; k < batch.length; k++) {
        const line = batch[k];
        parts.push(Buffer.from(line.ok ? answers[i++] : tooLargeLine(line.number, line.bytes, LIMITS.maxLineBytes)), NEWLINE);
      }
      await writeOut(io.stdout, Buffer.concat(parts));
    }
    return 0;
  }
  // Loaded only here: worker threads cost a single-article cold start the loading of Node's worker modules.
  const { extractParallel } = await import('./jsonl-parallel.js');
  await extractParallel(lines, workers, write);
  return 0;
}

// Opened synchronously so that a missing file is an E_OPEN usage error before anything is read; node:fs
// rather than fs/promises, whose module a cold start would otherwise load for this one call.
function openFile(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (err) {
    throw new CliError(`cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`, 'E_OPEN');
  }
}

async function openStream(path: string): Promise<NodeJS.ReadableStream> {
  return createReadStream('', { fd: openFile(path) });
}

const tooLarge = (limit: number): Outcome<Uint8Array> => ({ ok: false, code: 'E_TOO_LARGE', message: `input is over ${limit} bytes, the limit (maxArticleBytes)` });

/** Reads a whole file or standard input, refusing more than `limit` bytes without reading them all. */
async function readSource(path: string, io: CliIo, limit: number): Promise<Outcome<Uint8Array>> {
  if (path !== '-') {
    // A regular file is read at once, its size known beforehand (no stream machinery for one article);
    // a FIFO or a device goes the stream's way below.
    const fd = openFile(path);
    let streamed = false;
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`, 'E_OPEN');
      const size = stat.isFile() ? stat.size : -1;
      if (size > limit) return tooLarge(limit);
      if (size >= 0) {
        const buf = Buffer.allocUnsafe(size);
        let at = 0;
        for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, buf, at, size - at, null);
        return { ok: true, value: buf.subarray(0, at) };
      }
      streamed = true;
      return readStream(createReadStream('', { fd }), limit);
    } finally {
      if (!streamed) closeSync(fd);
    }
  }
  return readStream(io.stdin, limit);
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Outcome<Uint8Array>> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) {
      (stream as any).destroy?.();
      return tooLarge(limit);
    }
    parts.push(buf);
  }
  return { ok: true, value: Buffer.concat(parts) };
}
