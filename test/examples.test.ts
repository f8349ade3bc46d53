// End to end: the whole reading of each bundled example article is pinned in test/golden/.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline/index.js';
import { getContext } from '../src/pipeline/context.js';
import { assertGolden } from './support/golden.js';

const examples: Array<{ file: string; published: string }> = JSON.parse(readFileSync('examples/index.json', 'utf8'));

for (const { file, published } of examples) {
  test(`example ${file} reads as pinned`, () => {
    const id = file.replace(/\.txt$/, '');
    const result = extractArticle({ id, text: readFileSync(`examples/${file}`, 'utf8'), published }, getContext());
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    assertGolden(`test/golden/${id}.json`, result.value);
  });
}
