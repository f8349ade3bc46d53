// An article page (HTML) → the article sitrep reads and stores: its readable text and its metadata.
// - boilerplate goes first: navigation, headers and footers outside the article, cookie and consent
//   banners, share bars, related-story lists, comments, newsletter and ad slots (by element, ARIA role,
//   and class or id words), never an element that holds the article itself; an article a consent wall
//   hides (hidden, aria-hidden, display:none) is shown again, other hidden elements dropped;
// - then Mozilla Readability (src/pipeline/normalize/html.ts) picks the article and gives its text;
// - title: og:title, JSON-LD headline, Readability's title, <title>, the feed item's title;
// - canonical URL: <link rel=canonical>, else the URL answered after redirects, tracking parameters dropped;
// - outlet: og:site_name, the feed's title (a news sitemap's publication name), JSON-LD publisher, the host;
// - publication date, in this order: JSON-LD datePublished, article:published_time, <time datetime> (in the
//   article first), the dateline of the text, the feed item's date; each passes the one date check
//   (src/io/dates.ts), so an impossible one is passed over for the next;
// - language: declared (html lang, Content-Language, og:locale, JSON-LD inLanguage, the feed's) and checked
//   against the text (language.ts). An article not in English is stored with its language and not read.
import { parseHTML } from 'linkedom';
import type { ArticleInput, Outcome, Sentence } from '../types.js';
import { checkDay } from '../io/dates.js';
import { flatten, htmlToArticle, openDepth } from '../pipeline/normalize/html.js';
import { readDatelineDate } from '../pipeline/segment/dateline.js';
import { detectLanguage, type Language } from './language.js';
import { cleanUrl, hostName, parseHttpUrl } from './url.js';
import { cleanOutlet, cleanTitle, LIMITS } from './clean-text.js';

/**
 * A page nested deeper than this is read flat (normalize/html.ts flatten: its paragraphs, title and meta
 * tags, no boilerplate structure left to remove). Real pages nest a few dozen deep; html.ts gives up
 * Readability past the same depth. Without it, boilerplate removal looks into every nested candidate:
 * 20,000 nested share bars around one paragraph took 31 s.
 */
const MAX_PAGE_DEPTH = 120;

/** What a feed said of the item, used where the page says nothing. */
export interface FeedHints { title?: string; published?: string; outlet?: string; language?: string }

export type DateSource = 'json-ld' | 'article:published_time' | 'time' | 'dateline' | 'feed';

export interface PageArticle {
  input: ArticleInput & { url: string; outlet: string; language: string };
  publishedFrom?: DateSource;
  language: Language;
}

const BOILERPLATE_TAGS = 'nav, aside, footer, form, dialog, iframe, button, select, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], [role="alertdialog"], [role="menu"], [role="menubar"], [role="toolbar"], [aria-modal="true"]';
/** Class and id words of boilerplate blocks, as whole words of a hyphen/underscore-separated name. */
const BOILERPLATE_WORDS = new RegExp(`(?:^|[-_])(?:${[
  'cookies?', 'consent', 'gdpr', 'cmp', 'onetrust', 'didomi', 'cookiebot', 'truste', 'privacy(?=[-_]?(?:banner|notice|popup))',
  'share', 'sharing', 'sharebar', 'social', 'addthis', 'sharethis',
  'related', 'recommended', 'more[-_]?stories', 'read[-_]?more', 'most[-_]?read', 'popular', 'trending', 'outbrain', 'taboola',
  'comments?', 'disqus', 'replies',
  'newsletter', 'subscribe', 'signup', 'promo', 'advert(?:isement)?', 'ads?', 'ad[-_]?slot', 'sponsored',
  'breadcrumbs?', 'skip[-_]?link', 'menu', 'navbar', 'masthead',
].join('|')})(?:$|[-_])`, 'i');
const ARTICLE_ROOTS = 'article, main, [itemprop="articleBody"], [role="main"]';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

/** Paragraph text a block must hold to be taken for the article when named like boilerplate (about three sentences). */
const MIN_ARTICLE_CHARS = 400;

const squash = (s: string | null | undefined): string => String(s ?? '').replace(/\s+/g, ' ').trim();

/** The characters of paragraph text under `el`: what an article is made of. */
function paragraphChars(el: any, lengths: Map<any, number>): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) {
    let len = lengths.get(p);
    if (len === undefined) lengths.set(p, (len = squash(p.textContent).length));
    n += len;
  }
  return n;
}

/** Removes boilerplate and shows an article hidden behind a consent wall. */
function clean(document: any): void {
  const body = document.body ?? document.documentElement;
  // Each paragraph's length is measured once: candidates nest (up to the page depth), and each looks at
  // the paragraphs under it.
  const lengths = new Map<any, number>();
  const total = Math.max(1, paragraphChars(body, lengths));
  // A block named like boilerplate that wraps the article (a 'share-wrapper' round the whole story) stays;
  // one whose text is most of the page only because the page has no article (a cookie notice on a page
  // whose story comes by script) does not: an article holds a few sentences at least.
  const holdsArticle = (el: any): boolean => {
    if (el.matches?.(ARTICLE_ROOTS) || el.querySelector?.(ARTICLE_ROOTS)) return true;
    const chars = paragraphChars(el, lengths);
    return chars > total * 0.4 && chars >= MIN_ARTICLE_CHARS;
  };
  const remove = (el: any): void => { if (el.isConnected !== false && !holdsArticle(el)) el.remove(); };
  for (const el of [...body.querySelectorAll(BOILERPLATE_TAGS)]) remove(el);
  for (const el of [...body.querySelectorAll('header')]) if (!el.closest('article')) remove(el);
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
    if (names.some((n: string) => n && BOILERPLATE_WORDS.test(n))) remove(el);
  }
  for (const el of [...body.querySelectorAll(HIDDEN)]) {
    if (holdsArticle(el) || paragraphChars(el, lengths) >= 200) {
      el.removeAttribute('hidden');
      el.removeAttribute('aria-hidden');
      const style = String(el.getAttribute('style') ?? '').replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, '');
      if (style.trim()) el.setAttribute('style', style); else el.removeAttribute('style');
    } else {
      el.remove();
    }
  }
}

