// Actors: the nouns that name a state's forces or an unnamed party, the identity groups that name a
// militia, and ACLED's naming conventions for unnamed parties (ACLED codebook, "Actor names"):
// "Military Forces of X", "Police Forces of X", "Protesters (X)", "Rioters (X)", "Civilians (X)",
// "Unidentified Armed Group (X)", "Unidentified Gang (X)", "X Ethnic Militia (X)", "X Clan Militia (X)",
// "Unidentified Communal Militia (X)". Named groups live in lexicon/armed-groups/.
// Provenance: written for this project from general knowledge of English news usage and ACLED's public
// codebook; no entry comes from an evaluation file.
import { countryName } from '../gazetteer/countries.js';

export { NAMED_GROUPS, interOfGroup, type NamedGroup, type InterCode } from './armed-groups/index.js';
import type { InterCode } from './armed-groups/index.js';

/** Nouns that, after a country or demonym ("Israeli jets", "Syria's army"), name that state's forces. */
export const STATE_FORCE_NOUNS = {
  military: ['army', 'armies', 'military', 'troops', 'troop*', 'positions', 'soldier*', 'forces', 'force', 'air force', 'navy', 'marines', 'jets',
    'warplane*', 'aircraft', 'drone*', 'air defence*', 'air defense*', 'artillery', 'regime', 'government forces', 'regime forces',
    'commandos', 'paratroopers', 'gunboat*', 'warship*', 'helicopter*', 'tanks', 'battalion*', 'brigade*', 'division',
    'military source*', 'defence ministry', 'defense ministry', 'armed forces', 'national army', 'special forces', 'units', 'military forces',
    'fighter jets', 'military police', 'army troops', 'army soldiers', 'navy seals', 'coast guards', 'frigate*', 'fighter*',
    // a state's units on the move: "a Russian patrol", "a Turkish military column", "a US convoy"
    'patrol', 'patrols', 'column', 'columns', 'convoy', 'convoys',
    // world31: the troops that hold a place (WordNet 3.1 "garrison" n.1: "the troops who maintain and guard a fortified place").
    'garrison', 'garrisons'],
  police: ['police*', 'riot police', 'security forces', 'security personnel', 'gendarm*', 'cops', 'officers', 'border guard*',
    'coast guard', 'national guard', 'paramilitary', 'paramilitaries', 'intelligence', 'authorities', 'law enforcement', 'security agents',
    'security officers', 'police officers', 'policemen', 'intelligence services', 'prison guards', 'guards'],
  // ACLED codebook: a government acting as such (a release, a curfew, a decree) is "Government of X", not its forces.
  government: ['government', 'governments'],
};

/** What an unnamed party is; settle.ts names it with the incident's country (and, for `person`, its role). */
export type GenericKind = 'military' | 'police' | 'armed' | 'islamist' | 'rebels' | 'gang' | 'communal' | 'protesters' | 'rioters' | 'civilians' | 'person' | 'coalition' | 'private-security' | 'settlers';

export interface GenericActor {
  id: string;
  kind: GenericKind;
  aliases: string[];
  why: string;
}

/** Whose settlers unqualified "settlers" are, by the territory they act in: the West Bank's are Israeli. */
export const SETTLERS_OF: Readonly<Record<string, string>> = { PS: 'IL' };

/** Whose people unqualified "herdsmen" are where they act: in West and Central Africa's farmer-herder violence the
 * armed herders of reports are Fulani pastoralists, whom ACLED codes "Fulani Ethnic Militia (X)" (elsewhere6). */
export const HERDERS_OF: Readonly<Record<string, string>> = { NG: 'Fulani', CM: 'Fulani', NE: 'Fulani', ML: 'Fulani', BF: 'Fulani', CF: 'Fulani', BJ: 'Fulani', GH: 'Fulani', TG: 'Fulani' };

/** Round 31: whose movement unqualified "separatists" are, where ACLED codes a country's unnamed separatist fighters under one
 * collective actor: Cameroon's Anglophone separatists (the Ambazonia movement's many militias, 2017-) are "Ambazonian
 * Separatists" whichever faction acted. Only where separatism is one movement; elsewhere they stay unnamed rebels. */
