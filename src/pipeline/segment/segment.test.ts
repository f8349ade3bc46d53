import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, findParagraphs } from './index.js';

const article = (text: string) => ({ id: 't', text, fromHtml: false });

test('token offsets index the original text exactly', () => {
  const text = 'The Syrian Observatory (SOHR), a U.K.-based monitor, said “nine were killed”.\n\nMr. Smith said 2,500 fled El-Kisweh.';
  const doc = segment(article(text));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('round 40: a word with Latin letters past Latin-1 is one token, with its own letters, at exact offsets', () => {
  const words = ['Şanlıurfa', 'Łódź', 'Gəncə', 'Đakovica', 'Timișoara', 'Ḥamāh', 'Žilina'];
  const text = `Shelling hit ${words.join(' and ')} on Monday.`;
  const doc = segment(article(text));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const w of words) assert.ok(doc.tokens.some((t) => t.text === w), w);
  assert.equal(doc.tokens.find((t) => t.text === 'Şanlıurfa')?.pos, 'PROPN');
});

test('sentences never cross a paragraph break and carry their paragraph', () => {
  const text = 'First one here\n\nSecond paragraph. And a third sentence.';
  const doc = segment(article(text));
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['First one here', 'Second paragraph.', 'And a third sentence.']);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1, 1]);
});

test('paragraphs are blank-line separated and trimmed', () => {
  assert.deepEqual(findParagraphs('  a b \n\n\n c\r\n\r\nd'), [{ start: 2, end: 5 }, { start: 10, end: 11 }, { start: 15, end: 16 }]);
});

test('offsets stay exact past the space-like characters wink-nlp drops', () => {
  const odd = ['\u000b', '\u000c', '\u1680', '\u2000', '\u2001', '\u2006', '\u2007', '\u2008', '\u2028', '\u2029', '\u3000', '\ufeff'];
  for (const ch of odd) {
    const text = `Shelling on Tuesday${ch}hit Mosul on Monday.`;
    const doc = segment(article(text));
    for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text, JSON.stringify(ch));
    assert.ok(doc.tokens.some((t) => t.text === 'Mosul'), JSON.stringify(ch));
  }
});

// [text, longest token wink is given] — a run of more than 256 non-space characters (JavaScript's \s
// decides what a space is, Unicode spaces included) is cut into 256-character chunks before wink reads
// it; a run of exactly 256 is read whole.
const RUNS: Array<[string, number]> = [
  ['x'.repeat(256), 256],
  ['x'.repeat(257), 255],
  [`${'x'.repeat(200)}\u2003${'y'.repeat(200)}`, 200],
  [`${'x'.repeat(200)}\u00ad${'y'.repeat(200)}`, 255], // a soft hyphen is no space
  [`${'x'.repeat(300)}\ufeff${'y'.repeat(10)}`, 255],
];
for (const [text, longest] of RUNS) {
  test(`long runs: ${text.length} characters → longest token ${longest}`, () => {
    const doc = segment(article(text));
    for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(Math.max(...doc.tokens.map((t) => t.end - t.start)), longest);
  });
}
