// The reading pipeline. Order here matters: each stage reads what the ones before it produced.
//   normalize → segment → places → claims → events → result
import type { ArticleInput, ExtractionResult, Outcome } from '../types.js';
import type { Context } from './context.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import { findPlaces } from './places/index.js';
import { findClaims } from './claims/index.js';
import { findEvents } from './events/index.js';
import { readDatelineDate } from './segment/dateline.js';
import type { SentenceReading } from './events/types.js';
import { readArticle } from './reading.js';

/** `trace`, when given, receives how each sentence with an incident word was read (`sitrep extract --explain`). */
export function extractArticle(input: ArticleInput, ctx: Context, trace?: SentenceReading[]): Outcome<ExtractionResult & { text?: string }> {
  const normalized = normalize(input);
  if (!normalized.ok) return normalized;
  const article = normalized.value;
  // An article marked as written in another language is stored, not misread: the rules read English.
  if (input.language && !/^en(?:-|$)/i.test(input.language)) {
    const unread: ExtractionResult & { text?: string } = { id: input.id, ...(article.title ? { title: article.title } : {}), ...(article.published ? { published: article.published } : {}), places: [], events: [], claims: [] };
    if (article.fromHtml) unread.text = article.text;
    return { ok: true, value: unread };
  }
  const doc = segment(article);
  // An article that came with no date of its own is dated by its dateline ("KHERSON, Ukraine, June 10 —").
  if (!doc.published) {
    const dateline = readDatelineDate(doc, ctx?.today?.());
    if (dateline) Object.assign(doc, { published: dateline.day, publishedFrom: dateline.why });
  }
  // What the stages work out about this article's words lives on its reading, never in a module (reading.ts).
  const reading = readArticle(doc, ctx);
  const places = findPlaces(doc, ctx);
  const found = findClaims(doc, places, ctx, reading);
  const { events, claims } = findEvents(doc, places, found, ctx, trace, reading);
  const result: ExtractionResult & { text?: string } = {
    id: input.id,
    ...(article.title ? { title: article.title } : {}),
    ...(doc.published ? { published: doc.published } : {}),
    places,
    events,
    claims,
  };
  // Offsets of an HTML input refer to its readable text, so that text travels with the result.
  if (article.fromHtml) result.text = article.text;
  return { ok: true, value: result };
}
