import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDatelineDate } from './dateline.js';
import { segment } from './index.js';

// [text, today, the publication date its dateline gives ('' for none)] — a year the dateline leaves out
// is the latest that puts the day on or before today.
const DATES: Array<[string, string | undefined, string]> = [
  ['KHERSON, Ukraine, June 10 — Shelling killed two.', '2024-07-01', '2024-06-10'],
  ['KHERSON, Ukraine, June 10 — Shelling killed two.', '2024-06-10', '2024-06-10'],
  ['KHERSON, Ukraine, June 10 — Shelling killed two.', '2024-06-09', '2023-06-10'],
  ['KHERSON, Ukraine, June 10 — Shelling killed two.', undefined, ''],
  ['KANDOR, Aug. 19, 2021 — Two bridges fell.', undefined, '2021-08-19'],
  ['KANDOR, 19 August 2021 — Two bridges fell.', '2024-01-01', '2021-08-19'],
  ['KANDOR, March 3 (Reuters) - Two bridges fell.', '2024-05-10', '2024-03-03'],
  ['Bridges fell\n\nKANDOR, Veloria, March 3 — Two bridges fell.', '2024-05-10', '2024-03-03'],
  ['KANDOR, Feb. 30 — Two bridges fell.', '2024-05-10', ''],
  ['KANDOR, Veloria — Two bridges fell.', '2024-05-10', ''],
  ['Two bridges fell in Kandor on March 3.', '2024-05-10', ''],
];
for (const [text, today, expected] of DATES) {
  test(`dateline date: ${JSON.stringify(text)} (today ${today ?? 'unknown'})`, () => {
    const doc = segment({ id: 't', text, fromHtml: false } as any);
    const d = readDatelineDate(doc, today);
    assert.equal(d?.day ?? '', expected);
    if (d) assert.equal(text.slice(d.why.start, d.why.end), d.why.text);
  });
}
