// announced-change (world37, issue 13): a side that announces it will suspend, halt or end what it does ("the ELN announced it
// would suspend offensive operations during the elections") changes its activity by the announcement (codebook: Change to
// group/activity covers a group's declared changes of activity, such as a unilateral ceasefire): the "would" of the announced
// content is no plan of the report's. Read by mentions.ts (a plan word governing an activity change) and non-events.ts
// (nonevent.irrealis). General English: "announced (that) it would X" reports X as decided.

const ANNOUNCING: ReadonlySet<string> = new Set(['announced', 'declared', 'announces', 'declares', 'proclaimed']);

/** Whether the word at `at` is the "would" of "announced / declared (that) it|they would"; `word(k)` the lower-case word k. */
export function announcedWould(at: number, word: (k: number) => string | undefined): boolean {
  if (word(at) !== 'would') return false;
  let k = at - 1;
  if (word(k) !== 'it' && word(k) !== 'they') return false;
  k--;
  if (word(k) === 'that') k--;
  return ANNOUNCING.has(word(k) ?? '');
}
