// Word lists the place recogniser reads its context from. Written from general knowledge of English
// news style (AP/Reuters conventions for titles and datelines); all entries are lower case and
// compared with folded tokens. Watch for: a word here blocks or weakens a place reading, so a list
// entry that is also a common place name (e.g. "Mobile") needs its rule to keep the place use.
import { NAMED_GROUPS } from '../../lexicon/armed-groups/index.js';
import { KNOWN_SOURCES } from '../../lexicon/source-kinds.js';
import { foldKey } from '../../gazetteer/fold.js';

/** Words that, right before a capitalised name, make it a person: "President Chad", "Gov. Jordan". */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'gov', 'governor',
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'mayor', 'gen', 'general', 'col',
  'colonel', 'lt', 'lieutenant', 'maj', 'major', 'sgt', 'sergeant', 'capt', 'captain', 'cpl', 'pvt', 'adm', 'admiral',
  'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'rev', 'reverend', 'father',
  'sister', 'brother', 'coach', 'officer', 'detective', 'det', 'deputy', 'chief', 'minister', 'secretary',
  'chancellor', 'ayatollah', 'imam', 'rabbi', 'bishop', 'saint', 'mullah', 'commander', 'sheriff', 'trooper',
  'councilman', 'councilwoman', 'commissioner', 'superintendent', 'principal', 'attorney', 'spokesman', 'spokeswoman',
  // Members of parliaments as news writes them before a name ("MP Faisal Karami", "MK Itamar Ben Gvir", "MNA", "MLA").
  'mp', 'mk', 'mna', 'mla', 'lawmaker', 'legislator',
]);

/** Place names that are also given names: a surname after them ("Chad Smith") makes them a person. */
export const GIVEN_NAMES = new Set([
  'chad', 'jordan', 'georgia', 'paris', 'florence', 'austin', 'victoria', 'sydney', 'dallas', 'houston', 'phoenix',
  'eugene', 'lincoln', 'washington', 'charlotte', 'madison', 'jackson', 'tyler', 'troy', 'warren', 'clinton',
  'marion', 'chester', 'beverly', 'shelby', 'denver', 'orlando', 'savannah', 'brooklyn', 'dakota', 'carson', 'kent',
  'logan', 'trenton', 'vernon', 'milton', 'cleveland', 'regina', 'hamilton', 'lawrence', 'nelson', 'raleigh',
  'israel', 'india', 'china', 'kenya', 'asia', 'africa', 'america', 'helena', 'augusta', 'camden', 'dayton',
  'kingston', 'preston', 'sherman', 'stanley', 'wesley', 'winston', 'york', 'lyon', 'sofia', 'valencia', 'adelaide',
  'alexandria', 'florida', 'virginia', 'carolina', 'montgomery', 'jefferson', 'franklin', 'harrison', 'monroe',
  'quincy', 'lafayette', 'douglas', 'howard', 'grant', 'lee', 'marshall', 'mitchell', 'morgan', 'murray', 'scott',
  'taylor', 'walker', 'wayne', 'bradley', 'cameron', 'chelsea', 'darwin', 'elgin', 'clyde', 'homer', 'irving',
  'aurora', 'mesa', 'salem', 'laramie', 'mali', 'bethany', 'hope', 'grace', 'joy', 'faith', 'tripoli',
]);

/** Verbs of speech and action after a bare given-name place make it a person: "Jordan said". */
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'recalled', 'wrote', 'asked', 'replied', 'scored', 'laughed', 'smiled']);