export const SEPARATISTS_OF: Readonly<Record<string, string>> = { CM: 'group.ambazonia' };

/** Unnamed parties: the noun alone says what kind of actor it is; the country comes from the location. */
export const GENERIC_ACTORS: GenericActor[] = [
  { id: 'generic.military', kind: 'military', why: "a state's armed forces, unnamed: ACLED \"Military Forces of X\"",
    aliases: ['troops', 'soldier*', 'army', 'military', 'government forces', 'government troops', 'regime forces', 'regime', 'armed forces', 'air defence*', 'air defense*', 'warplane*',
      'fighter jets', 'jawans', 'security forces', 'military forces', 'pro - government forces', 'pro - regime forces', 'loyalist forces', 'junta', 'marines', 'paratroopers', 'commandos',
      'army troops', 'government soldiers', 'state forces', 'defence forces', 'defense forces', 'military police',
      // world8: guards and rangers that are a state's armed corps (a national, presidential or republican guard; Thailand's
      // paramilitary and Pakistan's Rangers), told by these words in reports from many countries.
      'national guard', 'guardsmen', 'presidential guard', 'republican guard', 'rangers', 'paramilitary rangers', 'volunteer rangers',
      // clash10: one member told by his service (general English singulars)
      'jawan', 'serviceman', 'servicemen', 'servicewoman', 'paratrooper', 'marine', 'conscript', 'conscripts',
      // world13: a force told by its regime or its staff ("regime troops" in Myanmar and Syria; "army personnel", as
      // Mexican, South Asian and Philippine official English writes it)
      'regime troops', 'regime soldiers', 'junta soldiers', 'army personnel', 'military personnel'] },
  { id: 'generic.police', kind: 'police', why: "a state's police and gendarmerie, unnamed: ACLED \"Police Forces of X\"",
    aliases: ['police*', 'riot police', 'cops', 'policemen', 'gendarm*', 'police officers', 'law enforcement', 'security agents', 'anti - riot police', 'prison guards', 'prison officers',
      'authorities', 'officers',
      // clash10: one member told by his rank or service (general English singulars)
      'constable*', 'cop', 'state trooper*', 'detective*', 'security officer', 'prison custodian*'] },
  { id: 'generic.unidentified', kind: 'armed', why: 'unidentified perpetrators: ACLED "Unidentified Armed Group (X)"',
    aliases: ['gunmen', 'gunman', 'armed men', 'armed man', 'unknown gunmen', 'unidentified gunmen', 'assailant*', 'attacker*', 'bomber', 'bombers', 'suicide bomber*', 'armed group*',
      'bandits', 'unknown men', 'unidentified men', 'masked men', 'armed individuals', 'unidentified armed men', 'unknown armed men', 'armed assailants', 'hooded men',
      'militant*', 'insurgent*', 'terrorist*', 'extremist*', 'kidnapper*', 'abductor*', 'abductors', 'perpetrators', 'armed bandits', 'unidentified armed group*', 'unknown armed group*',
      'militia*', 'militiamen', 'armed gang*', 'sniper*', 'unknown assailants', 'those responsible', 'culprits', 'unidentified assailants', 'armed robbers', 'armed elements',
      'unidentified group', 'unknown group', 'unidentified attackers', 'unknown attackers',
      // world13: "armed civilians" (Mexico's official "civiles armados"): armed men who are no force, an unnamed armed group.
      'armed civilians',
      // South Asian English (elsewhere6): "miscreants" (unknown wrongdoers) and "dacoits" (armed robber bands).
      'miscreants', 'armed miscreants', 'unknown miscreants', 'unidentified miscreants', 'dacoit*'] },
  { id: 'generic.islamist', kind: 'islamist', why: 'unnamed jihadist fighters: ACLED "Islamist Militia (X)"',
    aliases: ['jihadist*', 'islamist*', 'islamist militants', 'jihadist militants', 'islamist insurgents', 'jihadi*', 'islamic militant*', 'islamic insurgent*', 'islamic extremist*'] },
  { id: 'generic.rebels', kind: 'rebels', why: 'unnamed rebels fighting the state (ACLED inter 2)', aliases: ['rebel*', 'rebel forces', 'opposition fighters', 'opposition forces', 'opposition factions', 'opposition rebels', 'opposition groups', 'armed opposition', 'rebel factions', 'separatist*', 'guerrilla*', 'guerilla*'] },
  { id: 'generic.gang', kind: 'gang', why: 'unnamed criminal gangs: ACLED "Unidentified Gang (X)"',
    aliases: ['gang', 'gangs', 'gang members', 'gangsters', 'gangster', 'criminal gang*', 'criminal group*', 'cartel members', 'cartel gunmen', 'hitmen', 'hitman', 'sicarios', 'drug traffickers', 'narcos', 'armed criminals', 'criminals'] },
  { id: 'generic.communal', kind: 'communal', why: 'unnamed community armed groups: ACLED "Unidentified Communal Militia (X)"',
    aliases: ['communal militia*', 'community militia*', 'self - defence group*', 'self - defense group*', 'self - defence militia*', 'self - defense militia*', 'vigilante*',
      'local militia*', 'village militia*', 'herdsmen', 'herders', 'pastoralists', 'tribesmen', 'clansmen', 'clan militia*', 'tribal militia*', 'ethnic militia*', 'tribal fighters', 'clan fighters'] },
  { id: 'generic.rival-communities', kind: 'communal', why: 'fighting between two unnamed clans, tribes or communities: an identity militia on each side (ACLED: "Unidentified Clan Militia (X)" against another)',
    aliases: ['inter - clan', 'clan - based', 'rival clans', 'rival clan militias', 'rival clan militia', 'two clans', 'inter - communal', 'intercommunal', 'inter - ethnic', 'interethnic',
      'inter - tribal', 'intertribal', 'rival tribes', 'rival communities', 'two communities', 'rival families', 'two families', 'rival ethnic militias'] },
  { id: 'generic.rival-gangs', kind: 'gang', why: 'fighting between two unnamed gangs or cartels: a gang on each side (ACLED: "Unidentified Gang (X)" against another)',
    aliases: ['rival gangs', 'rival gang members', 'rival cartels', 'rival cartel*', 'two gangs', 'two cartels', 'rival criminal groups', 'rival drug gangs', 'gang war', 'turf war'] },
  { id: 'generic.rival-armed', kind: 'armed', why: 'fighting between two unnamed armed groups: an unidentified armed group on each side',
    aliases: ['rival armed groups', 'two rival armed groups', 'rival militias', 'two rival militias', 'rival factions', 'two armed groups', 'two militias', 'rival armed factions'] },
  { id: 'generic.coalition', kind: 'coalition', why: 'an unnamed coalition: the one that fights where the incident is (the Saudi-led coalition in Yemen, the anti-IS coalition in Iraq and Syria)',
    aliases: ['coalition', 'coalition forces', 'coalition warplanes', 'coalition jets', 'coalition aircraft', 'coalition troops', 'coalition reinforcements', 'coalition airstrikes', 'coalition air strikes'] },
  { id: 'generic.private-security', kind: 'private-security', why: 'guards hired by a company or a person: ACLED "Private Security Forces (X)" (inter 8)',
    aliases: ['private security guard*', 'private security', 'security guard*', 'private guards', 'bodyguard*', 'company guards'] },
  { id: 'generic.settlers', kind: 'settlers', why: 'settlers of an occupying state acting as a group, not its forces: ACLED "Settlers (X)", X the settlers\' state',
    aliases: ['settler', 'settlers', 'settler groups', 'settler militia*', 'armed settlers', 'settler youths'] },
  { id: 'generic.protesters', kind: 'protesters', why: 'demonstrators: ACLED "Protesters (X)"', aliases: ['protester*', 'protestor*', 'demonstrator*', 'marchers', 'agitators', 'strikers', 'picketers'] },
  { id: 'generic.rioters', kind: 'rioters', why: 'violent crowds and mobs: ACLED "Rioters (X)"', aliases: ['rioter*', 'mob', 'mobs', 'crowd', 'crowds', 'angry crowd', 'angry crowds', 'angry residents', 'lynch mob'] },
  { id: 'generic.civilians', kind: 'civilians', why: 'people not taking part in the fighting: ACLED "Civilians (X)"',
    aliases: ['civilian*', 'villager*', 'residents', 'worshipper*', 'worshiper*', 'engineers', 'engineer', 'officials', 'contractors', 'passengers', 'farmers', 'children', 'women', 'journalist*', 'students', 'workers', 'dock workers', 'aid workers',
      'pedestrians', 'motorists', 'traders', 'shopkeepers', 'fishermen', 'teachers', 'doctors', 'nurses', 'health workers', 'displaced people', 'refugees', 'inhabitants', 'locals',
      'family members', 'girls', 'boys', 'schoolchildren', 'pupils', 'merchants', 'vendors', 'drivers', 'truck drivers', 'taxi drivers', 'miners', 'labourers', 'laborers',
      'employees', 'activists', 'opposition supporters', 'party supporters', 'relatives', 'detainees', 'prisoners', 'inmates', 'boy', 'girl', 'child',
      'farmer', 'trader', 'journalist', 'teacher', 'student', 'worker', 'driver', 'villager', 'resident', 'civilian', 'shepherd*', 'herder', 'pastor', 'priest', 'imam', 'chief', 'local chief',
      'village chief', 'village head', 'businessman', 'businessmen', 'medic*', 'paramedic*', 'judge', 'judges', 'magistrate', 'magistrates', 'lawyer', 'lawyers',
      'prosecutor', 'prosecutors',
      // fix16: local office-holders, civilians unless named as a force's (general English; codebook: civilians are people not
      // taking part in the fighting).
      'chairperson', 'chairman', 'chairwoman', 'councillor', 'councillors', 'councilor', 'councilors', 'headman', 'village elder', 'village elders',
      'tribal elder', 'tribal elders', 'community leader', 'community leaders',
      // round 31: people at their daily business, in either number (general English; the codebook's civilians).
      'passenger', 'customer*', 'shopper*', 'diner*', 'commuter*', 'deminer*', 'shopkeeper', 'vendor', 'merchant', 'fisherman', 'miner', 'labourer', 'laborer',
      'monk*', 'nun*', 'novice*', 'worshipper', 'worshiper',
      // Round 38: people at work in a shop or an office, in either number (general English: WordNet 3.1 "employee" n.1, "clerk" n.1,
      // "cashier" n.1, "staff" n.1; the codebook's civilians).
      'employee', 'staff member', 'staff members', 'staffer', 'staffers', 'clerk', 'clerks', 'cashier', 'cashiers', 'shop owner', 'shop owners'] },
  { id: 'generic.person', kind: 'person', why: 'people named by no side: the attacker if they act ("Unidentified Armed Group"), the victims if they suffer ("Civilians")',
    aliases: ['individuals', 'unknown individuals', 'unidentified individuals', 'men', 'persons', 'unknown persons', 'unidentified persons', 'people', 'suspects', 'suspected criminals', 'unknown people',
      'unidentified people', 'group of men', 'group of people', 'youths', 'young men', 'someone', 'somebody', 'man', 'woman', 'teenager', 'person', 'one person'] },
];

