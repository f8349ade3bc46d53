// wink-nlp's readDoc, reduced to the one pipe the reader runs (sentence boundaries, then POS tags),
// assembled from wink-nlp's own modules (cache, trex compiler, recursive tokenizer) and rebuilt parts
// of others, step for step as src/wink-nlp.js of wink-nlp 2.4 does it. What it leaves out costs time
// and gives nothing here: the document API (tokens are read straight from the raw arrays, see
// tokens.ts), and the negation, sentiment, entity and custom-entity steps our pipe never asks for.
// What it changes only makes the same answers cheaper: the linear tokenizer (tokenizer.ts), look-ups
// in a hash table (lexeme-table.ts, vocabulary.ts), the token mappers with per-lexeme memos, the
// automata on tables (automaton.ts) with transformers reading lexeme properties from arrays
// (transformers.ts). reader.test.ts holds it to readDoc's answers.
import { createRequire } from 'node:module';
import { makeVocabulary, type Vocabulary } from './vocabulary.js';
import { fastTransformers } from './transformers.js';
import { compileMachine } from './automaton.js';
import { makeTokenizer } from './tokenizer.js';
import { LexemeMemo, LexemeRecords } from './lexeme-memo.js';
import { LexemeTable } from './lexeme-table.js';
import { withNewWords } from './new-words.js';

const require = createRequire(import.meta.url);
const wink = (file: string): any => require(`wink-nlp/src/${file}`);
const Cache = wink('cache.js');
const compileTRex = wink('compile-trex.js');
const fsm = wink('automaton.js');
const { tkSize, bits4lemma, posMask } = wink('constants.js');

/** wink's raw document data ("rdd"): 4 numbers per token, sentences as [first, last, 0, 0] token indexes. */
export interface RawDoc {
  tokens: number[];
  numOfTokens: number;
  sentences: number[][];
  /** The non-breaking spaces preceding a token, by token index (its count field then reads 0xFFFF). */
  nonBreakingSpaces: Record<number, string>;
}

export interface Reader {
  /** The text read; null, with nothing read, when it has a run of more than `maxRun` non-spaces. */
  read(text: string, maxRun: number): RawDoc | null;
  /** The model's core tables (lexeme list, features, packing) and wink's cache over them. */
  model: any;
  cache: any;
  /** The reader's per-lexeme memos (lexeme-memo.ts), where more may be kept. */
  records?: LexemeRecords;
}

