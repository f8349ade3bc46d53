// The reading pipeline. Order here matters: each stage reads what the ones before it produced.
//   normalize → segment → places → claims → events → result
import type { ArticleInput, Doc, ExtractionResult, Outcome, Place } from '../types.js';
import type { Context } from './context.js';
import { normalize, type NormalizedArticle } from './normalize/index.js';
import { segment } from './segment/index.js';
import { findPlaces } from './places/index.js';
import { findClaims } from './claims/index.js';
import { findEvents } from './events/index.js';
import { readDatelineDate } from './segment/dateline.js';
import type { SentenceReading } from './events/types.js';
import { readArticle, type ArticleReading } from './reading.js';

/** `trace`, when given, receives how each sentence with an incident word was read (`sitrep extract --explain`). */
export function extractArticle(input: ArticleInput, ctx: Context, trace?: SentenceReading[]): Outcome<ExtractionResult & { text?: string }> {
  return readBatch([input], ctx, trace, false)[0];
}

type Extracted = Outcome<ExtractionResult & { text?: string }>;

/** An article on its way through the stages (extractArticles). */
interface Reading {
  input: ArticleInput;
  article: NormalizedArticle;
  doc: Doc;
  reading?: ArticleReading;
  places?: Place[];
  found?: ReturnType<typeof findClaims>;
}

/**
 * Several articles read stage by stage: each stage reads every article of the batch before the next stage starts.
 * The answers are extractArticle's, article for article (the stages are pure and read one article each); what changes is
 * the order of the work: a stage's code and tables stay in the processor's caches across the batch instead of being
 * evicted by the four other stages at every article (the reader, 17,000 lines, outgrew them): `sitrep extract --jsonl`
 * on the bench corpus took ~0.93-0.95 of the CPU time read 16 at a time. A stage that throws on one article (a bug of
 * ours) answers that article with E_INTERNAL and the others go on.
 */
export function extractArticles(inputs: readonly ArticleInput[], ctx: Context): Extracted[] {
  return readBatch(inputs, ctx, undefined, true);
}

/** `contain`: a stage that throws answers its article with E_INTERNAL; else the error goes up (extractArticle, as ever). */
function readBatch(inputs: readonly ArticleInput[], ctx: Context, trace: SentenceReading[] | undefined, contain: boolean): Extracted[] {
  const out: Extracted[] = new Array(inputs.length);
  /** The articles still being read, with their index in `inputs`. */
  const going: Array<{ at: number; r: Reading }> = [];
  const attempt = (at: number, step: () => Extracted | null): boolean => {
    if (!contain) return settle(out, at, step());
    try {
      return settle(out, at, step());
    } catch (err) {
      out[at] = { ok: false, code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) };
      return false;
    }
  };
  /** Runs `step` on each article still going; one answered by it (an error) leaves the batch. */
  const stage = (step: (g: { at: number; r: Reading }) => void): void => {
    let kept = 0;
    for (const g of going) if (attempt(g.at, () => { step(g); return null; })) going[kept++] = g;
    going.length = kept;
  };
  inputs.forEach((input, at) => {
    attempt(at, () => {
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
      going.push({ at, r: { input, article, doc } });
      return null;
    });
  });
  // What the stages work out about an article's words lives on its reading, never in a module (reading.ts).
  stage(({ r }) => { r.reading = readArticle(r.doc, ctx); });
  stage(({ r }) => { r.places = findPlaces(r.doc, ctx, r.reading!.hierarchyOf); });
  stage(({ r }) => { r.found = findClaims(r.doc, r.places!, ctx, r.reading); });
  stage(({ at, r }) => {
    const { events, claims } = findEvents(r.doc, r.places!, r.found!, ctx, trace, r.reading);
    const result: ExtractionResult & { text?: string } = {
      id: r.input.id,
      ...(r.article.title ? { title: r.article.title } : {}),
      ...(r.doc.published ? { published: r.doc.published } : {}),
      places: r.places!,
      events,
      claims,
    };
    // Offsets of an HTML input refer to its readable text, so that text travels with the result.
    if (r.article.fromHtml) result.text = r.article.text;
    out[at] = { ok: true, value: result };
  });
  return out;
}

/** `out[at]` set to `answer` (null: the article goes on); whether it goes on. */
function settle(out: Extracted[], at: number, answer: Extracted | null): boolean {
  if (answer) out[at] = answer;
  return !answer;
}
