// dug-mines (dwu12, issue 13): a bare "mine" in a story of digging is a mining site, no explosive. The cue lexicon reads
// "mine" and "mines" as WEAPON_SEIZE's and EXPLOSIVE's (the laid device), and a mineral named before it as MINE_SITE's
// ("a gold mine"); but a report may name the mine bare and tell its digging elsewhere ("seized a mine belonging to the
// group … arrested for illegal mining"). When the story names a word of digging and no word of a laid mine
// (lexicon/mine-senses.ts), each bare "mine" is read as MINE_SITE: seized or destroyed, it is property (codebook:
// Looting/property destruction), not a weapon seized or made safe (Disrupted weapons use).
import type { Concept } from '../../lexicon/event-cues.js';
import { LAID_MINE_WORDS, MINE_PLACE_PREPOSITIONS, MINING_WORDS } from '../../lexicon/mine-senses.js';
import type { CueHit } from './cue-matcher.js';
import type { Token } from '../../types.js';
import { lookupCountry } from '../../gazetteer/countries.js';
import { isCap } from './identity-militias.js';

const READS_MINE: ReadonlySet<Concept> = new Set(['WEAPON_SEIZE', 'EXPLOSIVE']);
const isBareMine = (h: CueHit<Concept>, words: readonly string[]): boolean =>
  h.end - h.first === 1 && READS_MINE.has(h.concept) && (words[h.first] === 'mine' || words[h.first] === 'mines');

/** Whether the story tells digging ("de - mining" is a clearing of laid mines) and no laid mine. */
function storyOfDigging(words: readonly string[]): boolean {
  let digging = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (LAID_MINE_WORDS.has(w)) return false;
    if (MINING_WORDS.has(w) && !(w === 'mining' && words[i - 1] === '-' && words[i - 2] === 'de')) digging = true;
  }
  return digging;
}

/** world23: "the Las Bambas mine", "the Grasberg mine": a mine told by its own name (a capitalised word before it, not opening the
 * sentence, and no country's or people's: "a Soviet mine", "Russian mines" are devices) is a mining site (WordNet mine.n.01):
 * laid devices bear no names. */
function namedMine(h: CueHit<Concept>, words: readonly string[], tokens: readonly Token[] | undefined): boolean {
  const k = h.first - 1;
  if (!tokens || k < 1 || !isCap(tokens[k]) || words[k - 1] === '.' || words[k - 1] === '"') return false;
  return !lookupCountry(tokens[k].text) && !/^[A-Z]+$/.test(tokens[k].text);
}

/** `hits` with each bare "mine" read as MINE_SITE in a story of digging (the same array when none is). */
export function withDugMines(hits: CueHit<Concept>[], words: readonly string[], tokens?: readonly Token[]): CueHit<Concept>[] {
  // Most articles name no bare mine: one pass over the hits, and the words are read only when one does.
  if (!hits.some((h) => isBareMine(h, words))) return hits;
  const digging = storyOfDigging(words);
  // prot16: with no word of digging, a bare "mine" told as a place ("the road to the mine") is a site all the same, when the
  // story names no laid mine.
  const site = (h: CueHit<Concept>): boolean => digging || ((namedMine(h, words, tokens) || (words[h.first - 1] === 'the' && MINE_PLACE_PREPOSITIONS.has(words[h.first - 2] ?? '')))
    && !words.some((w) => LAID_MINE_WORDS.has(w)));
  if (!hits.some((h) => isBareMine(h, words) && site(h))) return hits;
  const out: CueHit<Concept>[] = [];
  for (const h of hits) {
    if (!isBareMine(h, words) || !site(h)) out.push(h);
    else if (!out.some((o) => o.concept === 'MINE_SITE' && o.first === h.first)) out.push({ concept: 'MINE_SITE', first: h.first, end: h.end });
  }
  return out;
}
