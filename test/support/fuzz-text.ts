// Adversarial text for the fuzz tests: fragments that look like news (so every stage runs) mixed with
// what breaks naive readers — huge numbers, impossible dates, zero-width and bidi controls, RTL
// scripts, emoji, lone surrogates, unclosed and deeply nested HTML. All wording is invented here.
import fc from 'fast-check';

const NEWSY = [
  'Government troops clashed with rebels near the town. ', 'An air strike hit a market, ', 'killing ', 'wounding ',
  'at least ', 'up to ', 'between 3 and 7 ', 'dozens of civilians ', 'were killed', ' on Tuesday', ' last week',
  ', the ministry said. ', ' according to a local monitor. ', 'Officials denied the report. ', '"We were not there," a spokesman said. ',
  'Protesters gathered in the capital. ', 'Police fired tear gas. ', 'Gunmen abducted two aid workers in the north. ',
  'Shelling hit Aleppo, Damascus and Kabul. ', 'in Mosul', ' near Gaza City', ' of Kharkiv province', 'Syrian ', 'Israeli ',
];
const HOSTILE = [
  '10^400 killed. ', '99999999999999999999 dead. ', '1e309 people were killed. ', '-5 killed. ', 'NaN soldiers died. ',
  'Infinity were wounded. ', '0x7fffffff killed. ', '12,345,678,901,234,567 casualties. ', '3.5 killed. ', '½ dead. ',
  'On February 30, ', 'On 31 April 2023 ', 'on 2023-13-45 ', 'in the year 99999 ', 'on 0000-00-00 ', 'on Febuary 29th, 2100, ',
  'between May 9 and May 2, ', 'on Monday 32 March ', '\u200b', '\u200c\u200d', '\ufeff', '\u202e', '\u202d', '\u2066\u2069', '\u061c',
  'قُتل خمسة أشخاص في غارة جوية على حلب. ', 'נהרגו שלושה בני אדם. ', '💥🔥 ', '👨‍👩‍👧 ', '🇸🇾 ', 'e\u0301\u0301\u0301 ',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<div><p><b>', '</i></div>', '<!--', '-->', '<![CDATA[', '&amp;&#0;&#x110000;',
  '\n\n', '\r\n', '\t', '   ', '...', '"', '“', '(', ')', '—', '\u0085', '\u2028', 'killed killed killed ',
];

/** Text assembled from newsy and hostile fragments and a little random noise. */
export function fragmentText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NEWSY) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 40n }).map((n) => `${n} killed. `) },
  );
  return fc.array(piece, { minLength: 1, maxLength: 60 }).map((a) => a.join(''));
}

const rep = (s: string, n: number): string => s.repeat(n);

/** Named inputs, each a known way to break a reader. */
export const ADVERSARIAL: [string, string][] = [
  ['10^400', 'An explosion in the city centre left 10^400 killed, police said.'],
  ['20-digit count', 'Officials said 99999999999999999999 dead after the shelling of the town.'],
  ['1e400', 'The ministry reported 1e400 killed in the strike.'],
  ['400 digits', `A monitor said ${rep('9', 400)} people were killed in the air strike.`],
  ['February 30', 'On February 30, 2023, gunmen attacked a village, killing 4 people.'],
  ['31 April', 'Rebels shelled the town on 31 April 2022; 3 civilians died.'],
  ['year 0', 'On January 1, 0000, soldiers clashed with militants.'],
  ['year 275760+', 'On March 3, 999999, a drone strike killed 2.'],
  ['zero-width everywhere', rep('k\u200bi\u200cl\u200dl\ufeffed ', 200) + 'in Aleppo.'],
  ['bidi overrides', '\u202eAn air strike killed 5 people in Idlib.\u202c \u2067قتل ثلاثة\u2069 on Monday.'],
  ['Arabic only', 'قُتل خمسة أشخاص وأصيب عشرة آخرون في غارة جوية على مدينة حلب يوم الثلاثاء، حسبما أفاد مرصد محلي.'],
  ['Hebrew only', 'שלושה בני אדם נהרגו בהפגזה על העיר ביום שני, כך נמסר.'],
  ['emoji soup', rep('💣💥☠️ 🇺🇦 ', 500) + 'Shelling killed 3 in Kharkiv 😢.'],
  ['combining marks', 'Ki' + rep('\u0301', 5000) + 'lled 4 in Kabul.'],
  ['lone surrogates', 'Gunmen \ud800killed \udfff3 people in \ud83dMosul.'],
  ['nested HTML', rep('<div>', 20_000) + 'An air strike killed 7 in Gaza City.' + rep('</div>', 20_000)],
  ['unclosed HTML', '<html><body>' + rep('<p><b><i><span>', 5_000) + 'Militants ambushed a convoy, killing 9 soldiers.'],
  ['HTML with scripts', '<html><head><title>x</title><script>while(1){}</script></head><body><p onclick="x">Police killed 2 protesters.</p><style>*{}</style></body></html>'],
  ['tag-like noise', rep('<a<b<c ', 3000) + ' killed 2'],
  ['one very long word', rep('a', 200_000) + ' killed 3 in Homs.'],
  ['only punctuation', rep('.,;:!?"()-—', 10_000)],
  ['many sentences', rep('Shelling killed 2 in Aleppo. ', 2_000)],
  ['many numbers', rep('1 2 3 4 5 6 7 8 9 10 ', 10_000) + 'killed.'],
  ['many quotes', rep('"', 50_000) + ' said the army.'],
  ['CR only line breaks', rep('Rockets hit the base.\r', 2000)],
  ['control characters', 'Soldiers\u0001 killed\u0007 3\u001b[31m people.\u007f'],
];
