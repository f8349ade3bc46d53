// An article's reading is its own (issue 13): reading another article in the middle of it, or two readers
// taking turns, changes nothing in either output. The other article is read from inside the gazetteer's
// lookup, which every stage that places something calls (places, and events' airports): at the first, a
// middle and the last of the article's lookups, that is while its stages are under way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from './index.js';
import { getContext, type Context } from './context.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { ArticleInput } from '../types.js';

const examples: Array<{ file: string; published: string }> = JSON.parse(readFileSync('examples/index.json', 'utf8'));
const inputs: ArticleInput[] = examples.map(({ file, published }) => ({ id: file, text: readFileSync(`examples/${file}`, 'utf8'), published }));
// An article with other words and another publication date (dates and word tables keyed by neither may not leak).
inputs.push({ id: 'other', published: '2019-11-02', text: 'KABUL, Afghanistan — Gunmen attacked a police checkpoint in Kunduz on Friday, killing four officers, the interior ministry said. The Taliban claimed responsibility on 31 October.' });

const read = (input: ArticleInput, ctx: Context): string => {
  const r = extractArticle(input, ctx);
  if (!r.ok) throw new Error(r.message);
  return JSON.stringify(r.value);
};
const base = getContext();
const alone = new Map(inputs.map((a) => [a.id, read(a, { ...base, memory: undefined })]));

/** A context whose gazetteer reads `inner` at the listed lookups (counted from 0) of the article it serves. */
function interrupting(inner: ArticleInput, at: ReadonlySet<number>, out: string[]): { ctx: Context; calls: () => number } {
  let calls = 0, depth = 0;
  const ctx: Context = { ...base, memory: undefined };
  const gazetteer = new Proxy(base.gazetteer, {
    get(target, key) {
      const v = Reflect.get(target, key, target);
      if (key !== 'lookup') return typeof v === 'function' ? v.bind(target) : v;
      return (k: string) => {
        if (depth === 0 && at.has(calls++)) {
          depth++;
          try { out.push(read(inner, ctx)); } finally { depth--; }
        }
        return target.lookup(k);
      };
    },
  }) as Gazetteer;
  ctx.gazetteer = gazetteer;
  return { ctx, calls: () => calls };
}

test('an article read inside another article\'s stages leaves both readings as each reads alone', () => {
  for (const outer of inputs) {
    for (const inner of inputs) {
      if (inner === outer) continue;
      const count = interrupting(inner, new Set(), []);
      read(outer, count.ctx);
      const n = count.calls();
      assert.ok(n > 0, `${outer.id} looks nothing up`);
      const inside: string[] = [];
      const { ctx } = interrupting(inner, new Set([0, n >> 1, n - 1]), inside);
      assert.equal(read(outer, ctx), alone.get(outer.id), `${outer.id} with ${inner.id} read inside it`);
      assert.ok(inside.length > 0);
      for (const r of inside) assert.equal(r, alone.get(inner.id), `${inner.id} read inside ${outer.id}`);
    }
  }
});

test('two readers taking turns over the same articles read each as it reads alone', () => {
  const a: Context = { ...base, memory: undefined }, b: Context = { ...base, memory: undefined };
  for (let round = 0; round < 2; round++) {
    for (const [k, input] of inputs.entries()) {
      assert.equal(read(input, k % 2 ? a : b), alone.get(input.id));
      assert.equal(read(inputs[inputs.length - 1 - k], k % 2 ? b : a), alone.get(inputs[inputs.length - 1 - k].id));
    }
  }
});
