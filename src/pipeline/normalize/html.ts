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
  const { document } = parseHTML(wrapIfFragment(html));
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