interface JsonLd { datePublished?: string; headline?: string; inLanguage?: string; publisher?: string }

/** The article object of the page's JSON-LD (schema.org): a NewsArticle or kin first, any object with a date else. */
function readJsonLd(document: any): JsonLd {
  const found: any[] = [];
  const walk = (v: any, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 6) return;
    if (Array.isArray(v)) { for (const x of v) walk(x, depth + 1); return; }
    found.push(v);
    if (v['@graph']) walk(v['@graph'], depth + 1);
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { walk(JSON.parse(s.textContent ?? ''), 0); } catch { /* a broken block is skipped */ }
  }
  const types = (v: any): string[] => [].concat(v?.['@type'] ?? []).map(String);
  const best = found.find((v) => types(v).some((t) => /Article|BlogPosting|Report/.test(t))) ?? found.find((v) => typeof v.datePublished === 'string');
  if (!best) return {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const lang = best.inLanguage;
  return {
    datePublished: str(best.datePublished),
    headline: str(best.headline),
    inLanguage: str(lang) ?? str(lang?.alternateName) ?? str(lang?.name),
    publisher: str(best.publisher?.name) ?? str([].concat(best.publisher ?? [])[0]?.['name']),
  };
}

const meta = (document: any, key: string): string | undefined =>
  squash(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')) || undefined;

function day(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = checkDay(value.trim());
  return d.ok ? d.value : undefined;
}

/** The dateline's date, read from the first paragraphs of the text (src/pipeline/segment/dateline.ts). */
function datelineDay(text: string, today: string): string | undefined {
  const sentences: Sentence[] = [];
  let at = 0;
  for (const para of text.split('\n\n').slice(0, 3)) {
    sentences.push({ start: at, end: at + para.length, firstToken: 0, endToken: 0, paragraph: sentences.length });
    at += para.length + 2;
  }
  return readDatelineDate({ text, sentences }, today)?.day;
}

export interface ReadPageOptions {
  /** The URL the page was answered from (after redirects). */
  url: string;
  contentLanguage?: string | null;
  feed?: FeedHints;
  /** Today (YYYY-MM-DD): a dateline without a year is the latest such day on or before it. */
  today: string;
}

export function readPage(html: string, opts: ReadPageOptions): Outcome<PageArticle> {
  const base = parseHttpUrl(opts.url);
  if (!base) return { ok: false, code: 'E_BAD_URL', message: `not an http(s) URL: ${opts.url}` };
  const deep = openDepth(html, MAX_PAGE_DEPTH) > MAX_PAGE_DEPTH;
  const { document } = parseHTML(deep ? flatten(html) : /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const ld = readJsonLd(document);
  const canonicalHref = [...document.querySelectorAll('link[rel][href]')].find((l: any) => String(l.getAttribute('rel')).toLowerCase().split(/\s+/).includes('canonical'))?.getAttribute('href');
  const linked = canonicalHref && canonicalHref.length <= LIMITS.url ? cleanUrl(canonicalHref, base.toString()) : null;
  const canonical = linked && linked.length <= LIMITS.url ? linked : cleanUrl(base.toString())!;
  const docTitle = squash(document.querySelector('title')?.textContent) || undefined;
  const declared = [document.documentElement?.getAttribute?.('lang'), meta(document, 'content-language') ?? document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    opts.contentLanguage, meta(document, 'og:locale'), ld.inLanguage, opts.feed?.language];
  const metaDates: [DateSource, string | undefined][] = [['json-ld', day(ld.datePublished)], ['article:published_time', day(meta(document, 'article:published_time'))]];

  clean(document);
  const timeEl = document.querySelector('article time[datetime]') ?? document.querySelector('time[pubdate][datetime]') ?? document.querySelector('time[datetime]');
  metaDates.push(['time', day(timeEl?.getAttribute('datetime'))]);
  const read = htmlToArticle(document.toString());
  const text = read.text.trim();
  if (!/\S/.test(text)) return { ok: false, code: 'E_EMPTY', message: `${canonical} has no readable text` };

  let published: string | undefined;
  let publishedFrom: DateSource | undefined;
  for (const [from, value] of metaDates) if (!published && value) { published = value; publishedFrom = from; }
  if (!published) {
    const fromDateline = datelineDay(text, opts.feed?.published ?? opts.today);
    if (fromDateline) { published = fromDateline; publishedFrom = 'dateline'; }
    else if (opts.feed?.published) { published = opts.feed.published; publishedFrom = 'feed'; }
  }
  const language = detectLanguage(text, declared);
  const outlet = cleanOutlet(meta(document, 'og:site_name')) ?? cleanOutlet(opts.feed?.outlet) ?? cleanOutlet(ld.publisher) ?? hostName(base);
  const title = cleanTitle(meta(document, 'og:title')) ?? cleanTitle(ld.headline) ?? cleanTitle(read.title) ?? cleanTitle(docTitle) ?? cleanTitle(opts.feed?.title);
  const input: PageArticle['input'] = { id: canonical, text, url: canonical, outlet, language: language.tag };
  if (title) input.title = title;
  if (published) input.published = published;
  return { ok: true, value: { input, language, ...(publishedFrom ? { publishedFrom } : {}) } };
}
