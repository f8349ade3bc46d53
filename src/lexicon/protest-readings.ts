// Word tables of the demonstration family's hit readings (events/typing.ts dropGrievance,
// events/earlier-deeds.ts dropKinOfTheDead), each a row with an id and the codebook definition it implements (ACLED
// codebook 2023, "Event Types and Sub-Event Types": Protests, Riots), first written in round 10 (riots10, issue 13).
// Word lists are general English (WordNet 3.1 kin nouns, the finite forms of "die"), never taken from an evaluation row.
// Provenance: written for this project.

export interface ReadingRow {
  /** The reading's name, shown beside the typing rule in `why.type` when it sets words aside. */
  id: string;
  /** The codebook definition (or fact of English grammar) the row implements, in one line. */
  why: string;
  words: ReadonlySet<string>;
}

/** A finite verb of dying ends what a demonstration's grievance holds: "a student taking part in a demonstration against
 * tuition fees died after …" tells what befell a demonstrator, not what they protest ("for a man who died in custody" keeps a
 * relative pronoun between, and stays the grievance). */
export const GRIEVANCE_ENDS_AT_DEATH: ReadingRow = {
  id: 'grievance.ends-at-finite-death',
  why: 'Codebook: Excessive force against protesters is a demonstrator killed or seriously injured at the protest; a finite "died" after the grievance, no relative pronoun between, is the main clause\'s verb, told of the demonstrator, not the grievance.',
  words: new Set(['died', 'dies', 'succumbed', 'succumbs']),
};

/** Relative pronouns that keep a death inside the grievance's noun phrase ("justice for a man who died"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Kin and bereaved nouns before "of" whose object's deaths are the demonstrators' loss: "relatives of miners killed in a
 * collapse picketed the company", "families of the victims killed by soldiers marched": the dead are whom they mourn. */
export const KIN_OF_THE_DEAD: ReadingRow = {
  id: 'protest.kin-of-the-dead',
  why: 'Codebook: a protest is coded by what the demonstrators do and what is done to them; the deaths of those whose relatives or families demonstrate are the grievance, not force used on this protest (Peaceful protest whatever its grievance).',
  words: new Set(['relatives', 'relative', 'families', 'family', 'parents', 'mothers', 'fathers', 'widows', 'widow', 'wives', 'husbands', 'children',
    'sons', 'daughters', 'siblings', 'brothers', 'sisters', 'kin', 'kinsmen', 'survivors', 'friends', 'colleagues', 'classmates',
    // What mourners carry or keep of the dead ("held up pictures of those killed in last year's crackdown", "carrying the
    // coffins of demonstrators killed"): the dead are remembered, no force used on this protest.
    'pictures', 'photos', 'photographs', 'portraits', 'images', 'coffins', 'caskets', 'graves', 'names', 'memory']),
};

/** What a crowd's act answers, told as its cause (GRIEVANCE's cause phrases): with no demonstration told, a cause is no demand,
 * and the crowd that burns or beats after it is a mob ("enraged residents set fire to the home of a suspected killer after the
 * death of a child"), not demonstrators. */
export const CAUSE_IS_NO_DEMAND: ReadingRow = {
  id: 'riot.cause-is-no-demand',
  why: 'Codebook: Violent demonstration is demonstrators\' violence, Mob violence rioters\' violence outside a demonstration; a crowd\'s act told with only its cause ("after the death of", "angered by"), no protest and no demand, is no demonstration.',
  words: new Set(['angered by', 'outraged by', 'sparked by', 'triggered by', 'in response to', 'in reaction to', 'following the death', 'following the killing',
    'after the death of', 'after the killing of', 'outrage over', 'outrage at', 'anger over', 'anger at', 'angry over', 'angry at', 'angry about', 'anger about']),
};

/** Round 40: a cause whose object is a public matter (WordNet 3.1 "election" n.1, "vote" n.1, "referendum" n.1, "tax" n.1, "law"
 * n.1, "government" n.1): anger over an election, a tax or a law is a political grievance, and the crowd that burns after it
 * demonstrates ("youths torched a police post as anger over the election spread"); anger over a death stays a cause. */
