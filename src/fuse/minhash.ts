// Near-duplicate detection for syndicated copies (one wire story printed by several outlets):
// word 5-gram shingles → a 128-value MinHash signature. Its first 8 values are the lookup keys (LSH with
// bands of one row): two texts share a given value with probability equal to their Jaccard similarity J,
// so they share at least one key with probability 1-(1-J)^8 (0.996 at J = 0.5). Eight keys, not dozens of
// bands, because each key is a random insert into an index: at 100k articles the index writes dominate.
// The whole signature then estimates J for the few candidates found.
// A reprint often adds the outlet's own lines, so a copy is also one whose shingles are nearly all
// contained in the other's (containment, from the Jaccard estimate and the two shingle counts).
// (Broder 1997 for MinHash; Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets" ch. 3 for banding.)

export const SIGNATURE_SIZE = 128;
export const BANDS = 8;
const ROWS = 1;
const SHINGLE = 5;
/** Estimated Jaccard similarity at or above which two articles are copies of one story. */
export const COPY_THRESHOLD = 0.6;
/** Or: this share of the smaller text's shingles found in the larger, when neither is under half the other. */
export const CONTAINMENT_THRESHOLD = 0.85;

const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = fmix32(x + 0x6d2b79f5 + i);
    seeds[i] = x;
  }
  return seeds;
})();

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-cased words; punctuation, case and spacing differences between outlets do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The MinHash signature of a text (SIGNATURE_SIZE values, then the number of distinct shingles), or null
 * when it is too short to have a shingle.
 */
export function signature(text: string): Uint32Array | null {
  const w = words(text);
  if (w.length < SHINGLE) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE + 1).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE).join(' '));
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = fmix32(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  sig[SIGNATURE_SIZE] = seen.size;
  return sig;
}

/** One integer key per band (band number in the high bits), for an index lookup. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h ^ sig[b * ROWS + r], 0x01000193));
    keys.push(b * 0x1_0000_0000 + h);
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Is one text a copy of the other (near-equal, or nearly all of the smaller inside the larger)? */
export function isCopy(a: Uint32Array, b: Uint32Array): { copy: boolean; score: number } {
  const j = similarity(a, b);
  const na = a[SIGNATURE_SIZE] ?? 0;
  const nb = b[SIGNATURE_SIZE] ?? 0;
  const small = Math.min(na, nb);
  const large = Math.max(na, nb);
  // |A∩B| = J(|A|+|B|)/(1+J); containment of the smaller set = |A∩B| / |smaller|.
  const containment = small ? Math.min(1, (j * (na + nb)) / (1 + j) / small) : 0;
  const copy = j >= COPY_THRESHOLD || (containment >= CONTAINMENT_THRESHOLD && small >= large / 2);
  return { copy, score: Math.max(j, containment) };
}
