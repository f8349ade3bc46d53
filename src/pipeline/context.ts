// What the stages share that is loaded once per process: the gazetteer index.
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';

export interface Context {
  gazetteer: Gazetteer;
}

let shared: Context | null = null;

/** The process-wide context, loaded on first use. */
export function getContext(): Context {
  shared ??= { gazetteer: loadGazetteer() };
  return shared;
}