export const PUBLIC_CAUSE: ReadingRow = {
  id: 'riot.public-cause',
  why: 'Codebook: Violent demonstration is demonstrators\' violence; a crowd\'s violence told as anger over an election, a vote, a tax, a law or the government answers a public matter, a political demand, not a private wrong.',
  words: new Set(['election', 'elections', 'vote', 'votes', 'poll', 'polls', 'ballot', 'referendum', 'results', 'result', 'tax', 'taxes', 'levy',
    'law', 'laws', 'bill', 'constitution', 'government', 'governments', 'president', 'parliament', 'reform', 'reforms', 'subsidy', 'subsidies',
    'price', 'prices', 'fuel', 'tariff', 'tariffs', 'curfew', 'lockdown', 'ban', 'decree',
    // Round 42: what people are owed, which a labour or land protest demands (WordNet 3.1 "wage" n.1, "salary", "pension" n.1,
    // "royalty" n.3 "payment to the holder of a resource for its use", "compensation" n.2).
    'wages', 'salaries', 'pensions', 'royalties', 'compensation',
    // Round 44: rules and hardships a government or a bank imposes on everyone (WordNet 3.1 "control" n.4 "a mechanism that controls",
    // "restriction" n.1, "policy" n.1, "regulation" n.1, "austerity" n.2, "shortage" n.1, "blackout" n.3, "inflation" n.1): "depositors
    // angry at informal capital controls smashed bank fronts" answer a public measure.
    'controls', 'restrictions', 'policy', 'policies', 'regulations', 'rules', 'measures', 'austerity', 'cuts', 'shortages', 'shortage',
    'rationing', 'blackouts', 'outages', 'inflation', 'devaluation', 'unemployment', 'corruption', 'evictions', 'demolitions']),
};

/** A place's past, told in a relative clause opened by "where" in a demonstration's sentence ("gathered in the square, where
 * dozens were killed during the uprising", "a sit-in at the university, where three students were shot dead in June"): the
 * clause is dated to another time by one of these words, and names no demonstrator; its deaths are the place's memory. */
export const WHERE_PAST: ReadingRow = {
  id: 'protest.where-past',
  why: 'Codebook: Excessive force against protesters is force used on the demonstrators during their protest; deaths told of the protest\'s place at another time ("where dozens were killed during the uprising") are no force on this protest.',
  words: new Set(['during', 'ago', 'earlier', 'last', 'since', 'previously', 'once', 'had', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
    'march:month', 'may:month', 'august', 'september', 'october', 'november', 'december', 'year', 'years', 'decade', 'decades', 'anniversary', 'uprising', 'revolution', 'massacre']),
};

// riots11: the readings that tell an arrest as its own event from one made at a demonstration (events/protest-occasions.ts;
// Strategic developments, Arrests): WordNet 3.1 nouns of a group and its leaders, the conjunctions of a condition, the
// openers of an accusation.
/** Nouns a protest word modifies as a name of people, not of an act: "the spokesman of a protest movement", "protest
 * leaders", "the demonstration's organisers". The demonstration they name is no demonstration held where the report is. */
export const PROTEST_AS_NAME: ReadingRow = {
  id: 'protest.word-names-group',
  why: 'Codebook: Arrests are detentions outside a demonstration, Protest with intervention arrests at one; a protest word that only names a group or its leaders ("protest movement", "protest leaders") tells no demonstration taking place.',
  words: new Set(['movement', 'movements', 'leader', 'leaders', 'leadership', 'organiser', 'organisers', 'organizer', 'organizers', 'group', 'groups',
    'committee', 'committees', 'coalition', 'network', 'spokesman', 'spokeswoman', 'spokesperson', 'figure', 'figures', 'platform', 'collective']),
};

/** Verbs of calling for a demonstration: what is called for has not taken place ("over a post calling for demonstrations",
 * "arrested after urging protests"). */
export const PROTEST_CALLED_FOR: ReadingRow = {
  id: 'protest.called-for',
  why: 'Codebook: ACLED codes events that took place; a demonstration only called for or urged ("a post calling for protests") is none, and an arrest over it is the event (Arrests).',
  words: new Set(['calling for', 'called for', 'call for', 'calls for', 'urging', 'urged', 'urges', 'inciting', 'incited', 'incite']),
};

/** Conjunctions that open a condition: what they tell has not happened ("refused to bury them until the killers are
 * arrested", "vowed to stay unless the detainees are released"). */
export const CONDITION_OPENERS: ReadingRow = {
  id: 'protest.arrest-as-condition',
  why: 'Codebook: Protest with intervention is a protest forces disperse or suppress as it happens; an arrest told in the demonstrators\' condition ("until the killers are arrested") is what they demand, no intervention (Peaceful protest).',
  words: new Set(['until', 'till', 'unless']),
};

/** Openers of an accusation against those arrested, after which a relative clause ("accused of organising last week's
 * protests, in which a bank was set on fire") still tells what they are held for. */
