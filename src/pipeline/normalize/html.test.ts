// The HTML pre-scan: how deep the parser's stack of open elements would get (counted in one linear
// pass, as htmlparser2 counts it), and the flat form a page too deep for the parser is read from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatten, htmlToArticle, MAX_PARSE_DEPTH, openDepth } from './html.js';

test('openDepth counts open elements the way the parser does', () => {
  const cases: [string, number][] = [
    ['<div><p>text</p></div>', 2],
    ['<div><div><div></div></div></div>', 3],
    ['<p>one<p>two<p>three', 1], // a <p> closes the open <p>
    ['<ul><li>a<li>b<li>c</ul>', 2], // so does <li> the open <li>
    ['<div><p><span><b>'.repeat(3), 12], // <div> closes a <p> only when the <p> is the open element
    ['<br><img src=x><hr><meta charset=utf-8>', 0], // void elements never open
    ['<div><script>"<div><div><div>"</script></div>', 2], // script holds raw text
    ['<title><b><b><b></title>', 1],
    ['<div><span></div><div>', 2], // an end tag closes what it must, up to its element
    ['</div></div><p>', 1], // end tags with nothing to close change nothing
    ['<a<b<c <a<b<c', 0], // stray < start no tag
    ['', 0],
  ];
  for (const [html, depth] of cases) assert.equal(openDepth(html, 1_000_000), depth, html);
  assert.equal(openDepth('<div>'.repeat(50_000), 10), 11, 'counted no further than the cap + 1');
});

test('a page too deep for the parser is flattened: its text, title and date are read as from a sane page', () => {
  const deep = '<html><head><title>Convoy &amp; ambush</title><meta property="article:published_time" content="2024-03-02T10:00:00Z">'
    + '<script>var x = "<div>";</script></head><body>' + '<div><p><span><b>'.repeat(MAX_PARSE_DEPTH)
    + 'Militants ambushed a convoy, killing 9 soldiers.<br>Officials said &lt;3 &amp; more.<p>A second paragraph.</body></html>';
  const a = htmlToArticle(deep);
  assert.equal(a.title, 'Convoy & ambush');
  assert.equal(a.published, '2024-03-02');
  assert.deepEqual(a.text.split('\n\n'), ['Militants ambushed a convoy, killing 9 soldiers.', 'Officials said <3 & more.', 'A second paragraph.']);
  assert.doesNotMatch(flatten(deep), /var x/);
});

test('a sane page is not flattened (its reading is unchanged)', () => {
  const page = '<html><body><article><h1>Strike</h1><p>An air strike hit the market.</p><p>Three people died.</p></article></body></html>';
  assert.ok(openDepth(page, MAX_PARSE_DEPTH) <= MAX_PARSE_DEPTH);
  assert.match(htmlToArticle(page).text, /An air strike hit the market\.\n\nThree people died\./);
});
