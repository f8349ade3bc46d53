// remote-victims (world32, issue 13): whether a shelling's, strike's or blast's own sentences tell civilians or their homes hit
// ("shelled residential areas of Ariha … A woman and her two children were killed", "shelled the spa town of Jermuk …, damaging
// a hotel and several houses"). With no other side named, ACLED names civilians the event's actor 2 (codebook: the actor acted on;
// civilians are people not taking part in the fighting). General English nouns for unarmed people and their places, read on the
// incident's token spans. Pure. Provenance: written for this project.

/** People who take no part in fighting, and the places of their daily life. */
const CIVILIAN_VICTIMS: ReadonlySet<string> = new Set(['civilian', 'civilians', 'woman', 'women', 'child', 'children', 'girl', 'girls', 'boy', 'boys',
  'baby', 'babies', 'infant', 'infants', 'family', 'families', 'resident', 'residents', 'villager', 'villagers', 'worshippers', 'pupils',
  'schoolchildren', 'farmer', 'farmers', 'shepherd', 'shepherds', 'residential', 'home', 'homes', 'house', 'houses', 'hotel', 'hotels',
  'school', 'schools', 'hospital', 'hospitals', 'clinic', 'market', 'markets', 'mosque', 'mosques', 'church', 'churches', 'apartment',
  'apartments', 'wedding', 'funeral']);

/** Whether tokens [from, to) of the article's words name civilians or a civilian place. */
export function civilianVictimsTold(words: readonly string[], spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [from, to] of spans) for (let i = from; i < to; i++) if (CIVILIAN_VICTIMS.has(words[i])) return true;
  return false;
}