export const CHARGE_RELATIVE: ReadingRow = {
  id: 'arrest.charge-relative',
  why: 'Codebook: Arrests; what those arrested are accused of, and a relative clause about it ("the protests in which a bank was burned"), is an earlier deed, not the event reported.',
  words: new Set(['accused of', 'suspected of', 'charged with', 'wanted for', 'for organising', 'for organizing', 'for leading', 'for inciting', 'for taking part in',
    'for participating in', 'over their role in', 'over his role in', 'for their role in', 'for his role in', 'in connection with']),
};

// protest12: the readings that tell a protest's severity by its outcome and its day (events/riot-control-means.ts,
// events/later-arrests.ts; Protests: Peaceful protest, Protest with intervention, Excessive force against protesters).
/** The charges LETHAL_FORCE also names ("baton charge", "lathi charge"), read as
 * riot-control means when a protest is told: the harm they do is read from the harm words told beside them, not from the
 * means. The words are PROTEST_FORCE's and DISPERSE's own (event-cues.ts); this row names the reading. */
export const RIOT_CONTROL_MEANS: ReadingRow = {
  id: 'protest.riot-control-means',
  why: 'Codebook: Protest with intervention is a protest forces try to disperse or suppress "without serious/lethal injuries" (rubber bullets, tear gas, baton charges are its examples); Excessive force is read from lethal weapons or the serious harm done, not from the riot-control means alone.',
  words: new Set(),
};

/** Times that date an arrest told after a protest to a later day or to after the protest was over ("two of them were
 * detained the next day at their homes", "were detained after the protest had ended"): the arrest is no suppression of the
 * protest as it happened. */
export const ARREST_ANOTHER_TIME: ReadingRow = {
  id: 'protest.arrest-another-time',
  why: 'Codebook: Protest with intervention is a physical attempt to disperse or suppress the protest as it happens; demonstrators arrested on a later day or once the protest was over leave the protest peaceful (the arrest is its own event, Arrests).',
  words: new Set(['the next day', 'the following day', 'a day later', 'days later', 'two days later', 'a week later', 'the next morning',
    'the following morning', 'the next night', 'the following night', 'the following week', 'the next week', 'later that week', 'at their homes',
    'at his home', 'at her home', 'from their homes', 'from his home', 'from her home']),
};
/** Verbs that tell a protest as over, after "after the <protest noun>" ("after the protest ended", "after the rally was over"). */
export const PROTEST_OVER: ReadonlySet<string> = new Set(['ended', 'over', 'finished', 'concluded', 'dispersed', 'broke']);

// prot13 (issue 13): the readings that tell force used on this demonstration from what the demonstrators remember, protest or
// chant (events/typing.ts dropGrievance, events/demonstrators-harm.ts; Protests: Peaceful protest, Protest with intervention,
// Excessive force against protesters). General English grammar and word lists, never an evaluation row.
/** Nouns of a funeral's rite between the funeral's word and "of"/"for" ("a funeral procession for two protesters killed by
 * police"): the dead are whom the mourners remember. */
export const FUNERAL_RITES: ReadingRow = {
  id: 'protest.funeral-rite-of',
  why: 'Codebook: a protest is coded by what is done at it; the dead a funeral procession or service is held for are its grievance, not force used on this protest (Peaceful protest whatever its grievance).',
  words: new Set(['procession', 'processions', 'march', 'marches', 'service', 'services', 'rites', 'cortege', 'prayers', 'ceremony']),
};
/** Words after which quoted words are what demonstrators chant, shout or carry written ("chanted \"stop killing us\""). */
export const SLOGAN_WORDS: ReadingRow = {
  id: 'protest.slogan',
  why: 'Codebook: Peaceful protest is coded whatever the demonstrators demand; the slogans they chant or carry, quoted after the verb or the placard, are their message, not force used on them.',
  words: new Set(['chanted', 'chanting', 'chant', 'chants', 'shouted', 'shouting', 'shout', 'slogans', 'slogan', 'placards', 'placard', 'banners',
    'banner', 'signs', 'reading', 'read', 'cried', 'crying', 'sang', 'singing', 'yelled', 'yelling']),
};
/** The present perfect's auxiliaries that, after "that"/"which", open a relative clause telling a total up to now ("a
 * crackdown that has left dozens dead", "the war, which has killed thousands"). */
export const TALLY_RELATIVE: ReadingRow = {
  id: 'protest.tally-relative',
  why: 'Codebook: Excessive force against protesters is force used on the demonstrators at their protest; a toll counted up to now in a relative clause ("that has killed thousands") is no force used on this one.',
  words: new Set(['has', 'have']),
};
/** Determiners before a protest participle that make it an adjective ("a protesting farmer", "the striking workers"), which
 * takes no object: what follows is no grievance. */
