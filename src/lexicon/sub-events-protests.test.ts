// Protests (sub-events-protests.ts): one table per sub-type (codebook order), one line per case [report, expected first
// sub-event type, the rule that types it ('*': the sub-type only)].
// Invented reports in ACLED-note and wire styles, written from the codebook and general knowledge, never evaluation rows;
// `// <round>:` marks the round that wrote the rows below it (its probes: test/probes/<round>.jsonl). A row's 4th element
// is its published date, where the reading depends on it (else 2024-05-10). Regrouped from the per-round files by tidy16.
import { describe } from 'node:test';
import { typingTable } from '../pipeline/events/test-helpers.js';

describe('Peaceful protest', () => {
  typingTable('Peaceful protest', [
    // case4:
    ['Residents organized a protest in front of the town hall over water cuts.', 'Peaceful protest', 'protest.gathering'],
    ['Thousands of students were marching through the capital to demand free tuition.', 'Peaceful protest', '*'],
    // case5: …and what a protest is against is its grievance, not what happened at it (protest-objects.ts).
    ['Women held a candlelight vigil to protest the killing of a local journalist.', 'Peaceful protest', 'protest.gathering'],
    ['Villagers protested peacefully in the square against the killing of a social leader by armed men.', 'Peaceful protest', 'protest.gathering'],
    // w26: the incident the grievance's people were killed in ("killed in clashes with security forces") is the grievance's,
    // whatever its word (typing.ts dropGrievance, heldParticiple); the marchers' own stones after it stay theirs (Riots, below).
    ['Thousands of people marched peacefully through Juliaca on Monday to demand justice for the 18 people killed in clashes with security forces a year ago.', 'Peaceful protest', 'protest.gathering'],
    // w26: demonstrators who disperse of themselves end their own protest (self-dispersal.ts): no force broke it up.
    ['Hundreds of garment workers rallied peacefully in Dhaka on Sunday to demand unpaid wages, and dispersed after submitting a memorandum to the labour ministry.', 'Peaceful protest', 'protest.gathering'],
    ['Protesters gathered outside the governor\'s office in Kessa on Sunday and dispersed peacefully in the evening.', 'Peaceful protest', '*'],
    ['Protests sparked by the killing of a teenager by police spread to three cities on Sunday.', 'Peaceful protest', 'protest.gathering'],
    ['Hundreds of people took to the streets to protest rising insecurity and kidnappings.', 'Peaceful protest', 'protest.gathering'],
    ['Mothers of detained men held a silent protest in front of the prison.', 'Peaceful protest', 'protest.gathering'],
    ['Residents of the township demanded the removal of the local councillor outside the municipal offices.', 'Peaceful protest', 'protest.crowd-demands'],
    ['Hundreds of traders shut their shops on Monday, demanding an end to multiple taxation.', 'Peaceful protest', 'protest.gathering'],
    ['Mine workers downed tools at the platinum shaft over unpaid bonuses.', 'Peaceful protest', 'protest.gathering'],
    ['Workers at the copper mine went on strike over pay.', 'Peaceful protest', '*'],
    // case7: Strike forms of South Asian news.
    ['Traders in Arvella observed a shutter-down strike on Monday against the increase in electricity tariffs.', 'Peaceful protest', 'protest.strike-or-vigil'],
    // A relative clause about the grievance's noun is the grievance (grievance-relatives.ts).
    ['Thousands of people marched in Arvella on Thursday to mark the anniversary of the 2019 massacre, in which dozens of protesters were killed.', 'Peaceful protest', 'protest.gathering'],
    ['Students rallied outside the court demanding justice for their classmates, who were shot dead by police in March.', 'Peaceful protest', 'protest.gathering'],
    // What demonstrators say, whom they honour, the dead they carry, and a killing their protest answers, are grievances.
    ['Women held a protest in Arvella on Monday, saying their husbands had been killed by bandits.', 'Peaceful protest', 'protest.gathering'],
    ['Thousands attended a rally in Arvella to honour the protesters killed during last year\'s uprising.', 'Peaceful protest', 'protest.gathering'],
    ['Relatives of the victims staged a sit-in outside the governor\'s office, carrying the bodies of three men killed in the raid.', 'Peaceful protest', 'protest.gathering'],
    ['Residents protested in Arvella after police shot dead a teenager at a checkpoint on Sunday.', 'Peaceful protest', 'protest.gathering'],
    // Whose funeral it is names whom the mourners remember.
    ['Mourners chanted anti-government slogans at the funeral of a protester killed by security forces last week.', 'Peaceful protest', 'protest.gathering'],
    // gap7: A protest verb's direct object is its grievance from its first word (typing.ts dropGrievance)
    ['On 19 August 2024, residents held a sit-in in Quetta (Balochistan) to protest enforced disappearances.', 'Peaceful protest', 'protest.gathering'],
    // last7: A deed told as a noun with its "of" inside what is protested is the grievance (typing.ts nominalDeed)
    ['On 7 September 2024, villagers protesting the burning of their homes by soldiers marched to the district office in Rakhine.', 'Peaceful protest', 'protest.gathering'],
    ['On 11 March 2024, women marched in Bamenda (Nord-Ouest) to denounce the burning of their village by soldiers.', 'Peaceful protest', 'protest.gathering'],
    ['On 22 August 2024, Christians in Jaranwala (Punjab) held a sit-in to condemn the torching of churches by a mob last year.', 'Peaceful protest', 'protest.gathering'],
    // …past a bracketed place (protest-objects.ts)
    ['On 6 May 2024, students demonstrated in Nsukka (Enugu) over the vandalism of their hostel by cultists.', 'Peaceful protest', 'protest.gathering'],
    // strat7: …security measures and shows of force (neighbour: Peaceful protest, a road shut by traders)
    ['Traders shut the main road in Kisumu on Monday in protest against new market fees.', 'Peaceful protest', 'protest.gathering'],
    // case8: Demonstrators who leave of their own accord tell no intervention (event-cues.ts SELF_DISPERSE, read whole over "dispersed").
    ['Farmers blocked a highway with their tractors for six hours on Tuesday against fuel shortages, then dispersed peacefully.', 'Peaceful protest', 'protest.strike-or-vigil'],
    // "The disappeared" are people, no abduction told (CIVILIAN, read whole over ABDUCT's "disappeared").
    ['Families of the disappeared continued their roadside protest for the 2,000th day on Friday.', 'Peaceful protest', 'protest.gathering'],
    // A cause clause opened by a measured interval is another day's deed, whoever did it (protest-causes.ts INTERVAL).
    ['Activists rallied outside the parliament on Thursday, a week after police shot dead two protesters.', 'Peaceful protest', 'protest.gathering'],
    ['Activists gathered outside the parliament on Thursday, holding placards that read "Stop killing us", a week after police shot dead two protesters.', 'Peaceful protest', 'protest.gathering'],
    // The words demonstrators carry or shout are their message, no act (GRIEVANCE).
    ['Hundreds marched in Lilongwe carrying banners reading "No more killings".', 'Peaceful protest', 'protest.gathering'],
    // clash8: …not tyres named in what is protested
    ['On 4 March 2024, taxi drivers protested in Lome against the price of tyres.', 'Peaceful protest', 'protest.gathering'],
    // case9p: A dispersal told as a noun inside the grievance is what they protest, no intervention (typing.ts nominalDeed).
    ['Opposition supporters marched in Arvella to denounce the violent dispersal of their rally by security forces a month earlier.', 'Peaceful protest', 'protest.gathering'],
    // Protests that break out after a killing answer it; a death in custody is the cause's (protest-causes.ts OUTBREAK, inCustody).
    ['Protests erupted in Arvella after a young man died in police custody.', 'Peaceful protest', 'protest.gathering'],
    ['Demonstrations spread across the region after police shot dead a lawyer.', 'Peaceful protest', 'protest.gathering'],
    // A deed dated earlier and a death no one dealt are no force on this protest (earlier-deeds.ts).
    ['Hundreds of mourners marched through Arvella with the body of a protester shot dead by police the day before.', 'Peaceful protest', 'protest.gathering'],
    ['A 70-year-old farmer taking part in the sit-in at the border died of a heart attack on Sunday.', 'Peaceful protest', 'protest.gathering'],
    // An effigy burnt is the demonstrators' own symbol (effigies.ts).
    ['Youth wing members burnt an effigy of the opposition leader outside the party office in Arvella.', 'Peaceful protest', 'protest.gathering'],
    // A toll told in the perfect since a start, a deed owned by "last week's", a fast or a stampede are no force on this
    // protest (earlier-deeds.ts); a stampede set off by tear gas is.
    ['Thousands rallied in Arvella on Friday, the latest in a wave of protests in which more than 450 people have been killed since October.', 'Peaceful protest', 'protest.gathering'],
    ['The rally in Arvella was peaceful, unlike last week\'s protests in which three people were killed.', 'Peaceful protest', 'protest.gathering'],
    ['Three hunger-striking teachers were hospitalised on the tenth day of their fast outside the ministry in Arvella.', 'Peaceful protest', 'protest.gathering'],
    // recall9: A labour strike in the progressive (PROTEST_WEAK: "are striking").
    ['Doctors are striking in Kenya\'s public hospitals over pay', 'Peaceful protest', 'protest.strike-or-vigil'],
    // riots10: A finite "died" after the grievance is the main clause's verb, told of a demonstrator (grievance.ends-at-finite-death).
    ['Hundreds marched in Arvella on Monday to demand justice for a trader who died in police custody.', 'Peaceful protest', 'protest.gathering'],
    // The dead whose relatives demonstrate are their grievance (protest.kin-of-the-dead, earlier-deeds.ts).
    ['Relatives of miners killed in a collapse picketed the mining company\'s office in Arvella on Tuesday, demanding compensation.', 'Peaceful protest', 'protest.gathering'],
    ['Families of the fishermen who were shot by coastguards marched to the port in Arvella on Friday.', 'Peaceful protest', 'protest.gathering'],
    // What mourners carry of the dead is their grievance too (protest.kin-of-the-dead's memory nouns).
    ['Protesters held up pictures of those killed in last year\'s crackdown as they marched through Arvella on Thursday.', 'Peaceful protest', 'protest.gathering'],
    // A force that blocks the demonstrators, told as its object, suppresses the protest (protest.forces-bar-protest).
    ['Protesters marched to the court in Arvella, where they blocked the road and chanted slogans.', 'Peaceful protest', 'protest.gathering'],
    // A relative clause opened by "in which" about the grievance's noun needs no comma (grievance-relatives.ts).
    ['Hundreds rallied in Arvella on Saturday to honour victims of the shooting in which soldiers opened fire on protesters.', 'Peaceful protest', 'protest.gathering'],
    // Harm told as hurt, blinded or run over is force on the protesters; other riot-control means are an intervention.
    ['Protesters marched in Arvella on Saturday; no one was hurt and police did not intervene.', 'Peaceful protest', 'protest.gathering'],
    // More ways a crowd demonstrates (PROTEST, PROTEST_WEAK), and a protest beside a flood is kept (nonevent.disaster.flood-storm).
    ['Thousands of opposition supporters massed in central Arvella on Sunday against the election results.', 'Peaceful protest', 'protest.gathering'],
    ['Residents banged pots and pans from their balconies in Arvella on Tuesday night against the government.', 'Peaceful protest', 'protest.gathering'],
    ['Victims of last month\'s floods blocked the main road in Arvella on Friday to demand a fair share of relief aid.', 'Peaceful protest', 'protest.strike-or-vigil'],
    ['Hundreds of women assembled outside the governor\'s office in Arvella on Wednesday demanding an end to killings in their villages.', 'Peaceful protest', 'protest.strike-or-vigil'],
    // A place's past told after ", where" and dated to another time is its memory, no force on this protest (protest.where-past).
    ['Protesters gathered in the main square of Arvella, where dozens were killed during the uprising, to demand the government\'s resignation.', 'Peaceful protest', 'protest.gathering'],
    ['Students held a sit-in at the university in Arvella, where three of their classmates were shot dead by security forces in June.', 'Peaceful protest', 'protest.gathering'],
    // A participle after a determiner in the grievance describes its noun, no deed of the demonstrators.
    ['Villagers protested in Arvella on Sunday against the destroyed road and demanded its repair.', 'Peaceful protest', 'protest.gathering'],
    // riots11: An arrest told in the demonstrators' condition is their demand, no intervention (protest-occasions.ts).
    ['Women in Arvella staged a sit-in with the bodies of four miners killed by gunmen, refusing to bury them until the killers are arrested.', 'Peaceful protest', 'protest.gathering'],
    // protest12: An arrest on a later day, or once the protest was over, leaves the protest peaceful (protest.arrest-another-time)
    ['About 50 activists held a silent protest in Varnel on Monday. Two of them were detained the next day at their homes.', 'Peaceful protest', 'protest.gathering'],
    ['Three activists staged a protest outside the ministry in Varnel. They were detained after the protest had ended.', 'Peaceful protest', 'protest.gathering'],
    // prot13: Codebook: Peaceful protest whatever its grievance; a death the demonstrators protest, told in a noun phrase that runs on
    // through "the death of …" (typing.ts dropGrievance, DEED_NOUN), after "in protest at", or at a funeral procession.
    ['Students rallied in Dorno on Friday to demand an inquiry into the death of a classmate killed by soldiers at a checkpoint.', 'Peaceful protest', 'protest.gathering'],
    // Neighbour: Violent demonstration (the demonstrators' own act told after the grievance's "by" phrase stays theirs).
    ['Crowds gathered in Arvella on Saturday in protest at the killing of two farmers by security forces.', 'Peaceful protest', 'protest.gathering'],
    ['A funeral procession for two protesters killed by police turned into a rally against the government in Kessa on Friday.', 'Peaceful protest', 'protest.gathering'],
    // A toll in the present perfect of a relative clause, and slogans in quotation marks, tell no force used on this protest.
    ['Thousands took part in an anti-war rally in Dorno on Saturday, demanding an end to the fighting that has killed thousands.', 'Peaceful protest', 'protest.gathering'],
    ['Demonstrators in Kessa chanted "stop killing us" as they marched to the governor\'s office on Monday.', 'Peaceful protest', 'protest.gathering'],
    // A protest told as going on after a killing answers it (protest-causes.ts, with a short grievance between).
    ['Protests against police brutality continued in Arvella for a fourth night on Tuesday, after officers shot dead an unarmed man.', 'Peaceful protest', 'protest.gathering'],
    // A death no one dealt: cold, a hunger strike ("a protesting farmer" is an adjective's participle: no grievance follows).
    ['A protesting farmer died of cold at the sit-in near Dorno on Tuesday, his fellow protesters said.', 'Peaceful protest', 'protest.gathering'],
    ['A hunger striker died on the 30th day of his protest outside the labour ministry in Arvella.', 'Peaceful protest', 'protest.gathering'],
    // prot14: What the demonstrators defy or blame is their grievance, not force at this protest (protest-readings.ts WHAT_THEY_DEFY, WHAT_THEY_BLAME).
    ['Protesters took to the streets of Kessa again on Sunday despite the military\'s deadly crackdown.', 'Peaceful protest', 'protest.gathering'],
    ['Demonstrators rallied in Dorno on Friday, undeterred by the killing of two protesters last week.', 'Peaceful protest', 'protest.gathering'],
    ['Protesters in Arvella on Friday blamed the police for the deaths of two men in custody.', 'Peaceful protest', 'protest.gathering'],
    // recall14: A force digging in; the idiom is none.
    ['Protesters dug in outside parliament in Kessa on Monday as police looked on, demanding the minister resign.', 'Peaceful protest', 'protest.gathering'],
    // riot14: A strike is a demonstration: violence told during one is the strikers' (riot.strike-violence, riot.protest-violence).
    ['Police officers in Kessa walked off the job on Monday over unpaid wages.', 'Peaceful protest', 'protest.strike-or-vigil'],
    // Strikers named by their trade after "striking" ("striking bus drivers", "striking nurses"); with no violence, a peaceful march.
    ['Striking bus drivers marched peacefully to the ministry in Kessa on Monday.', 'Peaceful protest', 'protest.gathering'],
    // case15: Neighbour: Peaceful protest (the demonstrators surround a building: the verb's object is no demonstration).
    ['Protesters surrounded the parliament building in Dorno on Tuesday, chanting slogans.', 'Peaceful protest', 'protest.gathering'],
    // Codebook: Peaceful protest is coded whatever the demonstrators protest; a restrictive "that"/"which" clause telling the harm
    // their grievance's noun did is the grievance too (grievance-relatives.ts).
    ['Relatives of the victims rallied in Dorno on Friday to condemn the police firing that left three villagers dead in March.', 'Peaceful protest', 'protest.gathering'],
    ['Hundreds marched in Kessa to denounce the air strike which killed twelve civilians last week.', 'Peaceful protest', 'protest.gathering'],
    // The dead whose portraits mourners carry, and whom they refuse to bury, are their grievance (earlier-deeds.ts CARRIED_IMAGES,
    // GRIEVANCE's refusal to bury).
    ['Demonstrators in Yangon carried portraits of protesters shot dead by the security forces.', 'Peaceful protest', 'protest.gathering'],
    ['Families protested in Quetta on Sunday, refusing to bury the dead.', 'Peaceful protest', 'protest.gathering'],
    // loot15: Neighbours: Peaceful protest (people who block a road), Arrests and Armed clash (the operation detains or kills).
    ['On 3 May 2024, residents blocked the road between Kessa and Dorno to protest against power cuts.', 'Peaceful protest', 'protest.gathering'],
    // prot15b: Neighbour: a protest told by witnesses, no force.
    ['Hundreds of people protested in Arvella on Friday against rising prices, witnesses said.', 'Peaceful protest', 'protest.gathering'],
    // Neighbours: what the protesters protest told with its own relative clause; a sit-in or placards held for hours.
    ['Students protesting the death of a classmate who was shot by police marched through Arvella on Monday.', 'Peaceful protest', 'protest.gathering'],
    ['Protesters held a sit-in for several hours outside the ministry in Kessa on Monday.', 'Peaceful protest', 'protest.gathering'],
    ['Demonstrators held placards for hours outside the court in Arvella on Tuesday.', 'Peaceful protest', 'protest.gathering'],
    // Neighbours: demonstrators who chase off a reporter (the doer is no force); a rally held.
    ['Protesters chased away a journalist during a march in Arvella on Friday.', 'Peaceful protest', 'protest.gathering'],
    ['Protesters held a rally in Dorno on Tuesday.', 'Peaceful protest', 'protest.gathering'],
    // prot16: What was done to the people a demand names, told in a passive relative clause, is the grievance: Peaceful protest.
    ['Students marched in Arvella on Monday to demand the release of three classmates that were arrested during a raid on their hostel.', 'Peaceful protest', 'protest.gathering'],
    ['Relatives protested in Dorno demanding justice for two boys who were shot dead by soldiers in March.', 'Peaceful protest', 'protest.gathering'],
    // A bare "the mine" told as a place is a mining site (WordNet mine.n.01), no device.
    ['Protesters blocked the road to the mine in Arvella on Monday.', 'Peaceful protest', 'protest.gathering'],
    ['Workers staged a sit-in at the mine in Kessa to demand unpaid wages.', 'Peaceful protest', 'protest.gathering'],
    // recall16b: a trade's people who "struck" with nothing struck (a labour strike); riot police present, doing nothing.
    ['Teachers struck over unpaid wages in Arvella on Monday.', 'Peaceful protest', 'protest.trade-struck'],
    ['Nurses at the main hospital in Dorno struck for a second day on Wednesday.', 'Peaceful protest', 'protest.trade-struck'],
    ['Workers struck in Kessa on Monday.', 'Peaceful protest', 'protest.trade-struck'],
    ['Demonstrators marched peacefully past a line of riot police in Arvella on Monday.', 'Peaceful protest', 'protest.gathering'],
    ['Hundreds of protesters rallied in Kessa on Tuesday as riot police looked on.', 'Peaceful protest', 'protest.gathering'],
    // force17: whom demonstrators mourn or commemorate, told by the finite verb, is the grievance (event-cues.ts GRIEVANCE).
    ['Protesters in Tehran on Sunday mourned the death of a young woman in custody.', 'Peaceful protest', 'protest.gathering'],
    ['Demonstrators in Kessa commemorated the protesters killed by soldiers last year.', 'Peaceful protest', '*'],
    // …neighbour kept: people who mourn the victims of a killing told with no demonstration (the killing is the news).
    ['Villagers mourned 12 people killed by gunmen in Dorno on Sunday.', 'Attack', '*'],
    // Round 38: a march that ends by handing over a petition is the demonstration's, no place handed over without a fight
    ['Hundreds of vendors marched peacefully to the Ndola City Council offices on Friday to protest against new levies, and dispersed after handing a petition to the mayor.', 'Peaceful protest', 'protest.gathering'],
  ]);
});

