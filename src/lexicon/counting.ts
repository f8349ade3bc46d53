// How news reports tell a toll: bounds and ranges, the parts of a total, additions to it, updates, and
// the cumulative tallies that are no single incident's toll. Each row is a rule: its id (the
// `why.fatalities` / `why.injuries` rule, prefixed `fat.` or `inj.`), its phrases, and why it holds.
// Provenance: general English usage in casualty reporting; ACLED's fatality guidance ("Uses and
// limitations of ACLED data: Fatalities": the most conservative estimate when reports differ or are
// vague; "tens" 10, "dozens" 12, "hundreds" 100); UCDP GED codebook (low, best and high estimates).

export interface CountRule {
  id: string;
  /** Lower-case phrases, words separated by spaces, as the segmenter splits them. */
  phrases: string[];
  why: string;
}

/** Words before a number that make it a floor, a ceiling or an estimate. */
export const BOUNDS: CountRule[] = [
  { id: 'range-at-least', phrases: ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'more than', 'over',
    'upwards of', 'in excess of', 'at the very least'],
  why: 'a floor: low and best are the number told (ACLED codes the conservative figure); no ceiling is told' },
  { id: 'range-up-to', phrases: ['up to', 'as many as', 'at most', 'a maximum of', 'no more than', 'nearly', 'almost', 'close to'],
  why: 'a ceiling: high is the number told; best is the number, since no lower one is told' },
  { id: 'range-about', phrases: ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'reportedly'],
  why: 'an estimate: the number told, as the source gives it' },
];

/** "between 10 and 15", "10 to 15", "10-15", "three or four": low and high; best is the low end (ACLED: most conservative). */
export const RANGE_JOINERS = new Set(['to', '-', 'or', '–']);

/** A number before these words counts things or time, not people. */
export const NOT_PEOPLE = new Set(['year', 'years', 'year-old', 'yrs', 'km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres',
  'mile', 'miles', 'meter', 'meters', 'metre', 'metres', 'am', 'pm', 'a.m.', 'p.m.', 'percent', '%', 'per', 'hour', 'hours',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'minute', 'minutes', 'second', 'seconds', 'times', "o'clock", 'tonne', 'tonnes',
  'ton', 'tons', 'kg', 'acre', 'acres', 'hectare', 'hectares', 'dollar', 'dollars', 'rupee', 'rupees', 'euro', 'euros', 'pound', 'pounds',
  'house', 'houses', 'home', 'homes', 'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'bus', 'buses', 'building', 'buildings',
  'rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'bomb', 'bombs', 'drone', 'drones', 'mortar', 'mortars', 'round',
  'rounds', 'bullet', 'bullets', 'shot', 'shots', 'village', 'villages', 'town', 'towns', 'target', 'targets', 'position', 'positions',
  'site', 'sites', 'school', 'schools', 'hospital', 'hospitals', 'mosque', 'mosques', 'church', 'churches', 'shop', 'shops', 'store',
  'stores', 'apartment', 'apartments', 'floor', 'floors', 'storey', 'storeys', 'story', 'stories', 'strike', 'strikes', 'airstrike',
  'airstrikes', 'raid', 'raids', 'attack', 'attacks', 'incident', 'incidents', 'explosion', 'explosions', 'blast', 'blasts',
  'location', 'locations', 'area', 'areas', 'point', 'points', 'district', 'districts', 'province', 'provinces', 'weapon', 'weapons',
  'gun', 'guns', 'rifle', 'rifles', 'device', 'devices', 'ied', 'ieds', 'tank', 'tanks', 'aircraft', 'jet', 'jets', 'plane', 'planes',
  'helicopter', 'helicopters', 'boat', 'boats', 'ship', 'ships', 'motorcycle', 'motorcycles', 'checkpoint', 'checkpoints', 'office',
  'offices', 'camp', 'camps', 'base', 'bases', 'road', 'roads', 'bridge', 'bridges', 'family', 'families', 'household', 'households',
  'generation', 'generations', 'case', 'cases', 'occasion', 'occasions', 'count', 'counts', 'percent', 'degrees', 'feet', 'foot',
  'grade', 'bed', 'beds', 'room', 'rooms', 'cow', 'cows', 'cattle', 'goat', 'goats', 'sheep', 'camel', 'camels', 'animal', 'animals']);

