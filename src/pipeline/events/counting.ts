// counting: casualty figures in a span of tokens — "nine", "at least 17", "dozens", "two soldiers and a
// civilian" (summed) — each tied to the token of the count, so the caller can give each figure to the
// incident it belongs to and keep a total and its parts from being added twice.
import { DEAD_CUES, INJURED_CUES, NUMBER_WORDS, VAGUE_QUANTITIES } from '../../lexicon/numbers.js';
import type { Figure } from '../../types.js';
import { compileCues } from './cue-matcher.js';

const casualtyMatcher = compileCues({ dead: DEAD_CUES, injured: INJURED_CUES });

export interface CountFigure {
  kind: 'dead' | 'injured';
  figure: Figure;
  /** Token index of the count and of the casualty word. */
  at: number;
  cue: number;
}

/** Words after a number that make it something other than a head count. */
const NOT_PEOPLE = /^(years?|year-old|yrs|km|kms|kilometers?|kilometres?|miles?|meters?|metres?|am|pm|a\.m\.|p\.m\.|percent|%|hours?|days?|weeks?|months?|minutes?|times|o'clock|tonnes?|kg|acres?|dollars?|rupees?|houses?|homes?|vehicles?|cars?|buildings?|rockets?|missiles?|shells?|bombs?|drones?|mortars?)$/;
/** What may stand between the count and the casualty word: nouns, adjectives, auxiliaries, "and". */
const GAP_OK = new Set(['NOUN', 'PROPN', 'ADJ', 'AUX', 'DET', 'CCONJ', 'ADV', 'PART', 'NUM']);
const BACK_WINDOW = 8;
const FORWARD_WINDOW = 5;

interface Tok { text: string; pos: string }

export function parseCount(word: string): Figure | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(w)) {
    const n = Number(w.replace(/,/g, ''));
    return n > 0 && n < 1e6 && !(n >= 1900 && n <= 2100) ? { low: n, best: n, high: n } : null;
  }
  if (w in NUMBER_WORDS && w !== 'a' && w !== 'an') { const n = NUMBER_WORDS[w]; return { low: n, best: n, high: n }; }
  if (w in VAGUE_QUANTITIES) return { ...VAGUE_QUANTITIES[w] };
  return null;
}

function countAt(words: readonly string[], i: number): Figure | null {
  if (NOT_PEOPLE.test(words[i + 1] ?? '')) return null;
  const f = parseCount(words[i]);
  // "twenty - five"
  if (f && words[i + 1] === '-' && words[i + 2] in NUMBER_WORDS) { const n = f.best + NUMBER_WORDS[words[i + 2]]; return { low: n, best: n, high: n }; }
  return f;
}

const add = (a: Figure, b: Figure): Figure => ({ low: a.low + b.low, best: a.best + b.best, high: a.high + b.high });

export function readFigures(tokens: readonly Tok[], words: readonly string[], from: number, to: number): CountFigure[] {
  const out: CountFigure[] = [];
  for (const hit of casualtyMatcher.match(words, from, to)) {
    const c = hit.first;
    // Forward: "killing 12 people", "killed at least 17", "death toll rose to 30".
    let found: CountFigure | null = null;
    for (let j = hit.end; j < Math.min(to, hit.end + FORWARD_WINDOW); j++) {
      if (tokens[j].pos === 'PUNCT' || tokens[j].pos === 'AUX' || tokens[j].pos === 'CCONJ' || tokens[j].pos === 'PRON' || (tokens[j].pos === 'VERB' && j > hit.end + 2)) break;
      const f = countAt(words, j);
      if (f) { found = { kind: hit.concept, figure: f, at: j, cue: c }; break; }
    }
    // Backward: "nine militiamen were killed", "two soldiers and a civilian were killed" (summed).
    if (!found) {
      let sum: Figure | null = null, at = -1, articles = 0, joined = false;
      for (let j = c - 1; j >= Math.max(from, c - BACK_WINDOW); j--) {
        const t = tokens[j];
        if (words[j] === 'a' || words[j] === 'an') {
          // An article counts one person only as a listed part ("and a civilian") or alone before the noun.
          if (words[j - 1] === 'and' || words[j - 1] === ',') { articles++; continue; }
          if (sum === null && articles === 0 && c - j <= 4) { sum = { low: 1, best: 1, high: 1 }; at = j; }
          break;
        }
        const f = countAt(words, j);
        if (f) {
          if (sum && !joined) break;
          sum = sum ? add(sum, f) : f; at = j; joined = false; continue;
        }
        if (words[j] === 'and') joined = true;
        if (t.text === ',' || GAP_OK.has(t.pos)) continue;
        break;
      }
      if (sum && articles) sum = add(sum, { low: articles, best: articles, high: articles });
      if (sum) found = { kind: hit.concept, figure: sum, at, cue: c };
    }
    if (found && !out.some((o) => o.at === found!.at)) out.push(found);
  }
  return out;
}