describe('Protest with intervention', () => {
  typingTable('Protest with intervention', [
    // case5: Protests: deadly force outranks dispersal; slight injuries are an intervention.
    ['Officers baton-charged students protesting a fee hike, leaving several slightly injured.', 'Protest with intervention', 'protest.minor-injuries'],
    // …and what a protest is against is its grievance, not what happened at it (protest-objects.ts).
    ['Demonstrators demanding the resignation of the governor were teargassed by police.', 'Protest with intervention', 'protest.dispersed'],
    ['Police dragged protesters from the road and bundled them into vans.', 'Protest with intervention', 'protest.dispersed'],
    // w26: neighbours of a self-dispersal: the force's dispersal, told with its object, its passive or its purpose.
    ['The protesters were dispersed by police outside the governor\'s office in Kessa on Sunday.', 'Protest with intervention', '*'],
    ['Police fired tear gas to disperse protesters outside the governor\'s office in Kessa on Sunday.', 'Protest with intervention', '*'],
    // acled6: Other: one force stopping another's patrol or convoy; an authority silencing a medium (neighbours: Change to group/activity,
    // Protest with intervention)
    ['On 6 August 2021, Kenyan police stopped a convoy of opposition supporters heading to Nairobi and fired tear gas.', 'Protest with intervention', 'protest.riot-control'],
    // case7: More words of an intervention, of demonstrators' violence, and of strikers.
    ['The rally was broken up by police and several organisers were taken away.', 'Protest with intervention', 'protest.dispersed'],
    ['Police forcibly ended a sit-in by nurses outside the health ministry.', 'Protest with intervention', 'protest.dispersed'],
    // case8: Demonstrators who leave of their own accord tell no intervention (event-cues.ts SELF_DISPERSE, read whole over "dispersed").
    ['Police fired tear gas to disperse opposition supporters who had gathered on Tuesday.', 'Protest with intervention', 'protest.riot-control'],
    // case9p: Those who attack a demonstration use force on it (demonstrators-harm.ts attacksOnDemonstrators).
    ['Supporters of the ruling party attacked a peaceful demonstration by students in Arvella with sticks, injuring several of them slightly.', 'Protest with intervention', 'protest.minor-injuries'],
    // riots10: A detention told in the passive is an arrest at the protest (DISPERSE "taken into custody").
    ['Dozens of demonstrators were taken into custody in Arvella on Saturday as they tried to march to the palace.', 'Protest with intervention', 'protest.dispersed'],
    // A force that blocks the demonstrators, told as its object, suppresses the protest (protest.forces-bar-protest).
    ['Police blocked protesters from reaching the presidential palace in Arvella on Wednesday.', 'Protest with intervention', 'protest.forces-bar-protest'],
    // Harm told as hurt, blinded or run over is force on the protesters; other riot-control means are an intervention.
    ['Police fired tear smoke shells to disperse protesters in Arvella on Friday.', 'Protest with intervention', 'protest.dispersed'],
    ['Police apprehended 14 activists during a sit-in outside parliament in Arvella on Tuesday.', 'Protest with intervention', 'protest.dispersed'],
    // Casualties, medical treatment, and firing into a crowd are force on the protesters (LETHAL_FORCE).
    ['Police fired into the air to disperse protesters in Arvella on Saturday.', 'Protest with intervention', 'protest.dispersed'],
    // riots11: People dispersed while they state a demand are demonstrators (protest.demanders-dispersed); harm told is force on them.
    // world23: workers of a mine told by its name hold a sit-in, not a landmine (dug-mines.ts namedMine).
    ['On 6 May 2024, workers of the Las Bambas mine held a sit-in in Arvella demanding protective equipment.', 'Peaceful protest', 'protest.gathering'],
    ['Police in Arvella fired rubber bullets at textile workers demanding a minimum wage increase.', 'Protest with intervention', 'protest.demanders-dispersed'],
    ['Police in Arvella fired rubber bullets and tear gas to disperse textile workers demanding a minimum wage increase.', 'Protest with intervention', 'protest.demanders-dispersed'],
    ['Police fired tear gas to disperse workers demanding higher pay in Arvella.', 'Protest with intervention', 'protest.riot-control'],
    // A protest word that names a group or a call is no demonstration held: the arrest is the event (protest-occasions.ts).
    ['Police in Arvella arrested 18 students who were demonstrating against the privatisation of higher education.', 'Protest with intervention', 'protest.dispersed'],
    // An arrest told in the demonstrators' condition is their demand, no intervention (protest-occasions.ts).
    ['Students staged a sit-in outside the ministry in Arvella until police arrested them on Tuesday night.', 'Protest with intervention', 'protest.dispersed'],
    // protest12: A charge with batons or lathis, no serious harm told: intervention (protest.riot-control-means)
    ['On 1 May 2023, riot police baton-charged a rally of unemployed graduates in Varnel and detained several of them.', 'Protest with intervention', 'protest.dispersed'],
    ['Police lathi-charged farmers marching to the district office in Varnel on Monday.', 'Protest with intervention', 'protest.dispersed'],
    // An arrest on a later day, or once the protest was over, leaves the protest peaceful (protest.arrest-another-time)
    ['Three activists staged a protest outside the ministry in Varnel. Police detained all three and broke up the gathering.', 'Protest with intervention', 'protest.story-dispersed'],
    // prot13: Codebook: Protest with intervention covers armed groups or others interacting with peaceful protesters without serious
    // injuries; demonstrators told in the passive of an attacking verb are its object, not violent (demonstrators-harm.ts).
    ['Protesters in Arvella were attacked by supporters of the ruling party on Sunday, but no one was hurt.', 'Protest with intervention', 'protest.dispersed'],
    // prot14: Force told with no one hurt or with minor injuries only: Protest with intervention (protest.no-one-hurt, NO_HARM; MINOR).
    ['Police fired rubber bullets to disperse protesters in Dorno on Sunday; no injuries were reported.', 'Protest with intervention', 'protest.no-one-hurt'],
    ['Police baton-charged job seekers protesting in Kolkata on Monday, leaving several with minor injuries.', 'Protest with intervention', 'protest.minor-injuries'],
    // Verbs of pushing, handling roughly or clearing with the demonstration as object (SUPPRESSING_DEMONSTRATORS), force named as used.
    ['Police manhandled protesting students in Kessa on Monday.', 'Protest with intervention', 'protest.dispersed'],
    ['Police pushed and shoved protesters in Dorno on Monday.', 'Protest with intervention', 'protest.dispersed'],
    ['Police used force against protesters in Arvella on Monday.', 'Protest with intervention', 'protest.dispersed'],
    // riot14: A rally named as where earlier words were spoken is no demonstration at the arrest (protest.speech-venue).
    ['Police in Arvella arrested 30 people at an opposition rally on Saturday.', 'Protest with intervention', 'protest.dispersed'],
    // world14: Codebook: Protest with intervention is a peaceful protest that forces try to disperse or suppress, arrests among the means;
    // people detained as they gather at a place to state a demand are demonstrators.
    ['Police detained dozens of young people in Arvella on Saturday as they tried to gather in front of parliament to demand better hospitals.', 'Protest with intervention', 'protest.gathering-arrested'],
    ['Security forces arrested 30 people gathering outside the governor\'s office in Dorno to demand the release of a journalist.', 'Protest with intervention', 'protest.gathering-arrested'],
    // case15: Neighbours: Protest with intervention and Excessive force (the force only disperses or fires), Armed clash (the force fights troops).
    ['Police fired tear gas to disperse hundreds of protesters in Lahore.', 'Protest with intervention', 'protest.dispersed'],
    // Codebook: Protest with intervention is an attempt to disperse or suppress a peaceful protest; a force that evicts, intercepts
    // or surrounds the demonstrators or their march (lexicon/protest-readings.ts SUPPRESSING_DEMONSTRATORS) makes that attempt.
    ['Security personnel forcibly evicted the protesting farmers from the site near Kessa.', 'Protest with intervention', 'protest.dispersed'],
    ['Police intercepted the protest march at the city limits of Arvella on Monday.', 'Protest with intervention', 'protest.dispersed'],
    ['Riot police surrounded the demonstrators in the main square of Dorno.', 'Protest with intervention', 'protest.dispersed'],
    // prot15b: Chased or driven off, held briefly: Protest with intervention.
    ['Police chased away students who had gathered outside the university in Arvella on Monday to protest fee increases.', 'Protest with intervention', 'protest.driven-off'],
    ['Police drove away traders who had gathered outside the town hall in Dorno on Monday to protest new taxes.', 'Protest with intervention', 'protest.driven-off'],
    ['Protesters were chased away by police in Arvella on Monday.', 'Protest with intervention', 'protest.driven-off'],
    ['Protesters were briefly held by police in Dorno on Tuesday.', 'Protest with intervention', 'protest.dispersed'],
    // A protest participle's object ends at a finite "were" (typing.ts dropGrievance); a short detention told split (split-particles.ts).
    ['Students protesting fee increases were chased away by police in Arvella on Monday.', 'Protest with intervention', 'protest.driven-off'],
    ['Police held several protesters for a few hours after a march in Arvella on Friday.', 'Protest with intervention', 'protest.dispersed'],
    // Neighbours: demonstrators who fight, then are tear-gassed; a force fired tear gas at peaceful protesters.
    ['Police fired tear gas at peaceful protesters in Kessa on Monday.', 'Protest with intervention', 'protest.dispersed'],
    ['Police shot tear gas at demonstrators in Kessa, witnesses said.', 'Protest with intervention', 'protest.dispersed'],
    // prot16: Neighbours: the harm told as minor, or riot-control means only (Protest with intervention).
    ['Police struck demonstrators with batons and fired rubber bullets, leaving several with minor injuries.', 'Protest with intervention', 'protest.minor-injuries'],
    ['Police fired tear gas at demonstrators in Kessa on Saturday.', 'Protest with intervention', 'protest.dispersed'],
    // Neighbours: the force chases the demonstrators (Protest with intervention); an armed side repels a force (Armed clash).
    ['Police chased the protesters away from the square in Kessa.', 'Protest with intervention', 'protest.dispersed'],
    ['Police drove the demonstrators back with tear gas in Dorno on Monday.', 'Protest with intervention', 'protest.dispersed'],
    // Neighbours: arrests as the demonstrators act (Protest with intervention).
    ['Police arrested 20 people in Kessa on Saturday after protesters blocked the road.', 'Protest with intervention', 'protest.dispersed'],
    ['Police arrested 15 protesters during a march in Kessa on Monday.', 'Protest with intervention', 'protest.dispersed'],
    // Neighbour: the main clause's own dispersal.
    ['Protesters demanding the release of detainees who were arrested last month were dispersed with tear gas in Kessa.', 'Protest with intervention', 'protest.riot-control'],
    // recall16b: Neighbours of the riot police present: riot police who act on the demonstrators.
    ['Riot police dispersed demonstrators with tear gas in Arvella on Monday.', 'Protest with intervention', 'protest.dispersed'],
    ['Protesters marched in Dorno on Monday before riot police charged the crowd with batons.', 'Protest with intervention', 'protest.dispersed'],
    ['Several demonstrators were arrested at the protest in Dorno on Saturday.', 'Protest with intervention', 'protest.dispersed'],
  ]);
});

