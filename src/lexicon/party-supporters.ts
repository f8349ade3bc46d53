// Political parties and their student and youth wings, named as people who act together: their members and
// supporters who fight are rioters, not an organised armed group (ACLED codebook, "Actor Names, Types, and 'Inter'
// Codes": political parties are no actors of their own; party supporters engaged in violence are coded Rioters,
// inter code 5, and the event Mob violence outside a demonstration). A party's armed wing or a militia tied to it
// (Imbonerakure, the RSS is not listed) stays in src/lexicon/armed-groups/.
// Provenance: written for this project from general knowledge (Wikipedia-level lists of the main parties of
// countries where ACLED records party-supporter violence); each row names the party once, lower-case cue syntax
// (hyphens as " - "); acronyms only where no English word, weapon or common abbreviation is spelt alike (so no
// "apc", "rpg", "pan", "ppp").
export const PARTY_NAMES: readonly string[] = [
  // Burundi
  'cndd - fdd', 'cnl',
  // Bangladesh
  'awami league', 'chhatra league', 'jubo league', 'swechchhasebak league', 'bnp', 'chhatra dal', 'jubo dal', 'jamaat - e - islami',
  'chhatra shibir', 'jatiya party',
  // India
  'bjp', 'trinamool', 'tmc', 'abvp', 'ysrcp', 'shiv sena', 'aimim', 'aiadmk', 'samajwadi party',
  // Pakistan
  'pti', 'tehreek - e - insaf', 'pml - n', 'mqm',
  // Nepal, Sri Lanka, Cambodia
  'nepali congress', 'cpn - uml', 'slpp', 'cnrp',
  // East and southern Africa
  'odm', 'jubilee party', 'zanu - pf', 'nrm', 'national unity platform', 'chadema', 'ccm', 'anc', 'ifp',
  // West and central Africa
  'all progressives congress', 'peoples democratic party', "people 's democratic party", 'ufdg', 'rhdp', 'pdci', 'udps', 'pprd', 'pastef',
  // Latin America
  'psuv', 'morena',
];
