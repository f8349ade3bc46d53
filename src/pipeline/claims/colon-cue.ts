// A speaker's colon at the head of a paragraph: interview transcripts ("SMITH: We will…") and
// headline attributions ("Minister: No talks until…"). Only short capitalised names qualify, and
// not the labels that also end in a colon (Note:, Update:, Photo:).
import type { Token } from '../../types.js';
import { isQuoteMark, type Phrase } from './noun-phrase.js';
import type { Span2 } from './locate-source.js';

const LABELS = new Set([
  'note', 'update', 'updated', 'correction', 'editor', "editor's", 'photo', 'photos', 'video', 'watch', 'read',
  'related', 'source', 'sources', 'see', 'also', 'warning', 'breaking', 'live', 'exclusive', 'opinion', 'analysis',
  'review', 'listen', 'credit', 'caption', 'advertisement', 'transcript', 'q', 'a', 'question', 'answer', 'tags',
  'topics', 'clarification', 'corrections', 'disclaimer', 'summary', 'background', 'context', 'subscribe', 'contact', 'email', 'tel', 'phone', 'fax', 'web', 'website', 'file', 'image', 'map', 'graphic',
]);

// geo11: a town's name in capitals before the colon ("PESHAWAR: Two policemen were shot…") is the dateline of the South
// Asian press, where the report was filed, not a speaker (`town` says whether the span is such a town, claims/index.ts).
export function colonCue(tokens: Token[], low: string[], s: Span2, town: (start: number, end: number) => boolean = () => false): { source: Phrase; cue: number } | null {
  let a = s.first;
  while (a < s.end && isQuoteMark(tokens[a])) a++;
  for (let k = a; k < s.end - 1 && k < a + 4; k++) {
    if (tokens[k].text === ':') {
      if (k === a || !tokens[k + 1] || tokens[k + 1].sentence !== tokens[k].sentence) return null;
      if (town(tokens[a].start, tokens[k - 1].end)) return null;
      return { source: { start: a, end: k, coreStart: a, coreEnd: k }, cue: k };
    }
    if (!/^[A-Z]/.test(tokens[k].text) || LABELS.has(low[k]) || (tokens[k].pos !== 'PROPN' && tokens[k].pos !== 'NOUN')) return null;
  }
  return null;
}