export const ATTRIBUTIVE_PROTEST: ReadingRow = {
  id: 'protest.attributive-participle',
  why: 'Codebook: what demonstrators protest is their grievance, not an incident; a participle used as an adjective ("a protesting farmer died of cold") opens no grievance, and what follows it is the news.',
  words: new Set(['a', 'an', 'the', 'their', 'his', 'her', 'two', 'three', 'several', 'many', 'some']),
};
/** Passive participles of attacking verbs whose subject is the demonstrators ("demonstrators were attacked by police"). */
export const ATTACKED_DEMONSTRATORS: ReadingRow = {
  id: 'protest.demonstrators-attacked',
  why: 'Codebook: Protest with intervention covers any instance where forces, armed groups or rioters interact with peaceful protesters without serious injuries (Excessive force with them); demonstrators told as attacked are acted on, not violent.',
  words: new Set(['attacked', 'assaulted', 'ambushed', 'beaten']),
};

/** acled13: what rioters damage or attack that belongs to civilians: ACLED names its owners the riot's actor2, "Civilians (X)"
 * (codebook: Riots, a violent demonstration's target; private property, businesses and people), while a road blocked or tyres
 * burned have no owner told. Verbs of damage and attack (general English), then the civilian property and people they reach. */
export const RIOT_DAMAGE_VERBS: ReadingRow = {
  id: 'actor.riot-civilian-target',
  why: 'Codebook: Violent demonstration; rioters who damage, burn or attack private property (a bank, a shop, a house) or people act on civilians, ACLED\'s "Civilians (X)"',
  words: new Set(['damaged', 'damaging', 'vandalised', 'vandalized', 'vandalising', 'vandalizing', 'smashed', 'smashing', 'burned', 'burnt', 'burning',
    'torched', 'set fire to', 'set alight', 'hurled', 'threw', 'throwing', 'hurling', 'attacked', 'attacking', 'broke into', 'stormed', 'looted', 'looting',
    'ransacked', 'stoned', 'pelted', 'destroyed', 'destroying', 'wrecked']),
};
/** One word each: riot-targets.ts compares one token ("passers-by" is three: "passers", "-", "by"). */
export const RIOT_CIVILIAN_TARGETS: ReadonlySet<string> = new Set(['bank', 'banks', 'atm', 'atms', 'shop', 'shops', 'store', 'stores', 'supermarket', 'supermarkets',
  'house', 'houses', 'home', 'homes', 'business', 'businesses', 'restaurant', 'restaurants', 'hospital', 'hospitals', 'clinic', 'car', 'cars', 'vehicles',
  'workers', 'residents', 'passersby', 'journalists', 'journalist', 'staff', 'exchange', 'branch', 'branches', 'facade', 'façade']);

// prot14: what demonstrators defy (events/typing.ts dropGrievance).
/** Concessive openers in a demonstration's sentence ("marched despite the military's deadly crackdown", "rallied, undeterred by
 * the killing of two protesters last week", "defying a bloody crackdown"): the noun phrase after them names force used before,
 * which the demonstrators defy, as a grievance's object names what they protest (general English: a concessive preposition
 * or participle takes a noun phrase as its object). One, two or three words, matched whole. */
export const WHAT_THEY_DEFY: ReadingRow = {
  id: 'protest.what-they-defy',
  why: 'Codebook: Excessive force against protesters is force used on the demonstrators at this protest; a crackdown or deaths told after "despite", "defying" or "undeterred by" are what they defy, earlier force, and this protest is coded by what is done at it (Peaceful protest when nothing is).',
  words: new Set(['despite', 'defying', 'defied', 'defy', 'undeterred by', 'in defiance of', 'in spite of', 'notwithstanding', 'unbowed by', 'undaunted by']),
};

/** Verbs by which demonstrators lay the blame for deaths ("blamed the police for the deaths of two men", "holding the army
 * responsible for the killings"): what follows is their accusation, the grievance of their protest (general English: the
 * verb's object and its "for" phrase name whom they blame and for what). Read only in a demonstration's sentence. */
export const WHAT_THEY_BLAME: ReadingRow = {
  id: 'protest.what-they-blame',
  why: 'Codebook: a protest is coded by what the demonstrators do and what is done to them at it; deaths they blame on a force ("blamed the police for the deaths of …") are their grievance, not force used on this protest (Peaceful protest whatever its grievance).',
  words: new Set(['blamed', 'blaming', 'blame', 'blames', 'holding responsible', 'held responsible', 'hold responsible']),
};

