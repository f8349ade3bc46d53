// Fuzzing the reader: random and adversarial text through decodeText + extractArticle. Whatever comes
// in, the reader must answer (no throw), in bounded time, with either a result valid against the
// contract (offsets inside the text, closed vocabularies, sane figures) or an error with a code.
// `npm test` runs reduced counts; SITREP_STRESS=1 (npm run test:stress) runs many more.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import { decodeText } from '../../src/io/decode.js';
import { contractProblems } from '../support/contract-shape.js';
import { ADVERSARIAL, fragmentText } from '../support/fuzz-text.js';

const STRESS = process.env.SITREP_STRESS === '1';
const RUNS = STRESS ? 3000 : 150;
// Generous so machine load cannot flake it; a hang or a quadratic blow-up is far beyond it.
const BOUND_MS = 5000;
const ctx = getContext();
const fuzzed = { inputs: 0 };

/** Runs one input through the reader and returns what is wrong with the answer (empty when fine). */
function check(text: string, published?: string, bound = BOUND_MS): string[] {
  fuzzed.inputs++;
  const t0 = performance.now();
  let r;
  try {
    r = extractArticle({ id: 'fuzz', text, ...(published ? { published } : {}) }, ctx);
  } catch (err) {
    return [`threw ${(err as Error)?.stack ?? err}`];
  }
  const ms = performance.now() - t0;
  const out: string[] = [];
  if (ms > bound) out.push(`took ${Math.round(ms)} ms (bound ${bound})`);
  if (!r.ok) {
    if (!/^E_[A-Z_]+$/.test(r.code) || typeof r.message !== 'string') out.push(`error without a code: ${JSON.stringify(r)}`);
    return out;
  }
  return [...out, ...contractProblems(r.value, r.value.text ?? text)];
}

const prop = (arb: fc.Arbitrary<string>, published?: fc.Arbitrary<string | undefined>) =>
  fc.property(arb, published ?? fc.constant(undefined), (text, pub) => {
    const problems = check(text, pub);
    if (problems.length) throw new Error(`${problems.slice(0, 5).join('\n')}\ninput: ${JSON.stringify(text.slice(0, 300))}`);
  });

after(() => process.stdout.write(`# inputs fuzzed: ${fuzzed.inputs}\n`));

test('random bytes: decoded or refused with a code, and what decodes reads cleanly', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
    const d = decodeText(bytes);
    if (!d.ok) { assert.match(d.code, /^E_[A-Z_]+$/); return; }
    const problems = check(d.value);
    if (problems.length) throw new Error(problems.join('\n'));
  }), { numRuns: RUNS, seed: STRESS ? undefined : 1 });
});

test('invalid UTF-8 is refused with E_ENCODING, never read as mojibake', () => {
  for (const bytes of [[0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80], [0xff, 0xfe, 0x41]]) {
    const d = decodeText(Uint8Array.from([...Buffer.from('Shelling killed two. '), ...bytes]));
    assert.equal(d.ok, false);
    if (!d.ok) assert.equal(d.code, 'E_ENCODING');
  }
});

test('any UTF-16 string (lone surrogates included) reads within the contract', () => {
  fc.assert(prop(fc.string({ unit: 'binary', maxLength: 400 })), { numRuns: RUNS, seed: STRESS ? undefined : 2 });
  const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  fc.assert(prop(fc.array(fc.oneof(lone, fc.constantFrom('killed ', 'in Aleppo ', '3 ', ' ')), { maxLength: 80 }).map((a) => a.join(''))),
    { numRuns: RUNS, seed: STRESS ? undefined : 3 });
});

test('news-like text built from adversarial fragments reads within the contract', () => {
  const published = fc.option(fc.constantFrom('2024-02-29', '2023-02-30', '1999-12-31', '2031-13-45', '0000-00-00'), { nil: undefined });
  fc.assert(prop(fragmentText(), published), { numRuns: RUNS * 3, seed: STRESS ? undefined : 4 });
});

test('fixed adversarial inputs: huge numbers, impossible dates, bidi, zero-width, emoji, HTML bombs', () => {
  for (const [name, text] of ADVERSARIAL) {
    const problems = check(text);
    assert.deepEqual(problems, [], `${name}: ${problems.join('; ')}`);
  }
});

test('a 10 MB single line is refused naming the limit; one just under the limit still reads', () => {
  const big = 'Soldiers clashed near the border crossing and 4 were killed. '.repeat(170_000); // ~10 MB
  const r = extractArticle({ id: 'big', text: big }, ctx);
  assert.equal(r.ok, false);
  if (!r.ok) { assert.equal(r.code, 'E_TOO_LARGE'); assert.match(r.message, /maxArticleBytes/); }
  const bytes = decodeText(Buffer.from(big));
  assert.ok(!bytes.ok && /maxArticleBytes/.test(bytes.message));
  // One long line without a single sentence break, just under the 2 MiB limit.
  const line = 'rebels fired rockets at the town 12 dead '.repeat(STRESS ? 50_000 : 8_000);
  assert.deepEqual(check(line), []);
});

// Found by this fuzzing (issue 7): an article of 20,000 short incident sentences (~600 KB, under the
// size limit) took the events stage ~17 s, quadratic in the counts, claims and names of one article.
// Repeated totals are now found through a min-tree, claims linked by binary search and names swept
// sentence by sentence. `npm test` reads 3,000 sentences of each shape, the stress run 20,000; the
// bound is only a hang guard, generous enough for a loaded machine.
test('thousands of incident sentences (one incident, many incidents, each attributed) read within the time bound', () => {
  const n = STRESS ? 20_000 : 3_000;
  const bound = STRESS ? 20_000 : BOUND_MS;
  const towns = ['Aleppo', 'Homs', 'Idlib', 'Hama', 'Mosul', 'Kirkuk', 'Sanaa', 'Aden', 'Tripoli', 'Misrata'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const many = Array.from({ length: n }, (_, i) => `On ${days[i % 7]} an air strike killed ${(i % 5) + 1} in ${towns[i % towns.length]}, the army said. `).join('');
  for (const text of ['Shelling killed 2 in Aleppo. '.repeat(n), 'Shelling killed 2 in Aleppo, police said. '.repeat(n), many]) {
    assert.deepEqual(check(text, '2024-05-05', bound), [], text.slice(0, 60));
  }
});

// Found by the stress run (seed 103295526), inside the events stage's date reading (not fixed here):
// a month-precision date after the publication date is clipped at its end only, so start > end.
test('a date range never starts after it ends', () => {
  assert.deepEqual(check('On 31 April 2023 in the year 99999 Israeli on 2023-13-45 10^400 killed. ', '1999-12-31'), []);
});

// Seen while shrinking the case above: an explicit year later than the publication is moved back a year.
test('an explicit year is kept even when it is after the publication date', () => {
  const r = extractArticle({ id: 'y', text: 'On 3 April 2023, 3 people were killed.', published: '1999-12-31' }, ctx);
  assert.ok(r.ok);
  if (r.ok) for (const e of r.value.events) assert.ok(e.date.start === null || e.date.start.startsWith('2023') || e.date.start <= '1999-12-31', JSON.stringify(e.date));
});
