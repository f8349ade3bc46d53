// Syndicated copies. `detectCopy`: is a new article a copy of one already stored (the same wire story
// in another outlet)? Looked up through the LSH band index, so the cost does not grow with the number
// of stored articles; what it records (copy_of) is where fusion looks for the incidents of a copy.
//
// `copyGroups`: the syndication groups among an incident's articles, which decide its independent
// sources. They are the connected components of "is a copy of" over those articles' signatures, every
// pair compared: a function of the set of articles alone. The copy_of recorded at ingest depends on the
// order articles came in (A~B and B~C but not A~C: A, C, B made two groups, A, B, C one; two processes
// ingesting at once met them in either order), and so did the source counts built on it.
import type { MemberEvent, Store } from '../store/store.js';
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

/** Past this many articles, only pairs sharing a band key are compared (as detectCopy does), not every pair. */
const ALL_PAIRS_UP_TO = 64;

/**
 * Article id → its group (the smallest id of its component of copies), for `ids`; an article without a
 * signature (too short to have one) is a group of its own.
 */
export function copyGroups(ids: number[], sigs: Map<number, Uint32Array>): Map<number, number> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parent = new Map<number, number>(sorted.map((id) => [id, id]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    for (let y = x; y !== r;) { const n = parent.get(y)!; parent.set(y, r); y = n; }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const signed = sorted.filter((id) => sigs.has(id));
  const compare = (a: number, b: number): void => {
    if (find(a) !== find(b) && isCopy(sigs.get(a)!, sigs.get(b)!).copy) union(a, b);
  };
  if (signed.length <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < signed.length; i++) for (let j = i + 1; j < signed.length; j++) compare(signed[i], signed[j]);
  } else {
    const buckets = new Map<number, number[]>();
    for (const id of signed) for (const k of bandKeys(sigs.get(id)!)) buckets.set(k, [...(buckets.get(k) ?? []), id]);
    for (const bucket of buckets.values()) for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) compare(bucket[i], bucket[j]);
  }
  return new Map(sorted.map((id) => [id, find(id)]));
}

/** The members with `group` set to their syndication group among these members' articles (copyGroups). */
export async function groupCopies<T extends MemberEvent>(store: Store, members: T[]): Promise<T[]> {
  const ids = [...new Set(members.map((m) => m.articleId))];
  const groups = copyGroups(ids, ids.length > 1 ? await store.signaturesOf(ids) : new Map());
  return members.map((m) => (m.group === groups.get(m.articleId) ? m : { ...m, group: groups.get(m.articleId)! }));
}
