// The form in which a hit reading (typing.ts HIT_READINGS) declares what it needs to act. Its own file, so that the reading
// files and typing.ts all read it without importing one another. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';

/** What a hit reading needs to act: for each group, a hit of one of its concepts. Without them the reading returns `hits`
 * itself, or an array of the same hits, so typing skips it (most readings act on no sentence's hits). Each reading's needs are
 * declared beside it, from the sets it tests. */
export type ReadingNeeds = ReadonlyArray<Iterable<Concept>>;
