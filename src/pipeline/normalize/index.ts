// normalize: an input article → the text every later stage reads. Plain text passes through
// unchanged, so offsets stay offsets into the caller's text; HTML is reduced to its readable text.
import type { ArticleInput, Outcome } from '../../types.js';
import { checkText } from '../../io/decode.js';
import { htmlToArticle, looksLikeHtml } from './html.js';

export interface NormalizedArticle extends ArticleInput {
  /** True when `text` was derived from HTML, so the result must carry the text its offsets refer to. */
  fromHtml: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function normalize(input: ArticleInput): Outcome<NormalizedArticle> {
  const checked = checkText(input.text);
  if (!checked.ok) return checked;
  if (input.published !== undefined && (typeof input.published !== 'string' || !DATE.test(input.published.slice(0, 10)))) {
    return { ok: false, code: 'E_BAD_DATE', message: `published must be YYYY-MM-DD, got ${JSON.stringify(input.published).slice(0, 40)}` };
  }
  const published = input.published?.slice(0, 10);
  if (!looksLikeHtml(checked.value)) return { ok: true, value: { ...input, published, fromHtml: false } };
  const html = htmlToArticle(checked.value);
  if (!/\S/.test(html.text)) return { ok: false, code: 'E_EMPTY', message: 'the HTML page has no readable text' };
  return {
    ok: true,
    value: {
      ...input,
      text: html.text,
      title: input.title ?? html.title,
      published: published ?? html.published,
      outlet: input.outlet ?? html.outlet,
      fromHtml: true,
    },
  };
}