/** Month names and their abbreviations: a number beside one is a date ("29 April", "April 29"). */
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.',
  'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'may:month', 'march:month']);

/** Words after which a number names a thing ("No. 5", "number 12", "zone 3"), not a head count. */
export const LABEL_WORDS = new Set(['no', 'no.', 'number', 'zone', 'zona', 'street', 'road', 'route', 'highway', 'block', 'sector',
  'district', 'pd', 'unit', 'brigade', 'battalion', 'division', 'corps', 'regiment', 'gate', 'building', 'camp', 'phase', 'km',
  'article', 'resolution', 'section', 'page', 'grade', 'class', 'flight', 'bus', 'line', 'tower', 'hall', 'floor', 'room', 'channel']);

/** Person words that are singular: "the soldier", "his son" count one; "the soldiers" counts none. */
export const PLURAL_PEOPLE = new Set(['people', 'persons', 'children', 'men', 'women', 'police', 'personnel', 'troops', 'forces',
  'staff', 'crew', 'folk', 'folks', 'youth', 'youths', 'civilians', 'others', 'militia', 'military', 'army', 'public']);

/** Words for a person: "a civilian", "the driver" count one victim. A singular noun phrase counts one only
 * when its noun is one of these, ends like a person word (PERSON_ENDINGS) or is kin (KIN): "the market and
 * seven" is no list of victims. Provenance: general English nouns for people in conflict reporting. */
export const PERSON_NOUNS = new Set([
  // Round 36: agent nouns of work told alone ("a lime picker was killed"), as PERSON_ENDINGS reads them in compounds.
  'picker', 'seller', 'grower', 'gatherer', 'dweller', 'rider', 'owner', 'operator', 'puller', 'cleaner', 'logger',
  'fisher', 'preacher',
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'teenager', 'teen', 'youth',
  'person', 'individual', 'civilian', 'resident', 'villager', 'local', 'native', 'citizen', 'national', 'refugee', 'migrant', 'passer-by',
  'passerby', 'bystander', 'pedestrian', 'passenger', 'motorist', 'soldier', 'officer', 'policeman', 'policewoman', 'cop', 'trooper',
  'sergeant', 'lieutenant', 'captain', 'major', 'colonel', 'general', 'commander', 'chief', 'leader', 'member', 'militant', 'fighter',
  'rebel', 'insurgent', 'jihadist', 'gunman', 'attacker', 'assailant', 'militiaman', 'guard', 'sentry', 'conscript', 'recruit',
  'volunteer', 'paramedic', 'medic', 'doctor', 'nurse', 'journalist', 'reporter', 'photographer', 'cameraman', 'activist', 'protester',
  'protestor', 'demonstrator', 'student', 'pupil', 'teacher', 'professor', 'imam', 'priest', 'pastor', 'cleric', 'monk', 'nun',
  'farmer', 'herder', 'herdsman', 'shepherd', 'fisherman', 'trader', 'merchant', 'vendor', 'hawker', 'shopkeeper', 'worker', 'labourer',
  'laborer', 'driver', 'engineer', 'employee', 'official', 'politician', 'councillor', 'councilor', 'mayor', 'governor', 'chairman',
  'chairperson', 'chairwoman', 'judge', 'lawyer', 'prisoner', 'inmate', 'detainee', 'captive', 'hostage', 'suspect', 'criminal',
  'bandit', 'smuggler', 'dealer', 'contractor', 'guide', 'translator', 'interpreter', 'aid', 'staffer', 'humanitarian', 'relief',
  'victim', 'survivor', 'elder', 'pilgrim', 'worshipper', 'shopper', 'customer', 'tourist', 'athlete', 'player', 'footballer', 'singer',
  'artist', 'poet', 'writer', 'blogger', 'businessman', 'businesswoman', 'entrepreneur', 'owner', 'landlord', 'tenant', 'neighbour',
  'neighbor', 'spokesman', 'spokeswoman', 'agent', 'spy', 'informant', 'collaborator', 'defector', 'deserter', 'mercenary', 'sniper',
  'bomber', 'jihadi', 'tribesman', 'clansman', 'kinsman', 'elderly', 'pensioner', 'retiree', 'widow', 'orphan', 'mother', 'father',
  // probe5: people of public and working life ("a mayoral candidate was shot dead", "a lawmaker was killed")
  'candidate', 'lawmaker', 'legislator', 'senator', 'minister', 'deputy', 'administrator', 'headman', 'ranger', 'warden', 'cadet',
  'trainee', 'surgeon', 'pharmacist', 'tailor', 'mechanic', 'cook', 'cleaner', 'porter', 'rider', 'commuter', 'traveller', 'traveler',
  'hunter', 'miner', 'vigilante', 'combatant', 'cadre', 'operative', 'lecturer', 'principal', 'headmaster', 'headteacher', 'chemist',
  'prosecutor', 'magistrate', 'activist', 'unionist', 'trader', 'seminarian', 'missionary', 'evangelist', 'catechist', 'chief',
  // elsewhere6: police and army ranks of South Asia and Africa as reports name the dead ("a DSP and a constable were killed",
  // "an ASI succumbed", "a jawan"): Deputy Superintendent of Police, Station House Officer, Assistant Sub-Inspector, reservist.
  'constable', 'inspector', 'sub-inspector', 'superintendent', 'corporal', 'jawan', 'sepoy', 'havildar', 'naik', 'subedar',
  'dsp', 'sho', 'asi', 'reservist']);
