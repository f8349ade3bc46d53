// HTML → readable text, through Mozilla Readability over a linkedom DOM. Block elements become
// paragraphs separated by blank lines so later stages see the article's structure.
// The DOM and Readability are loaded on the first HTML input only: most inputs are plain text and
// loading them costs a cold start ~60 ms.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { checkDay } from '../../io/dates.js';

const require = createRequire(import.meta.url);
let libs: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | null = null;
const htmlLibs = () => (libs ??= { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML });

const HTML_SIGNAL = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|article[\s>]|p[\s>]|div[\s>]|br\s*\/?>)/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_SIGNAL.test(text.slice(0, 4096));
}

export interface HtmlArticle {
  text: string;
  title?: string;
  published?: string;
  outlet?: string;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD', 'FIGCAPTION']);

export function htmlToArticle(html: string): HtmlArticle {
  const { Readability, parseHTML } = htmlLibs();
  // The parser keeps its open elements in an array it shifts and unshifts: each element opened inside
  // n others costs n, so a page of unclosed tags (`<div><p><span><b>` repeated, 680 KB) took 18 s before
  // any depth cap below could apply. Such a page is flattened first (a linear pass), then parsed.
  const deep = openDepth(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH;
  const { document } = parseHTML(deep ? flatten(html) : wrapIfFragment(html));
  const meta = readMeta(document);
  let root: any = document.body ?? document.documentElement;
  let title: string | undefined = meta.title;
  try {
    // Readability's cost grows steeply with nesting (2,000 nested divs took about a minute, 5,000
    // overflowed the stack) and with element count: hostile pages skip it and are read whole.
    if (domDepth(document.documentElement, MAX_DEPTH) > MAX_DEPTH) throw new Error('too deep for Readability');
    const parsed = new Readability(document as any, { charThreshold: 200, maxElemsToParse: MAX_ELEMENTS }).parse();
    if (parsed?.content) {
      root = parseHTML(`<html><body>${parsed.content}</body></html>`).document.body;
      title = parsed.title || title;
    }
  } catch {
    // Readability gives up on odd documents; the whole body is then read as it is.
  }
  const paragraphs: string[] = [];
  collectBlocks(root, paragraphs);
  const text = paragraphs.length ? paragraphs.join('\n\n') : squash(root?.textContent ?? '');
  return { text, title: title?.trim() || undefined, published: meta.published, outlet: meta.outlet };
}

function wrapIfFragment(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Real pages nest a few dozen elements deep; past this, a page is hostile or broken. */
const MAX_DEPTH = 120;
/** Past this many open elements (as the parser would count them), the page is flattened before parsing. */
export const MAX_PARSE_DEPTH = 1000;

// What the parser (htmlparser2, under linkedom) does with tags, as far as its stack depth goes: void
// elements are never open; some tags close the open one (a <p> closes the <p> before it); script, style,
// title, textarea and xmp hold raw text up to their end tag. From htmlparser2's Parser.js (v10).
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const P_ONLY = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const OPEN_CLOSES: Record<string, Set<string>> = {
  tr: new Set(['tr', 'th', 'td']), th: new Set(['th']), td: new Set(['thead', 'th', 'td']), body: new Set(['head', 'link', 'script']),
  li: new Set(['li']), option: new Set(['option']), optgroup: new Set(['optgroup', 'option']), dd: new Set(['dd', 'dt']), dt: new Set(['dd', 'dt']),
  rt: new Set(['rt', 'rp']), rp: new Set(['rt', 'rp']), tbody: new Set(['thead', 'tbody']), tfoot: new Set(['thead', 'tbody']),
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
};
for (const t of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']) OPEN_CLOSES[t] = P_ONLY;

/** A start or end tag; `[^<>]` so that stray `<` in text never makes a scan run past the next `<`. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>/g;

/**
 * The deepest the parser's stack of open elements gets, counted no further than `cap` + 1, in one linear
 * pass (a stack with a count per name, so an end tag is matched without a search).
 */
export function openDepth(html: string, cap: number): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!open.get(name)) continue; // an end tag with nothing to close changes no depth
      for (;;) {
        const top = stack.pop()!;
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    const closes = OPEN_CLOSES[name];
    while (closes && stack.length && closes.has(stack[stack.length - 1])) {
      const top = stack.pop()!;
      open.set(top, open.get(top)! - 1);
    }
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
    }
    if (VOID.has(name)) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > max && (max = stack.length) > cap) break;
  }
  TAG.lastIndex = 0;
  return max;
}

