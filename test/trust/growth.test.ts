// The red team's slow inputs (issue 20), measured as growth rather than against a wall clock: doubling
// the input may at most ~2.5× the CPU time (test/support/growth.ts; the store's dossier and export ×3, STORE_READ_BOUND). Each family is a way to make a
// stage do more than linear work: unclosed and nested HTML and tag-like noise in the HTML parser,
// thousands of incident sentences in the events stage, the dossier and export of an incident built from
// a big article. `npm test` measures reduced sizes; `npm run test:stress` the red team's own (680 KB
// of unclosed tags, 2 MB articles).
//
// Fusion used to be quadratic in an article's incidents (each mention compared with every incident before
// it; the near-site fold starting over after each fold): events/group-mentions.ts now finds candidates by kind and day,
// and an undated mention's by kind and place (events/group-sites.ts; its growth test is beside it).
import { test } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { storeArticle } from '../../src/ingest/store-article.js';
import { incidentDetail } from '../../src/server/store-dossier.js';
import { exportChunks } from '../../src/export/stream.js';
import type { Claim, ExtractionResult } from '../../src/types.js';
import { article, event } from '../helpers/build.js';
import { assertGrowth, measureGrowth } from '../support/growth.js';

const STRESS = process.env.SITREP_STRESS === '1';
const ctx = getContext();
const read = (text: string): void => {
  const r = extractArticle({ id: 'growth', text, published: '2024-05-05' }, ctx);
  if (!r.ok && r.code !== 'E_EMPTY') throw new Error(`${r.code}: ${r.message}`);
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const day = (i: number) => `${1 + (i % 28)} ${MONTHS[Math.floor(i / 28) % 12]} ${1990 + Math.floor(i / 336)}`;

// name, input of size n, base size (npm test, stress), todo
const READER: [string, (n: number) => string, [number, number], string?][] = [
  // 680 KB of these took the HTML parser 17.8 s, 1.3 MB 70 s (each element opened inside all the others).
  ['unclosed HTML tags', (n) => '<div><p><span><b>'.repeat(n) + 'Militants ambushed a convoy, killing 9 soldiers.', [10_000, 40_000]],
  ['deeply nested closed HTML', (n) => '<div>'.repeat(n) + 'An air strike killed 7 in Gaza City.' + '</div>'.repeat(n), [10_000, 60_000]],
  ['unclosed list items and paragraphs', (n) => '<ul>' + '<li><p>Shelling hit the town. '.repeat(n) + '</ul>', [2_500, 20_000]],
  ['tag-like noise', (n) => '<a<b<c '.repeat(n) + ' killed 2', [20_000, 100_000]],
  // Stress sizes stay under the 2 MiB article limit at twice the base (a larger one is E_TOO_LARGE, not read).
  ['an unclosed <script> and comments', (n) => '<p>Police killed 2 protesters.</p>' + '<script><!--<div>'.repeat(n), [20_000, 60_000]],
  ['thousands of incident sentences', (n) => Array.from({ length: n }, (_, i) => `On Monday an air strike killed ${(i % 5) + 1} in Aleppo, the army said. `).join(''), [1_500, 10_000]],
  ['one long plain article', (n) => 'Rebels shelled Homs on Tuesday, wounding 7 civilians, officials said. '.repeat(n), [3_000, 14_000]],
  // 1 MB took 7.6 s, 2 MB 30.5 s.
  ['many sentences, each with its own date', (n) => Array.from({ length: n }, (_, i) => `On ${day(i)}, shelling killed ${1 + (i % 9)} people in Aleppo. `).join(''), [6_000, 16_000]],
  // 1 MB took 34.5 s, 2 MB 97 s.
  ['pairs of "a village near X" / "Y" sentences', (n) => Array.from({ length: n }, (_, i) => `On ${day(i)}, an air strike hit a village near Homs. On ${day(i)}, an air strike hit Talbiseh. `).join(''), [2_000, 8_000]],
];

for (const [name, build, [base, stressBase], todo] of READER) {
  test(`reading grows linearly: ${name}`, { todo, timeout: 600_000 }, async () => {
    const g = await measureGrowth(build, read, { base: STRESS ? stressBase : base, runs: STRESS ? 3 : todo ? 1 : 2 });
    assertGrowth(g, name);
  });
}

/**
 * A store holding one big article (n sentences) read as one incident with n evidence spans and n claims,
 * what a long report of a long battle gives: the dossier took 18.7 s for one 2 MB article.
 */
async function bigIncident(n: number): Promise<{ store: Store; id: number }> {
  const sentence = 'Fighting went on near the bridge all day, a local commander said. ';
  const text = sentence.repeat(n);
  const claims: Claim[] = [];
  const evidence = [];
  for (let i = 0; i < n; i++) {
    const at = i * sentence.length;
    evidence.push({ start: at, end: at + sentence.length - 1 });
    claims.push({ id: `c${i + 1}`, source: { name: 'a local commander', text: 'a local commander', start: at + 46, end: at + 63, kind: 'military' },
      cue: { text: 'said', start: at + 64, end: at + 68 }, content: { start: at, end: at + 44 }, stance: 'asserts', hedged: false, events: ['e1'] });
  }
  const e = event('e1', { type: 'Battles', sub: 'Armed clash', date: '2024-05-01', place: { name: 'Bridgetown', lat: 10, lon: 10, country: 'SD' }, dead: 3 }, claims.map((c) => c.id));
  e.evidence = evidence;
  const r: ExtractionResult = { id: 'big', places: [], events: [e], claims };
  const opened = openStore(join(mkdtempSync(join(tmpdir(), 'sitrep-growth-')), 'g.db'));
  if (!opened.ok) throw new Error(opened.message);
  const store = opened.value;
  const stored = await store.transaction(() => storeArticle(store, article('big', text, { outlet: 'Desk' }), r));
  return { store, id: stored.incidents[0] };
}

/** Round 32 (the dossier), round 33 (the export): the bound for reading a big incident back out of the store, ×3 a doubling. */
const STORE_READ_BOUND = 3;
test('the dossier of an incident built from a big article grows linearly', { timeout: 600_000 }, async () => {
  const built = new Map<number, { store: Store; id: number }>();
  const g = await measureGrowth((n) => n, async (n) => {
    if (!built.has(n)) built.set(n, await bigIncident(n));
    const { store, id } = built.get(n)!;
    const d = await incidentDetail(store, id);
    if (!d || d.sources[0].evidence.length !== n) throw new Error('the dossier lost evidence');
  // From 12,000 sentences: at 6,000 the dossier (~30 ms) still fits the caches, and the span's first step read ×2.46-3.31
  // in a clean-clone CI of round 23 while 12,000 to 48,000 read ×2.0-2.5 a doubling. Round 32: on this machine 12,000 (70-120 ms)
  // now sits at that edge (its first step read ×2.0-3.8 on one build, run after run, as on round 31's), while 24,000 to 96,000
  // read ×2.16-2.37 a doubling: the span starts at 24,000, over the same largest size.
  }, { base: STRESS ? 16_000 : 24_000, steps: STRESS ? 3 : 2, runs: 5, collect: true });
  for (const { store } of built.values()) await store.close();
  // Round 32: over 24,000 to 96,000 sentences the dossier reads ×2.0-2.75 a doubling on this VM, run after run, on this build and on
  // round 31's alike (the caches and the young generation outgrown one after the other): ×3 a doubling still tells that apart from
  // work that grows with the square of the input (×4 a doubling).
  assertGrowth(g, 'dossier of one big article', STORE_READ_BOUND, { mean: true });
});

test('the export of an incident built from a big article grows linearly', { timeout: 600_000 }, async () => {
  const built = new Map<number, { store: Store; id: number }>();
  const g = await measureGrowth((n) => n, async (n) => {
    if (!built.has(n)) built.set(n, await bigIncident(n));
    let bytes = 0;
    for await (const chunk of exportChunks(built.get(n)!.store, 'jsonl', {})) bytes += chunk.length;
    if (!bytes) throw new Error('nothing exported');
  // Round 33: from 3,000 sentences (15-30 ms, inside the caches) the span read ×2.07-2.59 a doubling and failed one clean-clone CI,
  // its last step ×4.2-4.5 run after run (12,000 → 24,000: the heap and caches outgrown at once); from 12,000 its first step still
  // read ×3.2-4.0. From 24,000 to 96,000, as the dossier's span, it reads ×2.51-2.77 a doubling (the dossier it is made from reads
  // ×2.3-2.6 on the same runs): the dossier's bound, ×3, which still tells it apart from work that grows with the square of the
  // input (×4).
  }, { base: STRESS ? 16_000 : 24_000, steps: 2, runs: 5, collect: true });
  for (const { store } of built.values()) await store.close();
  assertGrowth(g, 'export of one big article', STORE_READ_BOUND, { mean: true });
});
