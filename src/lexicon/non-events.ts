// Words and rules that mark a sentence as not reporting one incident of political violence or protest:
// natural disasters, accidents (industrial and domestic explosions, fires, poisonings and gas leaks,
// traffic and mining accidents), epidemics, drills, plans and threats, policies, tallies of many past
// incidents, ordinary crime, negation.
// Provenance: written for this project from general knowledge of news wording and ACLED's codebook
// (2023: ACLED records political violence and demonstrations; accidents, natural disasters and
// criminal violence without a political motive are not events; planned or threatened events are not
// coded until they occur). Hazard words are widened by scripts/wordnet-cues.mjs (WordNet 3.1
// hyponyms of seed words chosen here, reviewed; wordnet-cues.ts). Same syntax as event-cues.ts.
import type { EventType } from '../types.js';
import type { Concept } from './event-cues.js';
import { WORDNET_CUES as WORDNET } from './wordnet-cues.js';

/** "in the first six months", "over the past three weeks": a count of months or weeks told as a span (case28); not of days or hours
 * ("over the past 24 hours" can be one incident's). */
const SPANS_OF_MONTHS: readonly string[] = ['in the first', 'during the first', 'in the last', 'during the last', 'over the past', 'over the last'].flatMap((p) =>
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'few',
    // Round 39: the numbers in figures ("over the past 12 months"), a year's twelve months, and several.
    'twelve', 'several', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '18', '24'].flatMap((n) => [`${p} ${n} months`, `${p} ${n} weeks`]).concat(
    // …and a whole year past ("over the past year", "in the last year").
    [`${p} year`])).concat(
  // Round 40: …and a week past told as a span ("killed 11 militants in raids during the previous week"): seven days are no one
  // day (codebook: an event is one interaction on one day); "last week" alone dates one incident and stays a date.
  ['over the', 'during the', 'in the'].flatMap((p) => [`${p} past week`, `${p} previous week`]), ['over the last week', 'during the last week']);

/** The works that tell a story (FICTION), and the verbs that tell what is in them. */
const WORKS: readonly string[] = ['film', 'movie', 'drama', 'novel', 'documentary', 'docudrama', 'memoir', 'miniseries', 'series', 'play', 'book', 'video game'];
const TELLING: readonly string[] = ['follows', 'tells', 'depicts', 'portrays', 'recounts', 'chronicles', 'dramatises', 'dramatizes', 'is set',
  'centres on', 'centers on', 'revolves around', 'explores', 'recreates'];
/** case31: a work told by its award ("won the Oscar for best documentary feature"): film prizes (WordNet 3.1 "Oscar" n.1, "Academy
 * Award"). */
const AWARDS: readonly string[] = ['best documentary', 'best film', 'best picture', 'best feature', 'best director', 'oscar for', 'oscars',
  'academy award*', 'film festival', 'golden globe*'];

/** case31: verbs of a killing or beating (WordNet 3.1 kill v.1 and its hyponyms murder, stab, strangle, shoot, hack, beat), in
 * the past, and a person's own kin and partners by the possessive (WordNet 3.1 "spouse" n.1, "child" n.2, "parent" n.1). */
const DOMESTIC_VERBS: readonly string[] = ['killed', 'murdered', 'stabbed', 'strangled', 'shot', 'hacked', 'beat', 'beaten', 'bludgeoned', 'poisoned', 'burned'];
const KIN: readonly string[] = ['his wife', 'her husband', 'his girlfriend', 'her boyfriend', 'his partner', 'her partner', 'his fiancee', 'his ex - wife',
  'her ex - husband', 'his mother', 'her mother', 'his father', 'her father', 'his son', 'her son', 'his daughter', 'her daughter', 'his children',
  'her children', 'his brother', 'her brother', 'his sister', 'her sister', 'his stepdaughter', 'his stepson', 'her stepson', 'his parents', 'her parents'];

/** Round 35: the warrant phrases that name an arrest's charge (CHARGE_LINK), however far from the arrest verb they stand. */
const WARRANT_LINKS: readonly string[] = ['warrant for', 'warrants for', 'arrest warrant for', 'warrant of arrest for', 'arrest warrants for'];

