// case16 (issue 13): a crowd word that is the source of a report ("Residents reported heavy gunfire between troops and rebels",
// "villagers said"): English grammar, the subject of a reporting verb tells what it saw, no act of its own; a demonstration that
// speaks ("marchers demanding", "protesters chanted") is still one, so only the bare crowd words (CROWD) and reporting verbs
// (counting.ts REPORTING) are read here. Provenance: written for this project.
import { REPORTING } from '../../lexicon/counting.js';
import type { Span, Token } from '../../types.js';
import type { CueHit } from './cue-matcher.js';
import type { Concept } from '../../lexicon/event-cues.js';

/** The crowd hit `h` stands inside a source span of `quiet` whose next word is a reporting verb. */
export function reportingCrowd(h: CueHit<Concept>, quiet: readonly Span[], tokens: readonly Token[], words: readonly string[]): boolean {
  if (h.concept !== 'CROWD') return false;
  const a = tokens[h.first].start, b = tokens[h.end - 1].end;
  const q = quiet.find((s) => s.start <= a && b <= s.end);
  if (!q) return false;
  let k = h.end;
  while (k < tokens.length && tokens[k].start < q.end) k++;
  return REPORTING.has(words[k] ?? '');
}
