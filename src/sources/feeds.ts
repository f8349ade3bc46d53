// What a watched source lists: RSS 2.0 (and RSS 1.0/RDF), Atom (RFC 4287), JSON Feed (1.0, 1.1) and
// sitemaps (sitemaps.org 0.9), news sitemaps (Google's news extension) above all: each entry the URL of an
// article page, with its title and date when the feed gives them, and the feed's title as the outlet.
// Also the feeds an HTML page advertises (<link rel="alternate" type="application/rss+xml">, the RSS
// autodiscovery convention). Dates pass the one date check (src/io/dates.ts through feedDate): an
// impossible one is dropped from its entry, never rolled over; the entry is still read.
import { DOMParser, parseHTML } from 'linkedom';
import { feedDate } from '../ingest/feed.js';
import { cleanUrl } from './url.js';

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
}

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

function entry(link: string | null | undefined, base: string, fields: Omit<FeedEntry, 'url'>): FeedEntry | null {
  const url = link ? cleanUrl(link, base) : null;
  if (!url) return null;
  const out: FeedEntry = { url };
  for (const [k, v] of Object.entries(fields)) if (v) (out as any)[k] = v;
  return out;
}

/** Reads `body` as a feed or sitemap; null when it is none (an HTML page, plain text). */
export function parseFeed(body: string, base: string): FeedOutcome {
  const head = body.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return parseJsonFeed(body, base);
  if (!/^<(?:\?xml|rss|feed|rdf:RDF|urlset|sitemapindex|!--)/i.test(head) && !/<(?:rss|urlset)[\s>]/i.test(head)) return null;
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
  if (name === 'sitemapindex') {
    return { ok: false, code: 'E_BAD_FEED', message: `a sitemap index (${kids(root, 'sitemap').length} sitemaps): watch its news sitemap instead` };
  }
  return null;
}

function parseRss(doc: any, root: any, base: string): ParsedFeed {
  const channel = kid(root, 'channel') ?? root;
  const items = [...doc.getElementsByTagName('item')];
  let skipped = 0;
  const entries: FeedEntry[] = [];
  for (const item of items) {
    const guid = kid(item, 'guid');
    // A <guid> is a permalink unless it says isPermaLink="false" (RSS 2.0 specification).
    const guidLink = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : null;
    const e = entry(text(kid(item, 'link')) || item.getAttribute('rdf:about') || guidLink, base, {
      title: text(kid(item, 'title')) || undefined,
      published: dated(text(kid(item, 'pubdate', 'date', 'published', 'updated'))),
    });
    if (e) entries.push(e); else skipped++;
  }
  return { kind: 'rss', title: text(kid(channel, 'title')) || undefined, language: text(kid(channel, 'language')) || undefined, entries, skipped };
}

function parseAtom(root: any, base: string): ParsedFeed {
  const entries: FeedEntry[] = [];
  let skipped = 0;
  const feedBase = root.getAttribute('xml:base') || base;
  for (const item of kids(root, 'entry')) {
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
  return { kind: 'atom', title: text(kid(root, 'title')) || undefined, language: root.getAttribute('xml:lang') || undefined, entries, skipped };
}

function parseSitemap(root: any, base: string): ParsedFeed {
  const entries: FeedEntry[] = [];
  let skipped = 0;
  let outlet: string | undefined;
  for (const url of kids(root, 'url')) {
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
  return { kind: 'sitemap', title: outlet, entries, skipped };
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
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const e = item && typeof item === 'object' ? entry(str(item.url) ?? str(item.external_url), base, {
      title: str(item.title),
      published: str(item.date_published) ? dated(str(item.date_published)!) : undefined,
      language: str(item.language),
    }) : null;
    if (e) entries.push(e); else skipped++;
  }
  return { ok: true, value: { kind: 'jsonfeed', title: typeof data.title === 'string' ? data.title.trim() || undefined : undefined, language: typeof data.language === 'string' ? data.language : undefined, entries, skipped } };
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