export const NON_EVENT_CUES = {
  /** Earthquakes, volcanoes, landslides: the ground moves. */
  QUAKE: ['earthquake*', 'quake*', 'tremor*', 'aftershock*', 'magnitude', 'richter', 'seismic', 'epicentre', 'epicenter',
    'landslide*', 'mudslide*', 'rockslide*', 'avalanche*', 'sinkhole*', 'volcan*', 'lava', 'tsunami*',
    ...WORDNET.QUAKE],
  /** Floods and storms: water and wind. */
  FLOOD: ['flood*', 'flash flood*', 'inundat*', 'heavy rain*', 'torrential', 'downpour*', 'rainfall', 'cloudburst*', 'monsoon*',
    'overflowed', 'burst its banks', 'swept away', 'washed away', 'waterlogged', 'dam burst',
    // nonev13: a dam or levee that fails and water that rises (WordNet 3.1 "levee" n.1, "dike" n.1, "storm surge" n.1).
    'dam wall', 'dam failure', 'dam breach*', 'dam collapse*', 'dam broke', 'levee*', 'dyke*', 'water level*', 'rising water*',
    // (acled6) The storm, not the verb: "forces stormed the building" is an assault, and "storm*" read it as weather.
    'storm', 'storms', 'stormy', 'rainstorm*', 'windstorm*', 'sandstorm*', 'duststorm*', 'dust storm*', 'tropical storm*', 'cyclone*', 'hurricane*',
    'typhoon*', 'tornado*', 'lightning', 'thunderstorm*', 'hailstorm*', 'blizzard*', 'snowfall', 'heavy snow', 'snowstorm*',
    'gale*', 'high winds', 'strong winds', ...WORDNET.FLOOD],
  /** Heat, drought and hunger. */
  CLIMATE: ['drought*', 'heatwave*', 'heat wave*', 'heatstroke', 'heat stroke', 'famine', 'cold wave', 'cold snap', 'freezing temperatures',
    'dry spell', 'water shortage*', 'crop failure*'],
  /** (case8) Fires of the land itself: a natural disaster, read over the whole sentence as floods are (codebook: natural
   * disasters are not events), not only near its outcome as a fire in a building is. */
  WILDFIRE: ['wildfire*', 'bushfire*', 'bush fire*', 'forest fire*', 'brush fire*', 'grass fire*', 'veld fire*', 'veldfire*', 'peat fire*'],
  /** Fires with no one said to have set them. */
  FIRE: ['fire broke out', 'blaze*', 'caught fire', 'factory fire*',
    'warehouse fire', 'house fire*', 'market fire*', 'inferno', 'engulfed', 'gutted', 'charred', 'firefighter*', 'fire fighter*',
    'fire brigade*', 'fire tenders', 'fire engines', 'fire crews', 'fire department', 'fire service*', 'fire - fighter*',
    'short circuit*', 'short - circuit*', 'electrical fault', 'electrocut*', 'firecracker*', 'fireworks',
    // strat11: a fire brought in by its indefinite article as the subject of the damage ("a fire destroyed dozens of houses"): a
    // new fire no one is said to have set (an arson's own fire is "the fire", told after the setting of it).
    'a fire destroyed', 'a fire razed', 'a fire ravaged', 'a fire damaged', 'a fire swept through', 'a fire tore through',
    'a fire burned down', 'a fire burnt down',
    // nonev13: the same new fire told by what follows its article ("a fire that started in the kitchen", "a fire at a market", "a
    // fire in a hospital", round 33: "a fire of unknown origin"), and a fire spreading (WordNet 3.1 "spread" v.1): no one's shooting
    // ("opened fire at" has no article).
    'a fire that', 'a fire which', 'a fire at', 'a fire in', 'a fire on', 'a fire of', 'fire spread', 'fire spreads', 'fire spreading', 'flames spread',
    // nonev13: the household things that start fires by accident (a candle, a cigarette, a stove or heater, faulty wiring).
    'candle', 'candles', 'cigarette*', 'kerosene lamp*', 'oil lamp*', 'stove', 'stoves', 'heater', 'heaters', 'faulty wiring', 'electrical wiring'],
  /** Industrial and domestic explosions, gas leaks, chemical spills and poisonings. */
  INDUSTRIAL: ['gas leak*', 'gas cylinder*', 'cooking gas', 'cylinder blast*', 'cylinder explosion*', 'lpg', 'boiler*', 'gas explosion*',
    'gas pipeline', 'pipeline explosion*', 'transformer', 'chemical plant', 'chemical factory', 'chemical spill*', 'chemical leak*',
    'chemical incident', 'chemical hazard', 'fertili*er plant', 'refinery', 'industrial', 'factory', 'plant', 'furnace*', 'storage', 'depot fire',
    // nonev13: the issue's own words, "a blast at a factory or depot": a depot or warehouse is a store of goods (WordNet 3.1
    // "depot" n.1, "warehouse" n.1) as a plant is a place of work; struck by someone, it is kept (SET_OFF, political words).
    'depot', 'depots', 'warehouse', 'warehouses', 'storing', 'stored',
    // nonev13: the gas fittings of a home or plant (WordNet 3.1 "gas main" n.1, "gas line" n.1, "gas pipe", "gas tank", "gas
    // stove"), a fertiliser that explodes when stored badly (ammonium nitrate), and food or drink that poisons.
    'gas valve*', 'gas pipe*', 'gas main*', 'gas line*', 'gas tank*', 'gas canister*', 'gas stove*', 'gas heater*', 'ammonium nitrate',
    'poisonous', 'after eating', 'after drinking', 'after consuming',
    // nonev13: a machine or supply that fails (WordNet 3.1 "malfunction" n.1, "power outage" n.1): no one's act.
    'malfunction*', 'technical fault*', 'technical failure*', 'technical problem*', 'mechanical failure*', 'engine failure*', 'faulty',
    'oxygen supply', 'oxygen shortage', 'power failure*', 'power outage*',
    // Round 42: a site of chemical industry by its other names (WordNet 3.1 "industrial park" n.1, "works" n.1 "buildings for
    // carrying on industrial labor", "complex" n.3, "petrochemical" n.1) and the vessel that overheats in one ("reactor" n.2).
    'chemical park', 'chemicals park', 'industrial park*', 'industrial estate*', 'chemical works', 'chemical complex', 'petrochemical*', 'reactor',
    'leak*', 'spill*', 'toxic fumes', 'fumes', 'suffocat*', 'asphyxia*', 'carbon monoxide', 'poisoning', 'poisoned',
    'food poisoning', 'adulterated', 'contaminat*', 'hooch', 'spurious liquor', 'toxic liquor', 'methanol', 'solvent*', 'hazmat', 'hazard*'],
  /** Road, rail, air and water accidents. */
  TRAFFIC: ['accident*', 'accidental*', 'accidentally', 'mishap*', 'derail*', 'collision*', 'collided', 'crash*', 'head - on', 'pile - up',
    'rammed into', 'overturned', 'plunged', 'veered', 'lost control', 'skidded', 'capsiz*', 'sank', 'sinking', 'shipwreck*', 'ran aground',
    'drown*', 'tanker', 'stampede*', 'negligence', 'bungle*', 'emergency services',
    // nonev13: a crowd crush is a stampede's deaths (WordNet 3.1 "crush" n.3, a dense crowd; "trample" v.1, tread to death): no one's attack.
    'crushed to death', 'crowd crush*', 'crush', 'trampled to death', 'trampled underfoot', 'crowd surge*',
    // nonev13: an aircraft lost on take-off or landing (WordNet 3.1 "crash-land" v.1, "emergency landing" n.1, "flight recorder" n.1).
    'after take - off', 'after takeoff', 'on take - off', 'crash - land*', 'emergency landing', 'black box', 'flight recorder*',
    ...WORDNET.TRAFFIC],
  /** Mines, wells and buildings that fall in. */
  MINING: ['mine collapse*', 'coal mine*', 'mine shaft', 'mining accident*', 'miners', 'trapped underground', 'caved in', 'cave - in',
    'collaps*', 'building collapse*', 'crumbled',
    // nonev13: a roof or wall that gives way (WordNet 3.1 "give way" v.2, collapse).
    'gave way', 'roof fell', 'roof collapse*',
    // Round 35: a place where ore or stone is dug (WordNet 3.1 "mine" n.1 "excavation in the earth from which ores and minerals are
    // extracted", "quarry" n.1): a blast or collapse there, no one said to have set it off, is the work's accident.
    'mining site', 'mining sites', 'mine site', 'mine sites', 'gold mine', 'gold mines', 'mining camp', 'mining camps', 'quarry', 'quarries'],
  /** Epidemics: deaths from disease are no violence. */
  EPIDEMIC: ['epidemic*', 'pandemic*', 'outbreak of cholera', 'cholera', 'ebola', 'measles', 'malaria', 'dengue', 'typhoid', 'meningitis',
    'lassa fever', 'yellow fever', ...WORDNET.EPIDEMIC],
  /** Exercises and rehearsals. */
  DRILL: ['drill*', 'exercise*', 'war games', 'wargame*', 'manoeuvres', 'maneuvers', 'rehearsal*', 'simulation*', 'test - fire*',
    // nonev13: a training flight or sortie is an exercise in the air (WordNet 3.1 "training" n.1): a crash on one attacks no one.
    'training flight*', 'training mission*', 'training sortie*', 'training exercise*', 'test flight*', 'routine flight*',
    'test fire*', 'test - fired', 'test launch*', 'tested', 'mock',
    // Round 42: the rounds an exercise fires (WordNet 3.1 "blank" n.4, "a cartridge containing an explosive charge but no bullet"):
    // "residents had been warned of blank fire and smoke grenades".
    'blank fire', 'blank rounds', 'blank ammunition', 'blank cartridges', 'firing blanks', 'fire blanks'],
  /** case28: a work of fiction or record that tells of war ("the new drama follows a platoon pinned down by shelling", "the
   * documentary recounts the siege"): the work's subject (WordNet 3.1 "movie" n.1, "drama" n.1, "novel" n.1, "documentary" n.1,
   * "memoir" n.1) told with a verb of telling its content. */
  FICTION: [...WORKS.flatMap((w) => TELLING.map((v) => `${w} ${v}`)), ...AWARDS],
  /** Round 44: a work told by its topic ("a new film about the battle for Mosul", "a documentary on the siege"): general English, the
   * "about"/"on" phrase after a work's noun names what it tells of (WordNet 3.1 "about" r.3 "on the subject of"); read only for the
   * incident word right after it (nonevent.fiction-topic), so an attack on a cinema showing such a film is still one. */
  FICTION_TOPIC: WORKS.flatMap((w) => [`${w} about`, `${w} on`, `${w}s about`, `${w}s on`]),
  /** case27, case28: the play of a game, whose "attack", "battle" and "shot" are sport's (WordNet 3.1 "half" n.2 "one of two
   * divisions of playing time", "midfield" n.1, "goalkeeper" n.1, "penalty kick" n.1); not "match" or "stadium", where real
   * attacks and riots happen. */
  GAME_PLAY: ['first half', 'second half', 'half - time', 'halftime', 'stoppage time', 'extra time', 'injury time', 'midfield', 'goalkeeper*',
    'striker*', 'penalty kick*', 'penalty shootout', 'free kick*', 'hat - trick', 'equaliser', 'equalizer', 'winning goal', 'opening goal',
    'scored', 'scoring', 'scoreline', 'keeper', 'shots on goal', 'shot on goal',
    // Round 32: a game told by its contest words (WordNet 3.1 "derby" n.2 "a race or contest open to all", "fixture" n.3 "a regular
    // sporting event", "league" n.2): "X and Y clash in the Cairo derby", "chasing their first league win".
    'derby', 'derbies', 'league win', 'league title', 'league match', 'league game', 'cup final', 'semi - final', 'quarter - final', 'fixture',
    'kick - off', 'kickoff', 'the season', 'this season', 'playoff*', 'play - off*', 'tournament', 'championship',
    // Round 40: a contest for a sport's title (WordNet 3.1 "title" n.7, "championship"), and the Spanish word for a derby English
    // sports pages keep ("El Clásico", "the Superclásico").
    'title fight', 'title race', 'title bout', 'title challenge', 'title contender*', 'title defence', 'title defense', 'clasico', 'clásico',
    'superclasico', 'superclásico'],
  /** Round 32: words said, not blows (WordNet 3.1 "debate" n.1, "argument" n.2, "war of words"): those who "clashed" in a debate, a
   * session of parliament or on air fought with words ("opposition leaders clashed with the prime minister during a heated
   * parliamentary debate"). */
  WORDS_EXCHANGED: ['debate', 'debates', 'parliamentary debate', 'televised debate', 'heated exchange', 'verbal', 'verbally', 'war of words', 'shouting match',
    'question time', 'parliamentary session', 'committee hearing'],
  /** case29: a past decade told as an act's modifier ("the army's 1990s offensive"): an earlier war's act, no news of this report. */
  PAST_DECADE: ['1940s', '1950s', '1960s', '1970s', '1980s', '1990s', '2000s'],
  /** Round 36: an act named with its year after a determiner ("a 2018 grenade attack", "the 2019 bombing", "its 2020 offensive"):
   * a year names an earlier incident (general English: a news report dates its own news by the day). Only a four-digit year
   * (events/mentions.ts countForYear): "the 20 attackers" is a count. */
  PAST_YEAR: ['a 19*', 'a 20*', 'the 19*', 'the 20*', 'its 19*', 'its 20*', 'their 19*', 'their 20*', 'that 19*', 'that 20*'],
  /** Round 35: a call on people to act (WordNet 3.1 "call on" v.1 "ask for something", "urge" v.1, "appeal" v.1): the act named by
   * the infinitive after the people called on ("called on its supporters to take to the streets on Thursday") has not taken place
   * (events/called-on.ts). */
  CALL_ON: ['called on', 'calls on', 'calling on', 'call on', 'urged', 'urges', 'urging', 'appealed to', 'appeals to', 'appealing to',
    'exhorted', 'exhorts', 'exhorting',
    // Round 43: a request (WordNet 3.1 "ask" v.2 "make a request or demand for something to somebody": "the mayor asked the federal
    // government to send more troops"): read, as the others, only with "to" and the act right after the people asked.
    'asked', 'asks', 'asking'],
  /** case29: a demonstration that has not taken place: put off, called off, or planned, scheduled or upcoming ("postponed
   * Saturday's planned march"). */
  PROTEST_NOT_HELD: ['postponed', 'postpones', 'postpone', 'called off', 'calls off', 'call off', 'cancelled', 'canceled', 'cancels',
    ...['planned', 'scheduled', 'upcoming', 'proposed', 'intended'].flatMap((a) => ['march', 'marches', 'rally', 'rallies', 'protest', 'protests',
      'demonstration', 'demonstrations', 'sit - in', 'strike', 'vigil'].map((p) => `${a} ${p}`)),
    'due to address', 'due to attend', 'due to hold', 'due to lead', 'due to speak', 'due to take place', 'due to march', 'due to join',
    // Round 32: a demonstration still to come, told by a modal or a plan and a support verb ("said they would hold a mass rally next
    // Friday", "will stage a sit-in", "plans to organise a march"): general English, the future and the plan tell no act yet.
    ...['will', 'would', "'ll", 'plan to', 'plans to', 'planning to', 'planned to', 'intend to', 'intends to', 'vowed to', 'vow to', 'threatened to',
      'threaten to', 'going to'].flatMap((m) => ['hold', 'stage', 'organise', 'organize', 'launch'].map((v) => `${m} ${v}`))],
  /** Round 39: mines and explosives cleared from ground after fighting (WordNet 3.1 "mine clearance"; "demining"; general English
   * "clear an area of explosives"): safety work, no explosion and no weapon used. Not a bomb found and defused, which is Disrupted
   * weapons use. */
  DEMINING: ['demining', 'de - mining', 'mine clearance', 'mine - clearance', 'mine clearing', 'clearing mines', 'clear mines', 'cleared mines',
    'clearing landmines', 'clear landmines', 'cleared landmines', 'clearing the area of', 'clear the area of', 'cleared the area of', 'clearing explosives',
    'clearing unexploded', 'clear unexploded', 'cleared unexploded', 'clearance of unexploded', 'clearance of mines', 'clearance of landmines',
    'explosive ordnance disposal'],
  /** Round 39: a demonstration or strike set for a day to come ("called a hartal for next Sunday", "a general strike for tomorrow"):
   * general English, "for" + a time to come names when a planned act is due. Not the weekday alone: "for Friday prayers". */
  PROTEST_SCHEDULED: [...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'weekend'].map((d) => `for next ${d}`),
    'for tomorrow', 'for later this week', 'for later this month', 'for the coming days', 'for the coming week', 'for the following day',
    'for the following week', 'for the day after tomorrow'],
  /** case29: a contest of firms, countries' trade or words called a war (WordNet 3.1 "price war" n.1, "trade war" n.1, "war of
   * words"): its "battle", "bombarding" and "attacks" are no armed ones. */
  /** Round 39: a state's yearly parade for a holiday or an anniversary (WordNet 3.1 "parade" n.2, a ceremonial procession): a
   * ceremony the calendar brings, no change in any force's activity. Not a parade of fighters through a town they hold. */
  CEREMONIAL_PARADE: ['annual military parade', 'annual parade', 'yearly military parade', 'independence day parade', 'independence day military parade',
    'victory day parade', 'victory day military parade', 'national day parade', 'national day military parade', 'republic day parade',
    'armed forces day parade', 'army day parade', 'military parade marking', 'military parade to mark', 'military parade celebrating',
    'military parade commemorating', 'military parade to celebrate', 'military parade to commemorate', 'anniversary parade',
    // Round 40: a holiday's parade told by its day's name ("the Pakistan Day military parade", "the Navy Day parade"), and an
    // occasion marked or celebrated "with a military parade".
    'day military parade', 'day parade', 'day parades', 'with a military parade', 'with military parades',
    // Round 42: the day itself named as marked ("as Indonesia marked Armed Forces Day with its largest parade"), and a parade told
    // by its size (WordNet 3.1 "parade" n.1, a ceremonial procession).
    'marked armed forces day', 'marks armed forces day', 'marked army day', 'marks army day', 'largest parade', 'biggest parade', 'largest military parade',
    'biggest military parade'],
  /** Round 40: weapons shown to onlookers (WordNet 3.1 "showcase" v.1, "display" v.1, "parade" v.2): at a ceremonial parade the
   * tanks and artillery are displayed, not fired. */
  WEAPONS_SHOWN: ['showcasing', 'showcased', 'showcase', 'showcases', 'displaying', 'displayed', 'on display', 'showing off', 'showed off',
    'paraded', 'parading', 'rolled past', 'rolled down', 'rolled through', 'flew past', 'flypast', 'fly - past',
    // Round 42: aircraft over the parade's city, told by their sound or path (WordNet 3.1 "roar" v.3 of engines, "fly over").
    'roared over', 'roared past', 'flew over the capital', 'flew over the city'],
  WAR_METAPHOR: ['price war*', 'trade war*', 'tariff war*', 'currency war*', 'bidding war*', 'ratings war*', 'war of words', 'culture war*',
    'talent war*', 'streaming war*', 'format war*', 'console war*', 'cola war*', 'fare war*',
    // Round 42: a war, battle or fight declared on a social ill, no party (WordNet 3.1 "war" n.3 "a concerted campaign to end
    // something that is injurious", "the war on poverty"): "declared war on corruption in public procurement".
    ...['war on', 'war against', 'battle against', 'fight against', 'fighting against', 'crusade against'].flatMap((w) =>
      ['corruption', 'graft', 'drugs', 'crime', 'poverty', 'inflation', 'hunger', 'disease', 'cancer', 'cholera', 'malaria', 'covid', 'pollution', 'plastic', 'waste', 'obesity', 'smoking', 'illiteracy', 'fake news', 'misinformation', 'red tape', 'bureaucracy', 'tax evasion'].map((x) => `${w} ${x}`)),
    'fighting words'],
  /** Round 34: a market's day told in words of violence ("a bloodbath on Dalal Street as the Sensex crashed", "carnage on the
   * bourse"): the financial market's own nouns (WordNet 3.1 "stock market" n.1, "stock index" n.1, "bourse" n.1). */
  MARKET_PLAY: ['sensex', 'nifty', 'dow jones', 'nasdaq', 'nikkei', 'ftse', 'stock market', 'stock markets', 'stock index', 'stock indices', 'stocks',
    'equities', 'share prices', 'share market', 'bourse', 'bourses', 'investor wealth', 'market capitalisation', 'market capitalization', 'sell - off',
    'selloff', 'bear market', 'bull market', 'benchmark index', 'blue - chip*', 'mid - cap*', 'midcap*', 'small - cap*',
    // Round 42: a company's market for its control (WordNet 3.1 "takeover" n.1 "a change by sale or merger in the controlling
    // interest of a corporation", "hostile takeover" n.1, "takeover bid" n.1, "shareholder" n.1): a bid called a raid or a battle.
    'hostile takeover*', 'takeover bid*', 'takeover offer*', 'hostile bid*', 'shareholder*', 'stockholder*'],
  /** case29: what an incident was, told as the predicate of "it was" ("'It was a massacre,' the coach said"): a description of what
   * the story told, no incident of its own. */
  /** case31: the victims named as a noun ("the names of the dead", "buried the dead"): WordNet 3.1 "dead" n.1, people who are no
   * longer living. They are someone's victims, told again; with no incident told before, the sentence reports none. */
  THE_DEAD: ['the dead'],
  PREDICATE_OF_IT: ['it was a', 'it was an', 'it is a', 'it is an', "it 's a", "it 's an", 'this is a', 'this is an', 'that was a', 'it was like a',
    'it felt like a', 'it was pure', 'it was total', 'it was absolute'],
  /** Plans, threats and intentions: what may happen is not yet an incident. */
  IRREALIS: ['plan', 'plans', 'planned', 'planning', 'plot*', 'threaten*', 'vow*', 'warn*', 'intend*', 'intention*',
    'prepar*', 'consider*', 'would', 'could', 'might', 'may', 'should', 'will', "won't", 'if', 'unless', 'aims to',
    'seeks to', 'seeking to', 'capable', 'capability', 'capabilities',
    // case33: a choice still open ("debating whether to extend the state of emergency"; general English: "whether" opens an
    // indirect question): what is weighed has not been done.
    'whether to', 'whether or not to',
    // nonev16: the plan's own infinitive ("plans to launch an operation to recover arms"): the plan governs from its "to" on.
    'plans to', 'planned to', 'planning to', 'plan to',
    // w26: a time still to come just before the act ("will deploy 600 officers next month to reinforce the mission"): what is done
    // then has not happened (general English: "next" and "coming" before a period name a future one).
    'next week', 'next month', 'next year', 'in the coming days', 'in the coming weeks', 'in the coming months',
    // A condition, as "if" and "unless" (WordNet 3.1 "provided" and "providing" conj.: on the condition that), in its forms that
    // are no verb ("provided the militants with arms" is one): "prices could fall provided that the truce holds" tells no agreement.
    'provided that', 'providing that', 'as long as', 'on condition that'],
  /** Remembrance of a past incident: "the anniversary of the bombing", "three years after the massacre". */
  HISTORY: ['anniversary of', 'anniversaries of', 'commemorat*', 'years after', 'years since', 'decades after', 'decades since',
    // round 31: a day of observance named for an act's victims or against it ("the International Day of the Victims of Enforced
    // Disappearances", "a day of remembrance for"): its name remembers, it tells no act.
    'international day of', 'international day against', 'international day for', 'day of the victims of', 'day of remembrance',
    'a year after', 'a decade after', 'remembrance of', 'memory of', 'in memory of', 'memorial to', 'memorial for',
    // case5: an earlier incident told as the cause of this one ("strikes in retaliation for a gas attack"): not this news.
    'in retaliation for', 'in revenge for', 'to avenge', 'in reprisal for', 'as revenge for',
    // world29: the same told as a predicate ("described it as retaliation for a raid in which 7 people were killed").
    'as retaliation for', 'as a reprisal for', 'as reprisal for', 'as a retaliation for',
    // probe5: "marked one year since the shelling of the camp"
    'year since', 'a year since', 'one year since',
    // Round 42: an era named by what filled it (WordNet 3.1 "days" n.1 "an era of existence or influence", "the days of the dinosaurs";
    // "era" n.1): "never again return to the days of bombs in our buses" remembers, it tells no act. With "the" right before "days":
    // "after three days of fighting" is a span of this news.
    'the days of', 'the era of', 'the dark days of'],
  /** Round 42: an act named with a past month or year as its possessive ("last August's deadly clashes", "last year's attack"): the
   * writer names an incident the reader knows, months back, to say something of today (general English: the possessive of a time
   * noun dates its head, "yesterday's paper"). Not "last week's" or a weekday's: a report of last week's attack is its news. */
  PAST_POSSESSIVE: ['january', 'february', 'march', 'march:month', 'april', 'may', 'may:month', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'year', 'summer', 'winter', 'spring', 'autumn'].map((m) => `last ${m} 's`),
  /** Round 43: a span that puts an act months or years before the report ("Earlier this year, a suicide car bombing at the cantonment
   * killed at least 18 people"): general English, "earlier this year", "last year", "years ago" date what is told to a time well
   * before the news. Not "earlier this month" or "last week": a report of those is often their news. */
  EARLIER_SPAN: ['earlier this year', 'earlier in the year', 'last year', 'the previous year', 'the year before', 'a year ago', 'years ago', 'months ago'],
  /** Round 42: a crowd that fills the streets (general English: "take over the streets" of a crowd in numbers, celebrating or
   * marching, WordNet 3.1 "take over" v.1 does not apply to a street): no territory changes hands. */
  STREETS_FILLED: ['took over the streets', 'take over the streets', 'takes over the streets', 'taking over the streets', 'took over the square',
    'took over the city centre', 'took over the city center', 'took over the town centre'],
  /** Round 42: people who dissent at a ceremony or an exercise (protesters, a protest, hecklers, a parade disrupted): a demonstration
   * there is one. */
  DISSENT: ['protester*', 'protestor*', 'demonstrator*', 'activists', 'heckl*', 'disrupted', 'booed', 'jeered', 'slogans', 'placards',
    'protest', 'protests', 'protested', 'protesting', 'demonstration', 'demonstrations', 'sit - in*'],
  /** Round 42: a share of many acts ("almost half of the killings", "40 percent of the attacks"): a statistic of a tally (general
   * English: a fraction or percentage "of the" plural names part of a whole), no one act. */
  SHARE_OF: ['half of the', 'a third of the', 'two thirds of the', 'two - thirds of the', 'a quarter of the', 'three quarters of the', 'most of the',
    'majority of the', 'percent of the', 'per cent of the', '% of the', 'share of the', 'proportion of the', 'fraction of the', 'bulk of the'],
  /** Round 42: a ban whose object is a trade (WordNet 3.1 "sale" n.1, "import" n.1, "export" n.1): "banned the sale of cooked food" is
   * a public-health or economic measure, no change to an armed or political group's activity. */
  COMMERCE: ['the sale of', 'sale of', 'sales of', 'the sale and', 'the import of', 'imports of', 'the export of', 'exports of', 'the use of plastic'],
  /** probe5: a court's act on the accused ("a court convicted three members of X for the 2019 attack"): the trial of a past
   * incident. Verbs and phrases of the verdict only, not "court" or "trial" alone ("protesters clashed outside the court"). */
  COURT: ['convicted', 'convicts', 'acquitted', 'acquits', 'found guilty', 'pleaded guilty', 'pleads guilty', 'indicted', 'stood trial',
    // case29: a court's sentence "for their role in the 2016 attack" is the verdict's, no attack of the day.
    'sentenced',
    'stand trial', 'went on trial', 'goes on trial', 'on trial for', 'court martialled', 'court - martialled'],
  /** Round 32: a court or a judge, the subject of a verb of jailing ("a court in Maiduguri on Tuesday jailed three men for 20 years"):
   * a sentence passed, no arrest made (WordNet 3.1 "court" n.2, "judge" n.1, "tribunal" n.1). */
  COURT_BODY: ['court', 'courts', 'judge', 'judges', 'tribunal', 'magistrate', 'magistrates', 'high court', 'appeals court', 'supreme court'],
  /** probe5: what a court tries someone for, just before the incident word: "convicted … for the 2019 attack". */
  COURT_FOR: ['for the', 'over the', 'for their role in the', 'for his role in the', 'for her role in the', 'for involvement in the',
    'for taking part in the', 'for carrying out the', 'in connection with the', 'for the deadly', 'for plotting the', 'for organising the',
    'for organizing the',
    // case31: the accused told by the deed ("X, a member of the group that carried out the 2015 attacks, was sentenced", "the man
    // behind the bombing was convicted"): with a verdict in the sentence, what the accused did is the trial's topic.
    'that carried out the', 'who carried out the', 'which carried out the', 'behind the', 'responsible for the', 'accused of the',
    'accused of carrying out the', 'guilty of the', 'charged over the', 'charged with the'],
  /** A court's sentence: "sentenced 12 men to death" kills no one (yet). */
  JUDICIAL: ['sentenced', 'sentencing', 'death sentence*', 'death penalty', 'death row'],
  /** Policies and stated rules govern the whole sentence, wherever they stand. */
  POLICY: ['policy', 'policies', 'doctrine', 'as a rule', 'strategy of'],
  /** Tallies and habits: many incidents told as one number or as a pattern. */
  TALLY_COUNT: ['hundreds of', 'thousands of', 'dozens of', 'scores of', 'series of', 'wave of', 'spate of', 'campaign of', 'string of',
    // Round 34: acts told as a quantity that changes ("the number of attacks fell", "a decline in kidnappings"): a trend, no one act.
    // (A rise or surge in attacks is TALLY's, nonevent.tally.habit.)
    'number of', 'numbers of', 'decrease in', 'decline in', 'drop in',
    // Round 45: a fight told as months or years long ("after more than a year of fighting", "decades of conflict"): a war's course,
    // no one day's interaction (codebook: an event is one interaction on one day). Not days or weeks, which a battle may last.
    'month of', 'months of', 'year of', 'years of', 'decade of', 'decades of'],
  TALLY: ['since then', 'ever since', 'has since', 'have since', 'since january', 'since february', 'since march', 'since april', 'since may', 'since june', 'since july',
    // The months that are also words, as the words read them after "since" (events/article-words.ts: "march:month").
    'since march:month', 'since may:month',
    'since august', 'since september', 'since october', 'since november', 'since december', 'since 19*', 'since 20*', 'so far in',
    'since the beginning', 'since the start', 'since the outbreak', 'in the 19*', 'during the 19*',
    'on occasion', 'occasionally', 'repeatedly', 'routinely', 'regularly', 'frequently', 'often', 'every year', 'each year',
    'in recent years', 'over the years', 'so far this year', 'this year alone', 'over the past decade', 'history of', 'in the past', 'has carried out', 'have carried out', 'has launched', 'have launched',
    // A trend told of many incidents ("who have stepped up attacks on security forces", "a surge in violence"); not
    // "an increase in" alone, which protests demand (wages, prices).
    'stepped up attacks', 'step up attacks', 'stepping up attacks', 'steps up attacks', 'surge in attacks', 'rise in attacks', 'spike in attacks',
    'increase in attacks', 'surge in violence', 'rise in violence', 'spike in violence', 'increase in violence',
    // Round 43: the same with the attackers named between ("a sharp rise in militant attacks since the ceasefire ended").
    ...['surge', 'rise', 'spike', 'increase', 'upsurge'].flatMap((t) => ['militant', 'insurgent', 'terrorist', 'jihadist', 'rebel', 'gang', 'bandit', 'armed']
      .map((who) => `${t} in ${who} attacks`)),
    // A war told as a state of affairs ("the junta has been battling an armed uprising since the 2021 coup").
    'since the 19*', 'since the 20*',
    // case28: a span of the calendar ("killed in jihadist attacks in the first six months of the year", "over the past three weeks").
    'in the first half of', 'in the second half of', 'in the first quarter of', ...SPANS_OF_MONTHS,
    // Round 35: a whole year told as the span of what was done ("attacks killed more than 1,200 people in Somalia in 2021"): a year
    // is no day, and what was done over it is many incidents (codebook: an event is one interaction on one day).
    'in 19*', 'in 20*', 'during 19*', 'during 20*', 'throughout 19*', 'throughout 20*',
    // Round 39: …and a year's sum ("the lowest annual toll since 2004").
    'annual toll', 'yearly toll', 'annual death toll', 'annual tally'],
  /** A war told as a state of affairs ("the junta has been battling an armed uprising"): a tally unless the same sentence
   * anchors it to hours ago (TODAY). */
  ONGOING: ['has been fighting', 'have been fighting', 'has been battling', 'have been battling', 'has been waging', 'have been waging',
    // Round 39: the past perfect's war ("two clans that had been fighting for three years signed a peace agreement").
    'had been fighting', 'had been battling', 'had been waging', 'has been feuding', 'have been feuding', 'had been feuding'],
  /** (recall9) A start of hours ago ("fighting since dawn", "since early Monday"): the fighting is one day's incident, not a
   * war's course (codebook: an event is an interaction on one day). */
  TODAY: ['since dawn', 'since daybreak', 'since early morning', 'since this morning', 'since the morning', 'since morning',
    'since midnight', 'since last night', 'since overnight', 'since yesterday', 'since early today', 'since early monday',
    'since early tuesday', 'since early wednesday', 'since early thursday', 'since early friday', 'since early saturday',
    'since early sunday', 'since monday', 'since tuesday', 'since wednesday', 'since thursday', 'since friday', 'since saturday',
    'since sunday', 'for hours', 'for several hours', 'for two hours', 'for three hours'],
  /** nonev12: the diplomatic acts a state does about violence, not in it (codebook: ACLED codes political violence, demonstrations
   * and a closed list of strategic developments; sanctions, expulsions, summonses and treaties are none, and only a signed
   * Agreement is): the attack such a sentence names after them is its topic, told earlier. Acts that only a state does and that
   * presuppose the incident (WordNet 3.1 "sanction" v.2, "expel" v.2, "summon" v.1 with an envoy), never a diplomat or body alone
   * ("the UN envoy said the airstrike killed 20" reports the strike), nor inspections, whose reports of a weapon's use are news of it. */
  DIPLOMACY: ['sanction', 'sanctions', 'sanctioning', 'embargo', 'embargoes', 'expelled', 'expels', 'expel', 'expelling', 'expulsion*',
    'summoned the ambassador', 'summoned its ambassador', 'summoned the envoy', 'summoned the charge', 'recalled its ambassador',
    'recalled its envoy', 'treaty', 'treaties', 'stockpile', 'stockpiles'],
  /** nonev12: reactions to violence (WordNet 3.1 "condemn" v.1 and its verb group: denounce, deplore, decry): the news of a
   * reaction, about an attack told as earlier (BACKGROUND: "condemned last month's shelling"); with no such word the attack
   * condemned may be this report's news, and is kept. */
  CONDEMN: ['condemn*', 'denounc*', 'deplor*', 'decried', 'decry', 'decries'],
  /** Ordinary crime without a political motive. */
  /** Round 39: raiders of herds (WordNet 3.1 "rustler" n.1, a cattle thief): a raid on a community's herds is pastoral or communal
   * violence, which ACLED codes (cattle raiding in East Africa and Madagascar), not a theft. */
  LIVESTOCK_RAIDERS: ['cattle thieves', 'cattle thief', 'cattle rustler*', 'rustler*', 'cattle raider*', 'cattle raid', 'cattle raids',
    'cattle rustling', 'cattle - rustling', 'livestock thieves', 'livestock raider*', 'livestock raid*', 'cattle - raiding', 'cattle raiding',
    'dahalo'],
  CRIME: ['robber*', 'robbery',
    // Round 42: the verb the nouns name (WordNet 3.1 "rob" v.1, "take something away by force or without the consent of the owner"),
    // in its inflections: "a jewellery store was robbed at gunpoint".
    'rob', 'robs', 'robbed', 'robbing',
    'burglar*', 'theft*', 'thief', 'thieves', 'drug*', 'narcotic*', 'smuggl*', 'dowry',
    'domestic dispute', 'family dispute', 'land dispute', 'property dispute', 'personal enmity', 'old enmity', 'love affair',
    'extramarital', 'fraud*', 'scam*', 'loan', 'gambling', 'liquor', 'poach*', 'cattle theft', 'honour killing',
    'honor killing', 'cheating', 'bribe*', 'mafia', 'cartel*', 'gang war*', 'gangster*', 'syndicate',
    // nonev13: a quarrel within a home or between two people (WordNet 3.1 "quarrel" n.1, "domestic violence" n.1). (Drugs by their
    // names stay CHARGE's: read as CRIME they cost ACLED half b an event.)
    'quarrel*', 'domestic violence', 'domestic row', 'family feud*', 'marital',
    // Round 39: a family's quarrel over what the dead left (WordNet 3.1 "inheritance" n.1, "heritage": a dispute among heirs).
    'inheritance',
    // Round 42: money taken by deceit (WordNet 3.1 "siphon" v.2 "convey, draw off, or draw out as if through a siphon", of funds;
    // "forgery" n.1; "swindle" v.1; "money laundering" n.1; "kickback" n.1; "Ponzi scheme" n.1).
    'siphon*', 'forger*', 'forged', 'swindl*', 'money laundering', 'laundering', 'tax evasion', 'kickback*', 'ponzi', 'pyramid scheme*',
    // w26: a quarrel within a home told by WordNet 3.1's other word for it ("argument" n.2). A bare "argument" is not one: guards
    // who shoot workers "during an argument" over wages are a force's attack (measured: ACLED a lost such a row).
    'domestic argument', 'family argument', 'marital argument',
    // case31: a killing of the killer's own kin ("he allegedly stabbed his wife to death"): the possessive right after the verb is
    // its subject's, and a spouse or child killed at home is domestic violence (WordNet 3.1 "domestic violence" n.1), no political
    // act. Not "killed a man and his son": there the kin is the victim's.
    ...DOMESTIC_VERBS.flatMap((v) => KIN.map((k) => `${v} ${k}`))],
  /** nonev12: ordinary crimes a person is arrested or charged for, beside CRIME (codebook: Arrests are of politically significant
   * people or politically motivated; an arrest for a drug haul, a theft, a fraud or a trafficking ring is ordinary policing). Kept
   * apart from CRIME so that they govern arrests only, not the killings CRIME governs. */
  CHARGE: ['cocaine', 'heroin', 'cannabis', 'marijuana', 'methamphetamine', 'hashish', 'contraband', 'traffick*', 'embezzl*',
    'laundering', 'counterfeit*', 'forgery', 'forged', 'tax evasion', 'pornograph*', 'stealing', 'stole', 'stolen', 'steal',
    'shoplift*', 'burglary', 'cybercrime*', 'phishing', 'poaching', 'illegal mining', 'illegal logging', 'illegal fishing'],
  /** nonev12: what makes an arrest political whatever the charge: a significant person (codebook: Arrests include the detention
   * of a significant individual, a politician, activist or journalist) or arms (codebook: a seizure of weapons is Disrupted weapons
   * use or Change to group/activity; "arms trafficking" feeds armed groups). */
  POLITICAL_STAKE: ['weapon*', 'arms', 'ammunition', 'munitions', 'explosive*', 'rifle*', 'firearm*', 'gun', 'guns', 'grenade*',
    'missile*', 'rocket*', 'drone*', 'opposition', 'activist*', 'journalist*', 'reporter*', 'blogger*', 'dissident*', 'politician*', 'lawmaker*',
    'legislator*', 'mp', 'mps', 'senator*', 'party', 'parties', 'leader*', 'minister*', 'former president', 'former prime minister',
    'governor*', 'mayor*', 'candidate*', 'critic*', 'rights defender*', 'trade unionist*', 'unionist*', 'student leader*', 'cleric*', 'imam*'],
  /** nonev16: what links an arrest to its charge (general English: "arrested X for stealing", "detained X suspected of", "held X
   * on suspicion of", "in connection with the murder"): the act named after it is the crime the arrested are accused of, an
   * earlier deed, not this report's news (mentions.ts dropNegated sets it aside when an arrest word stands before the link). */
  CHARGE_LINK: ['for', 'suspected of', 'on suspicion of', 'accused of', 'in connection with', 'over', 'charged with', 'on charges of',
    'wanted for', 'a suspect in', 'suspects in', 'linked to',
    // Round 35: the warrant an arrest serves names its charge wherever the sentence tells it ("arrested … in a raid on his
    // hideout …, by virtue of a warrant for murder"; WordNet 3.1 "warrant" n.1, a writ authorising an arrest): WARRANT_LINKS.
    ...WARRANT_LINKS],
  /** nonev16: ordinary crimes an arrest is told for (WordNet 3.1 "murder" n.1, "theft" n.1, "robbery" n.1, "fraud" n.1): with a
   * charge link, an arrest for one is policing (codebook: Arrests are of politically significant people or politically motivated). */
  ORDINARY_CHARGE: ['murder', 'murders', 'murdered', 'murdering', 'stealing', 'stole', 'stolen', 'steal', 'theft', 'thefts', 'robbery',
    'robberies', 'robbing', 'burglary', 'burglaries', 'fraud', 'rape', 'raping', 'assault', 'assaulting', 'selling', 'drug dealing'],
  /** nonev16: a state's envoy summoned or a diplomatic note (WordNet 3.1 "summon" v.1 with an envoy): "summoned the ambassador to
   * protest against the airstrike" is a diplomatic protest, not a demonstration (codebook: Protests are public demonstrations). */
  ENVOY_SUMMONED: ['summoned the ambassador', 'summoned its ambassador', 'summoned the envoy', 'summoned the charge', 'summoned the chargé',
    'lodged a protest', 'lodged a formal protest', 'protest note', 'note of protest', 'diplomatic protest'],
  /** nonev16: verbs and nouns of talking about or looking into an incident (WordNet 3.1 "investigate" v.1, "discuss" v.1, "debate"
   * v.1, "inquiry" n.1): an incident told as their object noun ("called for an investigation into the killing", "met to discuss a
   * prisoner exchange") is their topic, told earlier or yet to be agreed, not this report's news (codebook: an event is coded when
   * it occurs, and only a signed Agreement is one). */
  INQUIRY: ['investigate', 'investigates', 'investigated', 'investigating', 'investigation into', 'investigations into', 'inquiry into',
    'enquiry into', 'probe into', 'discuss', 'discusses', 'discussed', 'discussing', 'debate', 'debated', 'debating', 'debate on',
    'a report on', 'negotiate', 'negotiating', 'negotiations on', 'talks on', 'hearing on',
    // A deal named as the topic of talks ("talks over prisoner exchanges", "negotiations about a truce"): general English
    // prepositions of a topic after the talk nouns (WordNet 3.1 "talk over" v.1: discuss).
    'talks over', 'talks about', 'negotiations over', 'negotiations about', 'discussions on', 'discussions over', 'discussions about',
    // Round 42: an incident told as what a witness or a survivor narrates from memory (WordNet 3.1 "recount" v.1 "narrate or give a
    // detailed account of", "recall" v.2 "recall knowledge from memory"): "survivors recounted the killings".
    'recounted', 'recounts', 'recounting', 'recalled', 'recalls', 'recalling'],
  /** strat17: a deal refused or not reached (WordNet 3.1 "reject" v.1 and its synonyms turn down, rebuff, spurn; "fail" v.2 of an
   * aim): a ceasefire or exchange rejected, or talks that ended without one, is no agreement (codebook: Agreement is coded when
   * an agreement is reached, and a side that rejects an offer reaches none). */
  DEAL_REFUSED: ['rejected', 'rejects', 'rejecting', 'reject', 'refused', 'refuses', 'refusing', 'turned down', 'turns down', 'turning down',
    'rebuffed', 'rebuffs', 'spurned', 'dismissed', 'failed to reach', 'failed to agree', 'fail to reach', 'failing to reach',
    'without reaching', 'ended without', 'broke down', 'collapsed without'],
  /** nonev16: goods that are illegal to hold or sell (WordNet 3.1 "contraband" n.1, "counterfeit" n.1, "firecracker" n.1, the
   * narcotics): their seizure by the authorities is policing, not Looting/property destruction (codebook: looting is the seizure
   * of goods or property by an armed or violent actor outside other violence, not customs' or police's confiscation). */
  CONTRABAND: ['contraband', 'counterfeit*', 'fake', 'smuggled', 'firecracker*', 'fireworks',
    'cocaine', 'heroin', 'cannabis', 'marijuana', 'methamphetamine', 'hashish', 'narcotic*', 'drugs', 'unlicensed', 'expired'],
  /** What frames an incident as background to the news: "amid the ongoing clashes", "forces that recently
   * clashed". Not a rule of its own: a word it governs does not type the sentence when another is left. */
  BACKGROUND: ['ongoing', 'recent', 'recently', 'previous', 'previously', 'earlier', 'prior', 'past', 'last week', 'last month',
    'last year', 'continuing'],
  /** case4: what is feared or guarded against, not told as having happened ("to defend against a possible attack"):
   * like BACKGROUND no rule of its own (a report of a feared attack is still typed by it when nothing else is told),
   * but a word it governs does not type the sentence when another is left. WordNet 3.1 "possible" (adj.) and its
   * similar-to set: potential, imminent, impending, looming; "in case of". Not "to prevent": forces who intervene "to
   * prevent protesters getting close" act on a protest that happened. */
  HYPOTHETICAL: ['possible', 'potential', 'imminent', 'impending', 'looming', 'feared', 'anticipated', 'future', 'prospective',
    'in case of', 'in the event of', 'in anticipation of',
    // strat7: what people fear or flee from has not happened ("fled fearing attacks", "for fear of reprisals").
    'fearing', 'for fear of', 'fear of', 'fears of', 'feared that',
    // case29: an act told of any of its kind ("any attack on our territory will be met with force"): none in particular.
    'any attack*', 'any assault*', 'any aggression', 'any incursion*', 'any strike*', 'any act of aggression',
    // Round 38: …and one told as any further, new or renewed act of its kind ("would respond with force to any further rocket fire"):
    // general English, "any" with a word of recurrence picks no act in particular.
    'any further', 'any future', 'any new', 'any fresh', 'any renewed', 'any more',
    // case31: an act told as a risk, threat or danger ("an elevated risk of terror attacks"): WordNet 3.1 "risk" n.1 (a source of
    // danger; a possibility of incurring loss), "threat" n.2 (a warning that something unpleasant is imminent), "danger" n.1.
    'risk of', 'risks of', 'threat of', 'threats of', 'danger of', 'possibility of', 'prospect of', 'likelihood of',
    // Round 35: an act told of whoever may do it ("will punish anyone who attacks the security forces"; general English: "anyone",
    // "anybody" and "whoever" open a free relative of no one in particular, as "any attack" above): no act of anyone yet.
    'anyone who', 'anybody who', 'any person who', 'any one who', 'whoever'],
  /** Negation close before a trigger. */
  NEGATION: ['no', 'not', 'never', 'without', "n't", 'neither', 'nor', 'false', 'rumour*', 'rumor*',
    // round 32: the negative pronouns (general English: "nobody was killed", "none were hurt", "nothing was stolen").
    'nobody', 'none', 'nothing',
    // nonev13: a cause set aside ("police ruled out sabotage", "no sign of foul play"): WordNet 3.1 "rule out" v.1 (exclude).
    'ruled out', 'rule out', 'rules out', 'ruling out', 'no sign of', 'no signs of', 'no evidence of', 'no indication of',
    // Round 36: a link denied ("stressing it was not linked to an attack", "unrelated to the conflict"): WordNet 3.1 "unrelated"
    // a.1 (not connected); the negation reaches past the preposition to what it names.
    'not linked to', 'not related to', 'not connected to', 'not connected with', 'unrelated to', 'no link to', 'no links to',
    'no connection to', 'no connection with'],
  /** Round 45: a cause set aside told after it, in the passive ("arson was not suspected", "sabotage has been ruled out"): WordNet 3.1
   * "rule out" v.1 (exclude) and "suspect" v.1 negated; the passive puts the act set aside before its verb. */
  NEGATED_AFTER: ['was not suspected', 'is not suspected', 'were not suspected', 'was ruled out', 'were ruled out', 'has been ruled out',
    'have been ruled out', 'had been ruled out', 'is ruled out', 'was not involved', 'is not involved', 'was not the cause'],
  /** nonev16: a denial of what follows (WordNet 3.1 "deny" v.1, "dismiss" v.3): "denied reports that explosives had been found".
   * Not a NEGATION: a denial of an incident the article told is that incident disputed (told-again's retold.denied). */
  DENIAL: ['denied that', 'denies that', 'deny that', 'denied reports', 'denied claims', 'denied reports that', 'denied claims that',
    'dismissed reports', 'dismissed claims', 'dismissed reports that'],
  /** nonev13: what tells that someone set off a blast or fire against someone (the issue: "a blast at a factory or depot, an
   * exploding gas cylinder … is no attack unless the report says someone set it off against someone"): a device made to kill,
   * its planting or detonation, an attack, arson or sabotage. With one of these told (and not negated), an accident word
   * beside the blast names where it went off, not why (codebook: Remote explosive/landmine/IED, Attack). */
  SET_OFF: ['bomb', 'bombs', 'bomber*', 'bombing*', 'ied', 'ieds', 'improvised explosive*', 'explosive device*', 'landmine*', 'land mine*',
    'car bomb*', 'time bomb*', 'parcel bomb*', 'letter bomb*', 'sticky bomb*', 'booby - trap*', 'booby trap*', 'explosive - laden',
    'remote - controlled', 'remote controlled', 'planted', 'detonated', 'detonating', 'set off', 'attack', 'attacks', 'attacked',
    'attacker*', 'assailant*', 'ambush*', 'sabotage*', 'saboteur*', 'arson*', 'set fire', 'set ablaze', 'set alight', 'set on fire',
    'torched', 'deliberately', 'terror*', 'grenade*', 'hurled', 'lobbed'],
  /** nonev13: longer phrases that hold a SET_OFF word and tell no one's act ("bomb disposal experts", "a heart attack"): read
   * whole, they shadow it. */
  NOT_SET_OFF: ['heart attack*', 'asthma attack*', 'panic attack*', 'bomb disposal', 'bomb - disposal', 'bomb squad*', 'bomb expert*',
    'bomb technician*', 'bomb shelter*', 'shark attack*', 'dog attack*', 'animal attack*', 'elephant attack*'],
  /** nonev13: a hazard told as the cause of what happened ("the explosion was caused by a leaking gas pipe", "blamed on an
   * electrical fault"): it governs the whole sentence's outcome, however far its subject stands. */
  CAUSE: ['caused by', 'triggered by', 'sparked by', 'blamed on', 'due to', 'because of', 'result of', 'attributed to', 'started by',
    'started in', 'started at', 'originated in', 'originated from'],
  /** probe5: an attack foiled did not happen ("police foiled a suicide car bomb attack"): what was done to stop it (an
   * arrest, a seizure, a fight) is typed instead. Governs the object phrase after it (up to FOILED_REACH words). */
  // Not "thwarted": "forces thwarted attacks of the rebels on the front" tells the fight that stopped them (an armed clash).
  FOILED: ['foiled', 'foil', 'foils', 'foiling', 'averted', 'avert', 'averts'],
  /** remote17: buying and selling (WordNet 3.1 buy.v.1, purchase; sell.v.1; procure): weapons bought, sold or ordered ("signed a
   * contract to buy artillery shells", "the sale of missiles to the army") are trade, no weapon fired. */
  ARMS_TRADE: ['buy', 'buys', 'buying', 'bought', 'purchase', 'purchases', 'purchased', 'purchasing', 'procure', 'procures', 'procured',
    'procuring', 'procurement of', 'sale of', 'sales of', 'sell', 'sells', 'selling', 'sold', 'export of', 'exports of', 'import of',
    'imports of', 'order for', 'orders for', 'contract for', 'deliveries of', 'delivery of', 'shipment of', 'shipments of', 'supply of',
    'supplies of', 'supplying', 'to supply', 'stockpiling', 'manufacture of', 'production of', 'to produce', 'to manufacture',
    // Round 44: money set aside for weapons (WordNet 3.1 "earmark" v.1 "set aside for a specific purpose", "allocate" v.1, "budget"
    // v.1, "fund" v.1): "a defence budget with money earmarked for new tanks and howitzers" buys them, and fires none.
    'earmarked for', 'allocated for', 'allocated to', 'set aside for', 'budgeted for', 'budget for', 'funds for', 'funding for',
    'money for', 'spending on', 'to fund', 'to finance', 'financing of', 'funding of'],
} satisfies Record<string, string[]>;

