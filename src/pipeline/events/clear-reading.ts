// clear-reading: the one score the events stage's readers share for "a reading that stands on its own words". Provenance: written
// for this project (a leaf module, so that the readers importing it form no cycle).

/** The score of a reading that stands on its own words, not on a weak cue alone ("movement", "the attack"): the article's clear
 * lead (index.ts), an armed lead (non-events.ts), a reading kept when a plan rules out the sentence's best (mentions.ts). */
export const CLEAR_READING = 60;
