// RSS 2.0 and Atom feed files: each item is one article, with its title, link, date and the feed's
// title as the outlet. The item body (description, content:encoded, Atom content/summary) is the text.
import { DOMParser } from 'linkedom';
import type { ArticleInput, Failure, Outcome } from '../types.js';
import { checkDay } from '../io/dates.js';

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

const MONTH: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };
/** RFC 822 / 2822 (RSS): "Tue, 10 Jun 2025 07:30:00 +0300"; the day as the outlet wrote it. */
const RFC822 = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})(?!\d)/;

/** RFC 822 (RSS) or ISO 8601 (Atom) date → YYYY-MM-DD; undefined when absent or in no form read here;
 * E_BAD_DATE when it names a day that does not exist (checked as every date entering sitrep is, never
 * rolled over into the next month). */
export function feedDate(s: string): Outcome<string | undefined> {
  if (!s) return { ok: true, value: undefined };
  if (/^\d{4}-/.test(s)) return checkDay(s, 'the item\'s date');
  const m = RFC822.exec(s.trim());
  if (!m || !MONTH[m[2].toLowerCase()]) return { ok: true, value: undefined };
  // RFC 2822 §4.3: a two-digit year is 2000-2049 below 50, else 1950-1999.
  const year = m[3].length === 4 ? m[3] : String((+m[3] < 50 ? 2000 : 1900) + +m[3]);
  const day = checkDay(`${year}-${MONTH[m[2].toLowerCase()]}-${m[1].padStart(2, '0')}`, 'the item\'s date');
  return day.ok ? day : { ...day, message: `${day.message.replace(/, got .*$/, '')}, got ${JSON.stringify(s).slice(0, 40)}` };
}

/** An item, or why it cannot be read (an impossible date). */
export interface FeedItem { input: ArticleInput; index: number; error?: Failure }

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
    const date = feedDate(textOf(child(item, 'pubDate', 'published', 'updated', 'dc:date')));
    const input: ArticleInput = {
      id: link ?? `${origin}#${index + 1}`,
      // A title-only item is still an article: the title is its text.
      text: body || title || '',
      title,
      url: link,
      outlet,
      published: date.ok ? date.value : undefined,
    };
    return date.ok ? { input, index } : { input, index, error: date };
  });
}
