// Storing one read article: the article row (with its full text for search), its copy group, what the
// extractor read from it, and the fusion of its events into incidents. Callers run it in a transaction.
import { createHash } from 'node:crypto';
import type { ArticleInput, ExtractionResult } from '../types.js';
import { detectCopy, fuseArticle } from '../fuse/index.js';
import type { NewArticle, Store } from '../store/store.js';

/** The idempotency key of a text: case, punctuation and spacing differences do not make a new article. */
export function textHash(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}

export function toNewArticle(input: ArticleInput, text: string, origin: string | null): NewArticle {
  return {
    key: input.id,
    url: input.url?.trim() || null,
    textHash: textHash(text),
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    published: input.published?.slice(0, 10) ?? null,
    text,
    origin,
    language: input.language ?? null,
  };
}

export interface Stored { articleId: number; copyOf: number | null; incidents: number[] }

export async function storeArticle(store: Store, article: NewArticle, result: ExtractionResult): Promise<Stored> {
  const articleId = await store.insertArticle(article);
  const copyOf = await detectCopy(store, articleId, article.text);
  const members = await store.saveExtraction(articleId, result);
  const incidents = await fuseArticle(store, members);
  return { articleId, copyOf, incidents };
}