export type NonEventConcept = keyof typeof NON_EVENT_CUES;

/** acled16: words that tell an act as coming before the one just told ("This followed an explosion the day prior"), BACKGROUND's
 * kin: a sentence told so after a troop movement is background to it, so the movement keeps the lead (events/index.ts
 * violenceAfterMovement). General English (sequence words and "last week/month/year"); no word from an evaluation file. */
export const TOLD_AS_EARLIER = /\b(?:follow(?:s|ed|ing)?|came after|comes after|occurred after|took place after|after|prior|previous(?:ly)?|earlier|before|last (?:week|month|year))\b/i;
/** world29: the past perfect, "had" and a participle ("had killed", "had been shot"): English's tense of what came before the
 * story's time, TOLD_AS_EARLIER's kin (events/index.ts orderIncidents puts no incident told so before the lead). */
export const PAST_PERFECT = /\bhad (?:been |already |previously )?[a-z]+(?:ed|en|wn|ght|ot|ung)\b/i;
export type NonEventReason = 'disaster' | 'drill' | 'irrealis' | 'tally' | 'crime' | 'negated' | 'history' | 'diplomacy';

/** Where a non-event word must stand, relative to the incident word (the trigger), to govern it. */
export type NonEventScope =
  /** Anywhere in the sentence. */
  | { kind: 'sentence' }
  /** Before the trigger, ending at most `window` words before it ("plans to launch airstrikes"); with `holding`, also a phrase that starts at the trigger and holds it ("the death sentences"). */
  | { kind: 'before'; window: number; holding?: boolean;
      /** recall14: not across a clause break, a comma, semicolon or "and" followed by a verb ("averts a tragedy, destroys an IED":
       * the second verb's act is told as done, the first verb governs only its own object); with 'adjacent', only a break right
       * after the governing word ("threatened and beat farmers": two acts done; "will attack and burn" keeps its modal). */
      clause?: 'any' | 'adjacent' }
  /** Right before the trigger, whose concept is a tallied one ("hundreds of airstrikes"). */
  | { kind: 'count-before'; window: number;
      /** acled15: not when a noun stands between the count and a trigger told as a verb ("dozens of residents attacked a police
       * post", "hundreds of youths clashed with police"): English grammar, the count is of the verb's subject, its doers, and the
       * act is one incident; "hundreds of airstrikes", "dozens of deadly attacks" still tally the acts. */
      unlessDoers?: boolean }
  /** Before the trigger, or at most `window` words after its start ("… since January"). */
  | { kind: 'near'; window: number;
      /** case16: not from a clause before a coordinated clause with a subject of its own (", and four children died in a blast",
       * "; on Monday rebels attacked"): English grammar, the habit or span an adverbial tells belongs to its own clause, and the
       * next clause, with its own subject and finite verb, tells its own act. bg21: nor after the trigger from a clause of its own
       * between them ("released soldiers they had been holding since March": events/non-events.ts clauseAfter). */
      ownClause?: boolean }
  /** At most `window` words from the trigger on either side ("died of cholera", "a gas cylinder exploded"). */
  | { kind: 'around'; window: number };

