// What a reader remembers from one article to the next: the tables of words met so far, which make the
// next article's words cheaper to read. One per context (context.ts), made on first use; everything in it
// is bounded (a table renewed whole when full), and nothing in it is any one article's reading.
import type { Context } from './context.js';
import { ClaimWordTables } from './claims/word-classes.js';

export class ReaderMemory {
  /** The claims reader's word ids, class bits and cue verbs (claims/word-classes.ts). */
  readonly claimWords = new ClaimWordTables();
}

/** The context's memory, made on first use; a context-less call (a test's `{}`) gets one of its own. */
export function readerMemory(ctx: Context | undefined | null): ReaderMemory {
  if (!ctx) return new ReaderMemory();
  return (ctx.memory ??= new ReaderMemory());
}
