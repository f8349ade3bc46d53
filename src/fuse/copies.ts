// Is a new article a copy of one already stored (the same wire story in another outlet)? Looked up
// through the LSH band index, so the cost does not grow with the number of stored articles.
import type { Store } from '../store/store.js';
import { bandKeys, isCopy, signature } from './minhash.js';

/** Records the article's signature; returns the first article of its syndication group, or null. */
export async function detectCopy(store: Store, articleId: number, text: string): Promise<number | null> {
  const sig = signature(text);
  if (!sig) return null;
  const keys = bandKeys(sig);
  let best: { id: number; sim: number } | null = null;
  for (const c of await store.findByBands(keys)) {
    if (c.articleId === articleId) continue;
    const { copy, score } = isCopy(sig, c.signature);
    if (copy && (!best || score > best.sim)) best = { id: c.copyOf ?? c.articleId, sim: score };
  }
  await store.addSignature(articleId, sig, keys);
  if (best) await store.setCopyOf(articleId, best.id);
  return best?.id ?? null;
}