describe('Excessive force against protesters', () => {
  typingTable('Excessive force against protesters', [
    // case5: Protests: deadly force outranks dispersal; slight injuries are an intervention.
    ['At least 12 protesters were killed when troops fired tear gas and live rounds to disperse a march.', 'Excessive force against protesters', 'protest.deadly-force'],
    // case7: What demonstrators say, whom they honour, the dead they carry, and a killing their protest answers, are grievances.
    ['Protesters fled after police opened fire on the crowd, killing two.', 'Excessive force against protesters', 'protest.deadly-force'],
    // case9p: The sticks and stones of a passive whose doer is a state force are its instrument (passive-instruments.ts).
    ['Farmers who were demonstrating against a new road were shot and beaten with sticks and stones by municipal police.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // A deed dated earlier and a death no one dealt are no force on this protest (earlier-deeds.ts).
    ['Police shot dead two protesters in Arvella on Sunday, the day before the general strike.', 'Excessive force against protesters', 'protest.deadly-force'],
    // Demonstrators who assault or beat anyone do the violence themselves (demonstrators-harm.ts demonstratorsHarm).
    ['Protesters were beaten by police in Arvella.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // Deaths told right after a dispersal make it excessive force (protest.story-deaths; group-mentions.ts turnsDeadly).
    ['Police fired tear gas to disperse protesters in Arvella on Thursday. Two people died and dozens were injured, medics said.', 'Excessive force against protesters', 'protest.story-deaths'],
    ['Security forces used tear gas and water cannon against thousands of demonstrators in Arvella, wounding 30.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // A toll told in the perfect since a start, a deed owned by "last week's", a fast or a stampede are no force on this
    // protest (earlier-deeds.ts); a stampede set off by tear gas is.
    ['Police fired tear gas at protesters in Arvella, causing a stampede in which two people were killed.', 'Excessive force against protesters', 'protest.deadly-force'],
    // riots10: A finite "died" after the grievance is the main clause's verb, told of a demonstrator (grievance.ends-at-finite-death).
    ['A student taking part in a demonstration against tuition fees in Arvella died on Monday after being hit by a tear gas canister fired by police.', 'Excessive force against protesters', 'protest.deadly-force'],
    // The dead whose relatives demonstrate are their grievance (protest.kin-of-the-dead, earlier-deeds.ts).
    ['Relatives of the detainees were beaten by police during a protest outside the prison in Arvella, leaving four in hospital.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // A charge at people is the force's rush on them, no speech (attribution-cues.ts NOT_CUE_PAIRS): the injuries are its.
    ['At least 20 people were injured when police charged at protesters with batons in Arvella on Monday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // Force named by its lethal outcome, and gunshot wounds, are excessive force (DEADLY).
    ['Security forces launched a deadly crackdown on protesters in Arvella on Saturday.', 'Excessive force against protesters', 'protest.deadly-force'],
    ['Two protesters suffered gunshot wounds when police dispersed a rally in Arvella on Monday.', 'Excessive force against protesters', 'protest.deadly-force'],
    // Harm told as hurt, blinded or run over is force on the protesters; other riot-control means are an intervention.
    ['Several protesters were hurt when police fired tear gas at a rally in Arvella on Sunday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['A woman protester was run over by a police truck during demonstrations in Arvella on Friday.', 'Excessive force against protesters', 'protest.lethal-force'],
    // Casualties, medical treatment, and firing into a crowd are force on the protesters (LETHAL_FORCE).
    ['Security forces dispersed the sit-in outside the army headquarters in Arvella, leaving dozens of casualties.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Troops fired into a crowd of protesters in Arvella on Saturday, witnesses said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // A place's past told after ", where" and dated to another time is its memory, no force on this protest (protest.where-past).
    ['Protesters gathered in the main square of Arvella, where police opened fire on them, killing two.', 'Excessive force against protesters', 'protest.deadly-force'],
    // riots11: Forces injured at a demonstration, told in the passive, were harmed by the demonstrators (riot.forces-harmed).
    ['Three protesters and a police officer were injured when police dispersed the march in Arvella.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Dozens were wounded after security forces opened fire on peaceful protesters in Arvella.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // protest12: …and the harm told beside it decides
    ['Police baton-charged protesters in Varnel on Monday, leaving a dozen of them with broken bones.', 'Excessive force against protesters', 'protest.deadly-force'],
    ['Police fired rubber bullets at demonstrators in Varnel on Thursday as thousands marched against the government.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // Demonstrators as the subject of a phrasal harming verb do the violence
    ['Protesters were beaten up by police in Varnel on Friday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Protesters in Varnel were beaten by police on Friday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // acled13: Neighbours: Armed clash (heavy weapons used in a fight with an armed side), Excessive force against protesters (used on a
    // demonstration).
    ['On 3 March 2024, government forces used heavy weapons against protesters in Arvella, killing five.', 'Excessive force against protesters', 'protest.deadly-force'],
    // prot13: Neighbours: Excessive force against protesters (the force used at this protest killed or maimed).
    ['Two demonstrators were shot dead by police during a march over fuel prices in Arvella on Sunday.', 'Excessive force against protesters', 'protest.deadly-force'],
    ['Police fired tear gas and water cannon at marchers in Kessa, and one protester lost an eye.', 'Excessive force against protesters', 'protest.deadly-force'],
    // Codebook: Protest with intervention covers armed groups or others interacting with peaceful protesters without serious
    // injuries; demonstrators told in the passive of an attacking verb are its object, not violent (demonstrators-harm.ts).
    ['Demonstrators in Dorno were attacked by police with batons and tear gas on Monday; dozens were injured.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // prot14: Neighbour: live fire told with no one hurt stays Excessive force (DEADLY rules the reading out; codebook: targeting with lethal weapons).
    ['Police fired live rounds at protesters in Kessa on Monday; no injuries were reported.', 'Excessive force against protesters', 'protest.deadly-force'],
    // Beating, stabbing and shooting at demonstrators told in other words (LETHAL_FORCE), martyrdom and hospital care (DEADLY).
    ['Security forces whipped demonstrators in Arvella on Friday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Protesters were stabbed by unknown assailants during a sit-in in Arvella on Monday.', 'Excessive force against protesters', 'protest.lethal-force'],
    ['Soldiers fired shots at protesters in Arvella on Tuesday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Police dispersed protesters in Kessa on Monday; two of them were martyred.', 'Excessive force against protesters', 'protest.deadly-force'],
    ['Police dispersed the demonstrators in Arvella, with several protesters needing hospital treatment.', 'Excessive force against protesters', 'protest.deadly-force'],
    // Neighbours: force used at this protest, with "despite" or "blamed" elsewhere in the sentence.
    ['Police opened fire on protesters in Kessa on Monday despite their peaceful chants, killing two.', 'Excessive force against protesters', 'protest.deadly-force'],
    ['Police blamed protesters for the violence after officers shot dead two demonstrators in Kessa on Monday.', 'Excessive force against protesters', 'protest.deadly-force'],
    // case15: Neighbours: Protest with intervention and Excessive force (the force only disperses or fires), Armed clash (the force fights troops).
    ['Soldiers opened fire on unarmed protesters in Khartoum, killing four.', 'Excessive force against protesters', 'protest.deadly-force'],
    // Neighbour: Excessive force (the force fires on this protest, and the clause tells what that did).
    ['Security forces opened fire on a protest in Kessa that left two dead.', 'Excessive force against protesters', 'protest.deadly-force'],
    // prot15b: A reported act is still the event: "X, witnesses said" leaves the force's act in X (claims/noun-phrase.ts misreadPast).
    ['Police shot at demonstrators in Kessa, witnesses said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Police shot at demonstrators, residents said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Soldiers shot at protesters in Dorno, an activist said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    // prot16: A force that strikes, kicks or punches demonstrators beats them: Excessive force.
    ['Police struck demonstrators with clubs in Kessa on Friday, witnesses said.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
    ['Riot police hit protesters with batons outside parliament in Arvella on Monday.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
    ['Soldiers kicked and punched demonstrators in Dorno on Sunday, according to witnesses.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
    // force17: force on the demonstrators told by a state force in the sentence after a dispersal retypes it, as one sentence
    // would type it (group-mentions.ts turnsDeadly); minor or no harm told after it leaves the intervention.
    ['Police dispersed protesters in Nairobi on Monday. Witnesses said officers beat several demonstrators with batons.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Police broke up a sit-in in Kessa on Tuesday. Officers struck the demonstrators with clubs, witnesses said.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
    ['Police dispersed a protest by opposition supporters in Kessa on Monday. No one was injured.', 'Protest with intervention', '*'],
  ]);
});

// case28, world28: a protest form named ("a solidarity chain"); a crowd that dispersed "by evening" of itself; a rally planned, its
// long name between, is no rally held.
describe('round 28: protests', () => {
  typingTable('round 28', [
    ['Riot police detained about 40 people taking part in a solidarity chain in Arvella on Saturday.', 'Protest with intervention', '*'],
    ['Teachers staged a sit-in outside the ministry in Kessa over unpaid salaries. Police stood guard but did not intervene, and the crowd dispersed by evening.', 'Peaceful protest', '*'],
    ["Police arrested dozens of opposition leaders in Kessa on Sunday, a day before the party's planned National Youth Day rally.", 'Arrests', 'arrest.by-state'],
  ]);
});

// case29: a rally that "broke up peacefully" ended of itself; "no one was seriously hurt" negates the hurt past its adverb.
describe('round 29: protests', () => {
  typingTable('round 29', [
    ['Several thousand people rallied on the main avenue of Kessa on Sunday evening against the bill, waving flags. The rally broke up peacefully after midnight.', 'Peaceful protest', '*'],
    ['Riot police forcibly removed students staging a peaceful sit-in at the gate of the university in Dorno, detaining several of them; no one was seriously hurt, witnesses said.', 'Protest with intervention', '*'],
  ]);
});

// world29: a participle in a hyphen compound before a noun ("flood-damaged crops") is a state, no riot.
describe('round 29: protests, attributes', () => {
  typingTable('round 29 attributes', [
    ['Around 300 farmers held a peaceful sit-in outside the district office in Kessa on Monday, demanding compensation for flood-damaged crops.', 'Peaceful protest', '*'],
  ]);
});
