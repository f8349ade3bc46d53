// The bundled examples plus the generated corpus through the real reader, ingest, store and fusion: the
// incidents, independent sources and fatality ranges the corpus was built to contain, exactly, beside the
// examples' own incidents untouched, and nothing else. (Issue 4's last check.) A failure prints which incidents came out wrong; `node --import tsx test/corpus/generate.ts`
// writes the corpus out for reading the articles behind them with `sitrep extract`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Item } from '../../src/ingest/sources.js';
import type { Incident } from '../../src/store/store.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { getContext } from '../../src/pipeline/context.js';
import { generateCorpus } from './generate.js';
import { corpusItems, findIncident } from './match.js';
import { contractProblems } from '../support/contract-shape.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = (JSON.parse(readFileSync(new URL('index.json', EXAMPLES), 'utf8')) as { file: string; published: string }[])
  .map(({ file, published }) => ({ id: `example/${file}`, text: readFileSync(new URL(file, EXAMPLES), 'utf8'), published }));

async function* items(corpus: ReturnType<typeof generateCorpus> | null): AsyncGenerator<Item> {
  for (const a of examples) yield { ok: true, origin: a.id, input: a, bytesDone: 0 };
  if (corpus) yield* corpusItems(corpus);
}

/** What must stay the same of an example's incident when the corpus is ingested beside it. */
const gist = (i: Incident): string =>
  JSON.stringify([i.eventType, i.subEventType, i.dateStart, i.locationName, i.sources, i.articles, i.fatalities?.low ?? null, i.fatalities?.high ?? null]);

test('the examples plus a generated corpus through the real reader give exactly their incidents, sources and fatality ranges', async () => {
  const corpus = generateCorpus({ seed: 1 });
  assert.ok(corpus.articles.length >= 200, `a corpus of ${corpus.articles.length} articles`);
  const ctx = getContext();
  // Every reading is valid against the output's JSON Schema and the checks a schema cannot make.
  const invalid: string[] = [];
  const extract = (input: Parameters<typeof extractArticle>[0]) => {
    const r = extractArticle(input, ctx);
    if (r.ok) invalid.push(...contractProblems(r.value, r.value.text ?? input.text).map((p) => `${input.id}: ${p}`));
    return r;
  };
  // The examples alone, for the incidents they must still give beside the corpus.
  const alone = new SqliteStore(':memory:');
  await ingest(alone, items(null), { extract, batchSize: 50 });
  const exampleIncidents = (await alone.queryIncidents({})).map(gist).sort();
  await alone.close();
  assert.ok(exampleIncidents.length > 0);

  const store = new SqliteStore(':memory:');
  const summary = await ingest(store, items(corpus), { extract, batchSize: 50 });
  assert.deepEqual([summary.new, summary.failed], [examples.length + corpus.articles.length, 0]);
  assert.deepEqual(invalid.slice(0, 10), [], `${invalid.length} problems against docs/extraction.schema.json`);
  const incidents = await store.queryIncidents({});
  const matched = new Set<number>();
  const score = { exact: 0, missing: 0, split: 0, sources: 0, fatalities: 0 };
  const problems: string[] = [];
  for (const t of corpus.incidents) {
    const found = findIncident(incidents, t);
    found.forEach((i) => matched.add(i.id));
    if (!found.length) { score.missing++; problems.push(`${t.key}: not found`); continue; }
    if (found.length > 1) { score.split++; problems.push(`${t.key}: split into ${found.length}`); continue; }
    const i = found[0];
    let ok = true;
    if (i.sources !== t.sources) { score.sources++; ok = false; problems.push(`${t.key}: ${i.sources} sources, want ${t.sources}`); }
    if ((i.fatalities?.low ?? null) !== t.low || (i.fatalities?.high ?? null) !== t.high) {
      score.fatalities++; ok = false; problems.push(`${t.key}: killed ${i.fatalities?.low}-${i.fatalities?.high}, want ${t.low}-${t.high}`);
    }
    if (ok) score.exact++;
  }
  const others = incidents.filter((i) => !matched.has(i.id));
  const spurious = others.filter((i) => !exampleIncidents.includes(gist(i)));
  const report = `${corpus.incidents.length} incidents: ${JSON.stringify(score)}; ${spurious.length} spurious of ${incidents.length} stored\n` +
    [...problems.slice(0, 25), ...spurious.slice(0, 10).map((i) => `spurious: ${i.summary}`)].join('\n');
  await store.close();
  assert.equal(score.exact, corpus.incidents.length, report);
  assert.equal(spurious.length, 0, report);
  assert.deepEqual(others.map(gist).sort(), exampleIncidents, "the examples' incidents, untouched by the corpus");
});
