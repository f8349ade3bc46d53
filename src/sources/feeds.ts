// What a watched source lists: RSS 2.0 (and RSS 1.0/RDF), Atom (RFC 4287), JSON Feed (1.0, 1.1) and
// sitemaps (sitemaps.org 0.9), news sitemaps (Google's news extension) above all: each entry the URL of an
// article page, with its title and date when the feed gives them, and the feed's title as the outlet.
// Also the feeds an HTML page advertises (<link rel="alternate" type="application/rss+xml">, the RSS
// autodiscovery convention). Dates pass the one date check (src/io/dates.ts through feedDate): an
// impossible one is dropped from its entry, never rolled over; the entry is still read.
import { DOMParser, parseHTML } from 'linkedom';
import { feedDate } from '../ingest/feed.js';
import { cleanUrl } from './url.js';
import { cleanLine, cleanOutlet, cleanTitle, LIMITS } from './clean-text.js';

export interface FeedEntry {
  /** The article page, tracking parameters dropped. */
  url: string;
  title?: string;
  /** YYYY-MM-DD, checked. */
  published?: string;
  /** The outlet a news sitemap names for this entry. */
  outlet?: string;
  language?: string;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'jsonfeed' | 'sitemap';
  title?: string;
  language?: string;
  entries: FeedEntry[];
  /** Entries that could not be used (no link), by position. */
  skipped: number;
  /** A sitemap index: the sitemaps it lists, the ones to read first first (see childSitemaps). */
  sitemaps?: string[];
}

/**
 * Entries read from one feed at most: the sitemaps protocol's limit for one sitemap (sitemaps.org), far
 * above any news feed (a news sitemap lists up to 1,000). Past it, entries are skipped and counted.
 */
export const MAX_ENTRIES = 50_000;
/**
 * Elements nested deeper than this are no feed: RSS, Atom and sitemaps nest 3 to 5 deep, XHTML content
 * in an Atom entry a few dozen. The XML parser (htmlparser2 under linkedom) shifts its whole stack of open
 * elements at each one opened, so 400,000 nested tags (1.2 MB) took two minutes; they are refused first,
 * in one linear pass.
 */
export const MAX_FEED_DEPTH = 200;

/** Not a feed at all: null. A feed that cannot be read: a failure. */
export type FeedOutcome = { ok: true; value: ParsedFeed } | { ok: false; code: string; message: string } | null;

const localName = (el: any): string => String(el?.tagName ?? '').toLowerCase().split(':').pop()!;
const kids = (el: any, name: string): any[] => [...(el?.children ?? [])].filter((c: any) => localName(c) === name);
const kid = (el: any, ...names: string[]): any => { for (const n of names) { const k = kids(el, n)[0]; if (k) return k; } return null; };
const text = (el: any): string => String(el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function dated(value: string): string | undefined {
  const d = feedDate(value.trim());
  return d.ok ? d.value : undefined;
}

/** An entry, or null when it has no usable link (none, not http(s), or longer than any article's URL). */
function entry(link: string | null | undefined, base: string, fields: Omit<FeedEntry, 'url'>): FeedEntry | null {
  if (!link || link.length > LIMITS.url * 2) return null;
  const url = cleanUrl(link, base);
  if (!url || url.length > LIMITS.url) return null;
  const out: FeedEntry = { url };
  const title = cleanTitle(fields.title);
  const outlet = cleanOutlet(fields.outlet);
  const language = cleanLine(fields.language, LIMITS.language);
  if (title) out.title = title;
  if (fields.published) out.published = fields.published;
  if (outlet) out.outlet = outlet;
  if (language) out.language = language;
  return out;
}

/**
 * The deepest elements nest in an XML text, counted no further than `cap` + 1, in one linear pass (CDATA
 * sections, comments and processing instructions skipped by index, so unclosed ones cost no rescans).
 */
export function xmlDepth(xml: string, cap: number): number {
  let depth = 0;
  let max = 0;
  for (let at = xml.indexOf('<'); at >= 0 && at < xml.length; at = xml.indexOf('<', at + 1)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = xml.startsWith('<![CDATA[', at) ? ']]>' : xml.startsWith('<!--', at) ? '-->' : '>';
      const end = xml.indexOf(close, at + 2);
      if (end < 0) break;
      at = end;
      continue;
    }
    const end = xml.indexOf('>', at + 1);
    if (end < 0) break;
    const lt = xml.lastIndexOf('<', end);
    if (lt !== at) { at = lt - 1; continue; } // stray '<' in text: the tag starts at the last one
    if (next === 47 /* / */) { if (depth > 0) depth--; }
    else if (xml.charCodeAt(end - 1) !== 47 && ++depth > max && (max = depth) > cap) break;
    at = end;
  }
  return max;
}

