// What a reader remembers from one article to the next: the tables of words met so far, which make the
// next article's words cheaper to read. One per context (context.ts), made on first use; everything in it
// is bounded (a table renewed whole when full), and nothing in it is any one article's reading.
import type { Context } from './context.js';
import { WordIds } from './word-ids.js';
import { ClaimWordTables } from './claims/word-classes.js';
import { HeadClassTable } from './events/article-words.js';

export class ReaderMemory {
  /** The vocabulary: each lower-cased word's id and string, by wink lexeme too (word-ids.ts). */
  readonly words = new WordIds();
  /** The claims reader's class bits and cue verbs by word id (claims/word-classes.ts). */
  readonly claimWords = new ClaimWordTables(this.words);
  /** The events matchers' phrase-head class by word id (events/article-words.ts). */
  readonly headClasses = new HeadClassTable(this.words);
}

/** The context's memory, made on first use; a context-less call (a test's `{}`) gets one of its own. */
export function readerMemory(ctx: Context | undefined | null): ReaderMemory {
  if (!ctx) return new ReaderMemory();
  return (ctx.memory ??= new ReaderMemory());
}
