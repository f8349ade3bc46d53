// Fetching what sitrep watches and reads: a source (feed, sitemap, or a page that advertises a feed or is
// itself an article) and an article page, each through the polite client (http.ts), decoded (charset.ts)
// and read (feeds.ts, page.ts). Every outcome is a value: the article, the entries, or a failure with a
// code that says whether trying later may help.
import type { Failure } from '../types.js';
import type { Item } from '../ingest/sources.js';
import type { HttpClient, HttpFailure } from './http.js';
import { decodeBody } from './charset.js';
import { advertisedFeedsIn, parseFeed, MAX_CHILD_SITEMAPS, MAX_ENTRIES, type FeedEntry, type ParsedFeed } from './feeds.js';
import { detectLanguage } from './language.js';
import { readPage, type FeedHints, type PageArticle } from './page.js';
import { cleanUrl, hostName } from './url.js';

/**
 * Size limits of bodies, after decompression: an article page; a feed or sitemap. A news sitemap holds up to
 * 1,000 URLs and a news feed a few hundred items (under 1 MB); 8 MB holds a plain sitemap's 50,000 URLs
 * (the protocol's limit). The feed is parsed whole into a DOM of about 40 bytes per byte read, so the
 * limit is also the watch's memory bound (a 32 MB feed of 450,000 items took 1.2 GB and 42 s).
 */
export const BODY_LIMITS = { pageBytes: 8 * 1024 * 1024, feedBytes: 8 * 1024 * 1024 };

/** What an unexpected exception in reading becomes: a failure with a code, for that source or item alone. */
const internal = (what: string, err: unknown): Fail => ({ ok: false, code: 'E_INTERNAL', message: `${what} failed: ${String((err as Error)?.message ?? err).slice(0, 200)}`, transient: false });

export type Fail = Failure & { transient: boolean; retryAt?: number; status?: number };

const asFail = (f: HttpFailure): Fail => ({ ok: false, code: f.code, message: f.message, transient: f.transient, ...(f.retryAt !== undefined ? { retryAt: f.retryAt } : {}), ...(f.status !== undefined ? { status: f.status } : {}) });

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5';
const isPageType = (t: string): boolean => t === '' || t === 'text/html' || t === 'application/xhtml+xml' || t === 'text/plain';
const SOURCE_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5';
const isSourceType = (t: string): boolean => t === '' || /^(?:application|text)\/(?:[\w.+-]+\+)?(?:xml|json)$/.test(t) || t === 'text/html' || t === 'application/xhtml+xml' || t === 'text/plain';

/** An article page: fetched, decoded, reduced to its readable text with its metadata. */
export async function fetchArticle(http: HttpClient, url: string, hints: FeedHints, today: string, signal?: AbortSignal): Promise<{ ok: true; value: PageArticle; status: number } | Fail> {
  const r = await http.get(url, { accept: PAGE_ACCEPT, maxBytes: BODY_LIMITS.pageBytes, types: isPageType, signal });
  if (!r.ok) return asFail(r);
  if (r.notModified) return { ok: false, code: 'E_HTTP_STATUS', message: `HTTP 304 from ${url} to an unconditional request`, transient: true };
  const decoded = decodeBody(r.body, r.contentTypeRaw);
  if (!decoded.ok) return { ...decoded, transient: false };
  if (r.contentType === 'text/plain') {
    const text = decoded.value.text.trim();
    if (!text) return { ok: false, code: 'E_EMPTY', message: `${r.url} is empty`, transient: false };
    const canonical = cleanUrl(r.url)!;
    const language = detectLanguage(text, [r.contentLanguage, hints.language]);
    const input: PageArticle['input'] = { id: canonical, text, url: canonical, outlet: hints.outlet ?? hostName(new URL(canonical)), language: language.tag };
    if (hints.title) input.title = hints.title;
    if (hints.published) input.published = hints.published;
    return { ok: true, value: { input, language, ...(hints.published ? { publishedFrom: 'feed' as const } : {}) }, status: r.status };
  }
  const read = readPage(decoded.value.text, { url: r.url, contentLanguage: r.contentLanguage, feed: hints, today });
  return read.ok ? { ...read, status: r.status } : { ...read, transient: false };
}

export type PollOutcome =
  | { ok: true; notModified: true; status: 304; etag: string | null; lastModified: string | null }
  | { ok: true; notModified: false; status: number; kind: ParsedFeed['kind'] | 'page'; title: string | null; feedUrl: string | null; entries: FeedEntry[]; skipped: number; etag: string | null; lastModified: string | null }
  | Fail;

/**
 * One poll of a source: a conditional GET of its feed (or of the feed it advertised), its entries with the
 * feed's title as their outlet. An HTML page that advertises feeds is watched through the first of them
 * (feedUrl); a page that advertises none is an article, listed as its own single entry.
 */
