// Shared by the where table tests: an invented report read through the whole pipeline over the real gazetteer, and its first
// event's place shown as "name@country pPrecision rule,rule,…" (the rules from `why.location`), or "none".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getContext } from '../context.js';
import { extractArticle } from '../index.js';

/** The first event's place of `text`, as the where tables write it. */
export function firstEventPlace(text: string, published = '2024-05-10'): string {
  const r = extractArticle({ id: 't', text, published }, getContext());
  assert.ok(r.ok);
  const e = r.value.events[0];
  return !e?.location ? 'none' : `${e.location.name}@${e.location.country} p${e.location.precision} ${(e.why?.location ?? []).map((w) => w.rule).join(',')}`;
}

/** One test per line of a where table: [report, expected first-event place]. */
export function whereTable(label: string, cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, want] of cases) test(`${label}: ${text}`, () => assert.equal(firstEventPlace(text), want));
}