export function makeReader(theModel: any): Reader {
  const model = theModel.core();
  const lexeme = model.features.lexeme;
  // The package's own loader builds wink's object hash: our table replaces it (before the cache reads it).
  if (!(lexeme.table instanceof LexemeTable)) {
    lexeme.table = new LexemeTable(lexeme.list);
    lexeme.hash = lexeme.table.asHash();
  }
  const cache = withNewWords(Cache(model, theModel.featureFn), model, theModel.featureFn);
  const trex = compileTRex(model.trex);
  const tokenize = makeTokenizer(trex, model.tcat.hash, model.preserve, model.trex.helpers.splitter[0]);
  // Every per-lexeme memo of the reader in one array, a lexeme's side by side (lexeme-memo.ts).
  const records = new LexemeRecords(lexeme.list.length * 2);
  const vocabulary: Vocabulary = makeVocabulary(cache, lexeme.table, lexeme.list, records);
  const fast = fastTransformers(model, cache, records);
  // wink's tokens-mappers, with each lexeme's normal and default POS remembered (both are fixed).
  const normal = new LexemeMemo(cache.normal, model.features.lexeme.list.length * 2, records);
  const defaultPos = new LexemeMemo((lexeme) => cache.posOf(cache.mappedSpelling(lexeme)) || 8, model.features.lexeme.list.length * 2, records);
  const nox = cache.nox as (binaryWord: number) => number;

  const sbdModel = theModel.sbd();
  const sbdAutomata = sbdModel.machines.map((json: string, i: number) => machine(cache, json, undefined, i === 0));
  const sbdTransformers = sbdModel.transformers.map((t: any, i: number) => fast.sbd(t, i));
  const posModel = theModel.pos();
  // POS automata ignore only the OOV literal, not the new line (as wink-nlp sets them up).
  const posAutomata = posModel.machines.map((json: string) => machine(cache, json, cache.value(0), true));
  // wink-nlp runs every POS machine with the first transformer.
  const posTransformer = fast.pos(posModel.transformers[0]);

  /** A token's normal (its expansion's, for a contraction) and its default POS (a contraction's
   * expansion carries its own), as wink's mapRawTokens2UIdOfNormal and ...OfDefaultPOS map them.
   * A function of its own, not a loop in `read`: V8 compiled `read` on stack (OSR) inside this loop, and
   * that code, cached for the loop, could fall back at once on every later call (wink's POS updater, inlined
   * into it, meets the automata's string tags) -- in about one run in six, ~2,000 times in 2,000 articles,
   * each article's reading then run in the interpreter. `read` itself now has no long loop to enter. */
  function mapTokens(t: number[], n: number, tokens4Automata: number[], posTags: number[]): void {
    for (let i = 0, k = 0; i < n; i++, k += tkSize) {
      tokens4Automata[i] = t[k + 1] > 65535 ? nox(t[k + 1]) : normal.get(t[k]);
      posTags[i] = t[k + 2] === 0 ? defaultPos.get(t[k]) : (t[k + 2] & posMask) >>> bits4lemma;
    }
  }

  // wink's raw token array, one for every text read: each read writes its tokens from the first slot on, and
  // the slots after them keep an earlier text's (wink pushed into a new array per text, ~97 KB of growing
  // arrays per article). A RawDoc is read before the next text is: segment/index.ts reads it at once.
  const rawTokens: number[] = [];
  // The model's POS setter walks the whole array (its length): ours stops at the text's last token.
  const setPos = String(posModel.setter) === PACKAGE_POS_SETTER ? null : posModel.setter;
  const updatePos = String(posModel.updater) === PACKAGE_POS_UPDATER ? null : posModel.updater;

  /** The package's POS updater (PACKAGE_POS_UPDATER), with its rare branch's operations run on every tag: a
   * negative tag comes in a few sentences only, V8 compiled `read` (the updater inlined) without its
   * `Math.abs`, and dropped that code at the first one (2,000 articles: `read` compiled three times). */
  function updateTags(px: Array<[number, number, string]>, posTags: Array<number | string>, normals: number[]): void {
    for (let j = 0; j < px.length; j++) {
      const target = px[j][2], at = px[j][0];
      const value = +target, abs = Math.abs(value), negative = value < 0;
      if (negative || cache.isMemberPOS(normals[at], target)) posTags[at] = negative ? abs : target;
    }
  }

  function read(text: string, maxRun: number): RawDoc | null {
    const rdd = { cache, tokens: rawTokens, numOfTokens: 0, sentences: [] as number[][], nonBreakingSpaces: Object.create(null) };
    if (!tokenize(vocabulary.wrap(rdd), text, maxRun)) return null;
    const n = (rdd.numOfTokens = vocabulary.used() / tkSize);
    const tokens4Automata = new Array<number>(n);
    const posTags = new Array<number>(n);
    mapTokens(rdd.tokens, n, tokens4Automata, posTags);

    let px = null;
    for (let i = 0; i < sbdAutomata.length; i++) {
      // A later machine swaps in the patterns of the one before (wink's setPatternSwap): wink's own.
      if (sbdAutomata[i].setPatternSwap) sbdAutomata[i].setPatternSwap(px);
      px = sbdAutomata[i].recognize(tokens4Automata, sbdTransformers[i], rdd.tokens);
    }
    sbdModel.setter(px, rdd);

    for (let i = 0; i < posAutomata.length; i++) {
      px = posAutomata[i].recognize(posTags, posTransformer, rdd.tokens);
      if (updatePos === null) updateTags(px, posTags, tokens4Automata);
      else updatePos(px, cache, posTags, tokens4Automata);
    }
    if (setPos === null) {
      // The package's pos-setter: a token the tokenizer gave no POS (a contraction's expansion has its own) takes its tag.
      const t = rdd.tokens;
      for (let i = 0, k = 0; i < n; i++, k += tkSize) if (t[k + 2] === 0) t[k + 2] = posTags[i] << bits4lemma;
    } else {
      rawTokens.length = n * tkSize;
      setPos(rdd, posTags, tkSize, bits4lemma);
    }
    return rdd;
  }

  return { read, model, cache, records };
}

/** wink-eng-lite-web-model 1.8's dist/pos-updater.js, which `read` runs as updateTags. */
export const PACKAGE_POS_UPDATER =
  'function(px,cache,posTags,normalizedTokens){for(let j=0;j<px.length;j+=1){const targetPOS=px[j][2],tokenIdx=px[j][0];targetPOS<0?posTags[tokenIdx]=Math.abs(targetPOS):cache.isMemberPOS(normalizedTokens[tokenIdx],targetPOS)&&(posTags[tokenIdx]=targetPOS)}}';

/** wink-eng-lite-web-model 1.8's dist/pos-setter.js, which `read` rebuilds (for a text's tokens only). */
export const PACKAGE_POS_SETTER =
  'function(rdd,posTags,tkSize,bits4lemma){let pk=0;for(let i=0;i<rdd.tokens.length;i+=tkSize,pk+=1)0===rdd.tokens[i+2]&&(rdd.tokens[i+2]=posTags[pk]<<bits4lemma)}';

/** Our table automaton where it applies (automaton.ts), else wink's (`ignore` as wink's token2Ignore). */
function machine(cache: any, json: string, ignore: string | undefined, ours: boolean): any {
  const table = ours ? compileMachine(json, cache, ignore) : null;
  if (table) return table;
  const m = ignore === undefined ? fsm(cache) : fsm(cache, ignore);
  m.importJSON(json);
  return m;
}