/** world17: peoples named too broadly to make a militia of any noun after them: each makes one only with its herding or
 * militia nouns ("Arab herders", "Arab militiamen" in Chad, Sudan and the Central African Republic: ACLED's "Arab Ethnic
 * Militia (X)"); "Arab youths", "Arab men" stay people. */
export const PEOPLES_WITH_ARMED_NOUNS_ONLY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Arab', new Set(['herders', 'herdsmen', 'pastoralists', 'militia', 'militias', 'militiamen', 'nomads'])],
]);

/** Peoples whose armed men ACLED names as an identity militia ("Fulani herdsmen" → "Fulani Ethnic Militia
 * (Nigeria)"): the larger groups named in communal conflicts, from general ethnographic knowledge. */
export const ETHNIC_GROUPS: string[] = [
  // West Africa and the Sahel
  'Fulani', 'Peul', 'Peulh', 'Hausa', 'Tiv', 'Berom', 'Jukun', 'Kuteb', 'Bachama', 'Tarok', 'Irigwe', 'Adara', 'Atyap', 'Bambara', 'Dogon', 'Tuareg', 'Songhai', 'Mossi', 'Dozo',
  'Kanuri', 'Shuwa', 'Igbo', 'Yoruba', 'Ijaw', 'Itsekiri', 'Urhobo', 'Mandinka', 'Konkomba', 'Nanumba', 'Dagomba',
  // Central and East Africa, the Horn
  'Hema', 'Lendu', 'Twa', 'Luba', 'Banyamulenge', 'Bafuliru', 'Babembe', 'Hunde', 'Nande', 'Teke', 'Yaka', 'Nuer', 'Dinka', 'Murle', 'Shilluk', 'Misseriya', 'Rizeigat',
  'Masalit', 'Fur', 'Zaghawa', 'Nuba', 'Hawazma', 'Beni Amer', 'Nuba', 'Pokot', 'Turkana', 'Samburu', 'Borana', 'Gabra', 'Garre', 'Degodia', 'Marehan', 'Ogaden', 'Habar Gidir',
  'Abgaal', 'Hawiye', 'Darod', 'Dir', 'Majerteen', 'Dhulbahante', 'Afar', 'Issa', 'Oromo', 'Amhara', 'Gumuz', 'Konso', 'Anuak', 'Sidama', 'Wolaita', 'Qemant', 'Karamojong', 'Maasai', 'Kalenjin', 'Kikuyu',
  // Middle East, South and Southeast Asia
  'Druze', 'Alawite', 'Bedouin', 'Shammar', 'Yazidi', 'Baloch', 'Pashtun', 'Hazara', 'Kuki', 'Naga', 'Meitei', 'Bodo', 'Rakhine', 'Rohingya', 'Kachin', 'Karen', 'Moro', 'Lumad', 'Dayak', 'Madurese',
  // Latin America
  'Mapuche', 'Wayuu', 'Nasa', 'Triqui', 'Tzotzil',
];

