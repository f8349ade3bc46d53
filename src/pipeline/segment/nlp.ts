// The one reader of the process (wink-nlp's model and our lean readDoc over it, see reader.ts), loaded
// on first use (see model.ts for the model's load). Only sentence boundaries and POS tags are
// computed: the later stages read nothing else.
import { createRequire } from 'node:module';
import { fastModel } from './model.js';
import { makeReader, type Reader } from './reader.js';
import { makeTokenReader, type TokenReader } from './tokens.js';
import { extend } from '../extend.js';

let reader: (Reader & TokenReader) | null = null;

export function getReader(): Reader & TokenReader {
  if (reader) return reader;
  let r: Reader;
  try {
    r = makeReader(fastModel());
  } catch {
    // A model package laid out otherwise than model.ts expects: its own (slower) loader still works.
    r = makeReader(packageModel());
  }
  reader = extend(r, makeTokenReader(r));
  return reader;
}

/** The model as its package loads it (model.ts's test compares the two). */
export function packageModel(): any {
  return createRequire(import.meta.url)('wink-eng-lite-web-model');
}