/** Reads `body` as a feed or sitemap; null when it is none (an HTML page, plain text). */
export function parseFeed(body: string, base: string): FeedOutcome {
  const head = body.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return parseJsonFeed(body, base);
  if (!/^<(?:\?xml|rss|feed|rdf:RDF|urlset|sitemapindex|!--)/i.test(head) && !/<(?:rss|urlset)[\s>]/i.test(head)) return null;
  if (xmlDepth(body, MAX_FEED_DEPTH) > MAX_FEED_DEPTH) {
    return { ok: false, code: 'E_BAD_FEED', message: `elements nested deeper than ${MAX_FEED_DEPTH}: no feed nests so deep` };
  }
  let doc: any;
  try {
    doc = new DOMParser().parseFromString(body, 'text/xml');
  } catch (err) {
    return { ok: false, code: 'E_BAD_FEED', message: `not well-formed XML: ${(err as Error).message}`.slice(0, 300) };
  }
  const root = doc.documentElement;
  const name = localName(root);
  if (name === 'rss' || name === 'rdf') return { ok: true, value: parseRss(doc, root, base) };
  if (name === 'feed') return { ok: true, value: parseAtom(root, base) };
  if (name === 'urlset') return { ok: true, value: parseSitemap(root, base) };
  if (name === 'sitemapindex') return { ok: true, value: parseSitemapIndex(root, base) };
  return null;
}

/** Sitemaps of an index read in one poll: a news site's index lists one news sitemap or one per day or month. */
export const MAX_CHILD_SITEMAPS = 3;

/**
 * A sitemap index (sitemaps.org: <sitemapindex><sitemap><loc>, <lastmod>), its sitemaps in the order to read
 * them: news sitemaps first (Google's news sitemaps hold the last two days' articles, and sites name them so:
 * "news-sitemap.xml", "sitemap-news.xml"), then the most recently modified, then the index's own order.
 */
function parseSitemapIndex(root: any, base: string): ParsedFeed {
  const listed: { url: string; news: boolean; modified: number; at: number }[] = [];
  let skipped = 0;
  for (const child of kids(root, 'sitemap')) {
    if (listed.length >= MAX_ENTRIES) { skipped++; continue; }
    const url = entry(text(kid(child, 'loc')), base, {})?.url;
    if (!url) { skipped++; continue; }
    const modified = Date.parse(text(kid(child, 'lastmod')));
    listed.push({ url, news: /news/i.test(new URL(url).pathname), modified: Number.isNaN(modified) ? -Infinity : modified, at: listed.length });
  }
  listed.sort((a, b) => Number(b.news) - Number(a.news) || b.modified - a.modified || a.at - b.at);
  return { kind: 'sitemap', entries: [], skipped, sitemaps: listed.map((l) => l.url) };
}

function parseRss(doc: any, root: any, base: string): ParsedFeed {
  const channel = kid(root, 'channel') ?? root;
  const items = [...doc.getElementsByTagName('item')];
  let skipped = 0;
  const entries: FeedEntry[] = [];
  for (const item of items) {
    if (entries.length >= MAX_ENTRIES) { skipped++; continue; }
    const guid = kid(item, 'guid');
    // A <guid> is a permalink unless it says isPermaLink="false" (RSS 2.0 specification).
    const guidLink = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : null;
    const e = entry(text(kid(item, 'link')) || item.getAttribute('rdf:about') || guidLink, base, {
      title: text(kid(item, 'title')) || undefined,
      published: dated(text(kid(item, 'pubdate', 'date', 'published', 'updated'))),
    });
    if (e) entries.push(e); else skipped++;
  }
  return { kind: 'rss', title: cleanOutlet(text(kid(channel, 'title'))), language: cleanLine(text(kid(channel, 'language')), LIMITS.language), entries, skipped };
}