export interface NonEventRule {
  /** Stable, dotted: `nonevent.<family>`. */
  id: string;
  /** The codebook rule or general fact it implements, in one line. */
  why: string;
  concept: NonEventConcept;
  reason: NonEventReason;
  scope: NonEventScope;
  /** A hazard: counts towards a disaster story (a hazard in the lead, or told often). Epidemics are no
   * hazard here: a pandemic is the backdrop of every report of its months, not their subject. */
  hazard?: boolean;
  /** Not when the sentence names organised political violence or protest (concept-roles.ts 'political'). */
  unlessPolitical?: boolean;
  /** Event types the rule never suppresses. */
  keep?: EventType[];
  /** The only event types the rule suppresses. */
  only?: EventType[];
  /** probe5: not when a state force is named right before the trigger, as its doer ("Police killed …", "soldiers shot …"). */
  unlessForceActs?: boolean;
  /** probe5: holds only when a word of this concept also stands in the sentence ("for the attack" only beside "convicted"). */
  with?: NonEventConcept;
  /** recall9: not when a word of this concept also stands in the sentence ("have been fighting since dawn": one day's fight). */
  unless?: NonEventConcept;
  /** nonev12: only an incident told as a noun ("sanctions over the chemical attack"), not by a verb of its own ("talks collapsed
   * after rebels shelled the town"): a noun after a diplomatic act is its topic, a verb with its own subject the news. */
  nominal?: boolean;
  /** nonev12: not when an armed group takes part, named ("the Houthis", a cartel ACLED codes) or not ("militants"): an arrest or
   * seizure by or of an armed group is coded whatever the goods (codebook: Arrests by de facto authorities; Change to group/activity). */
  unlessArmedParty?: boolean;
  /** nonev16: not when the incident is told with its own date or place right after it ("the killing of a man in Kessa on Monday"). */
  unlessOwnSetting?: boolean;
  /** Not once the article has told an incident: "opened a probe into the explosion" or "denied that civilians were killed" after
   * the explosion is read on, and told-again decides whether it is that incident told again (its evidence or its dispute). */
  unlessToldBefore?: boolean;
  /** Round 43: only once the article has told an incident: an act a report on another tells as months back is that report's
   * background; the same words opening an article tell its own subject (a retrospective). */
  onlyAfterIncident?: boolean;
  /** The only trigger concepts it suppresses ("died of cholera": deaths, not arrests). */
  triggers?: Concept[];
  /** Round 35: only when the trigger is the act of the call's infinitive: the people called on, then "to" and the trigger
   * (events/called-on.ts). */
  called?: boolean;
  /** Round 36: not when the word stands in a participle's adjunct ("relatives of people killed in the 2019 protests held a sit-in",
   * "wounded during the 2020 war"): it dates that participle's clause, not the sentence's act (events/non-events.ts). */
  unlessInParticipleAdjunct?: boolean;
  /** Round 36: not when the word is the object of "during" and an armed group is told ("Maoists triggered an IED during an area
   * domination exercise"): the act of the group was done during it (events/non-events.ts). */
  unlessArmedActDuring?: boolean;
  /** Round 36: holds also for a trigger that is the verb of a "that" or "which" clause about the noun phrase the word opens ("a 2018
   * grenade attack on a bus stand that killed three people"): the clause tells that incident (events/non-events.ts). */
  throughRelative?: boolean;
  /** Round 36: not when the trigger tells a death or wound by a violent means ("shot dead", "hacked to death"): no disease kills
   * so (events/non-events.ts). */
  unlessViolentMeans?: boolean;
}

