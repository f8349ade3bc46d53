// Words that mark a sentence as not reporting one incident: disasters and accidents, drills, plans and
// threats, policies, habitual or tallied violence, and ordinary crime.
// Provenance: written for this project from general knowledge of news wording and ACLED's codebook
// ("ACLED does not code natural disasters, accidents, or criminal violence without a political
// motive"; "planned or threatened events are not coded until they occur"). Same syntax as event-cues.ts.

export const NON_EVENT_CUES = {
  /** Natural hazards: an explosion or death beside one of these is no conflict event. */
  NATURAL: ['earthquake*', 'quake*', 'tremor*', 'flood*', 'landslide*', 'mudslide*', 'cyclone*', 'hurricane*', 'typhoon*',
    'tsunami*', 'wildfire*', 'bushfire*', 'forest fire*', 'drought*', 'storm*', 'volcan*', 'eruption*', 'heavy rain*',
    'downpour*', 'avalanche*', 'lightning', 'heatwave*', 'heat wave*', 'tornado*', 'monsoon*', 'magnitude', 'richter',
    'seismic', 'inundat*', 'rainfall', 'cloudburst*', 'snowfall', 'blizzard*', 'epidemic*', 'famine'],
  /** Accidents and industrial mishaps. */
  ACCIDENT: ['accident*', 'accidental*', 'derail*', 'collision*', 'collided', 'crash*', 'gas leak*', 'gas cylinder*',
    'cylinder blast*', 'cylinder explosion*', 'lpg', 'boiler*', 'short circuit*', 'short - circuit*', 'stampede*',
    'capsiz*', 'sank', 'sinking', 'collaps*', 'caved in', 'leak*', 'fire broke out', 'blaze*', 'caught fire', 'factory fire*',
    'firefighter*', 'fire brigade*', 'fire tenders', 'fire department', 'gas explosion*', 'chemical plant', 'refinery',
    'firecracker*', 'fireworks', 'electrocut*', 'overturned', 'plunged', 'drown*', 'mishap*', 'spill*', 'toxic fumes',
    'fumes', 'suffocat*', 'poisoning', 'tanker', 'negligence', 'mine collapse', 'coal mine', 'industrial', 'hazard*', 'plant', 'factory', 'furnace*', 'storage',
    'solvent*', 'adulterated', 'contaminat*', 'emergency services', 'bungle*', 'hazmat', 'warehouse fire'],
  /** Exercises and rehearsals. */
  DRILL: ['drill*', 'exercise*', 'war games', 'wargame*', 'manoeuvres', 'maneuvers', 'rehearsal*', 'simulation*', 'test - fire*',
    'test fire*', 'test - fired', 'test launch*', 'tested', 'mock'],
  /** Plans, threats and intentions: what may happen is not yet an incident. */
  IRREALIS: ['plan', 'plans', 'planned', 'planning', 'plot*', 'threaten*', 'vow*', 'warn*', 'intend*', 'intention*',
    'prepar*', 'consider*', 'would', 'could', 'might', 'may', 'should', 'will', "won't", 'if', 'unless', 'aims to',
    'seeks to', 'seeking to', 'capable', 'capability', 'capabilities'],
  /** Policies and stated rules govern the whole sentence, wherever they stand. */
  POLICY: ['policy', 'policies', 'doctrine', 'as a rule', 'strategy of'],
  /** Tallies and habits: many incidents told as one number or as a pattern. */
  TALLY_COUNT: ['hundreds of', 'thousands of', 'dozens of', 'scores of', 'series of', 'wave of', 'spate of', 'campaign of', 'string of'],
  TALLY: ['since january', 'since february', 'since march', 'since april', 'since may', 'since june', 'since july',
    'since august', 'since september', 'since october', 'since november', 'since december', 'since 19*', 'since 20*', 'so far in',
    'since the beginning', 'since the start', 'since the outbreak',
    'on occasion', 'occasionally', 'repeatedly', 'routinely', 'regularly', 'frequently', 'often', 'every year', 'each year',
    'in recent years', 'over the years', 'so far this year', 'this year alone', 'over the past decade', 'history of', 'in the past', 'has carried out', 'have carried out', 'has launched', 'have launched'],
  /** Ordinary crime without a political motive. */
  CRIME: ['robber*', 'robbery', 'burglar*', 'theft*', 'thief', 'thieves', 'drug*', 'narcotic*', 'smuggl*', 'dowry',
    'domestic dispute', 'family dispute', 'land dispute', 'property dispute', 'personal enmity', 'old enmity', 'love affair',
    'extramarital', 'fraud*', 'scam*', 'loan', 'gambling', 'liquor', 'poach*', 'cattle theft', 'honour killing',
    'honor killing', 'cheating', 'bribe*', 'mafia', 'cartel*', 'gang war*', 'gangster*', 'syndicate'],
  /** Negation close before a trigger. */
  NEGATION: ['no', 'not', 'never', 'without', "n't", 'neither', 'nor', 'false', 'rumour*', 'rumor*'],
} satisfies Record<string, string[]>;

export type NonEventConcept = keyof typeof NON_EVENT_CUES;
