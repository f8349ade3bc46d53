// Bytes → text, refusing what is not text: empty input, binary data, invalid UTF-8, oversize input.
import type { Outcome } from '../types.js';
import { LIMITS } from './limits.js';

// A byte-order mark is kept as the text's first character (U+FEFF), not dropped: every offset the
// reader gives then indexes the file as a program reads it (Node's readFileSync(f, 'utf8') and Python's
// open(f, encoding='utf-8') keep it too); dropping it shifted every offset by one. The reader takes
// U+FEFF for a space. JSON and feeds drop it before parsing (sources.ts: stripBom).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, limit = LIMITS.maxArticleBytes): Outcome<string> {
  if (bytes.length > limit) {
    return { ok: false, code: 'E_TOO_LARGE', message: `input is ${bytes.length} bytes; the limit (maxArticleBytes) is ${limit}` };
  }
  if (looksBinary(bytes)) return { ok: false, code: 'E_BINARY', message: 'input looks like binary data, not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: 'E_ENCODING', message: 'input is not valid UTF-8' };
  }
  return checkText(text, limit);
}

/** Checks an already-decoded string (a JSONL `text` field, an HTTP body). */
export function checkText(text: unknown, limit = LIMITS.maxArticleBytes): Outcome<string> {
  if (typeof text !== 'string') return { ok: false, code: 'E_NO_TEXT', message: 'the article has no "text" string' };
  if (text.length > limit) {
    return { ok: false, code: 'E_TOO_LARGE', message: `text is ${text.length} characters; the limit (maxArticleBytes) is ${limit}` };
  }
  if (!/\S/.test(text)) return { ok: false, code: 'E_EMPTY', message: 'the article text is empty' };
  if (text.includes('\u0000')) return { ok: false, code: 'E_BINARY', message: 'text contains NUL characters, not text' };
  return { ok: true, value: text };
}

/** NUL bytes, or many control bytes in the first 8 KB, mean binary (the heuristic of git and grep). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Text without a leading byte-order mark, for formats parsed as a whole (JSON, feeds). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