function parseAtom(root: any, base: string): ParsedFeed {
  const entries: FeedEntry[] = [];
  let skipped = 0;
  const feedBase = root.getAttribute('xml:base') || base;
  for (const item of kids(root, 'entry')) {
    if (entries.length >= MAX_ENTRIES) { skipped++; continue; }
    // RFC 4287 §4.2.7.2: a link without rel is rel="alternate", the entry's own page.
    const links = kids(item, 'link');
    const alt = links.find((l: any) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? null;
    const e = entry(alt?.getAttribute('href'), item.getAttribute('xml:base') || feedBase, {
      title: text(kid(item, 'title')) || undefined,
      published: dated(text(kid(item, 'published', 'updated'))),
      language: item.getAttribute('xml:lang') || undefined,
    });
    if (e) entries.push(e); else skipped++;
  }
  return { kind: 'atom', title: cleanOutlet(text(kid(root, 'title'))), language: cleanLine(root.getAttribute('xml:lang'), LIMITS.language), entries, skipped };
}

function parseSitemap(root: any, base: string): ParsedFeed {
  const entries: FeedEntry[] = [];
  let skipped = 0;
  let outlet: string | undefined;
  for (const url of kids(root, 'url')) {
    if (entries.length >= MAX_ENTRIES) { skipped++; continue; }
    const news = kid(url, 'news');
    const publication = kid(news, 'publication');
    const name = text(kid(publication, 'name')) || undefined;
    outlet ??= name;
    const e = entry(text(kid(url, 'loc')), base, {
      title: text(kid(news, 'title')) || undefined,
      published: dated(text(kid(news, 'publication_date')) || text(kid(url, 'lastmod'))),
      outlet: name,
      language: text(kid(publication, 'language')) || undefined,
    });
    if (e) entries.push(e); else skipped++;
  }
  return { kind: 'sitemap', title: cleanOutlet(outlet), entries, skipped };
}

/** JSON Feed (jsonfeed.org, versions 1 and 1.1): items[].url (else external_url), title, date_published. */
function parseJsonFeed(body: string, base: string): FeedOutcome {
  let data: any;
  try { data = JSON.parse(body); } catch { return { ok: false, code: 'E_BAD_FEED', message: 'not valid JSON' }; }
  if (!data || typeof data !== 'object' || !/jsonfeed\.org\/version\//.test(String(data.version ?? ''))) return null;
  if (!Array.isArray(data.items)) return { ok: false, code: 'E_BAD_FEED', message: 'a JSON Feed without "items"' };
  const entries: FeedEntry[] = [];
  let skipped = 0;
  for (const item of data.items) {
    if (entries.length >= MAX_ENTRIES) { skipped++; continue; }
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const e = item && typeof item === 'object' ? entry(str(item.url) ?? str(item.external_url), base, {
      title: str(item.title),
      published: str(item.date_published) ? dated(str(item.date_published)!) : undefined,
      language: str(item.language),
    }) : null;
    if (e) entries.push(e); else skipped++;
  }
  return { ok: true, value: { kind: 'jsonfeed', title: cleanOutlet(data.title), language: cleanLine(data.language, LIMITS.language), entries, skipped } };
}

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml)$/i;

/** The feeds an HTML page advertises, in its order. */
export function advertisedFeeds(document: any, base: string): string[] {
  const out: string[] = [];
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = String(link.getAttribute('rel')).toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPES.test(String(link.getAttribute('type') ?? '').trim())) continue;
    const url = cleanUrl(link.getAttribute('href'), base);
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}

/** advertisedFeeds of an HTML string. */
export function advertisedFeedsIn(html: string, base: string): string[] {
  return advertisedFeeds(parseHTML(html).document, base);
}