export const PERSON_ENDINGS = ['man', 'men', 'woman', 'person', 'ist', 'ian', 'ier', 'keeper', 'worker',
  // Round 36: agent nouns of work (WordNet 3.1 person.n.01 hyponyms in -er/-or: "a lime picker", "a fruit seller", "a cattle herder",
  // "a motorbike rider", "a shop owner"), kept to endings no thing's name takes.
  'picker', 'seller', 'grower', 'gatherer', 'dealer', 'driver', 'herder', 'labourer', 'laborer', 'vendor', 'hunter', 'trader', 'dweller',
  'rider', 'owner', 'operator', 'puller', 'cleaner', 'logger', 'miner', 'farmer', 'teacher'];

/** Kin words after a possessive: "a commander and his son" is two; "his wife and their four children" is five. */
export const KIN = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'child', 'baby', 'infant',
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'grandchild', 'relative',
  'fiancee', 'fiancé', 'fiance', 'companion', 'friend', 'colleague', 'bodyguard', 'driver', 'guard', 'neighbour', 'neighbor']);

/** Words that open the parts of a total told beside it: "12 people, including three children". The parts
 * are never added to the total. */
export const PART_OPENERS: CountRule = {
  id: 'total-not-parts',
  phrases: ['including', 'among them', 'among whom', 'of whom', 'of them', 'of which', 'among those', 'most of them', 'most of whom',
    'mostly', 'mainly', 'all of them', 'both of them', 'half of them', 'many of them', 'some of them', 'namely', 'all', 'both', 'most',
    'all members of', 'all from', 'all of whom', 'mainly from', 'mostly from'],
  why: 'a total and its parts are one count: the parts ("including", "among them", "of whom") are never added to it',
};

/** Before a casualty word, the count is a part of a toll told elsewhere: "two children were among the dead". */
export const PART_OF_TOLL: CountRule = {
  id: 'part-of-toll',
  // Round 34: 'among' alone, as a headline tells it without its article ("Three soldiers among dead").
  phrases: ['among the', 'among those', 'were among', 'was among', 'included', 'among'],
  why: 'a count of some of the victims ("among the dead") is part of the toll, never a toll of its own beside it',
};

/** A count told as more victims of the incident already counted: "11 prisoners were also killed". */
export const ADDITIONS: CountRule = {
  id: 'addition',
  phrases: ['also', 'another', 'other', 'others', 'more', 'further', 'additional', 'in addition', 'as well'],
  why: 'more victims of the same incident: added to the count told just before, and the larger of that sum and any total told is kept',
};