const SENTENCE: NonEventScope = { kind: 'sentence' };
/** probe5: how far after "foiled" the foiled incident's word may stand: "foiled [a suicide car bomb] attack". */
export const FOILED_REACH = 5;
/** An accident governs the death or blast told near it, not a beating told in the same sentence as a fire
 * the victim was reporting on. */
const NEAR_ACCIDENT: NonEventScope = { kind: 'around', window: 10 };
const PROTESTS: EventType[] = ['Protests'];
/** What an accident leaves (deaths, wounds, a blast, damage, fire), never an act someone does to someone
 * ("beat", "shot", "arrested", "clashed"): an accident word governs only these. */
const ACCIDENT_OUTCOMES: Concept[] = ['KILL', 'HARM', 'EXPLOSIVE', 'DESTROY', 'RAZE', 'CHEM', 'LOOT_WEAK', 'RIOT_WEAK', 'ATTACK_NOUN'];

/** nonev12: the arrest concepts (sub-events-strategic.ts Arrests) an ordinary crime governs. */
const ARREST_TRIGGERS: Concept[] = ['ARREST', 'ARREST_WEAK'];
const WEAK_ARREST: Concept[] = ['ARREST_WEAK'];
const STRATEGIC: EventType[] = ['Strategic developments'];
const VIOLENCE: EventType[] = ['Battles', 'Violence against civilians', 'Explosions/Remote violence'];
/** nonev12: how far after a diplomatic word the attack it is about may stand ("sanctions against the regime in response to its
 * alleged April chemical weapons attack"): a sentence's object phrase, not the next sentence's news. */
