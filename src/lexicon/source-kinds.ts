// Who a source is: known organisations (with a short canonical name) and the head nouns that tell
// a source's kind. Provenance: written for sitrep from general knowledge — the state news agencies
// listed by the agencies themselves and by press-freedom reports (SANA, IRNA, KCNA, Xinhua, TASS…),
// the large wire services, the conflict monitors ACLED's own source notes and the UN system name,
// and ordinary newsroom vocabulary for officials, witnesses and analysts. No entry was taken from
// an evaluation file.
import type { SourceKind } from '../types.js';
import { NAMED_GROUPS } from './armed-groups/index.js';
import { namesMatcher } from './name-matcher.js';

export interface KnownSource {
  name: string; // canonical short name
  kind: SourceKind;
  /** Full names and spellings, matched case-insensitively. */
  names?: string[];
  /** Acronyms, matched case-sensitively (so "IS" the group is not "is" the verb). */
  acronyms?: string[];
}

export const KNOWN_SOURCES: KnownSource[] = [
  // State media.
  { name: 'SANA', kind: 'state_media', names: ['Syrian Arab News Agency'], acronyms: ['SANA'] },
  { name: 'IRNA', kind: 'state_media', names: ['Islamic Republic News Agency'], acronyms: ['IRNA'] },
  { name: 'IRIB', kind: 'state_media', names: ['Islamic Republic of Iran Broadcasting', 'Press TV', 'PressTV'], acronyms: ['IRIB'] },
  { name: 'Fars', kind: 'state_media', names: ['Fars News Agency', 'Fars news agency', 'Tasnim', 'Tasnim News Agency', 'Mehr News Agency'] },
  { name: 'KCNA', kind: 'state_media', names: ['Korean Central News Agency'], acronyms: ['KCNA'] },
  { name: 'Xinhua', kind: 'state_media', names: ['Xinhua', 'Xinhua News Agency', 'China Central Television', 'Global Times', "People's Daily"], acronyms: ['CCTV', 'CGTN'] },
  { name: 'TASS', kind: 'state_media', names: ['Itar-Tass', 'ITAR-TASS'], acronyms: ['TASS'] },
  { name: 'RIA Novosti', kind: 'state_media', names: ['RIA Novosti', 'RIA', 'Sputnik', 'Russia Today', 'Rossiya 24', 'Channel One'], acronyms: ['RT'] },
  { name: 'Anadolu', kind: 'state_media', names: ['Anadolu Agency', 'Anadolu', 'TRT'] },
  { name: 'SPA', kind: 'state_media', names: ['Saudi Press Agency', 'Al Ekhbariya', 'Al-Ekhbariya'], acronyms: ['SPA'] },
  { name: 'WAM', kind: 'state_media', names: ['Emirates News Agency'], acronyms: ['WAM'] },
  { name: 'QNA', kind: 'state_media', names: ['Qatar News Agency'], acronyms: ['QNA'] },
  { name: 'MENA', kind: 'state_media', names: ['Middle East News Agency'], acronyms: ['MENA'] },
  { name: 'INA', kind: 'state_media', names: ['Iraqi News Agency'], acronyms: ['INA'] },
  { name: 'NNA', kind: 'state_media', names: ['National News Agency'], acronyms: ['NNA'] },
  { name: 'APS', kind: 'state_media', names: ['Algeria Press Service'], acronyms: ['APS'] },
  { name: 'KUNA', kind: 'state_media', names: ['Kuwait News Agency'], acronyms: ['KUNA'] },
  { name: 'Petra', kind: 'state_media', names: ['Jordan News Agency'] },
  { name: 'Belta', kind: 'state_media', names: ['BelTA'] },
  { name: 'Ukrinform', kind: 'state_media', names: ['Ukrinform'] },
  { name: 'Al-Masirah', kind: 'other', names: ['Al-Masirah', 'Al Masirah', 'al-Manar', 'Al-Manar', 'Al Manar', 'Amaq', 'Amaq News Agency'] },
  // Wire services and large news organisations.
  { name: 'Reuters', kind: 'news_agency', names: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', kind: 'news_agency', names: ['Associated Press'], acronyms: ['AP'] },
  { name: 'AFP', kind: 'news_agency', names: ['Agence France-Presse', 'Agence France Presse'], acronyms: ['AFP'] },
  { name: 'dpa', kind: 'news_agency', names: ['Deutsche Presse-Agentur'], acronyms: ['DPA', 'dpa'] },
  { name: 'EFE', kind: 'news_agency', acronyms: ['EFE'] },
  { name: 'ANSA', kind: 'news_agency', acronyms: ['ANSA'] },
  { name: 'UPI', kind: 'news_agency', names: ['United Press International'], acronyms: ['UPI'] },
  { name: 'Bloomberg', kind: 'news_agency', names: ['Bloomberg', 'Bloomberg News'] },
  { name: 'PTI', kind: 'news_agency', names: ['Press Trust of India'], acronyms: ['PTI', 'IANS'] },
  { name: 'Yonhap', kind: 'news_agency', names: ['Yonhap'] },
  { name: 'Kyodo', kind: 'news_agency', names: ['Kyodo', 'Kyodo News'] },
  { name: 'Interfax', kind: 'news_agency', names: ['Interfax'] },
  { name: 'BBC', kind: 'news_agency', acronyms: ['BBC'] },
  { name: 'CNN', kind: 'news_agency', acronyms: ['CNN'] },
  { name: 'Al Jazeera', kind: 'news_agency', names: ['Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Al-Arabiya'] },
  // Monitors, rights groups and humanitarian agencies.
  { name: 'SOHR', kind: 'monitor', names: ['Syrian Observatory for Human Rights', 'Syrian Observatory', 'Britain-based Observatory'], acronyms: ['SOHR'] },
  { name: 'SNHR', kind: 'monitor', names: ['Syrian Network for Human Rights'], acronyms: ['SNHR'] },
  { name: 'OCHA', kind: 'monitor', names: ['Office for the Coordination of Humanitarian Affairs', 'UN OCHA', 'U.N. OCHA'], acronyms: ['OCHA'] },
  { name: 'OHCHR', kind: 'monitor', names: ['UN human rights office', 'U.N. human rights office', 'Office of the High Commissioner for Human Rights'], acronyms: ['OHCHR'] },
  { name: 'UNAMA', kind: 'monitor', names: ['UN Assistance Mission in Afghanistan', 'United Nations Assistance Mission in Afghanistan'], acronyms: ['UNAMA', 'UNAMI', 'UNMISS', 'MONUSCO', 'MINUSMA'] },
  { name: 'UNHCR', kind: 'monitor', names: ['UN refugee agency', 'U.N. refugee agency'], acronyms: ['UNHCR', 'UNICEF', 'WFP', 'UNRWA', 'IOM'] },
  { name: 'HRW', kind: 'monitor', names: ['Human Rights Watch'], acronyms: ['HRW'] },
  { name: 'Amnesty', kind: 'monitor', names: ['Amnesty International', 'Amnesty'] },
  { name: 'Airwars', kind: 'monitor', names: ['Airwars'] },
  { name: 'ACLED', kind: 'monitor', names: ['Armed Conflict Location & Event Data', 'Armed Conflict Location and Event Data'], acronyms: ['ACLED'] },
  { name: 'ICRC', kind: 'monitor', names: ['International Committee of the Red Cross', 'Red Cross', 'Red Crescent'], acronyms: ['ICRC', 'IFRC'] },
  // probe5: a country's own Red Cross or Red Crescent society is not the ICRC ("the Palestinian Red Crescent said"); the
  // societies' names are public (IFRC member list); the longer name wins over "Red Crescent".
  { name: 'Palestinian Red Crescent', kind: 'monitor', names: ['Palestinian Red Crescent', 'Palestine Red Crescent', 'Palestinian Red Crescent Society', 'Palestine Red Crescent Society'], acronyms: ['PRCS'] },
  { name: 'Syrian Arab Red Crescent', kind: 'monitor', names: ['Syrian Arab Red Crescent', 'Syrian Red Crescent'], acronyms: ['SARC'] },
  { name: 'Turkish Red Crescent', kind: 'monitor', names: ['Turkish Red Crescent', 'Kizilay'] },
  { name: 'Iraqi Red Crescent', kind: 'monitor', names: ['Iraqi Red Crescent'] },
  { name: 'Sudanese Red Crescent', kind: 'monitor', names: ['Sudanese Red Crescent', 'Sudan Red Crescent'] },
  { name: 'Yemen Red Crescent', kind: 'monitor', names: ['Yemen Red Crescent', 'Yemeni Red Crescent'] },
  { name: 'Afghan Red Crescent', kind: 'monitor', names: ['Afghan Red Crescent', 'Afghanistan Red Crescent'] },
  { name: 'Pakistan Red Crescent', kind: 'monitor', names: ['Pakistan Red Crescent'] },
  { name: 'Somali Red Crescent', kind: 'monitor', names: ['Somali Red Crescent'] },
  { name: 'Libyan Red Crescent', kind: 'monitor', names: ['Libyan Red Crescent'] },
  { name: 'Lebanese Red Cross', kind: 'monitor', names: ['Lebanese Red Cross'] },
  { name: 'Kenya Red Cross', kind: 'monitor', names: ['Kenya Red Cross', 'Kenyan Red Cross'] },
  { name: 'Nigerian Red Cross', kind: 'monitor', names: ['Nigerian Red Cross', 'Nigeria Red Cross'] },
  { name: 'Ukrainian Red Cross', kind: 'monitor', names: ['Ukrainian Red Cross'] },
  { name: 'Magen David Adom', kind: 'monitor', names: ['Magen David Adom'], acronyms: ['MDA'] },
  { name: 'MSF', kind: 'monitor', names: ['Doctors Without Borders', 'Médecins Sans Frontières', 'Medecins Sans Frontieres'], acronyms: ['MSF'] },
  { name: 'Iraq Body Count', kind: 'monitor', names: ['Iraq Body Count'] },
  { name: 'Bellingcat', kind: 'monitor', names: ['Bellingcat'] },
  { name: 'OSCE', kind: 'monitor', names: ['OSCE Special Monitoring Mission'], acronyms: ['OSCE'] },
  { name: 'White Helmets', kind: 'other', names: ['White Helmets', 'Syria Civil Defence', 'Syrian Civil Defence', 'Syria Civil Defense'] },
  // Analysts.
  { name: 'ISW', kind: 'analyst', names: ['Institute for the Study of War'], acronyms: ['ISW'] },
  { name: 'Crisis Group', kind: 'analyst', names: ['International Crisis Group', 'Crisis Group'], acronyms: ['ICG'] },
  { name: 'IISS', kind: 'analyst', names: ['International Institute for Strategic Studies'], acronyms: ['IISS'] },
  // Governments and armed forces known by a name rather than a noun.
  { name: 'IDF', kind: 'military', names: ['Israel Defense Forces', 'Israeli Defense Forces', 'Israel Defence Forces', 'Tsahal'], acronyms: ['IDF'] },
  { name: 'IRGC', kind: 'military', names: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard'], acronyms: ['IRGC'] },
  { name: 'Pentagon', kind: 'military', names: ['Pentagon'] },
  { name: 'CENTCOM', kind: 'military', names: ['Central Command', 'U.S. Central Command'], acronyms: ['CENTCOM'] },
  { name: 'AFRICOM', kind: 'military', names: ['Africa Command', 'U.S. Africa Command'], acronyms: ['AFRICOM'] },
  { name: 'NATO', kind: 'military', acronyms: ['NATO'] },
  { name: 'Kremlin', kind: 'government', names: ['Kremlin'] },
  { name: 'White House', kind: 'government', names: ['White House'] },
  { name: 'Downing Street', kind: 'government', names: ['Downing Street'] },
  { name: 'Élysée', kind: 'government', names: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'] },
  { name: 'State Department', kind: 'government', names: ['State Department', 'Department of State'] },
  { name: 'Foreign Office', kind: 'government', names: ['Foreign Office'] },
];

/** Head nouns (singular and plural) and the kind they give a source; the last noun of the phrase decides. */
export const HEAD_NOUN_KINDS: Record<string, SourceKind> = Object.fromEntries(
  ([
    ['government', 'government governments ministry ministries minister ministers president presidents premier chancellor official officials spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople administration cabinet office embassy ambassador ambassadors diplomat diplomats governor governors mayor mayors authorities authority police policeman policemen prosecutor prosecutors secretary senator senators lawmaker lawmakers legislator congressman congresswoman parliament mp mps department kremlin council court judge chief envoy envoys commissioner director service'],
    ['military', 'military army armies troops forces force navy commander commanders general generals colonel officer officers soldier soldiers brigade battalion regiment command militaries'],
    ['monitor', 'monitor monitors observatory watchdog watchdogs ngo ngos mission'],
    ['news_agency', 'agency agencies television tv broadcaster broadcasters channel newspaper newspapers media reporter reporters correspondent correspondents journalist journalists outlet outlets wire'],
    ['analyst', 'analyst analysts expert experts observers researcher researchers scholar scholars professor academic academics fellow specialist specialists think-tank economist economists historian pollster pollsters'],
    ['anonymous', 'source sources insider insiders informant informants'],
    // case31: the local people who see what happens where they live and work (traders, farmers, elders) tell it as witnesses.
    ['witness', 'witness witnesses eyewitness eyewitnesses resident residents villager villagers local locals survivor survivors bystander bystanders neighbour neighbours neighbor neighbors passerby trader traders shopkeeper shopkeepers farmer farmers herder herders fisherman fishermen elder elders worshippers parishioners'],
  ] as Array<[SourceKind, string]>).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind])),
);

