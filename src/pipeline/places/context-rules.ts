// Context rules: whether a gazetteer match is a place as a careful reader would take it, or a
// person ("President Chad", "Michael Jordan"), a street ("Jordan Street"), a newspaper ("the Paris
// Times"), a common word at the head of a sentence ("Mobile phones ..."), or a non-place word.
import type { Doc, Token } from '../../types.js';
import type { Gazetteer, Posting } from '../../gazetteer/index.js';
import { FLAG_PRIMARY } from '../../gazetteer/format.js';
import { COMMON_WORD_PLACES, GIVEN_NAMES, MEDIA_WORDS, NOT_PLACES, STREET_WORDS, TITLES } from './lexicon.js';

const ACRONYM_FEATURES = new Set(['PCLI', 'CONT', 'RGN', 'ADM1', 'TERR']);

const isCapWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^[A-Z]/.test(t.text);
const fold = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');

/** The nearest word token before `i` in the same sentence (skipping a title's period), or undefined. */
function prevWord(tokens: Token[], i: number): Token | undefined {
  const s = tokens[i].sentence;
  for (let j = i - 1; j >= 0 && tokens[j].sentence === s; j--) {
    if (tokens[j].type === 'word') return tokens[j];
    if (tokens[j].text !== '.') return undefined;
  }
  return undefined;
}

export function blockedByContext(doc: Doc, gaz: Gazetteer, first: number, last: number, key: string, postings: Posting[], prevIsPlace = false): boolean {
  const { tokens } = doc;
  if (NOT_PLACES.has(key)) return true;
  const single = first === last;
  const surface = tokens[first].text;
  // An all-capitals token of up to four letters is an acronym (AP, IT, ISIS) unless it is a
  // country or region's own short form (US, UK, UAE).
  if (single && /^[A-Z]{2,4}$/.test(surface) && !postings.some((p) => p.flags & FLAG_PRIMARY && ACRONYM_FEATURES.has(gaz.featureOf(p.entry)))) return true;
  // The first word of a sentence is capitalised anyway: an alternate spelling of a small place there
  // is far more likely an English word ("Since", "Human") than the place.
  if (single && isSentenceStart(tokens, first) && !postings.some((p) => p.flags & FLAG_PRIMARY || gaz.populationOf(p.entry) >= 100000)) return true;
  const prev = prevWord(tokens, first);
  const prevAdjacent = first > 0 && tokens[first - 1].type === 'word' && tokens[first - 1].sentence === tokens[first].sentence;
  if (prev && TITLES.has(fold(prev)) && isCapWord(prev)) return true;
  const next = tokens[last + 1];
  const nextWord = next && next.type === 'word' && next.start <= tokens[last].end + 1 ? next : undefined;
  if (nextWord && STREET_WORDS.has(fold(nextWord)) && isCapWord(nextWord)) return true;
  if (nextWord && MEDIA_WORDS.has(fold(nextWord)) && isCapWord(nextWord)) return true;
  if (single && GIVEN_NAMES.has(key)) {
    // "Chad Smith", "Michael Jordan": a given name before a surname, or a surname after a given name.
    if (nextWord && isCapWord(nextWord) && nextWord.pos === 'PROPN') return true;
  }
  // A capitalised word right before (not a place itself, not the sentence's first word when that is
  // a plain function word) makes this the tail of a longer name: "George Washington", "Real Madrid".
  if (prevAdjacent && !prevIsPlace && isCapWord(tokens[first - 1]) && tokens[first - 1].pos === 'PROPN' && !TITLES.has(fold(tokens[first - 1]))) {
    if (!isSentenceStart(tokens, first - 1) || GIVEN_NAMES.has(key) || single) return true;
  }
  if (single && COMMON_WORD_PLACES.has(key)) {
    const atStart = isSentenceStart(tokens, first);
    const nextLowerNoun = nextWord && /^[a-z]/.test(nextWord.text) && (nextWord.pos === 'NOUN' || nextWord.pos === 'VERB');
    if (atStart || nextLowerNoun) return true;
  }
  return false;
}

export function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && tokens[j].sentence === tokens[i].sentence; j--) {
    if (tokens[j].type === 'word' || tokens[j].type === 'number') return false;
  }
  return true;
}