/** Capitalised words that are place names somewhere but almost never one in running news text. */
export const NOT_PLACES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'god', 'allah', 'christ',
  'jesus', 'police', 'army', 'navy', 'government', 'president', 'minister', 'news', 'times', 'post', 'world', 'city',
  'state', 'county', 'national', 'university', 'college', 'school', 'church', 'center', 'centre', 'hospital',
  'court', 'department', 'ministry', 'council', 'party', 'union', 'council', 'republic', 'federal', 'central',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest',
  'southeast', 'southwest', 'mount', 'lake', 'river', 'island', 'bay', 'beach', 'valley', 'park', 'fort',
  'obama', 'trump', 'biden', 'putin', 'bush', 'clinton', 'mr', 'mrs', 'dr', 'the', 'a', 'an', 'of', 'and', 'in',
  'on', 'at', 'to', 'for', 'by', 'with', 'it', 'is', 'as', 'or', 'but', 'if', 'so', 'no', 'not', 'all', 'one',
  'he', 'she', 'we', 'they', 'you', 'i', 'this', 'that', 'there', 'here', 'new', 'old', 'young', 'good', 'best',
  'police said', 'reuters', 'ap', 'afp', 'associated press', 'internet', 'online', 'email', 'sun', 'moon', 'earth',
  'mars', 'venus', 'christmas', 'easter', 'ramadan', 'eid', 'islam', 'muslim', 'christian', 'jewish', 'catholic',
  'protestant', 'sunni', 'shia', 'shiite', 'arab', 'arabs', 'kurds', 'western', 'hispanic', 'latino',
  'justice', 'liberty', 'independence', 'union', 'unity', 'victory', 'freedom', 'progress', 'enterprise', 'commerce',
  'industry', 'energy', 'health', 'education', 'security', 'defense', 'defence', 'interior', 'home', 'office',
  'house', 'senate', 'congress', 'parliament', 'white house', 'pentagon', 'kremlin', 'capitol', 'twitter', 'facebook',
  'google', 'apple', 'amazon', 'microsoft', 'tesla', 'ford', 'boeing', 'airbus', 'nasa', 'nato', 'un', 'who', 'isis',
  'isil', 'reading', 'bath', 'nice', 'split', 'orange',
  'el nino', 'la nina', 'name', 'road', 'the city', 'city', 'street', 'man', 'bureau', 'metro', 'marines', 'free', 'general', 'major', 'captain', 'chief', 'deputy', 'doctor', 'officer', 'senator', 'governor', 'mayor',
]);
// Named armed groups are no places ("Hamas", "al-Qaeda"): every alias of the one table
// (src/lexicon/armed-groups/), folded as gazetteer keys are; wildcard aliases ("houthi*") aside.
for (const g of NAMED_GROUPS) for (const a of g.aliases) if (!a.includes('*')) NOT_PLACES.add(foldKey(a.replace(/ - /g, '-').replace(/ 's\b/g, "'s")));
// …nor are the organisations that report ("the Red Cross", "Doctors Without Borders", "Human Rights Watch"): the
// source table's full names of two words or more (one word alone, like "Anadolu", can be a place too).
for (const k of KNOWN_SOURCES) for (const n of k.names ?? []) if (n.includes(' ')) NOT_PLACES.add(foldKey(n));
// elsewhere6: weapons' names are no places ("a Russian Iskander missile" is not Iskandar, Uzbekistan; "Shahed drones",
// "Grad rockets", "Kinzhal", "HIMARS"): missile, rocket, drone and artillery system names of the wars in Ukraine and
// the Middle East, from general knowledge of those weapons.
for (const w of ['iskander', 'iskander-m', 'kalibr', 'kinzhal', 'kh-101', 'kh-22', 'kh-59', 'tochka', 'tochka-u', 'smerch', 'uragan', 'tornado-s',
  'shahed', 'geran', 'geran-2', 'lancet', 'onyx', 'oniks', 'zircon', 'tsirkon', 'himars', 'atacms', 'storm shadow', 'scalp', 'bayraktar',
  'katyusha', 'qassam', 'grad', 'burkan', 'zolfaghar', 'fateh-110']) NOT_PLACES.add(foldKey(w));

/** Words that right after a place make it part of a street or building address: "Jordan Street". */
export const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way', 'place',
  'pl', 'court', 'ct', 'terrace', 'pike', 'parkway', 'pkwy', 'circle', 'square', 'trail', 'alley',
]);

/** world13: capitalised words after a place that make the whole a company's name ("a Kabul Bank branch",
 * "Ethiopian Airlines"): a firm named after a city, often with branches elsewhere, is no place of the event. */
export const COMPANY_WORDS = new Set(['bank', 'airways', 'airlines', 'cement', 'telecom', 'petroleum', 'brewery', 'breweries']);

/** world13: street words that, even written in lower case, make the name before them a street's or square's
 * ("al-Karama square", "Hamra street"): a site inside a town, named after another place or a cause. */
export const SITE_WORDS_LOWER = new Set(['square', 'street', 'avenue', 'boulevard', 'roundabout']);

/** Words after a place that make the whole a newspaper or broadcaster: "the Damascus Times". */
export const MEDIA_WORDS = new Set([
  'times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'telegraph', 'examiner', 'inquirer',
  'observer', 'courier', 'dispatch', 'register', 'sentinel', 'star', 'daily', 'standard', 'independent', 'mirror',
  'guardian', 'globe', 'bee', 'enquirer', 'press', 'record', 'review', 'monitor', 'leader', 'argus',
]);

/** Words after a place that make a body of that place, not a person's surname: "Florida Highway Patrol". */
export const ORG_WORDS = new Set([
  'highway', 'patrol', 'department', 'county', 'city', 'state', 'university', 'college', 'police', 'sheriff',
  'board', 'council', 'court', 'school', 'schools', 'hospital', 'medical', 'center', 'centre', 'airport', 'republic',
  'government', 'army', 'national', 'general', 'public', 'district', 'museum', 'library', 'church', 'chamber',
  'bureau', 'office', 'fire', 'health', 'house', 'senate', 'assembly', 'legislature', 'supreme', 'circuit', 'port',
  'railway', 'railroad', 'transit', 'authority', 'commission', 'agency', 'institute', 'times', 'post', 'daily',
]);

/** Places that are common English words: kept only with place evidence (a preposition, "X, State"). */
export const COMMON_WORD_PLACES = new Set([
  'mobile', 'reading', 'bath', 'nice', 'split', 'orange', 'independence', 'liberty', 'hope', 'enterprise', 'victoria',
  'commerce', 'energy', 'industry', 'progress', 'union', 'unity', 'justice', 'opportunity', 'paradise', 'eden',
  'marathon', 'providence', 'concord', 'harmony', 'friendship', 'temple', 'normal', 'plain', 'plains', 'surprise',
  'chance', 'truth', 'sale', 'mission', 'university', 'college', 'center', 'early', 'mercy', 'royal', 'deal',
  'street', 'police', 'fire', 'hospital', 'school', 'church', 'market', 'bridge', 'castle', 'garden', 'gardens',
]);

/** Prepositions that introduce a location: evidence that a capitalised word is a place. */
/** Nouns of a place's parts or kind before "of": "the outskirts of Gao", "the town of Bell", "residents of Mopti". */
export const PLACE_PART_NOUNS = new Set(['outskirts', 'edge', 'edges', 'suburbs', 'suburb', 'centre', 'center', 'heart', 'periphery',
  'vicinity', 'city', 'town', 'village', 'port', 'district', 'province', 'region', 'residents', 'inhabitants', 'streets',
  // "the central market of Gao", "the governor of Gao", "the north of Gao": a site, an office or a part of the place.
  'market', 'hospital', 'mosque', 'school', 'prison', 'airport', 'university', 'governor', 'mayor', 'capital', 'people', 'north', 'south',
  'east', 'west', 'part', 'parts', 'area', 'areas', 'camp', 'base', 'bridge', 'neighbourhood', 'neighborhood', 'countryside']);
export const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'toward', 'towards', 'via', 'through', 'throughout', 'inside', 'within', 'between', 'of', 'north', 'south', 'east', 'west', 'over']);

