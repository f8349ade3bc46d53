// normalize: an input article → the text every later stage reads. Plain text passes through
// unchanged, so offsets stay offsets into the caller's text; HTML is reduced to its readable text.
import type { ArticleInput, Outcome } from '../../types.js';
import { checkText } from '../../io/decode.js';
import { checkDay } from '../../io/dates.js';
import { htmlToArticle, looksLikeHtml } from './html.js';
import { extend } from '../extend.js';

export interface NormalizedArticle extends ArticleInput {
  /** True when `text` was derived from HTML, so the result must carry the text its offsets refer to. */
  fromHtml: boolean;
}

export function normalize(input: ArticleInput): Outcome<NormalizedArticle> {
  const checked = checkText(input.text);
  if (!checked.ok) return checked;
  // The caller's dates are checked here, where every reading starts: an impossible day is refused
  // (E_BAD_DATE), never rolled over; a date with a time keeps its day.
  const given = input.published === undefined ? undefined : checkDay(input.published);
  if (given && !given.ok) return given;
  const fallback = input.publishedDefault === undefined ? undefined : checkDay(input.publishedDefault, 'the default publication date');
  if (fallback && !fallback.ok) return fallback;
  const published = given?.value;
  const { publishedDefault: _d, ...rest } = input;
  if (!looksLikeHtml(checked.value)) return { ok: true, value: extend(rest, { published: published ?? fallback?.value, fromHtml: false }) };
  const html = htmlToArticle(checked.value);
  if (!/\S/.test(html.text)) return { ok: false, code: 'E_EMPTY', message: 'the HTML page has no readable text' };
  return {
    ok: true,
    value: extend(rest, { text: html.text,
      title: input.title ?? html.title,
      // The page's own date beats a default given for a whole batch.
      published: published ?? html.published ?? fallback?.value,
      outlet: input.outlet ?? html.outlet,
      fromHtml: true,
    }),
  };
}