/** "The coalition" is the one that fights where the incident is: its row in lexicon/armed-groups/ by country. */
export const COALITION_BY_COUNTRY: Record<string, string> = { YE: 'group.saudi-coalition', SA: 'group.saudi-coalition', SY: 'group.global-coalition', IQ: 'group.global-coalition' };

/** ACLED's spelling of a country in actor names, where it differs from the gazetteer's common name. */
const ACLED_COUNTRY_NAMES: Record<string, string> = {
  CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', TR: 'Turkey', CZ: 'Czech Republic', TL: 'East Timor', SZ: 'eSwatini',
  CI: 'Ivory Coast', MK: 'North Macedonia', PS: 'Palestine', US: 'the United States', PH: 'the Philippines',
};

/** The country as ACLED writes it in an actor's name ("Military Forces of Turkey", "Civilians (Democratic Republic of Congo)"). */
export function actorCountryName(code: string): string {
  return ACLED_COUNTRY_NAMES[code]?.replace(/^the /, '') ?? countryName(code) ?? code;
}

/** "Military Forces of the United States", "Police Forces of the Philippines": ACLED keeps the article. */
export type StateKind = 'military' | 'police' | 'government';
export function stateForceName(kind: StateKind, code: string): string {
  const name = ACLED_COUNTRY_NAMES[code] ?? countryName(code) ?? code;
  return kind === 'government' ? `Government of ${name}` : `${kind === 'military' ? 'Military' : 'Police'} Forces of ${name}`;
}