export const DIPLOMACY_REACH = 25;
/** nonev16: how far after an investigating or discussing word the incident it is about may stand ("to investigate the killing of",
 * "to discuss the border dispute and a prisoner exchange"): its object phrase. */
export const INQUIRY_REACH = 6;
/** nonev16: the Agreement concepts (sub-events-strategic.ts) a discussion can have as its topic. */
const DEAL_TRIGGERS: Concept[] = ['PRISONER_SWAP', 'AGREEMENT', 'EXCHANGE', 'AGREE_MORE', 'AGREE_WEAK'];
/** Round 43: the acts of a deployment (troops or arms sent, forces deployed) that a call may ask for. */
const DEPLOY_TRIGGERS: Concept[] = ['SEND', 'DEPLOY'];

/** In order: the first rule that holds names the reason. */
export const NON_EVENT_RULES: NonEventRule[] = [
  { id: 'nonevent.disaster.quake', why: 'Codebook: natural disasters are not events; an earthquake, landslide or eruption kills or destroys without an attacker.', concept: 'QUAKE', reason: 'disaster', scope: SENTENCE, hazard: true, unlessPolitical: true },
  { id: 'nonevent.disaster.flood-storm', why: 'Codebook: natural disasters are not events; floods and storms kill and destroy without an attacker (riots10: a protest told beside them, "flood victims blocked the road to demand aid", is kept, as for drought and wildfires).', concept: 'FLOOD', reason: 'disaster', scope: SENTENCE, hazard: true, unlessPolitical: true, keep: PROTESTS },
  { id: 'nonevent.disaster.climate', why: 'Codebook: natural disasters are not events; drought, heat and famine.', concept: 'CLIMATE', reason: 'disaster', scope: SENTENCE, hazard: true, unlessPolitical: true, keep: PROTESTS },
  { id: 'nonevent.disaster.wildfire', why: 'Codebook: natural disasters are not events; a wildfire or bushfire kills and destroys without an attacker.', concept: 'WILDFIRE', reason: 'disaster', scope: SENTENCE, hazard: true, unlessPolitical: true, keep: PROTESTS },
  // nonev13: the accident rules yield when the sentence tells someone set the blast or fire off (SET_OFF, not negated or read inside
  // a longer phrase: "bomb disposal experts"), and reach an outcome told in a participle clause after the accident (", killing 12")
  // or a hazard told as the cause ("was caused by a gas leak") however far apart (events/non-events.ts accidentGoverns).
  { id: 'nonevent.accident.fire', why: 'Codebook: accidents are not events; a fire no one is said to have set (arson is a cue of its own).', concept: 'FIRE', reason: 'disaster', scope: NEAR_ACCIDENT, hazard: true, unlessPolitical: true, keep: PROTESTS, triggers: ACCIDENT_OUTCOMES , unless: 'SET_OFF' },
  // strat11: a gas cylinder or boiler that "accidentally exploded" (MISFIRE, read for a bomb that went off early in its makers'
  // hands) is the plant's or home's accident too: no one's explosive.
  { id: 'nonevent.accident.industrial', why: 'Codebook: accidents are not events; a blast or leak at a plant, depot or home (gas cylinder, boiler, chemicals) is no attack unless someone set it off.', concept: 'INDUSTRIAL', reason: 'disaster', scope: NEAR_ACCIDENT, hazard: true, unlessPolitical: true, keep: PROTESTS, triggers: [...ACCIDENT_OUTCOMES, 'MISFIRE'] , unless: 'SET_OFF' },
  { id: 'nonevent.accident.traffic', why: 'Codebook: accidents are not events; road, rail, air and boat accidents.', concept: 'TRAFFIC', reason: 'disaster', scope: NEAR_ACCIDENT, hazard: true, unlessPolitical: true, keep: PROTESTS, triggers: ACCIDENT_OUTCOMES , unless: 'SET_OFF' },
  { id: 'nonevent.accident.mining', why: 'Codebook: accidents are not events; mine and building collapses.', concept: 'MINING', reason: 'disaster', scope: NEAR_ACCIDENT, hazard: true, unlessPolitical: true, keep: PROTESTS, triggers: ACCIDENT_OUTCOMES , unless: 'SET_OFF' },
  { id: 'nonevent.epidemic', why: 'Codebook: only political violence is coded; deaths and illness from disease are not.', concept: 'EPIDEMIC', reason: 'disaster', scope: { kind: 'around', window: 4 }, unlessPolitical: true, keep: PROTESTS, triggers: ['KILL', 'HARM'], unlessViolentMeans: true },
  // Round 42: the fight or battle of the people who fight the disease ("had been fighting a cholera outbreak for weeks, but … the
  // battle moved from the wards to the gate"): no armed party, no fight (the gunmen who attack a clinic are an armed party).
  { id: 'nonevent.epidemic-fight', why: 'Codebook: only political violence is coded; a fight or battle against an epidemic (health workers "fighting a cholera outbreak") is no clash.', concept: 'EPIDEMIC', reason: 'disaster', scope: SENTENCE, unlessPolitical: true, unlessArmedParty: true, triggers: ['CLASH', 'CLASH_WEAK'] },
  { id: 'nonevent.protest-not-held', why: 'Codebook: a demonstration is coded when it takes place; one put off, called off, or only planned or due is none (an arrest or a dispersal told with it is its own event).', concept: 'PROTEST_NOT_HELD', reason: 'irrealis', scope: { kind: 'before', window: 7, clause: 'adjacent' }, only: ['Protests'] },
  { id: 'nonevent.demining', why: 'Codebook: Remote explosive/landmine/IED records explosions; mines or explosives cleared from ground are safety work, no explosion.', concept: 'DEMINING', reason: 'drill', scope: { kind: 'around', window: 6 }, only: ['Explosions/Remote violence'] },
  { id: 'nonevent.protest-scheduled', why: 'Codebook: a demonstration is coded when it takes place; one set "for next Sunday" or "for tomorrow" is only called.', concept: 'PROTEST_SCHEDULED', reason: 'irrealis', scope: { kind: 'around', window: 4 }, only: ['Protests'] },
  { id: 'nonevent.ceremonial-parade', why: 'Codebook: Change to group/activity records significant changes in an actor\'s activity; a yearly parade for a holiday or an anniversary is a ceremony, no change.', concept: 'CEREMONIAL_PARADE', reason: 'drill', scope: SENTENCE, only: STRATEGIC, triggers: ['FORCE_POSTURE', 'DISPLAY'] },
  { id: 'nonevent.parade-weapons-shown', why: 'Codebook: remote violence is a weapon used against a target; the tanks, artillery and missiles a ceremonial parade shows to onlookers are fired at no one.', concept: 'CEREMONIAL_PARADE', reason: 'drill', scope: SENTENCE, only: ['Explosions/Remote violence'], with: 'WEAPONS_SHOWN' },
  { id: 'nonevent.past-year', why: 'Codebook: each event is coded when it occurs; an act named with its year ("a 2018 grenade attack", "the 2019 bombing") is an earlier incident, no news of this report.', concept: 'PAST_YEAR', reason: 'history', scope: { kind: 'before', window: 2 }, nominal: true, unlessInParticipleAdjunct: true, throughRelative: true },
  { id: 'nonevent.earlier-background', why: 'Codebook: each event is coded when it occurs, from the reports of it; an incident that a report on another incident tells as months or years back ("Earlier this year, a suicide car bombing killed 18 people") is that report\'s background, no news of it.', concept: 'EARLIER_SPAN', reason: 'history', scope: { kind: 'before', window: 6 }, onlyAfterIncident: true },
  // Round 44: …and told right after the incident's noun ("A similar rally last year drew a smaller crowd"): the span dates the noun it
  // follows (general English: a time adverbial after a noun phrase modifies it).
  { id: 'nonevent.earlier-background-after', why: 'Codebook: each event is coded when it occurs, from the reports of it; an incident a report tells as last year\'s or months back, the time told right after its noun ("a similar rally last year"), is that report\'s background, no news of it.', concept: 'EARLIER_SPAN', reason: 'history', scope: { kind: 'around', window: 2 }, onlyAfterIncident: true },
  { id: 'nonevent.past-possessive', why: 'Codebook: each event is coded when it occurs; an act named with a past month or year as its possessive ("last August\'s deadly clashes") is an earlier incident the report points to, no news of it.', concept: 'PAST_POSSESSIVE', reason: 'history', scope: { kind: 'before', window: 3 }, nominal: true },
  { id: 'nonevent.past-decade', why: 'Codebook: each event is coded when it occurs; an act named with a past decade ("the 1990s offensive") is an earlier war\'s, no news of this report.', concept: 'PAST_DECADE', reason: 'history', scope: { kind: 'before', window: 1 }, nominal: true },
  { id: 'nonevent.hypothetical', why: 'Codebook: only events that occur are coded; an act told as possible, feared or of any kind ("a possible attack", "any attack on our territory") has not occurred.', concept: 'HYPOTHETICAL', reason: 'irrealis', scope: { kind: 'before', window: 2 } },
  { id: 'nonevent.war-metaphor', why: 'Codebook: only political violence and demonstrations are coded; a contest of prices, trade or words called a war is none.', concept: 'WAR_METAPHOR', reason: 'irrealis', scope: SENTENCE, only: VIOLENCE },
  { id: 'nonevent.victims-named', why: 'General English: "the dead" names an incident\'s victims told again; with no incident told before, the sentence reports none (after one, it is that incident\'s).', concept: 'THE_DEAD', reason: 'history', scope: { kind: 'before', window: 1 }, triggers: ['KILL'], unlessToldBefore: true },
  { id: 'nonevent.predicate-of-it', why: 'General English: "it was a massacre" says what something told was; with no incident told before, it reports none (after one, told-again reads it as that incident).', concept: 'PREDICATE_OF_IT', reason: 'irrealis', scope: { kind: 'before', window: 2 }, unlessToldBefore: true },
  { id: 'nonevent.market-metaphor', why: 'Codebook: only political violence and demonstrations are coded; a market\'s fall called a bloodbath, a rout or an onslaught is none.', concept: 'MARKET_PLAY', reason: 'irrealis', scope: SENTENCE, only: VIOLENCE },
  { id: 'nonevent.sport', why: 'Codebook: only political violence and demonstrations are coded; a game\'s attacks, battles and shots are play (a riot of its fans is kept: only violence and battles are ruled out).', concept: 'GAME_PLAY', reason: 'irrealis', scope: SENTENCE, only: ['Battles', 'Violence against civilians', 'Explosions/Remote violence'] },
  { id: 'nonevent.words-exchanged', why: 'Codebook: only political violence and demonstrations are coded; a clash of words in a debate, a session or on air is none.', concept: 'WORDS_EXCHANGED', reason: 'irrealis', scope: SENTENCE, triggers: ['CLASH', 'CLASH_WEAK'], only: ['Battles', 'Riots'] },
  { id: 'nonevent.fiction-topic', why: 'Codebook: only events that occur are coded, from reports of them; a film, book or documentary about a battle or an attack reports none.', concept: 'FICTION_TOPIC', reason: 'irrealis', scope: { kind: 'before', window: 4, clause: 'any' } },
  { id: 'nonevent.fiction', why: 'Codebook: only events that occur are coded, from reports of them; a film, novel or documentary telling of war reports none.', concept: 'FICTION', reason: 'irrealis', scope: SENTENCE },
  // protest6: not Protests: people who demonstrate during or against an exercise do demonstrate ("villagers held a protest
  // during a military exercise").
  // Round 36: nor an act of an armed group told during one ("Maoists triggered a pressure IED during an area domination exercise"):
  // the exercise is the troops' setting, the attack is the group's.
  { id: 'nonevent.drill', why: 'Codebook: only events that occur are coded; an exercise or weapons test attacks no one (an armed group that strikes troops during one does).', concept: 'DRILL', reason: 'drill', scope: SENTENCE, keep: PROTESTS, unlessArmedActDuring: true },
  { id: 'nonevent.history', why: 'Codebook: each event is coded when it occurs; an incident remembered ("the anniversary of the bombing", "years after the massacre") is history, not news of one.', concept: 'HISTORY', reason: 'history', scope: { kind: 'before', window: 4 }, keep: PROTESTS },
  // probe5: not Protests or Riots, not Strategic developments: a crowd outside the court, an arrest after the verdict are events of their own.
  // case33: the deed's noun phrase may hold its year and name before the head ("convicted eight people over the 2016 Bastille
  // Day truck attack"), within its clause.
  { id: 'nonevent.court-verdict', why: 'Codebook: each event is coded when it occurs; a court convicting or trying people "for the attack" reports the trial of a past incident, not one.', concept: 'COURT_FOR', with: 'COURT', reason: 'history', scope: { kind: 'before', window: 6, clause: 'any' }, only: ['Battles', 'Violence against civilians', 'Explosions/Remote violence'] },
  { id: 'nonevent.judicial-sentence', why: 'Codebook: only events that occur are coded; a death sentence passed by a court is a killing that has not happened.', concept: 'JUDICIAL', reason: 'irrealis', scope: { kind: 'before', window: 10, holding: true } },
  // Round 32: the weak arrest words only (jailed, imprisoned, sentenced): a court that "jailed" people passed a sentence; the police's
  // arrest is the ARREST words', which stay.
  { id: 'nonevent.court-jailed', why: 'Codebook: Arrests are detentions by state forces; a court or judge jailing or sentencing people passes a sentence, no arrest (the trial\'s own incident, if any, was coded when it occurred).', concept: 'COURT_BODY', reason: 'history', scope: { kind: 'before', window: 6, clause: 'any' }, triggers: ['ARREST_WEAK'], only: ['Strategic developments'], unless: 'JUDICIAL' },
  { id: 'nonevent.commerce-ban', why: 'Codebook: Change to group/activity records changes in an actor\'s activity (a group banned, a curfew); a ban on a trade ("banned the sale of cooked food") is an economic or health measure, no event.', concept: 'COMMERCE', reason: 'irrealis', scope: { kind: 'around', window: 3 }, only: STRATEGIC, triggers: ['CHANGE'] },
  { id: 'nonevent.streets-filled', why: 'Codebook: the territory sub-types are control of a place changing between armed or state actors; a crowd that "took over the streets" to celebrate or march takes no territory.', concept: 'STREETS_FILLED', reason: 'irrealis', scope: SENTENCE, only: STRATEGIC },
  { id: 'nonevent.parade-march', why: 'Codebook: Protests are public demonstrations against a political entity or policy; veterans or troops who march in a holiday\'s or anniversary\'s parade demonstrate nothing, unless protesters or dissent are told.', concept: 'CEREMONIAL_PARADE', reason: 'drill', scope: SENTENCE, only: ['Protests'], unless: 'DISSENT' },
  // Round 42: a protest read only from an exercise's words ("troops staged an annual exercise", "residents had been warned of blank fire
  // and smoke grenades"), with no protest or protester told: no one demonstrated (nonevent.drill keeps a protest told during one).
  { id: 'nonevent.drill-no-protest', why: 'Codebook: Protests are public demonstrations; an exercise "staged" by troops, or its smoke grenades, with no protest or protester told, is the drill\'s.', concept: 'DRILL', reason: 'drill', scope: SENTENCE, only: ['Protests'], unless: 'DISSENT' },
  { id: 'nonevent.policy', why: 'Codebook: a policy or doctrine is no event; it governs the whole sentence.', concept: 'POLICY', reason: 'irrealis', scope: SENTENCE, keep: PROTESTS },
  { id: 'nonevent.protest-called', why: 'Codebook: a demonstration is coded when it takes place; a call on people to demonstrate ("called on its supporters to take to the streets on Thursday") tells none yet (events/called-on.ts: the people called on, then "to" and the act).', concept: 'CALL_ON', reason: 'irrealis', scope: { kind: 'before', window: 6, clause: 'adjacent' }, only: ['Protests'], called: true },
  // Round 42: the same call, for a deal ("urged the rival governments to agree on a roadmap"): the sides asked to agree have not.
  { id: 'nonevent.deal-called', why: 'Codebook: Agreement is coded when an agreement is reached; a call on sides to agree, sign or swap prisoners ("urged the rival governments to agree on a roadmap") tells none yet.', concept: 'CALL_ON', reason: 'irrealis', scope: { kind: 'before', window: 12, clause: 'adjacent' }, only: STRATEGIC, triggers: DEAL_TRIGGERS, called: true },
  { id: 'nonevent.deployment-called', why: 'Codebook: Change to group/activity covers troop movements when they happen; a call on a government or force to send or deploy troops ("the mayor asked the federal government to send more troops") tells none yet.', concept: 'CALL_ON', reason: 'irrealis', scope: { kind: 'before', window: 12, clause: 'adjacent' }, only: STRATEGIC, triggers: DEPLOY_TRIGGERS, called: true },
  { id: 'nonevent.irrealis', why: 'Codebook: planned or threatened events are not coded until they occur; a modal or plan word just before the trigger.', concept: 'IRREALIS', reason: 'irrealis', scope: { kind: 'before', window: 5, clause: 'adjacent' }, keep: PROTESTS },
  { id: 'nonevent.tally.count', why: 'Codebook: each event is one interaction at one place and day; "hundreds of airstrikes" tallies many.', concept: 'TALLY_COUNT', reason: 'tally', scope: { kind: 'count-before', window: 1, unlessDoers: true } },
  { id: 'nonevent.tally.share', why: 'Codebook: each event is one interaction at one place and day; a share of many acts ("half of the killings", "40 percent of the attacks") is a statistic of a tally.', concept: 'SHARE_OF', reason: 'tally', scope: { kind: 'before', window: 1 }, nominal: true },
  { id: 'nonevent.tally.habit', why: 'Codebook: each event is one interaction on one day; "since January", "repeatedly" tell a pattern.', concept: 'TALLY', reason: 'tally', scope: { kind: 'near', window: 8, ownClause: true } },
  { id: 'nonevent.tally.ongoing', why: 'Codebook: each event is one interaction on one day; a side that "has been fighting" tells a war\'s course, unless hours ago are told ("since dawn").', concept: 'ONGOING', reason: 'tally', scope: { kind: 'near', window: 8, ownClause: true }, unless: 'TODAY' },
  // Not Riots: a crowd that beats or lynches a suspected thief is the codebook's Mob violence (mob justice), and a
  // demonstration about crime is a demonstration; the crime word tells whom they act on, not that no event happened.
  // probe5: not when a state force does the killing ("Police killed 10 suspected drug traffickers during an operation"):
  // the crime word names the victims, and state forces' violence is always coded (codebook: state forces are political actors).
  { id: 'nonevent.crime', why: 'Codebook: criminal violence without a political motive or armed organised group is not coded (mob justice against suspected criminals is Mob violence, and is).', concept: 'CRIME', reason: 'crime', scope: SENTENCE, unlessPolitical: true, unlessForceActs: true, only: ['Violence against civilians'], unless: 'LIVESTOCK_RAIDERS' },
  // nonev12: ordinary crime governs arrests too, unless the one arrested is a politically significant person (POLITICAL_STAKE) or
  // an armed group or protest is told (unlessPolitical): "arrested two men for smuggling weapons to the insurgents" is coded.
  { id: 'nonevent.crime.arrest', why: 'Codebook: Arrests are politically motivated or of significant people; an arrest for an ordinary crime (theft, drugs, fraud, smuggling) with no political actor or protest told is policing, not an event.', concept: 'CRIME', reason: 'crime', scope: SENTENCE, unlessPolitical: true, unless: 'POLITICAL_STAKE', unlessArmedParty: true, only: STRATEGIC, triggers: ARREST_TRIGGERS },
  // The charges alone are weaker evidence than CRIME's words (trafficking and forged money are also a war economy's, which ACLED
  // codes when authorities at war act on them): they govern only the weak arrest words ("caught", "captured", "held"), not "arrested".
  { id: 'nonevent.crime.charge', why: 'Codebook: Arrests are politically motivated or of significant people; a person caught or held on an ordinary charge (a drug haul, embezzlement, stolen goods) is policing, not an event.', concept: 'CHARGE', reason: 'crime', scope: SENTENCE, unlessPolitical: true, unless: 'POLITICAL_STAKE', unlessArmedParty: true, only: STRATEGIC, triggers: WEAK_ARREST },
  // nonev16: an arrest told for an ordinary crime ("arrested two men for stealing phones", "detained a suspect in the murder of a
  // taxi driver"): the crime is the charge (set aside in mentions.ts dropNegated) and the arrest policing, unless a political actor,
  // an armed party or a politically significant person or arms are told (the same exceptions as crime.arrest).
  { id: 'nonevent.crime.arrest-charge', why: 'Codebook: Arrests are politically motivated or of significant people or conflict actors; an arrest for an ordinary crime told as its charge (for theft, suspected of robbery, in connection with a murder) is policing, not an event.', concept: 'ORDINARY_CHARGE', with: 'CHARGE_LINK', reason: 'crime', scope: { kind: 'around', window: 12 }, unlessPolitical: true, unless: 'POLITICAL_STAKE', unlessArmedParty: true, only: STRATEGIC, triggers: ARREST_TRIGGERS },
  // nonev16: contraband seized by the authorities ("police seized illegal firecrackers from a shop"): not when an armed party, a
  // political actor, or arms are told (arms seized are Disrupted weapons use, typed from their own rows). Seizure words only: not
  // LOOT_WEAK ("imposed illegal taxes" is extortion, Looting), nor arrests (a drug haul's crew held stays crime.charge's), and
  // not "illegal" or "illegally" (an illegal mine or house seized and destroyed by forces is still Looting/property destruction, and
  // a seizure told as illegal describes the seizer's act): the goods' own names only.
  { id: 'nonevent.crime.contraband', why: 'Codebook: Looting/property destruction is the seizure of goods or property by armed or violent actors; contraband (illegal goods, narcotics, firecrackers) seized by the authorities is policing, not an event.', concept: 'CONTRABAND', reason: 'crime', scope: SENTENCE, unlessPolitical: true, unless: 'POLITICAL_STAKE', unlessArmedParty: true, only: STRATEGIC, triggers: ['SEIZE_GOODS'] },
  // Round 38: goods taken by thieves, burglars or robbers who broke in ("thieves broke into a kiosk and made off with cash and
  // phones"): a theft, not an armed or violent political actor's looting. Not when an armed party (armed robbers and bandits are
  // one), a political actor or protest is told, nor when a state force is the doer (its seizures are always coded).
  { id: 'nonevent.crime.theft', why: 'Codebook: Looting/property destruction is the seizure or destruction of goods or property by armed or violent actors; a theft or burglary by ordinary thieves is crime, which is not coded.', concept: 'CRIME', reason: 'crime', scope: SENTENCE, unlessPolitical: true, unlessArmedParty: true, unlessForceActs: true, only: STRATEGIC, triggers: ['SEIZE_GOODS', 'LOOT', 'PLUNDER'], unless: 'LIVESTOCK_RAIDERS' },
  // nonev12: the attack named after a diplomatic act is that act's topic (set aside in mentions.ts dropNegated, so that an attack
  // told by a verb in the same sentence still types it); when only that noun is left, this rule names why the sentence is none.
  { id: 'nonevent.diplomacy', why: 'Codebook: diplomacy (sanctions, expulsions, envoys summoned, treaties) is no event; an attack told as a noun after such an act is its topic, an earlier incident, not news of one.', concept: 'DIPLOMACY', reason: 'diplomacy', scope: { kind: 'before', window: DIPLOMACY_REACH }, nominal: true, only: VIOLENCE },
  { id: 'nonevent.diplomacy.condemned-earlier', why: 'Codebook: statements are no event; a condemnation of an attack told as earlier ("last month\'s shelling") reports the reaction, not the attack (an attack condemned with no such word may be the news, and is kept).', concept: 'CONDEMN', with: 'BACKGROUND', reason: 'diplomacy', scope: { kind: 'before', window: DIPLOMACY_REACH }, nominal: true, only: VIOLENCE },
  { id: 'nonevent.diplomacy.envoy-protest', why: 'Codebook: Protests are public demonstrations; a state that summons an envoy or lodges a note "to protest" an attack protests by diplomacy, which is no event.', concept: 'ENVOY_SUMMONED', reason: 'diplomacy', scope: { kind: 'before', window: 4 }, only: PROTESTS },
  // nonev16: set aside in mentions.ts dropNegated like a diplomatic act's topic; an incident told with its own date or place right
  // after it ("investigating the killing of a man in Kessa on Monday") is kept (events/non-events.ts ownSetting).
  { id: 'nonevent.inquiry', why: 'Codebook: an event is coded when it occurs, and statements are none; an incident told as the object noun of investigating, discussing or debating, with no date or place of its own, is their topic (an earlier incident), not news of one.', concept: 'INQUIRY', reason: 'diplomacy', scope: { kind: 'before', window: INQUIRY_REACH }, nominal: true, unlessOwnSetting: true, unlessToldBefore: true, only: VIOLENCE },
  { id: 'nonevent.inquiry.deal', why: 'Codebook: Agreement is coded when an agreement is reached; a ceasefire or prisoner exchange discussed or negotiated is not yet one.', concept: 'INQUIRY', reason: 'irrealis', scope: { kind: 'before', window: INQUIRY_REACH }, nominal: true, only: STRATEGIC, triggers: DEAL_TRIGGERS },
  // strat17: as nonevent.inquiry.deal, the deal told as the refusal's object noun ("rejected the government's offer of a ceasefire").
  { id: 'nonevent.deal-refused', why: 'Codebook: Agreement is coded when an agreement is reached; a ceasefire, deal or exchange that a side rejects or that talks fail to reach is none.', concept: 'DEAL_REFUSED', reason: 'negated', scope: { kind: 'before', window: 8 }, nominal: true, only: STRATEGIC, triggers: DEAL_TRIGGERS },
  { id: 'nonevent.foiled', why: 'Codebook: only events that occur are coded; an attack foiled or thwarted did not happen (the foiling itself, a seizure or an arrest, is typed from its own words).', concept: 'FOILED', reason: 'negated', scope: { kind: 'before', window: FOILED_REACH, clause: 'any' } },
  // remote17: not Strategic developments (arms seized from a shipment, or bought weapons found, are Disrupted weapons use, typed
  // from their own rows), not Battles or Violence against civilians (a fight or killing told beside a purchase is still one).
  { id: 'nonevent.arms-trade', why: 'Codebook: only events that occur are coded, and remote violence is a weapon used on a target; weapons bought, sold, ordered, supplied or produced (the object of a trade word right before them) are trade, no attack.', concept: 'ARMS_TRADE', reason: 'diplomacy', scope: { kind: 'before', window: 4, clause: 'any' }, only: ['Explosions/Remote violence'] },
  { id: 'nonevent.negated', why: 'General English: a negation just before the trigger says it did not happen.', concept: 'NEGATION', reason: 'negated', scope: { kind: 'before', window: 3 } },
  { id: 'nonevent.negated-after', why: 'General English: a cause told as set aside right after it, in the passive ("arson was not suspected", "sabotage was ruled out"), did not happen.', concept: 'NEGATED_AFTER', reason: 'negated', scope: { kind: 'around', window: 1 } },
  { id: 'nonevent.denied', why: 'General English: what a speaker denies ("denied that soldiers had burned the market") is not reported as having happened; once the article has told the incident, the denial disputes it (told again, retold.denied).', concept: 'DENIAL', reason: 'negated', scope: { kind: 'before', window: 5 }, unlessToldBefore: true },
];

