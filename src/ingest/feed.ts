// RSS 2.0 and Atom feed files: each item is one article, with its title, link, date and the feed's
// title as the outlet. The item body (description, content:encoded, Atom content/summary) is the text.
import { DOMParser } from 'linkedom';
import type { ArticleInput } from '../types.js';

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) || /<rdf:RDF[\s>]/i.test(head);
}

function child(el: any, ...names: string[]): any {
  for (const n of names) {
    const found = el.getElementsByTagName(n)?.[0];
    if (found) return found;
  }
  return null;
}

const textOf = (el: any): string => (el?.textContent ?? '').trim();

/** RFC 822 (RSS) or ISO 8601 (Atom) date → YYYY-MM-DD, or undefined when unreadable. */
export function feedDate(s: string): string | undefined {
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
}

export interface FeedItem { input: ArticleInput; index: number }

export function parseFeed(xml: string, origin: string): FeedItem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as any;
  const channel = child(doc, 'channel') ?? doc.documentElement;
  const outlet = textOf(child(channel, 'title')) || undefined;
  const items = [...doc.getElementsByTagName('item'), ...doc.getElementsByTagName('entry')];
  return items.map((item: any, index: number) => {
    const linkEl = child(item, 'link');
    const link = (linkEl?.getAttribute?.('href') || textOf(linkEl) || textOf(child(item, 'guid', 'id'))) || undefined;
    const body = textOf(child(item, 'content:encoded', 'content', 'description', 'summary'));
    const title = textOf(child(item, 'title')) || undefined;
    const input: ArticleInput = {
      id: link ?? `${origin}#${index + 1}`,
      // A title-only item is still an article: the title is its text.
      text: body || title || '',
      title,
      url: link,
      outlet,
      published: feedDate(textOf(child(item, 'pubDate', 'published', 'updated', 'dc:date'))),
    };
    return { input, index };
  });
}