/** Words joining the groups of one list: "two soldiers and a civilian", "4 people as well as 2 policemen". */
export const LIST_JOINERS: CountRule = {
  id: 'sum-of-groups',
  phrases: ['and', ',', 'as well as', 'plus', 'along with', 'together with', 'alongside', 'and also', ', and'],
  why: 'groups of victims listed side by side in one phrase are added: "two soldiers and a civilian" is three',
};

/** world28: the victims listed after a count and its comma, as many as it counts ("killing 2 civilians, a woman and her son"). */
export const APPOSITION: CountRule = {
  id: 'apposition',
  phrases: [','],
  why: 'people listed after a count and a comma, as many as the count, are the people counted, told again: never added to it',
};

/** world28: one count told over nouns joined by "and" / "or" ("14 soldiers and VDP members were killed"): the number counts them all. */
export const COORDINATED_NOUNS: CountRule = {
  id: 'coordinated-nouns',
  phrases: ['and', 'or'],
  why: 'a number before nouns joined by "and" counts all of them ("14 soldiers and VDP members" is 14), never a second group of its own',
};

/** w26: who carried the attack out, listed after its victims ("killing 3 policemen as well as the attacker", "… and himself"): one more
 * dead, never one of those counted before. */
export const PERPETRATOR_TOO: CountRule = {
  id: 'perpetrator-too',
  phrases: ['attacker', 'bomber', 'assailant', 'gunman', 'shooter', 'perpetrator', 'himself', 'herself'],
  why: 'codebook: reported fatalities include the perpetrators, a suicide bomber too; "the attacker" or "himself" after the victims is one more',
};

/** A toll told as a total of what came before: "bringing the toll to 12", "the toll rose to 14". */
export const UPDATES: CountRule = {
  id: 'toll-update',
  phrases: ['rose to', 'risen to', 'rises to', 'rising to', 'climbed to', 'climbs to', 'increased to', 'jumped to', 'reached',
    'reaches', 'now stands at', 'stands at', 'stood at', 'bringing the', 'raising the', 'pushing the', 'total of', 'in total', 'in all',
    'altogether', 'overall'],
  why: 'a toll told as the running total: it replaces the smaller counts told before it, never adds to them',
};

/** Words just before or after a count that make it the running total of a sentence: "(total of 12 fatalities)", "12 in all". */
export const TOTAL_MARKS = ['total', 'totalling', 'totaling', 'overall', 'altogether', 'bringing', 'raising', 'all', 'toll'];

/** Cumulative tallies: context, never one incident's toll. `phrases` open the tally clause; a figure they
 * govern (the nearest one, in the same clause) is left out of every toll. */
export const TALLIES: CountRule[] = [
  { id: 'tally-since', phrases: ['since'],
    why: 'a count "since March" or "since the war began" adds up many incidents over a period: context, not the incident' },
  { id: 'tally-period', phrases: ['so far this', 'so far in', 'this year', 'this month', 'this year alone', 'this month alone', 'to date', 'in recent', 'over recent',
    'in the days since', 'in the weeks since', 'in the months since', 'last year', 'in the past', 'over the past', 'in the last',
    'over the last', 'during the past', 'over the course of', 'over several', 'per day', 'a day', 'each day', 'every day',
    'daily', 'per week', 'a week', 'each week', 'per month', 'a month', 'each month', 'per year', 'a year', 'each year', 'every year',
    'annually', 'weekly', 'monthly',
    // a past incident remembered, with its toll: "the anniversary of the bombing that killed 20"
    'anniversary of', 'anniversaries of', 'years after the', 'years since the', 'decades after the', 'in memory of', 'memorial to',
    'memorial for', 'remembrance of', 'commemorating', 'commemorate', 'commemoration of',
    // world8: "to mark two years since 18 protesters were killed": a time since a past incident, told with no article.
    'years since', 'year since', 'months since', 'decades since'],
  why: 'a count over a period or a rate ("in the past week", "a day") sums many incidents: context, not the incident' },
  { id: 'tally-conflict', phrases: ['war', 'wars', 'conflict', 'insurgency', 'uprising', 'genocide', 'intifada', 'civil war', 'campaign',
    'occupation', 'revolution'],
  why: 'the toll of a war, a campaign or a crackdown ("killed in the war", "the toll of the conflict") is a tally, not the incident' },
  { id: 'tally-many-incidents', phrases: ['raids', 'strikes', 'airstrikes', 'air strikes', 'attacks', 'bombings', 'shellings', 'clashes',
    'explosions', 'operations', 'incidents', 'assaults', 'ambushes', 'battles', 'air raids', 'bombardments', 'massacres'],
  why: 'a count over many incidents ("dozens of raids killed 57") is a campaign total, not one incident\'s toll' },
];