/** (dwu12) Incidents whose past is their kind: ordnance of a past war (codebook: Other) is dated by a decade or war ("in the 1980s",
 * which tally.habit reads as a pattern), and to its victim its blast is an accident ("accidentally stepped on a mine"). The tally,
 * history and accident rules, and a disaster story, tell what such an incident is, never that it is none. */
export const PAST_WAR_RULES: ReadonlySet<string> = new Set(['other.legacy-ordnance', 'other.ordnance-of-past-fighting']);
const PAST_WAR_REASONS: ReadonlySet<NonEventReason> = new Set(['tally', 'history', 'disaster']);
/** Whether a non-event reason is one a past war's ordnance keeps its event through (PAST_WAR_RULES). */
export const pastWarKeeps = (rule: string, reason: NonEventReason): boolean => PAST_WAR_REASONS.has(reason) && PAST_WAR_RULES.has(rule);

/** Round 42: the article-level rule of play: a story whose lead is a game or a market told in words of war makes its later attacks,
 * shots and takings play too, as a disaster story makes its blasts accidents (no armed actor anywhere; a crowd's riot or protest is
 * kept, as nonevent.sport keeps a riot of fans). */
export const PLAY_STORY = { id: 'nonevent.play.story',
  why: 'Codebook: only political violence and demonstrations are coded; in a story whose lead is a game, a price war or a market\'s fall, with no armed actor anywhere, a later "assault", "massacre" or "took over" is the same figure of speech.' } as const;
