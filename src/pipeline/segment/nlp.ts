// The one wink-nlp instance of the process, loaded on first use (loading the model takes ~150 ms).
// Only sentence boundaries and POS tags are computed: the later stages read nothing else, and the
// default pipeline (negation, sentiment, entities, custom entities) halves the throughput.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}
