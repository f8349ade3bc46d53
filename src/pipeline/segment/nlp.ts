// The one wink-nlp instance of the process, loaded on first use (loading the model takes ~150 ms).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

export function getNlp(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}