/** The sentence rules whose verdict in the lead makes a story of play. */
export const PLAY_RULES: ReadonlySet<string> = new Set(['nonevent.sport', 'nonevent.war-metaphor', 'nonevent.market-metaphor']);

/** Round 42: the article-level rule of a ceremony: a story whose lead tells a holiday's or anniversary's parade keeps its marches the
 * parade's (nonevent.parade-march), told anywhere in it, unless protesters or dissent are told in their sentence. */
export const CEREMONY_STORY = { id: 'nonevent.ceremony.story',
  why: 'Codebook: Protests are public demonstrations against a political entity or policy; in a story whose lead tells a ceremonial parade, a march told elsewhere in it (its headline) is the parade, unless protesters or dissent are told.' } as const;
/** The sentence rules of a ceremonial parade, whose words in the lead make a story of a ceremony. */
export const CEREMONY_RULES: ReadonlySet<string> = new Set(['nonevent.parade-march', 'nonevent.ceremonial-parade', 'nonevent.parade-weapons-shown']);

/** The article-level rule: a disaster story makes its blasts and deaths accidents too. */
export const DISASTER_STORY = { id: 'nonevent.disaster.story',
  why: 'Codebook: accidents and disasters are not events; in a story whose lead tells a disaster (or that tells one three times or more), with no armed actor anywhere, a death or blast is part of it.' } as const;
/** The rules that read the whole article, not a row's words in its sentence (their ids are verdicts as NON_EVENT_RULES' are). */
export const ARTICLE_RULES: ReadonlyArray<{ id: string; why: string }> = [DISASTER_STORY, PLAY_STORY, CEREMONY_STORY];
