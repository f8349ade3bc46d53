// Feeds and sitemaps → the article pages they list, with titles, dates and the outlet; URLs cleaned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { advertisedFeedsIn, parseFeed } from './feeds.js';
import { cleanUrl } from './url.js';

const BASE = 'https://outlet.test/feeds/main';
const ok = (body: string) => { const r = parseFeed(body, BASE); assert.ok(r && r.ok, JSON.stringify(r)); return r.value; };

test('RSS 2.0: link (or permalink guid), title, pubDate; the channel title is the outlet; an impossible date is dropped, not the item', () => {
  const f = ok(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>The Plains Herald</title><language>en-gb</language>
    <item><title>Strike on depot</title><link>https://outlet.test/a?utm_source=rss&amp;id=7</link><pubDate>Thu, 12 Mar 2026 08:00:00 +0200</pubDate></item>
    <item><title>Guid only</title><guid>https://outlet.test/b#top</guid><dc:date>2026-03-11T22:00:00Z</dc:date></item>
    <item><title>Not a link</title><guid isPermaLink="false">tag:outlet.test,2026:3</guid></item>
    <item><title>Bad date</title><link>/c</link><pubDate>Mon, 30 Feb 2026 08:00:00 GMT</pubDate></item>
  </channel></rss>`);
  assert.equal(f.kind, 'rss');
  assert.equal(f.title, 'The Plains Herald');
  assert.equal(f.language, 'en-gb');
  assert.deepEqual(f.entries, [
    { url: 'https://outlet.test/a?id=7', title: 'Strike on depot', published: '2026-03-12' },
    { url: 'https://outlet.test/b', title: 'Guid only', published: '2026-03-11' },
    { url: 'https://outlet.test/c', title: 'Bad date' },
  ]);
  assert.equal(f.skipped, 1);
});

test('RSS 1.0 (RDF): items with rdf:about', () => {
  const f = ok(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>Old Style</title></channel>
    <item rdf:about="https://outlet.test/r1"><title>One</title><link>https://outlet.test/r1</link></item></rdf:RDF>`);
  assert.deepEqual([f.kind, f.title, f.entries.map((e) => e.url)], ['rss', 'Old Style', ['https://outlet.test/r1']]);
});

test('Atom: the alternate link (a link without rel is one), never self or enclosure; relative links resolved', () => {
  const f = ok(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Valley Wire</title>
    <link rel="self" href="https://outlet.test/atom.xml"/>
    <entry><title>First</title><link rel="enclosure" href="https://cdn.test/x.jpg"/><link rel="alternate" type="text/html" href="https://outlet.test/1"/><published>2026-03-10T09:00:00Z</published><updated>2026-03-12T09:00:00Z</updated></entry>
    <entry><title>Second</title><link href="/2?fbclid=abc"/><updated>2026-03-09T09:00:00Z</updated></entry>
    <entry><title>No page</title><link rel="self" href="https://outlet.test/3.atom"/></entry>
  </feed>`);
  assert.deepEqual([f.kind, f.title, f.language, f.skipped], ['atom', 'Valley Wire', 'en', 1]);
  assert.deepEqual(f.entries, [{ url: 'https://outlet.test/1', title: 'First', published: '2026-03-10' }, { url: 'https://outlet.test/2', title: 'Second', published: '2026-03-09' }]);
});

test('JSON Feed 1.1: url (else external_url), title, date_published', () => {
  const f = ok(JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Coast Bulletin', language: 'en',
    items: [{ id: '1', url: 'https://outlet.test/j1', title: 'J one', date_published: '2026-03-12T10:00:00+02:00' }, { id: '2', external_url: 'https://other.test/j2' }, { id: '3' }, 'junk'],
  }));
  assert.deepEqual([f.kind, f.title, f.skipped], ['jsonfeed', 'Coast Bulletin', 2]);
  assert.deepEqual(f.entries, [{ url: 'https://outlet.test/j1', title: 'J one', published: '2026-03-12' }, { url: 'https://other.test/j2' }]);
  assert.equal(parseFeed('{"version":"1","items":[]}', BASE), null, 'JSON that is no JSON Feed is not a feed');
});

test('news sitemap: loc, news:title, news:publication_date, the publication name as outlet and its language; a plain sitemap\'s lastmod', () => {
  const f = ok(`<?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://outlet.test/n1</loc><news:news><news:publication><news:name>Harbour Times</news:name><news:language>en</news:language></news:publication>
        <news:publication_date>2026-03-12T07:45:00+01:00</news:publication_date><news:title>Port shelled</news:title></news:news></url>
      <url><loc>https://outlet.test/n2</loc><lastmod>2026-03-08</lastmod></url>
    </urlset>`);
  assert.deepEqual([f.kind, f.title], ['sitemap', 'Harbour Times']);
  assert.deepEqual(f.entries, [
    { url: 'https://outlet.test/n1', title: 'Port shelled', published: '2026-03-12', outlet: 'Harbour Times', language: 'en' },
    { url: 'https://outlet.test/n2', published: '2026-03-08' },
  ]);
});

test('sitemap index: its sitemaps ranked news first, then the most recently modified, then in order; bad links skipped', () => {
  const sitemap = (loc: string, lastmod = '') => `<sitemap><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`;
  const index = parseFeed(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    ${sitemap('https://outlet.test/pages.xml')}${sitemap('/posts-2026-01.xml', '2026-01-31')}${sitemap('javascript:x')}
    ${sitemap('https://outlet.test/posts-2026-03.xml', '2026-03-31T10:00:00Z')}${sitemap('https://outlet.test/news-sitemap.xml')}</sitemapindex>`, BASE);
  assert.ok(index?.ok);
  assert.deepEqual(index.value.sitemaps, ['https://outlet.test/news-sitemap.xml', 'https://outlet.test/posts-2026-03.xml', 'https://outlet.test/posts-2026-01.xml', 'https://outlet.test/pages.xml']);
  assert.deepEqual([index.value.entries, index.value.skipped], [[], 1]);
});

test('an HTML page is no feed, but the feeds it advertises are found', () => {
  const page = `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"><link rel="alternate" type="application/atom+xml" href="https://outlet.test/atom"><link rel="alternate" hreflang="fr" href="/fr"><link rel="stylesheet" href="/s.css"></head><body><p>Hi</p></body></html>`;
  assert.equal(parseFeed(page, BASE), null);
  assert.deepEqual(advertisedFeedsIn(page, BASE), ['https://outlet.test/rss.xml', 'https://outlet.test/atom']);
  assert.equal(parseFeed('just some words', BASE), null);
  assert.ok(parseFeed('{not json', BASE)?.ok === false);
});

test('URLs: tracking parameters and fragments dropped, the rest of the query kept as written', () => {
  const cases: [string, string | null][] = [
    ['https://outlet.test/a?utm_source=x&utm_medium=y&id=3#c', 'https://outlet.test/a?id=3'],
    ['https://outlet.test/a?fbclid=1&gclid=2&mc_cid=3&_ga=4', 'https://outlet.test/a'],
    ['https://outlet.test/a?q=a%20b&page=2', 'https://outlet.test/a?q=a%20b&page=2'],
    ['HTTPS://Outlet.TEST:443/a', 'https://outlet.test/a'],
    ['javascript:alert(1)', null],
    ['mailto:x@outlet.test', null],
    ['not a url', null],
  ];
  for (const [input, expected] of cases) assert.equal(cleanUrl(input), expected, input);
});
