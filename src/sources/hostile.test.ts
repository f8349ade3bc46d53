// Bad feeds and pages, written to hurt: malformed markup, nesting that makes the parser quadratic, entity
// expansion, endless entries, hostile strings (terminal escapes, bidi overrides, megabyte titles and URLs).
// Each gives a coded error for what cannot be read and reads the rest, in bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ENTRIES, MAX_FEED_DEPTH, parseFeed, xmlDepth, type ParsedFeed } from './feeds.js';
import { readPage } from './page.js';
import { cleanLine } from './clean-text.js';

const BASE = 'https://outlet.test/feed.xml';
const feed = (body: string): ParsedFeed => { const r = parseFeed(body, BASE); assert.ok(r?.ok, JSON.stringify(r)); return r.value; };
const rssOf = (channel: string): string => `<?xml version="1.0"?><rss version="2.0"><channel>${channel}</channel></rss>`;
const timed = <T>(f: () => T): [T, number] => { const t = performance.now(); const r = f(); return [r, performance.now() - t]; };

test('xmlDepth: one linear pass, CDATA, comments and self-closing tags do not nest', () => {
  for (const [xml, depth] of [
    ['<a><b><c/></b></a>', 2], ['<a><b></b><b><c></c></b></a>', 3], ['<?xml version="1.0"?><!-- <x><y> --><a><![CDATA[<b><c>]]></a>', 1],
    ['<a>1 < 2 <b>x</b></a>', 2], ['<a><![CDATA[unclosed <b><c>', 1], ['<a x="/"><b/></a>', 1], ['', 0],
  ] as const) assert.equal(xmlDepth(xml, 100), depth, xml);
  const [, ms] = timed(() => xmlDepth('<'.repeat(400_000) + '<![CDATA['.repeat(100_000) + '<!--'.repeat(100_000), 100));
  assert.ok(ms < 2000, `stray '<' and unclosed sections: ${ms} ms`);
});

test('a feed nested past any real one is refused at once with E_BAD_FEED (400,000 open tags took two minutes)', () => {
  const [r, ms] = timed(() => parseFeed(rssOf('<x>'.repeat(400_000)), BASE));
  assert.ok(r && !r.ok && r.code === 'E_BAD_FEED' && r.message.includes(String(MAX_FEED_DEPTH)), JSON.stringify(r));
  assert.ok(ms < 2000, `${ms} ms`);
});

test('malformed XML: the items that can be read are read, the others counted as skipped', () => {
  const f = feed(rssOf(`<title>Broken & unescaped <b></title>
    <item><title>Good</title><link>https://outlet.test/1</link></item>
    <item><title>No link</title></item>
    <item><title>Script</title><link>javascript:alert(1)</link></item>
    <item><title>Data</title><link>data:text/html,hi</link></item>
    <item><title>Unclosed <link>https://outlet.test/2</link></item>
    <item><title>Also good</title><link>/3</link><pubDate>not a date</pubDate></item>`));
  assert.deepEqual(f.entries.map((e) => e.url), ['https://outlet.test/1', 'https://outlet.test/3']);
  assert.equal(f.skipped, 4);
});

test('hostile strings: control characters and bidi overrides dropped, titles and outlets bounded, over-long URLs skipped', () => {
  const f = feed(rssOf(`<title>\u001b]0;owned\u0007Evil \u202eNews\u2066</title>
    <item><title>${'Long words '.repeat(20_000)}</title><link>https://outlet.test/a</link></item>
    <item><title>x</title><link>https://outlet.test/${'p'.repeat(5000)}</link></item>
    <item><title>\u200fمقتل ثلاثة\u0000</title><link>https://outlet.test/b</link></item>`));
  assert.equal(f.title, ']0;owned Evil News');
  assert.deepEqual(f.entries.map((e) => e.url), ['https://outlet.test/a', 'https://outlet.test/b']);
  assert.ok(f.entries[0].title!.length <= 500 && f.entries[0].title!.endsWith('…'));
  assert.equal(f.entries[1].title, '\u200fمقتل ثلاثة', 'RLM stays: right-to-left scripts need it');
  assert.equal(f.skipped, 1);
});

test('entity expansion is not performed (no billion laughs); JSON nested deep is no feed', () => {
  const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
  const f = feed(`${lol}<rss><channel><title>&c;</title><item><link>https://outlet.test/1</link></item></channel></rss>`);
  assert.ok((f.title ?? '').length < 10);
  const deep = parseFeed(`{"version":"https://jsonfeed.org/version/1.1","items":[${'['.repeat(50_000)}${']'.repeat(50_000)}]}`, BASE);
  assert.ok(deep?.ok && deep.value.entries.length === 0 && deep.value.skipped === 1);
});

test(`one feed gives at most ${MAX_ENTRIES} entries; the rest are counted as skipped`, () => {
  const items = Array.from({ length: MAX_ENTRIES + 7 }, (_, i) => ({ url: `https://outlet.test/${i}` }));
  const f = feed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }));
  assert.deepEqual([f.entries.length, f.skipped], [MAX_ENTRIES, 7]);
});

test('a page nested 100,000 deep is read flat, in bounded time (20,000 nested share bars took 31 s)', () => {
  const page = `<html><head><title>Deep \u001b[31mred</title></head><body>${'<div class="share">'.repeat(100_000)}<p>${'Shelling hit the depot. '.repeat(20)}</p></body></html>`;
  const [r, ms] = timed(() => readPage(page, { url: 'https://outlet.test/deep', today: '2026-03-13' }));
  assert.ok(r.ok, JSON.stringify(r));
  assert.match(r.value.input.text, /Shelling hit the depot/);
  assert.equal(r.value.input.title, 'Deep [31mred');
  assert.ok(ms < 5000, `${ms} ms`);
});

test('cleanLine: one printable line, bounded', () => {
  for (const [input, max, want] of [
    ['  a\n\tb  ', 10, 'a b'], ['\u0000\u0007', 10, undefined], ['abc def ghi', 9, 'abc def…'], ['abcdefghij', 5, 'abcd…'], [42, 10, undefined],
    ['a\u202ebc\u2069', 10, 'a bc'], ['\u200eleft\u200f', 10, '\u200eleft\u200f'],
  ] as const) assert.equal(cleanLine(input, max), want, JSON.stringify(input));
});
