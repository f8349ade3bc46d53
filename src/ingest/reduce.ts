// An input's duplicate key before it is read. The store keys an article by the hash of its readable
// text (store-article.ts textHash); for an HTML page that is the text the HTML is reduced to, not the
// markup, so a page is reduced first and its readable text hashed: re-ingesting a folder of HTML pages
// then finds each stored without reading it again (hashing the raw HTML never matched anything). The
// reduced page is what gets read, so a new page is not reduced twice.
import type { ArticleInput, Failure } from '../types.js';
import { checkText } from '../io/decode.js';
import { htmlToArticle, looksLikeHtml } from '../pipeline/normalize/html.js';

export interface Reduced {
  /** The text whose hash the store keeps for this article. */
  key: string;
  /** What to read: the input itself, or for HTML its readable text with the page's title and date. */
  input: ArticleInput;
}

export function reduceInput(input: ArticleInput): Reduced | Failure {
  const checked = checkText(input.text);
  if (!checked.ok) return checked;
  if (!looksLikeHtml(input.text)) return { key: input.text, input };
  const html = htmlToArticle(input.text);
  if (!/\S/.test(html.text)) return { ok: false, code: 'E_EMPTY', message: 'the HTML page has no readable text' };
  // Readable text that itself looks like HTML (a page quoting markup) would be reduced again if read as
  // text: such a page is read from its HTML, as before.
  if (looksLikeHtml(html.text)) return { key: html.text, input };
  // What normalize would take from the page: its title and date where the input gives none. (The outlet
  // stays the input's: the reading of an HTML page never carried og:site_name into the store.)
  const title = input.title ?? html.title;
  const published = input.published ?? html.published;
  return { key: html.text, input: { ...input, text: html.text, ...(title !== undefined ? { title } : {}), ...(published !== undefined ? { published } : {}) } };
}

export function isReduced(r: Reduced | Failure): r is Reduced {
  return (r as Failure).ok !== false;
}
