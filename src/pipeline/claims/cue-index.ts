// The cue lexicon compiled once per process: every inflected form of every cue verb → its lemma and
// class, and one regular expression for all the multi-word cues.
import { CUE_VERBS, IRREGULAR_FORMS, PHRASE_CUES, type CueClass, type PhraseCue } from '../../lexicon/attribution-cues.js';

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export interface VerbCue {
  lemma: string;
  cls: CueClass;
  form: VerbForm;
}

const DOUBLED = /[^aeiou][aeiou][bdgmnprt]$/; // admit → admitted; but not "report" (two-syllable stress ignored)
const NO_DOUBLE = new Set(['question', 'counter', 'signal', 'threaten', 'mention', 'caution', 'assess', 'fear', 'report', 'suspect', 'recount', 'blame', 'explain', 'complain', 'maintain', 'remark', 'vow']);

/** Regular English inflections of a verb lemma (good enough for the reporting verbs we list). */
export function inflect(lemma: string): Array<[string, VerbForm]> {
  const out: Array<[string, VerbForm]> = [[lemma, 'base']];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) out.push([lemma + 'es', 's']);
  else if (/[^aeiou]y$/.test(lemma)) out.push([lemma.slice(0, -1) + 'ies', 's']);
  else out.push([lemma + 's', 's']);
  if (lemma.endsWith('e')) {
    out.push([lemma + 'd', 'ed'], [lemma.slice(0, -1) + 'ing', 'ing']);
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.push([lemma.slice(0, -1) + 'ied', 'ed'], [lemma + 'ing', 'ing']);
  } else if (DOUBLED.test(lemma) && !NO_DOUBLE.has(lemma) && lemma.length <= 6) {
    const d = lemma + lemma[lemma.length - 1];
    out.push([d + 'ed', 'ed'], [d + 'ing', 'ing']);
  } else {
    out.push([lemma + 'ed', 'ed'], [lemma + 'ing', 'ing']);
  }
  return out;
}

const IRREGULAR_FORM_OF: Record<string, VerbForm> = { said: 'ed', told: 'ed', wrote: 'ed', written: 'ed', thought: 'ed', found: 'ed', shown: 'ed', showed: 'ed' };

function buildVerbIndex(): Map<string, VerbCue> {
  const index = new Map<string, VerbCue>();
  for (const [cls, lemmas] of Object.entries(CUE_VERBS) as Array<[CueClass, string[]]>) {
    for (const lemma of lemmas) for (const [form, f] of inflect(lemma)) if (!index.has(form)) index.set(form, { lemma, cls, form: f });
  }
  for (const [form, lemma] of Object.entries(IRREGULAR_FORMS)) {
    const known = index.get(lemma);
    const f: VerbForm = IRREGULAR_FORM_OF[form] ?? (form.endsWith('ing') ? 'ing' : form.endsWith('s') ? 's' : 'ed');
    index.set(form, { lemma, cls: known?.cls ?? 'speech', form: f });
  }
  return index;
}

export const VERB_CUES: Map<string, VerbCue> = buildVerbIndex();

/** One regex for every multi-word cue; group i+1 matches PHRASE_CUES[i]. */
export const PHRASE_RE = new RegExp(PHRASE_CUES.map((p) => `\\b(${p.pattern})\\b`).join('|'), 'gi');
export const PHRASES: PhraseCue[] = PHRASE_CUES;
