// One input line of `sitrep extract --jsonl` to its output line. The main thread (one thread) and the
// extraction workers (--workers N) both answer lines here, so the two give the same bytes; a worker does
// the whole job (decode, parse, extract, serialise) and hands back only the string.
import type { ArticleInput, ExtractionError } from '../types.js';
import { extractArticles } from '../pipeline/index.js';
import type { Context } from '../pipeline/context.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The output line (without its newline) answering one input line. Every line is answered, a blank one
 * too (E_EMPTY), so that line N of the output answers line N of the input (docs/extraction.md).
 */
export function answerLine(bytes: Uint8Array, number: number, ctx: Context): string {
  return answerLines([{ bytes, number }], ctx)[0];
}

/**
 * The output lines answering several input lines, in order: answerLine's, article for article, with the articles read
 * together stage by stage (extractArticles: less CPU than one at a time).
 */
export function answerLines(lines: ReadonlyArray<{ bytes: Uint8Array; number: number }>, ctx: Context): string[] {
  const out = new Array<string>(lines.length);
  const inputs: ArticleInput[] = [], at: number[] = [];
  lines.forEach((line, k) => {
    if (isBlank(line.bytes)) return void (out[k] = JSON.stringify(toError(null, { code: 'E_EMPTY', message: `line ${line.number}: blank, no article` })));
    const input = parseLine(line.bytes, line.number);
    if ('error' in input) out[k] = JSON.stringify(input);
    else { inputs.push(input); at.push(k); }
  });
  extractArticles(inputs, ctx).forEach((result, i) => { out[at[i]] = JSON.stringify(result.ok ? result.value : toError(inputs[i].id, result)); });
  return out;
}

/** The answer to a line over the size limit (its bytes were never kept). */
export function tooLargeLine(number: number, bytes: number, limit: number): string {
  return JSON.stringify(toError(null, { code: 'E_TOO_LARGE', message: `line ${number} is ${bytes} bytes; the limit (maxLineBytes) is ${limit}` }));
}

// Blank as String.prototype.trim sees a latin1 reading of the bytes (what the CLI once skipped without
// an answer): the ASCII whitespace, and 0xA0 (no-break space in latin1).
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (!(b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xa0)) return false;
  }
  return true;
}

/** One JSONL line as an article, or the error object that answers it. */
function parseLine(bytes: Uint8Array, number: number): ArticleInput | ExtractionError {
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

export function toError(id: string | null, f: { code: string; message: string }): ExtractionError {
  return { id, error: { code: f.code, message: f.message } };
}