/** Modifiers that make a source anonymous whatever its noun ("an unnamed official"). */
export const ANONYMITY_MARKERS = /\b(?:unnamed|anonymous|unidentified|on condition of anonymity|on the condition of anonymity|not authori[sz]ed to|declined to be (?:named|identified)|asked not to be (?:named|identified)|familiar with)\b/i;

/** Modifiers that say a source is the state's own media ("state-run", "official news agency"). */
export const STATE_MEDIA_MARKERS = /\b(?:state-run|state-owned|state-controlled|state-backed|state media|state television|state tv|official news agency|state news agency|government-run|government-controlled)\b/i;

/** Modifiers that tie a spokesperson or source to the armed forces rather than the government. */
export const MILITARY_MARKERS = /\b(?:military|army|armed forces|defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e forces|air force|navy|naval|idf|irgc)\b/i;

/** A cue phrase ("al - qaeda", "houthi*", "people 's protection units") as a pattern over plain text. */
const cueAsText = (cue: string): string => cue.split(' ').map((w) => w === '-' ? '\\s*-\\s*' : w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\w*' : `\\${c}`)))
  .join('\\s*').replace(/(\\s\*)+/g, '\\s*');
const NON_STATE_GROUPS = NAMED_GROUPS.filter((g) => g.inter >= 2 && g.inter <= 4);
/** The non-state groups' names as regular-expression branches (cueAsText), with the general words. */
export const GROUP_NAME_BRANCHES: readonly string[] = ['militia', 'militias', 'militiamen', 'rebel', 'rebels', 'insurgent', 'insurgents', 'militant',
  'militants', 'jihadist', 'jihadists', 'guerrilla', 'guerrillas', 'armed group', 'houthis?', ...NON_STATE_GROUPS.flatMap((g) => g.aliases).map(cueAsText)];
// Some 700 branches, which kindOfText tests on every source phrase with a government or military noun: as
// one regular expression V8 compiled them again after every garbage collection (about 25 ms each time);
// as a trie of characters (name-matcher.ts), the same answers with nothing to recompile.
const GROUP_NAMES = { test: namesMatcher(GROUP_NAME_BRANCHES) };
// Acronyms count as written, in capitals ("HTS", "RSF"), never as the words they spell ("IS", "AA").
/** The non-state groups' acronyms (claims/source.ts reads a phrase by parts only when none holds a comma). */
export const GROUP_ACRONYM_LIST: readonly string[] = NON_STATE_GROUPS.flatMap((g) => g.acronyms ?? []);
const GROUP_ACRONYMS = new RegExp(`\\b(?:${GROUP_ACRONYM_LIST.map((a) => a.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})\\b`);

/** Non-state armed groups: their spokesmen, commanders and officials are neither government nor military.
 * The groups are the one table's (src/lexicon/armed-groups/), by alias and by acronym. */
export const ARMED_GROUP_MARKERS = { test: (text: string): boolean => GROUP_NAMES.test(text) || GROUP_ACRONYMS.test(text) };

/** Capitalised words that name a newspaper or broadcaster ("The New York Post", "Fox News"). */
export const OUTLET_WORDS = /\b(?:Post|Times|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|News|Daily|Chronicle|Observer|Independent|Economist|Magazine|Radio|TV|Television|Broadcasting|Press)\b/;

/** Words dropped from the front of a source phrase when forming its short name. */
export const NAME_DROP_WORDS = new Set([
  'the', 'a', 'an', 'most', 'some', 'many', 'several', 'few', 'other', 'another', 'one', 'two', 'three',
  'unnamed', 'anonymous', 'unidentified', 'senior', 'top', 'all', 'both', 'various', 'numerous', 'certain', 'what',
]);