/** Words after a name that make it a family or a clan, not a place: "the Al-Najjar family home", "the Hawadle clan". */
export const KIN_WORDS = new Set(['family', 'families', 'clan', 'clans', 'household', 'households', 'brothers', 'dynasty']);

/** Compass and level prefixes that start a hyphenated name ("Nord-Kivu", "Sud-Ubangi", "Haut-Uele", "Bas-Congo",
 * "North-West"): alone, before the hyphen, they are no place (not Haiti's Nord or Sud department). */
export const NAME_PREFIXES = new Set(['nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'haut', 'haute', 'bas', 'basse',
  'upper', 'lower', 'central', 'centre', 'moyen', 'grand', 'petit', 'new', 'old', 'greater']);

/** Heads of Arabic (and Hebrew, Persian, Berber) names of places and people: "Abu Rasin", "Tal Abyad", "Bir Hat",
 * "Kafr Takharim", "Beit Lahia", "Bani Suhaila", "Ould Abdallah". Alone before another name they never name a place
 * of their own (a hamlet called Abu, Tal or Bani somewhere else): the gazetteer lacks the whole name. */
export const NAME_HEADS = new Set(['abu', 'abou', 'umm', 'um', 'bani', 'beni', 'bin', 'ibn', 'ben', 'ould', 'ag', 'wad', 'tal', 'tell', 'tel', 'tall',
  'bir', 'beer', 'ain', 'ein', 'ayn', 'ras', 'kafr', 'kfar', 'deir', 'dayr', 'jabal', 'jebel', 'jabel', 'wadi', 'khirbet', 'khirbat', 'beit', 'bayt',
  'sheikh', 'shaykh', 'sidi', 'qasr', 'hay', 'hayy', 'harat', 'souq', 'suq', 'nahr', 'marj', 'qalaat', 'qalat', 'mazraat', 'bab', 'dar', 'khan',
  'birket', 'tabet', 'arab', 'hazm', 'al', 'el']);

