// A pure function of a key, remembered: the readers meet the same words article after article, and a
// long-running process must not grow without limit, so the memo is bounded and cleared whole when full
// (one Map lookup per call; no eviction bookkeeping on the hot path).
export function memoized<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, (v = compute(key)));
    }
    return v;
  };
}