export async function pollSource(http: HttpClient, source: { url: string; feedUrl: string | null; etag: string | null; lastModified: string | null }, signal?: AbortSignal): Promise<PollOutcome> {
  const target = source.feedUrl ?? source.url;
  const r = await http.get(target, { accept: SOURCE_ACCEPT, maxBytes: BODY_LIMITS.feedBytes, types: isSourceType, etag: source.etag, lastModified: source.lastModified, signal });
  if (!r.ok) return asFail(r);
  if (r.notModified) return { ok: true, notModified: true, status: 304, etag: r.etag ?? source.etag, lastModified: r.lastModified ?? source.lastModified };
  const decoded = decodeBody(r.body, r.contentTypeRaw);
  if (!decoded.ok) return { ...decoded, transient: false };
  const parsed = parseFeed(decoded.value.text, r.url);
  if (parsed && !parsed.ok) return { ...parsed, transient: false };
  if (parsed) {
    const feed = parsed.value.sitemaps ? await readChildSitemaps(http, parsed.value, signal) : parsed.value;
    if ('code' in feed) return feed;
    const entries = feed.entries.map((e) => ({ ...e, outlet: e.outlet ?? feed.title, language: e.language ?? feed.language }));
    return { ok: true, notModified: false, status: r.status, kind: feed.kind, title: feed.title ?? null, feedUrl: source.feedUrl, entries, skipped: feed.skipped, etag: r.etag, lastModified: r.lastModified };
  }
  if (source.feedUrl || !/<html[\s>]|<!doctype html/i.test(decoded.value.text.slice(0, 4096))) {
    return { ok: false, code: 'E_BAD_FEED', message: `${r.url} is neither an RSS, Atom or JSON feed, a sitemap, nor an HTML page`, transient: false };
  }
  const feeds = advertisedFeedsIn(decoded.value.text, r.url);
  if (feeds.length) return pollSource(http, { url: source.url, feedUrl: feeds[0], etag: null, lastModified: null }, signal);
  return { ok: true, notModified: false, status: r.status, kind: 'page', title: null, feedUrl: null, entries: [{ url: cleanUrl(r.url)! }], skipped: 0, etag: r.etag, lastModified: r.lastModified };
}

/**
 * A sitemap index's entries: those of its first MAX_CHILD_SITEMAPS sitemaps (in the order parseFeed ranks
 * them), fetched unconditionally (the index's own ETag decides whether anything changed). A sitemap that
 * fails is skipped while another is read; an index inside an index is not followed (the protocol forbids it).
 */
async function readChildSitemaps(http: HttpClient, index: ParsedFeed, signal?: AbortSignal): Promise<ParsedFeed | Fail> {
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  let skipped = index.skipped;
  let title: string | undefined;
  let firstFail: Fail | null = null;
  let read = 0;
  for (const url of index.sitemaps!.slice(0, MAX_CHILD_SITEMAPS)) {
    const r = await http.get(url, { accept: SOURCE_ACCEPT, maxBytes: BODY_LIMITS.feedBytes, types: isSourceType, signal });
    if (!r.ok) { if (r.code === 'E_STOPPED') return asFail(r); firstFail ??= asFail(r); continue; }
    if (r.notModified) continue;
    const decoded = decodeBody(r.body, r.contentTypeRaw);
    const parsed = decoded.ok ? parseFeed(decoded.value.text, r.url) : null;
    if (!parsed?.ok || parsed.value.sitemaps) {
      firstFail ??= { ok: false, code: 'E_BAD_FEED', message: `${url}, listed in a sitemap index, is no sitemap${parsed?.ok ? ' (an index inside an index)' : ''}`, transient: false };
      continue;
    }
    read++;
    title ??= parsed.value.title;
    skipped += parsed.value.skipped;
    for (const e of parsed.value.entries) {
      if (seen.has(e.url)) continue;
      if (entries.length >= MAX_ENTRIES) { skipped++; continue; }
      seen.add(e.url);
      entries.push(e);
    }
  }
  if (!read && firstFail) return firstFail;
  return { kind: 'sitemap', title, entries, skipped };
}

/** pollSource that never rejects: an exception in reading a feed is that source's E_INTERNAL. */
export async function pollSourceSafely(http: HttpClient, source: Parameters<typeof pollSource>[1], signal?: AbortSignal): Promise<PollOutcome> {
  try {
    return await pollSource(http, source, signal);
  } catch (err) {
    return internal(`reading ${source.feedUrl ?? source.url}`, err);
  }
}

/**
 * Article pages as ingest items, fetched `ahead` at a time and given back in the list's order (origin: the
 * URL asked for). A failure is an item with its code; `onFail` learns whether it may pass. Once `signal`
 * aborts, nothing more is given: what was not handed over stays to be read another time.
 */
export async function* pagesAhead(
  list: { url: string; hints: FeedHints }[], http: HttpClient, ahead: number, today: () => string,
  signal?: AbortSignal, onFail?: (url: string, f: Fail) => void,
): AsyncGenerator<Item> {
  const read = async ({ url, hints }: { url: string; hints: FeedHints }): Promise<Item | null> => {
    // An exception in reading one page is that item's failure, never the watch's.
    const r = await fetchArticle(http, url, hints, today(), signal).catch((err: unknown) => internal(`reading ${url}`, err));
    if (r.ok) return { ok: true, origin: url, input: r.value.input, bytesDone: 0 };
    if (r.code === 'E_STOPPED') return null;
    onFail?.(url, r);
    return { ok: false, origin: url, code: r.code, message: r.message, bytesDone: 0 };
  };
  const inflight: Promise<Item | null>[] = [];
  let next = 0;
  const fill = (): void => { while (next < list.length && inflight.length < ahead && !signal?.aborted) inflight.push(read(list[next++])); };
  fill();
  while (inflight.length) {
    const it = await inflight.shift()!;
    if (!it || signal?.aborted) return;
    fill();
    yield it;
  }
}
