// remote-victims (world32, issue 13): whether a shelling's, strike's or blast's own sentences tell civilians or their homes hit
// ("shelled residential areas of Ariha … A woman and her two children were killed", "shelled the spa town of Jermuk …, damaging
// a hotel and several houses"). With no other side named, ACLED names civilians the event's actor 2 (codebook: the actor acted on;
// civilians are people not taking part in the fighting). General English nouns for unarmed people and their places, read on the
// incident's token spans. Pure. Provenance: written for this project.

import { GENERIC_ACTORS } from '../../lexicon/actors.js';

/** Civilians' names that most often tell who reports a strike, not whom it hit ("officials said", "the police chief said"). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['officials', 'chief']);
/** The places of unarmed people's daily life, and (round 31) the people themselves as the actor lexicon names civilians
 * (`generic.civilians`: "passengers", "shopkeepers", "teachers", … one list for both), each one-word name in both numbers. */
const CIVILIAN_VICTIMS: ReadonlySet<string> = new Set(['woman', 'women', 'baby', 'babies', 'infant', 'infants', 'family', 'families',
  'residential', 'home', 'homes', 'house', 'houses', 'hotel', 'hotels', 'school', 'schools', 'hospital', 'hospitals', 'clinic', 'market', 'markets',
  'mosque', 'mosques', 'church', 'churches', 'apartment', 'apartments', 'wedding', 'funeral',
  ...(GENERIC_ACTORS.find((g) => g.id === 'generic.civilians')?.aliases ?? []).filter((a) => !a.includes(' ') && !SOURCE_NOUNS.has(a)).flatMap((a) => {
    const base = a.replace(/\*$/, '');
    return a.endsWith('*') ? [base, `${base}s`] : [base];
  })]);

/** Whether tokens [from, to) of the article's words name civilians or a civilian place. */
export function civilianVictimsTold(words: readonly string[], spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [from, to] of spans) for (let i = from; i < to; i++) if (CIVILIAN_VICTIMS.has(words[i])) return true;
  return false;
}
