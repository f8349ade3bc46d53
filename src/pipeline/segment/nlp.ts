// The one wink-nlp instance of the process, loaded on first use (see model.ts for the model's load).
// Only sentence boundaries and POS tags are computed: the later stages read nothing else, and the
// default pipeline (negation, sentiment, entities, custom entities) halves the throughput.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { fastModel } from './model.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
const PIPE = ['sbd', 'pos'];

export function getNlp(): Nlp {
  if (nlp) return nlp;
  try {
    nlp = winkNLP(fastModel(), PIPE);
  } catch {
    // A model package laid out otherwise than model.ts expects: its own (slower) loader still works.
    nlp = winkNLP(packageModel(), PIPE);
  }
  return nlp;
}

/** The model as its package loads it (model.ts's test compares the two). */
export function packageModel(): any {
  return createRequire(import.meta.url)('wink-eng-lite-web-model');
}
