// What the stages share across articles: the gazetteer index, the reader's clock, and its memory of words.
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';
import type { ReaderMemory } from './reader-memory.js';

export interface Context {
  gazetteer: Gazetteer;
  /** Today's date (YYYY-MM-DD), asked when an article's only date is a dateline with no year ("June 10 —").
   * The stages never read the clock themselves: without `today` such a dateline dates nothing. */
  today?: () => string;
  /** The reader's tables that span articles (reader-memory.ts), made on first use. An article's own
   * reading is never kept here: it lives on the per-article object (reading.ts). */
  memory?: ReaderMemory;
}

let shared: Context | null = null;

/** The process-wide context, loaded on first use. */
export function getContext(): Context {
  shared ??= { gazetteer: loadGazetteer(), today: () => new Date().toISOString().slice(0, 10) };
  return shared;
}
