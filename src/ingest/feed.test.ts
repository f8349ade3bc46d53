import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedDate, parseFeed } from './feed.js';

// [an RSS or Atom date, the day it names ('' none), or E_BAD_DATE]
const CASES: Array<[string, string]> = [
  ['Tue, 05 Mar 2024 08:00:00 GMT', '2024-03-05'],
  ['Tue, 10 Jun 2025 23:30:00 -0500', '2025-06-10'], // the day as the outlet wrote it
  ['5 Mar 24 08:00 +0000', '2024-03-05'], // RFC 2822 two-digit year
  ['2024-04-01T10:00:00Z', '2024-04-01'],
  ['', ''],
  ['sometime last spring', ''],
  ['Fri, 30 Feb 2024 08:00:00 GMT', 'E_BAD_DATE'], // never rolled over into March
  ['2024-13-45T10:00:00Z', 'E_BAD_DATE'],
  ['0050-06-01', 'E_BAD_DATE'],
];
for (const [s, expected] of CASES) {
  test(`feed date: ${JSON.stringify(s)}`, () => {
    const r = feedDate(s);
    assert.equal(r.ok ? r.value ?? '' : r.code, expected);
  });
}

test('feed: an item with an impossible date carries its error; the others are read', () => {
  const items = parseFeed(`<rss><channel><title>T</title>
    <item><title>A</title><link>https://t.example/a</link><pubDate>Fri, 30 Feb 2024 08:00:00 GMT</pubDate><description>One.</description></item>
    <item><title>B</title><link>https://t.example/b</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>Two.</description></item>
    </channel></rss>`, 'feed.xml');
  assert.equal(items[0].error?.code, 'E_BAD_DATE');
  assert.equal(items[1].error, undefined);
  assert.equal(items[1].input.published, '2024-03-05');
});