/** Whether an actor's name is a state's military or police forces, as `stateForceName` writes it ("Military Forces of Kenya"). */
export function isStateForceName(name: string): boolean {
  return name.startsWith('Military Forces of ') || name.startsWith('Police Forces of ');
}

// fix16: the words that tell an organisation no list holds by its name (src/pipeline/events/actors.ts unlistedOrganisation).
/** fix16 (issue 13): the head nouns that make a capitalised name an organisation of armed or political men (ACLED codebook 2023,
 * actor types: rebel groups, inter 2, and political militias, inter 3, are named as the report names them; general English: a
 * proper name's last noun says what kind of body it is: "the X Liberation Front", "the Y People's Army", "the Z Brigades"). */
export const ORG_HEADS: ReadonlyMap<string, InterCode> = new Map<string, InterCode>([['front', 2], ['movement', 2], ['army', 2], ['brigade', 2], ['brigades', 2],
  ['battalion', 2], ['battalions', 2], ['forces', 2], ['militia', 3], ['council', 3], ['union', 3], ['party', 3], ['group', 3], ['alliance', 3],
  ['coalition', 3], ['organisation', 3], ['organization', 3]]);
/** Heads of bodies that are political before they are armed (a party, a union, a council, a movement): their members are civilians
 * (codebook: political parties and their supporters are no armed group), so the name is an armed actor only when its own words say
 * so (a non-state qualifier: "Liberation", "Resistance") or the sentence gives it fighters ("said its fighters", "fighters of the
 * X Movement", "X Movement militants"). */
