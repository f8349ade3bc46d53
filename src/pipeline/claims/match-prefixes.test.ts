// The regex prefixes and the screen built on them: a screen may let through a stretch with no match,
// never stop one that has a match. Sentences are invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canStart, matchPrefixes, prefixAt } from './match-prefixes.js';
import { segment } from '../segment/index.js';
import { lowerTexts } from '../segment/lower.js';
import { SCREENED, wordClasses, type Screened } from './word-classes.js';
import { Screen } from './screen.js';
import { phraseCues, type PhraseHit } from './cue-scan.js';
import { PHRASE_RE, PHRASES } from './cue-index.js';

const PREFIX_CASES: Array<[RegExp, string[] | null]> = [
  [/\b(?:foo|bar)\b/i, ['foo', 'bar']],
  [/\bAb(?:c)?d/, ['abd', 'abcd']],
  [/\bcolou?r\b/i, ['colour', 'color']],
  [/\bgr[ae]y/i, ['gray', 'grey']],
  [/\bpre\w*ly/i, ['pre']], // an open repetition ends the prefix
  [/\bwill\s+go/i, ['will ']],
  [/\b(?:will|would)(?: not|n't) go\b/i, ['will not go', "willn't go", 'would not go', "wouldn't go"]],
  [/\bcontinued(?=\s*:)/i, ['continued']], // a lookahead adds nothing
  [/\bthe very long phrase indeed/i, ['the very long ph']], // sixteen characters are kept
  [/\bfoo|bar/i, null], // "bar" can match inside a word
  [/foo/i, null],
  [/\b.oo/i, null], // any character: not read
  [/\b\W+/i, null],
];

test('matchPrefixes reads the first characters of every match', () => {
  for (const [re, expected] of PREFIX_CASES) {
    const got = matchPrefixes(re);
    assert.deepEqual(got && [...got].sort(), expected && [...expected].sort(), String(re));
  }
});

const START_CASES: Array<[string, string[], boolean]> = [
  ['could', ['could not verify'], true], // a token ends before its prefix does
  ['couldn', ['could not verify'], false],
  ['reportedly', ['reported'], true],
  ['repo', ['report'], true],
  ['rapport', ['report'], false],
  ['ca', ["can't comment"], true],
];

test('canStart holds a token against prefixes', () => {
  for (const [word, prefixes, expected] of START_CASES) assert.equal(canStart(word, prefixes), expected, word);
});

test('prefixAt folds ASCII case and reads a space as any white space', () => {
  assert.equal(prefixAt('He COULD NOT verify it', 3, ['could not ']), true);
  assert.equal(prefixAt('He could\u00a0not\nverify', 3, ['could not ']), true);
  assert.equal(prefixAt('He could-not', 3, ['could not v']), false);
  assert.equal(prefixAt('He could', 3, ['could not']), false); // the text ends first
});

const TEXTS = [
  'The claims could not be independently verified, and officials who spoke on condition of anonymity said little.',
  'A spokesman reportedly denied the allegedly inflated toll; the ministry would not comment, calling it “propaganda.”',
  'Non-anonymous re-claimed UN-backed forces: it was reported that the attack was likely, but CANNOT BE CONFIRMED.',
  'She said the figures were false and had nothing to do with the army, which didn’t comment.\n\nThe group claimed responsibility.',
  'According to residents, an unnamed source familiar with the talks refused to comment on the state-run report.',
  'X-rays and e-mails: “We were not involved,” he said — but the claim couldn\'t be verified by reporters.',
];

test('the screen never stops a stretch the regex matches in', () => {
  for (const text of TEXTS) {
    const doc = segment({ id: 't', text, fromHtml: false });
    const low = lowerTexts(doc.tokens);
    const screen = new Screen(doc, low, wordClasses(low));
    for (const name of Object.keys(SCREENED) as Screened[]) {
      const re = new RegExp(SCREENED[name].source, SCREENED[name].flags.replace('g', ''));
      for (let lo = 0; lo < text.length; lo += 3) {
        for (const len of [5, 17, 40, 90, 400]) {
          const hi = lo + len;
          if (re.test(text.slice(lo, hi))) assert.ok(screen.mayMatch(name, lo, hi), `${name} in ${JSON.stringify(text.slice(lo, hi))}`);
        }
      }
    }
  }
});

test('the screen stops stretches without the words a match begins with', () => {
  const text = 'Shelling hit the northern district on Monday, the governor said.';
  const doc = segment({ id: 't', text, fromHtml: false });
  const low = lowerTexts(doc.tokens);
  const screen = new Screen(doc, low, wordClasses(low));
  for (const name of ['hedge', 'dispute', 'denial', 'decline', 'verify', 'anonymity'] as Screened[]) assert.equal(screen.mayMatch(name, 0, text.length), false, name);
});

/** The multi-word cues as a scan of the whole text finds them. */
function scanAll(text: string, tokens: ReturnType<typeof segment>['tokens']): Map<number, PhraseHit> {
  const hits = new Map<number, PhraseHit>();
  for (const m of text.matchAll(PHRASE_RE)) {
    const a = tokens.findIndex((t) => t.start >= m.index!);
    const end = m.index! + m[0].length;
    const b = tokens.findIndex((t) => t.end >= end);
    if (a < 0 || b < 0 || tokens[a].start !== m.index || tokens[b].end !== end) continue;
    hits.set(a, { end: b + 1, cls: PHRASES[m.findIndex((x, k) => k > 0 && x !== undefined) - 1].cls });
  }
  return hits;
}

test('phraseCues finds what a scan of the whole text finds', () => {
  for (const text of [...TEXTS, 'Re-according to x, it has been said; non-did not comment; he pointed out, as she put it: “took credit.”']) {
    const doc = segment({ id: 't', text, fromHtml: false });
    const low = lowerTexts(doc.tokens);
    const classes = wordClasses(low);
    assert.deepEqual(phraseCues(doc, low, classes.bits, new Screen(doc, low, classes)), scanAll(text, doc.tokens), text);
  }
});
