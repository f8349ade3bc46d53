// The one wink-nlp instance of the process, loaded on first use (see model.ts for the model's load).
// Only sentence boundaries and POS tags are computed: the later stages read nothing else, and the
// default pipeline (negation, sentiment, entities, custom entities) halves the throughput.
import winkNLP from 'wink-nlp';
import { fastModel } from './model.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

export function getNlp(): Nlp {
  nlp ??= winkNLP(fastModel(), ['sbd', 'pos']);
  return nlp;
}