/** Words that make the incident-noun plural of `tally-many-incidents` a count of many: "dozens of raids", "a series of strikes". */
export const MANY = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'series', 'wave', 'waves', 'spate', 'string', 'multiple',
  'numerous', 'several', 'repeated', 'successive', 'consecutive', 'daily', 'nightly', 'many']);

/** After "since", the words that make it a period ("since March", "since the war began"), not a cause. */
export const SINCE_PERIOD = new Set(['the', 'its', 'their', 'last', 'early', 'late', 'mid', 'this', 'then', 'that', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'dawn', 'morning', 'midnight', 'independence', 'fighting', 'hostilities', 'violence', 'clashes', 'operations', 'before',
  'oct.', 'nov.', 'dec.', 'jan.', 'feb.', 'aug.', 'sept.', 'may:month', 'march:month']);

/** Round 32: "since Thursday", "since early Sunday", "since dawn": a span of hours or days, the length of one incident still going on
 * ("fighting … has killed at least 80 people since Thursday" is one battle's toll), no total of many (events/counting.ts
 * perfectTallies). */
export const SINCE_LATELY: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'dawn', 'morning', 'midnight', 'daybreak', 'noon', 'overnight', 'tonight', 'night', 'evening', 'afternoon']);
/** Round 32: the verbs by which a body sets a toll ("put the death toll at 12", "estimates the number of dead at 30": general English
 * "put at", estimate as): the figure is that body's (events/counting.ts tollSetter). */
export const TOLL_SETTING_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'placed', 'places', 'estimated', 'estimates', 'set', 'sets']);
/** Round 32: subjects of such a verb that name no body: the narrator's own relaying ("sources put the toll at 19"). */
export const UNNAMED_SOURCES: ReadonlySet<string> = new Set(['sources', 'reports', 'media', 'outlets', 'accounts', 'estimates', 'others']);

/** "after days of clashes", "weeks of fighting": a period of fighting whose count is its tally. */
export const SPELL_NOUNS = new Set(['fighting', 'clashes', 'violence', 'unrest', 'protests', 'shelling', 'bombing', 'bombings', 'bombardment',
  'bombardments', 'airstrikes', 'strikes', 'raids', 'attacks', 'war', 'conflict', 'siege', 'battles', 'hostilities', 'combat', 'operations']);

/** Prepositions that make a conflict word govern a count: "killed in the war", "the toll of the conflict". */
export const CONFLICT_LINKS = new Set(['in', 'of', 'from', 'during', 'throughout', 'since']);

/** Period words: "in the past week", "over the last three months"; a phrase like "in the last" is a tally only before one. */
export const PERIOD_WORDS = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade',
  'decades', 'fortnight', 'weeks', 'period']);
/** Tally phrases that count over a period only when a period word follows ("in the past 24 hours", not "in the past, ..."). */
export const NEEDS_PERIOD = new Set(['in the past', 'over the past', 'in the last', 'over the last', 'during the past', 'over the course of',
  'over several', 'in recent', 'over recent']);
/** After a rate phrase, words that make it a point in time ("a day after the attack"), not a rate. */
export const NOT_RATE = new Set(['after', 'before', 'earlier', 'later', 'ago', 'of', 'or', 'and', 'into', 'long', 'old', 'when']);

/** Before a casualty word, a deed told of a party, not this incident's toll: "responsible for the killing of
 * several leaders", "arrested for killing two policemen". */