/** prot14: verbs of physically stopping or handling people, read as ATTACKING's are in events/demonstrators-harm.ts
 * attacksOnDemonstrators when a demonstration is their object ("police manhandled protesting students", "police foiled a protest
 * march", "police raided the sit-in", "officers pushed and shoved the marchers", "police dismantled the protest camp"): force
 * used on the demonstrators, an attempt to suppress their protest (WordNet 3.1 verbs of pushing, handling roughly, frustrating
 * and clearing; past and present participle forms only, as the reading asks for a verb with its object after it). */
export const SUPPRESSING_DEMONSTRATORS: ReadingRow = {
  id: 'protest.suppressed-by-handling',
  why: 'Codebook: Protest with intervention is a peaceful protest during which there is an attempt to disperse or suppress it without serious/lethal injuries (and any instance of armed groups or rioters interacting with peaceful protesters); a verb of pushing, handling, foiling or clearing with the demonstration as its object is that attempt.',
  words: new Set(['manhandled', 'manhandling', 'pushed', 'pushing', 'shoved', 'shoving', 'jostled', 'jostling', 'foiled', 'foiling', 'thwarted',
    'thwarting', 'raided', 'raiding', 'stormed', 'storming', 'dismantled', 'dismantling', 'cleared', 'clearing', 'scattered', 'scattering', 'roughed',
    // case15: WordNet 3.1 verbs of removing people from a place (evict.v.01), seizing on the way (intercept.v.01) and hemming in
    // (surround.v.03 "encircle", kettle): "evicted the protesting farmers from the site", "intercepted the protest march",
    // "riot police surrounded the demonstrators".
    'evicted', 'evicting', 'intercepted', 'intercepting', 'surrounded', 'surrounding', 'encircled', 'encircling', 'kettled', 'kettling']),
};

// riot14: a protest word that is where earlier speech was given ("arrested over comments he made at a rally"): the rally is
// the occasion of the words the arrest is over, no demonstration dispersed (events/protest-occasions.ts).
/** Nouns of speech (WordNet 3.1 communication nouns) that, told as made or given at a protest word, make it a past
 * speech's venue. */
export const SPEECH_AT_PROTEST: ReadingRow = {
  id: 'protest.speech-venue',
  why: 'Codebook: Arrests are detentions outside a demonstration, Protest with intervention arrests or dispersal at one; a rally named as where earlier words were spoken ("over comments he made at a rally") is the speech\'s occasion, no demonstration the arrest took place at.',
  words: new Set(['comments', 'comment', 'remarks', 'remark', 'speech', 'speeches', 'statement', 'statements', 'words', 'address', 'utterances', 'slogans',
    'made', 'delivered', 'gave', 'given', 'uttered']),
};

// riot14: two crowds that fight each other (events/riot-targets.ts fightAmongCrowds; settle-actors.ts).
/** Phrases that tell a crowd's fight as between two crowds ("two groups pelted stones at each other", "supporters of the two
 * parties clashed", "rival fans fought"): both sides are rioters. */
export const CROWDS_FIGHT_EACH_OTHER: ReadingRow = {
  id: 'actor.rioters-both-sides',
  why: 'Codebook: Mob violence includes rioters violently interacting with other rioters; in a fight between two crowds both sides are "Rioters (X)", not civilians (actor naming: Rioters (Country)).',
  words: new Set(['each other', 'one another', 'two groups', 'rival groups', 'two rival', 'rival supporters', 'supporters of the two', 'supporters of two',
    'supporters of rival', 'two factions', 'rival factions', 'two crowds', 'rival crowds', 'rival fans', 'fans of two', 'fans of the two', 'two mobs', 'rival mobs',
    'members of two', 'members of rival', 'youths of two', 'residents of two', 'two camps', 'rival camps']),
};

/** world17: "supporters of the Awami League and the BNP clashed", "ruling party and opposition activists fought": two named
 * sides of one crowd noun joined by "and", with a verb of mutual fighting, are two crowds (same codebook line as above). */
export const CROWDS_OF_TWO_SIDES: ReadingRow = {
  id: 'actor.rioters-both-sides',
  why: 'Codebook: Mob violence includes rioters violently interacting with other rioters; the supporters of two named sides who clash are rioters on both sides.',
  words: new Set(['supporters', 'activists', 'followers', 'members', 'cadres', 'workers', 'loyalists', 'partisans', 'fans']),
};
/** world17: the verbs of mutual fighting that tell CROWDS_OF_TWO_SIDES (general English: reciprocal verbs, each side doing it to the other). */
export const MUTUAL_FIGHT_VERBS: ReadonlySet<string> = new Set(['clashed', 'clash', 'fought', 'scuffled', 'brawled']);
