// (dwu12) The two senses of "mine" (WordNet: mine.n.01, an excavation from which ore or minerals are dug; mine.n.02, an
// explosive device laid in the ground or water): the words of a story that tell which one a bare "mine" is. Read by
// pipeline/events/dug-mines.ts. Provenance: written for this project from general English (WordNet's glosses and the
// words its mining synsets hold: miner, ore, mineral, excavator, dredge).

/** Words of digging: a story that names one of these, and no word of a laid mine, tells a bare "mine" as a mining site. */
export const MINING_WORDS: ReadonlySet<string> = new Set(['mining', 'miners', 'miner', 'ore', 'ores', 'mineral', 'minerals',
  'excavator', 'excavators', 'dredge', 'dredges', 'dredger', 'dredgers', 'gold', 'coltan', 'cassiterite', 'galamsey', 'quarry',
  'quarries']);

/** Words of a laid mine or its clearing: with one of these anywhere in the story, a bare "mine" keeps its explosive sense. */
export const LAID_MINE_WORDS: ReadonlySet<string> = new Set(['landmine', 'landmines', 'demining', 'deminer', 'deminers',
  'anti-personnel', 'antipersonnel', 'anti-tank', 'minefield', 'minefields', 'ied', 'ieds', 'explosive', 'explosives', 'planted',
  'unexploded', 'ordnance', 'detonator', 'detonators', 'sappers', 'sapper']);

/** prot16: prepositions of a place one goes to, works at or comes from: "the road to the mine", "workers at the mine", "marched
 * into the mine": a bare "mine" told after one and "the", in a story that names no laid mine, is a site (WordNet mine.n.01), the
 * place people reach or work in, not a device laid ("stepped on a mine", "a mine exploded under the truck" use no such phrase). */
export const MINE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'outside', 'into', 'from', 'inside']);