export const POLITICAL_HEADS: ReadonlySet<string> = new Set(['movement', 'council', 'union', 'party', 'group', 'alliance', 'coalition', 'organisation', 'organization']);
/** The armed men a body's name may be told with ("fighters of the X", "X militants"): not its members or supporters. */
export const ARMED_MEN: ReadonlySet<string> = new Set(['fighters', 'militants', 'militia', 'militias', 'militiamen', 'gunmen', 'forces', 'troops', 'combatants', 'insurgents',
  'rebels', 'guerrillas', 'jihadists', 'commandos', 'units']);
/** Name words of bodies that are no armed or political side (states' unions, aid, rights and news bodies, trade and student
 * unions, sport): "the African Union", "the UN Security Council", "the Norwegian Refugee Council", "the Crisis Group". */
export const NOT_ARMED_NAME: ReadonlySet<string> = new Set(['united', 'nations', 'un', 'european', 'african', 'arab', 'asian', 'american', 'international', 'security',
  'human', 'rights', 'red', 'cross', 'crescent', 'refugee', 'refugees', 'relief', 'aid', 'humanitarian', 'medical', 'health', 'crisis', 'electoral', 'election',
  'students', 'student', 'teachers', 'workers', 'trade', 'traders', 'journalists', 'press', 'media', 'bar', 'football', 'sports', 'world', 'parliamentary',
  'municipal', 'city', 'county', 'district', 'regional', 'provincial', 'state', 'states', 'economic', 'monetary', 'postal', 'telecommunication', 'credit',
  'church', 'churches', 'christian', 'muslim', 'islamic', 'catholic', 'evangelical', 'youth', 'women', 'chamber', 'business', 'farmers', 'drivers', 'ministers']);
/** Days, and words that open a sentence in capitals ("On Monday", "Yesterday"): no part of a name read back from its head noun
 * (with the month names: events/actors.ts NOT_NAME_WORD). General English: weekdays, articles, prepositions, conjunctions and
 * the time adverbs that open a report's sentence. */
export const NOT_NAME_WORDS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'on', 'in', 'at',
  'yesterday', 'today', 'overnight', 'meanwhile', 'earlier', 'later', 'a', 'an', 'but', 'and'];
/** Descriptive words that name no particular body ("Special Forces", "Armed Forces", "Joint Task Force"): a name needs another. */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set(['the', 'special', 'armed', 'security', 'government', 'joint', 'national', 'federal', 'regular', 'allied',
  'popular', 'local', 'main', 'new', 'ruling', 'opposition', 'rebel', 'military', 'police', 'air', 'naval', 'ground', 'elite', 'presidential', 'republican',
  'royal', 'peacekeeping', 'task', 'rapid', 'support', 'defence', 'defense', 'self', '-', "'s", 'people', "people's", 'peoples', 'liberation', 'democratic',
  'revolutionary', 'resistance', 'patriotic', 'salvation', 'unity', 'justice', 'freedom', 'independence', 'islamic', 'central', 'northern', 'southern',
  'eastern', 'western', 'free', 'first', 'second', 'third', 'fourth', 'fifth',
  // the arms and tasks that name an army's own units ("the 1st Marine Brigade", "the Support and Reinforcement Brigades")
  'marine', 'marines', 'infantry', 'mechanised', 'mechanized', 'armoured', 'armored', 'artillery', 'commando', 'commandos', 'mountain', 'border',
  'guard', 'guards', 'protection', 'reinforcement', 'intervention', 'reserve', 'logistics', 'engineering', 'signals', 'airborne', 'motorised', 'motorized']);
