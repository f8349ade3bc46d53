// Documented limits (README, "Limits and guarantees"). Every error that enforces one names it.
export const LIMITS = {
  /** Largest article accepted, in bytes of UTF-8 (or UTF-16 code units once decoded). */
  maxArticleBytes: 2 * 1024 * 1024,
  /** Largest single JSONL input line. Longer lines are skipped without being held in memory. */
  maxLineBytes: 4 * 1024 * 1024,
} as const;