export const PAST_DEEDS: CountRule = {
  id: 'past-deed',
  phrases: ['responsible for', 'accused of', 'convicted of', 'charged with', 'suspected of', 'wanted for', 'arrested for', 'blamed for',
    'implicated in', 'jailed for', 'sentenced for', 'guilty of', 'confessed to', 'admitted to', 'behind the', 'known for', 'notorious for',
    'justice for', 'in connection with', 'in connection to', 'in memory of', 'anniversary of', 'investigation into', 'inquiry into',
    'probe into', 'trial over', 'trial for', 'compensation for', 'revenge for', 'retaliation for', 'in response to'],
  why: 'a deed a party is accused of or known for, or one a protest or trial is about, is another, earlier incident: its count is not this incident\'s toll',
};

/** Directly before a nominal casualty word ("the killing of", "the death of"): what a protest, a statement
 * or a trial is about, an earlier incident ("protesting the killing of a student"). */
export const ABOUT_DEATHS: CountRule = {
  id: 'past-deed',
  phrases: ['over the', 'against the', 'for the', 'protest the', 'protesting the', 'protested the', 'condemned the', 'condemning the',
    'condemn the', 'denounced the', 'denouncing the', 'mourned the', 'mourning the', 'mourn the', 'commemorate the', 'commemorating the',
    'after the', 'following the', 'since the', 'avenge the', 'avenging the', 'investigate the', 'investigating the'],
  why: 'a protest, statement or trial about a killing tells of an earlier incident: its count is not this incident\'s toll',
};

/** Before a casualty word, what did not happen: "attempted to kill", "threatened to kill". */
export const UNREALISED: CountRule = {
  id: 'not-done',
  phrases: ['attempted to', 'attempting to', 'attempt to', 'tried to', 'trying to', 'try to', 'threatened to', 'threatening to',
    'threaten to', 'vowed to', 'vowing to', 'plan to', 'planned to', 'planning to', 'plotted to', 'plotting to', 'wanted to', 'sought to',
    'seeking to', 'intended to', 'aimed to', 'would', 'could', 'might', 'will', 'narrowly escaped', 'escaped'],
  why: 'an attempt, a threat or a plan to kill, or an escape from death, kills no one: no count',
};

/** Words between two counts of one sentence that make them alternatives, not parts to add: "Alkofiya
 * reported four deaths, whereas the hospital posted 12". */
export const CONTRAST = new Set(['whereas', 'while', 'but', 'however', 'although', 'though', 'yet', 'instead', 'versus', 'contrast',
  'contrary', 'meanwhile', 'differently', 'disputed',
  // Round 34: a later account of the toll ("killing at least seven people, the ministry said; civil defence officials later said
  // nine bodies had been recovered"): the same dead counted again when more was known, not more dead.
  'later', 'subsequently']);
/** Reporting words: alternatives are counts told by reporters ("reported four deaths, whereas the hospital posted 12"). */
export const REPORTING = new Set(['reported', 'reports', 'report', 'said', 'says', 'say', 'posted', 'put', 'puts', 'claimed', 'claims',
  'stated', 'states', 'announced', 'according', 'told', 'cited', 'counted', 'listed', 'gave', 'estimated', 'estimates', 'recorded',
  'confirmed', 'documented', 'tallied', 'tweeted', 'wrote',
  // Round 38: a side's own losses owned to ("the SNA acknowledged 4 of its fighters killed"): WordNet 3.1 "acknowledge" v.1, "admit"
  // v.1, "concede" v.1 (to declare to be true).
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes']);

/** Phrases opening a sentence that tell its figure from another source than the narrator, when no claim was
 * found for it: "Other sources report that 2 soldiers were killed". */
export const OTHER_SOURCES: CountRule = {
  id: 'other-source',
  phrases: ['other sources', 'another source', 'other reports', 'another report', 'some sources', 'some reports', 'other outlets',
    'other media', 'initial reports', 'earlier reports', 'initially', 'first reports', 'early reports', 'unconfirmed reports', 'local sources',
    'medical sources', 'hospital sources', 'security sources', 'a source', 'sources said', 'a report'],
  why: 'a figure told as another source\'s, not the narrator\'s: a source of its own when its sources differ',
};
