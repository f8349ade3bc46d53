// End to end: the whole reading of each bundled example article is pinned in test/golden/, and is valid
// against the output's JSON Schema (docs/extraction.schema.json) and the checks a schema cannot make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline/index.js';
import { getContext } from '../src/pipeline/context.js';
import { assertGolden } from './support/golden.js';
import { contractProblems } from './support/contract-shape.js';

const examples: Array<{ file: string; published: string }> = JSON.parse(readFileSync('examples/index.json', 'utf8'));

for (const { file, published } of examples) {
  test(`example ${file} reads as pinned`, () => {
    const id = file.replace(/\.txt$/, '');
    const text = readFileSync(`examples/${file}`, 'utf8');
    const result = extractArticle({ id, text, published }, getContext());
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    assert.deepEqual(contractProblems(result.value, text), []);
    assertGolden(`test/golden/${id}.json`, result.value);
  });
}