/** Tags that start a new paragraph when a page is flattened (the blocks, and what holds blocks). */
const BREAKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dt', 'dd', 'figcaption', 'div', 'br', 'tr',
  'ul', 'ol', 'dl', 'table', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'form', 'hr', 'address', 'details', 'body', 'html']);
const DROPPED = new Set(['script', 'style', 'noscript', 'template']);

/**
 * A hostile page as a flat one, in a linear pass: script, style, noscript and template dropped with their
 * content, each block tag a paragraph break, every other tag removed; `<title>`, `<meta>` and
 * `<time datetime>` kept in the head so the metadata reads as before. Text keeps its entities (the
 * parser decodes them), and a `<` that starts no tag is escaped.
 */
export function flatten(html: string): string {
  const lower = html.toLowerCase();
  const head: string[] = [];
  const paragraphs: string[] = [];
  let current = '';
  const text = (s: string): void => { current += s.replace(/</g, '&lt;'); };
  const brk = (): void => {
    if (/\S/.test(current)) paragraphs.push(`<p>${current}</p>`);
    current = '';
  };
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    text(html.slice(at, m.index));
    at = TAG.lastIndex;
    const name = m[2].toLowerCase();
    if (!m[1] && (DROPPED.has(name) || RAW_TEXT.has(name))) {
      const end = lower.indexOf(`</${name}`, at);
      const inner = html.slice(at, end < 0 ? html.length : end);
      if (name === 'title' && !head.some((h) => h.startsWith('<title'))) head.push(`<title>${inner.replace(/</g, '&lt;')}</title>`);
      else if (name === 'textarea' || name === 'xmp') text(inner);
      const close = end < 0 ? -1 : lower.indexOf('>', end);
      at = close < 0 ? html.length : close + 1;
      TAG.lastIndex = at;
      continue;
    }
    if (!m[1] && name === 'meta') head.push(`<meta${m[3].replace(/\/$/, '')}>`);
    else if (!m[1] && name === 'time' && /datetime/i.test(m[3])) head.push(`<time${m[3].replace(/\/$/, '')}></time>`);
    if (BREAKS.has(name)) brk();
  }
  TAG.lastIndex = 0;
  text(html.slice(at));
  brk();
  return `<!doctype html><html><head>${head.join('')}</head><body>${paragraphs.join('')}</body></html>`;
}
const MAX_ELEMENTS = 30_000;

/** The element depth under `root`, counted without recursion and no further than `cap` + 1. */
function domDepth(root: any, cap: number): number {
  let max = 0;
  const stack: [any, number][] = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > cap) return max;
    for (const c of node?.children ?? []) stack.push([c, d + 1]);
  }
  return max;
}

function collectBlocks(node: any, out: string[], depth = 0): void {
  for (const child of node?.children ?? []) {
    const tag = child.tagName?.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    // Below MAX_DEPTH a subtree is read as one paragraph: no deep recursion, no repeated textContent.
    if (depth >= MAX_DEPTH) {
      const text = squash(child.textContent ?? '');
      if (text) out.push(text);
      continue;
    }
    const hasBlockChild = [...(child.children ?? [])].some((c: any) => BLOCKS.has(c.tagName?.toUpperCase()) || c.tagName?.toUpperCase() === 'DIV');
    if (BLOCKS.has(tag) && !hasBlockChild) {
      const text = squash(child.textContent ?? '');
      if (text) out.push(text);
    } else {
      const before = out.length;
      collectBlocks(child, out, depth + 1);
      // A div holding only inline content is a paragraph too.
      if (out.length === before && tag === 'DIV') {
        const text = squash(child.textContent ?? '');
        if (text) out.push(text);
      }
    }
  }
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function readMeta(document: any): { title?: string; published?: string; outlet?: string } {
  const content = (sel: string): string | undefined => document.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const date = content('meta[property="article:published_time"]') ?? content('meta[name="date"]') ?? content('meta[itemprop="datePublished"]')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime');
  // A page's impossible date ("2024-13-45") is no date: the page is read undated, never rolled over.
  const day = date ? checkDay(date) : null;
  const published = day?.ok ? day.value : undefined;
  return {
    title: content('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    published,
    outlet: content('meta[property="og:site_name"]'),
  };
}