/** The Arabic article as transliterations write it before a name ("al-Zaatar", "Al Qudra", "ash-Shati"). */
export const NAME_ARTICLES = new Set(['al', 'el', 'as', 'ad', 'an', 'ar', 'at', 'az', 'ash', 'ez', 'es', 'ed', 'adh', 'ath']);

/** Lower-case links inside longer names: "Kambi ya Yua", "San Pedro de Ycuamandiyu", "Dara i Sufi", "Bandar-e Abbas". */
export const NAME_LINKS = new Set([...NAME_ARTICLES, 'ya', 'wa', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'los', 'las',
  'i', 'e', 'bin', 'ibn', 'ben', 'bou', 'van', 'von', 'der']);

/** geo11: the Romance articles that open a place's name ("Los Caracas", "Las Vegas", "Les Cayes", "Le Mans"): capitalised
 * before a town the gazetteer reads alone, they make a longer name it lacks (Spanish, French grammar; the Arabic el/al
 * are read by the gazetteer's article-less keys instead). */
export const ROMANCE_ARTICLES = new Set(['los', 'las', 'les', 'le', 'la']);

/** Currencies: "the US dollar", "Lebanese pounds", "Iraqi dinars" name money, not a place. */
export const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'dinar', 'dinars', 'rial', 'rials', 'riyal', 'riyals',
  'lira', 'liras', 'rupee', 'rupees', 'yuan', 'yen', 'ruble', 'rubles', 'rouble', 'roubles', 'shekel', 'shekels', 'peso', 'pesos', 'franc', 'francs',
  'naira', 'shilling', 'shillings', 'birr', 'kyat', 'taka', 'afghani', 'afghanis', 'hryvnia', 'hryvnias', 'cedi', 'cedis', 'rand', 'kwacha', 'bolivar', 'bolivars']);
