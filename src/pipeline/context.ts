// What the stages share that is loaded once per process: the gazetteer index, and the reader's clock.
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';

export interface Context {
  gazetteer: Gazetteer;
  /** Today's date (YYYY-MM-DD), asked when an article's only date is a dateline with no year ("June 10 —").
   * The stages never read the clock themselves: without `today` such a dateline dates nothing. */
  today?: () => string;
}

let shared: Context | null = null;

/** The process-wide context, loaded on first use. */
export function getContext(): Context {
  shared ??= { gazetteer: loadGazetteer(), today: () => new Date().toISOString().slice(0, 10) };
  return shared;
}
