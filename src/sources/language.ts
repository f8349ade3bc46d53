// The language of a page, so that one in another language is stored and marked, not misread by rules
// written for English. What the page declares (<html lang>, Content-Language, og:locale, JSON-LD
// inLanguage, the feed's language) is checked against its text, because content systems often declare
// their template's language whatever the article is in:
// - the letters' script: text mostly in a script other than Latin is not English whatever is declared;
//   its language is the declared one when that is not English, else "und-<Script>" (BCP 47: undetermined
//   language, in that script);
// - Latin text: the share of English function words among its words. Running English prose has about
//   40% function words, "the" alone ~6% of words and "and" ~3% (Brown corpus); the words below are
//   English-only (none is a common word of French, Spanish, German, Italian, Portuguese, Dutch, Polish or
//   Turkish: "of", "to", "was", "will", "also", "had" are, so they are left out), so another language gives
//   a share near 0 and English about 15%. Under 3% is not English; over 8% is English even when declared
//   otherwise. Between, or with fewer than 20 words, the declaration decides (English when none).
/** English function words absent from the other major Latin-script languages of the news. */
const ENGLISH = new Set(['the', 'and', 'were', 'that', 'for', 'with', 'said', 'by', 'from', 'has', 'have', 'they', 'their',
  'which', 'this', 'who', 'been', 'not', 'after', 'would', 'its', 'when', 'there', 'into', 'than', 'but', 'out', 'about']);

const SCRIPTS: [string, RegExp][] = [
  ['Arab', /\p{Script=Arabic}/u], ['Cyrl', /\p{Script=Cyrillic}/u], ['Hebr', /\p{Script=Hebrew}/u], ['Hani', /\p{Script=Han}/u],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['Hang', /\p{Script=Hangul}/u], ['Deva', /\p{Script=Devanagari}/u],
  ['Grek', /\p{Script=Greek}/u], ['Thai', /\p{Script=Thai}/u], ['Ethi', /\p{Script=Ethiopic}/u], ['Armn', /\p{Script=Armenian}/u],
  ['Geor', /\p{Script=Georgian}/u], ['Beng', /\p{Script=Bengali}/u], ['Taml', /\p{Script=Tamil}/u], ['Mymr', /\p{Script=Myanmar}/u],
];

export interface Language {
  /** A BCP 47 tag: "en", "fr", "ar", "und-Arab". */
  tag: string;
  english: boolean;
  /** How it was decided: the page's declaration, or its text. */
  from: 'declared' | 'text';
}

/** "EN_us", "en-US", "fr" → "en-US", "fr"; null when it is no language tag. */
export function normalizeTag(value: string | null | undefined): string | null {
  const first = String(value ?? '').split(/[,;]/)[0].trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return null;
  const [lang, ...rest] = first.split('-');
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))].join('-');
}

export const isEnglishTag = (tag: string | null | undefined): boolean => /^en(?:-|$)/i.test(tag ?? '');

export function detectLanguage(text: string, declaredRaw: (string | null | undefined)[]): Language {
  const declared = declaredRaw.map(normalizeTag).find((t): t is string => !!t) ?? null;
  const sample = text.slice(0, 20_000);
  let latin = 0, other = 0;
  const counts = new Map<string, number>();
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) { latin++; continue; }
    other++;
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Zyyy';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (other > latin) {
    const script = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    return declared && !isEnglishTag(declared) ? { tag: declared, english: false, from: 'declared' } : { tag: `und-${script}`, english: false, from: 'text' };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const share = words.length ? words.filter((w) => ENGLISH.has(w)).length / words.length : 0;
  if (words.length >= 20 && share < 0.03) {
    return declared && !isEnglishTag(declared) ? { tag: declared, english: false, from: 'declared' } : { tag: 'und-Latn', english: false, from: 'text' };
  }
  if (words.length >= 20 && share > 0.08) return { tag: declared && isEnglishTag(declared) ? declared : 'en', english: true, from: declared && isEnglishTag(declared) ? 'declared' : 'text' };
  if (declared) return { tag: declared, english: isEnglishTag(declared), from: 'declared' };
  return { tag: 'en', english: true, from: 'text' };
}
