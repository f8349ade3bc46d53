// Key folding shared by the gazetteer build and every lookup: one rule on both sides, so that
// "Deir ez-Zor", "DEIR EZ ZOR" and "Déir ez Zór" meet at the same key.
import { memoized } from '../memo.js';
import { looseKey } from './loose-key.js';

const COMBINING = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-\u2010-\u2015_/,]+/g;
const DROPPED = /['’‘`´ʼʻ.()"]/g;
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h' };
const SPECIAL_RE = /[ßæœøđðþłıħ]/g;

/** Lower case, no diacritics, no punctuation, single spaces. Returns '' when nothing Latin is left. */
export function foldKey(s: string): string {
  const k = s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .trim();
  return /^[a-z0-9 ]+$/.test(k) ? k : '';
}

// Arabic article forms as Latin transliterations write them (al-, el-, ad-, ash-, ...).
const ARTICLE = /^(?:al|el|ad|ed|ash|esh|as|es|an|en|ar|er|az|ez|at|et|ath|adh|az|ul|il) (?=\S{3})/;

/** The key without a leading Arabic article: "al kiswah" → "kiswah". Null when there is none. */
export function stripArticle(key: string): string | null {
  const m = ARTICLE.exec(key);
  return m ? key.slice(m[0].length) : null;
}

/**
 * The loose romanisation key (loose-key.ts) behind the exact fold: Kisweh / Kiswah / Kiswa,
 * Deir ez-Zor / Dayr az Zawr, Idlib / Idleb meet under it. '~'-prefixed, so it never equals an exact key.
 */
// Remembered: a key takes a dozen regex passes a word.
export const skeletonKey: (key: string) => string = memoized(50_000, looseKey);
