// (dwu12) Nouns of a store or a parcel, which the cue lexicon reads as weapons (WEAPON_SEIZE: "seized a depot", "found
// packages"), but which hold whatever their modifier names: "a fuel depot", "medicine packages", "a depot of food" hold goods
// (general English: the head of a noun compound or of an "of" phrase names the container, its modifier the contents). Read
// by pipeline/events/goods-containers.ts. Provenance: written for this project.
export const CONTAINERS: ReadonlySet<string> = new Set(['depot', 'depots', 'package', 'packages', 'stash', 'stashes', 'cache', 'caches',
  'stockpile', 'stockpiles', 'devices']);
