// What is no incident (non-events.ts): `nonEventTable` per non-event family, [report, the non-event rule that
// leaves it out]; 'no incident': [report, 'none', ''], no incident read, whichever rule left it out.
// Invented reports in ACLED-note and wire styles, written from the codebook and general knowledge, never evaluation rows;
// `// <round>:` marks the round that wrote the rows below it (its probes: test/probes/<round>.jsonl). A row's 4th element
// is its published date, where the reading depends on it (else 2024-05-10). Regrouped from the per-round files by tidy16.
import { describe } from 'node:test';
import { nonEventTable, typingTable } from '../pipeline/events/test-helpers.js';

describe('nonevent.accident', () => {
  nonEventTable('nonevent.accident', [
    // nonev13: the outcome in a participle clause belongs to the accident of the main clause, however long that clause
    ['A minibus carrying farm workers plunged off a narrow bridge into the river outside Kessa, killing 14 people.', 'nonevent.accident.traffic'],
    ['A garden wall collapsed on a group of children playing in a yard in Dorno, killing three of them.', 'nonevent.accident.mining'],
    ['Part of a shopping centre under construction collapsed on a crowd of workers in Arvella, killing nine of them.', 'nonevent.accident.mining'],
    // the accident told in a clause after the outcome, opened by "after" or "when"
    ['The bodies of nine fishermen were recovered from the lake near Arvella on Monday after their wooden boat capsized.', 'nonevent.accident.traffic'],
    // a bare death (no attacker, weapon or victim's kind) in a sentence that names an accident is the accident's
    ['A ferry sank in the strait off Kessa on Sunday night; the harbour master said 40 were missing and 11 were dead.', 'nonevent.accident.traffic'],
    // failures of a machine or a supply, a dam that gives way
    ['Twelve patients died in a hospital in Dorno when the oxygen supply failed during a power outage.', 'nonevent.accident.industrial'],
    // a hazard told as the cause of the blast
    ['The explosion that killed two cooks at a hotel in Kessa on Monday was caused by a leaking gas pipe, the fire service said.', 'nonevent.accident.industrial'],
    // a crowd crush is a stampede's deaths
    ['Eleven pilgrims were crushed to death at the gate of a shrine in Arvella on Friday.', 'nonevent.accident.traffic'],
    // a blast at a depot or warehouse with no one said to have set it off
    ['A blast at an ammunition depot near Dorno killed two soldiers; the army said hot weather was to blame.', 'nonevent.accident.industrial'],
  ]);
});

describe('nonevent.crime', () => {
  nonEventTable('nonevent.crime', [
    // nonev12:
    ['Police in Santa Cruz arrested three men suspected of robbery at a jewellery shop on Friday.', 'nonevent.crime.arrest'],
    ['Customs officers in Suva caught two crew members of a yacht carrying 40 kilograms of methamphetamine.', 'nonevent.crime.charge'],
    ['Two bank clerks were caught in Chisinau embezzling deposits.', 'nonevent.crime.charge'],
    // nonev16: an arrest told for an ordinary crime (its charge after "for", "suspected of", "in connection with"); contraband seized
    ['Police in Dorno arrested two teenagers for stealing bicycles from a school on Monday.', 'nonevent.crime.arrest-charge'],
    ['Police in Kessa detained a suspect in the murder of a shopkeeper on Saturday.', 'nonevent.crime.arrest-charge'],
    ['A man was arrested in Arvella in connection with the murder of his business partner.', 'nonevent.crime.arrest-charge'],
    ['Customs officers seized counterfeit medicines from a warehouse in Dorno on Tuesday.', 'nonevent.crime.contraband'],
    // w26: a killing in a quarrel within a home, told as an argument (WordNet 3.1 "argument" n.2)
    ['A man stabbed his wife and her mother to death during a domestic argument in Recife on Sunday, police said.', 'nonevent.crime'],
    // Round 38: goods taken by thieves or burglars who broke in: a theft, not looting
    ['Burglars broke into a pharmacy in Kessa overnight and made off with medicines and cash, police said.', 'nonevent.crime.theft'],
    ['Thieves stole two generators and fuel from a school in Dorno on Saturday night.', 'nonevent.crime.theft'],
  ]);
});

describe('nonevent.diplomacy', () => {
  nonEventTable('nonevent.diplomacy', [
    // nonev12:
    ['The government of Gabon imposed sanctions on two officers over the bombing of a market last year.', 'nonevent.diplomacy'],
    ['Two envoys were expelled in response to the alleged nerve agent attack on an exiled businessman.', 'nonevent.diplomacy'],
    ['The ministry listed the stockpiles of chemical weapons held at two depots.', 'nonevent.diplomacy'],
    ['The foreign ministry condemned last week\'s bombing of the border post.', 'nonevent.diplomacy.condemned-earlier'],
    // nonev16: an envoy summoned "to protest" is diplomacy; an incident told as the object of investigating or discussing is their topic
    ['The foreign ministry summoned the envoy to protest against the shelling of a border post.', 'nonevent.diplomacy.envoy-protest'],
    ['Rights groups urged the authorities to investigate the killing of the lawyer.', 'nonevent.inquiry'],
    ['The two delegations met in Arvella to discuss a prisoner swap.', 'nonevent.inquiry.deal'],
    // remote17: weapons bought, sold or supplied are trade, no attack
    ['The defence ministry signed a contract to buy artillery shells and rocket launchers from a foreign supplier.', 'nonevent.arms-trade'],
    ['Russia bought artillery shells from North Korea, US officials said.', 'nonevent.arms-trade'],
  ]);
});

describe('nonevent.disaster', () => {
  nonEventTable('nonevent.disaster', [
    // nonev13: failures of a machine or a supply, a dam that gives way
    ['Hundreds of families were evacuated from Arvella after the dam wall cracked on Friday.', 'nonevent.disaster.flood-storm'],
  ]);
});

describe('nonevent.drill', () => {
  nonEventTable('nonevent.drill', [
    // nonev13: a military aircraft that crashed on a training flight: no strike
    ['Two pilots were killed when their fighter jet crashed during a training flight near Kessa.', 'nonevent.drill'],
  ]);
});

describe('nonevent.negated', () => {
  nonEventTable('nonevent.negated', [
    // nonev13: a political word set aside ("ruled out arson") tells nothing that happened
    ['A fire that gutted a market in Arvella was caused by a short circuit, police said, ruling out arson.', 'nonevent.negated'],
    // nonev16: a denial of what follows ("denied that", "denied reports")
    ['The governor denied that soldiers had burned the market in Kessa.', 'nonevent.denied'],
    // strat17: a deal rejected or not reached (nonevent.deal-refused); a deal merely discussed is nonevent.inquiry.deal's
    ['The rebel movement rejected the government\'s offer of a ceasefire on Friday, calling it a trick.', 'nonevent.deal-refused'],
    ['The two sides failed to reach a prisoner exchange deal after three days of talks in Arvella.', 'nonevent.deal-refused'],
  ]);
});

describe('no incident', () => {
  typingTable('no incident', [
    // Lead, last read of round 17: talks and sides "reach" deadlocks and figures; "reached" is no arrival of forces.
    ['Talks between the government and the rebels reached a deadlock on Friday.', 'none', ''],
    // case4:
    ['The ceremony took place in the village square on Sunday.', 'none', ''],
    // case5:
    ['A gas cylinder explosion killed four people in a restaurant.', 'none', ''],
    ['The minister demanded an explanation from the ambassador on Tuesday.', 'none', ''],
    // gap7: …whose agent is its subject, never a party named after the active verb (its object: typing.ts subjectAgent)
    ['Doctors Want Emergency Declared. The head of the clinic called on the government to act.', 'none', ''],
    // …and a threat is no change yet
    ['Al-Shabaab threatened to attack any town that hosts Kenyan troops, in a statement released on Tuesday.', 'none', ''],
    // strat7: Non-events: a plan, a drill, a tally, a threat, a proposal, a published video (no one "released").
    ['Police foiled an escape bid by inmates at the Kuje prison.', 'none', ''],
    ['The army said on Monday it plans to deploy more troops to Zamfara state next month.', 'none', ''],
    ['Indian and Pakistani troops held joint military drills near the border on Thursday.', 'none', ''],
    ['Since January, bandits have burned more than 200 houses across Zamfara state, according to a tally by Amnesty International.', 'none', ''],
    ['The government said it was considering a ceasefire proposal put forward by the African Union.', 'none', ''],
    ['Boko Haram released a video on Sunday showing fighters training in the forest.', 'none', ''],
    ['Police urged residents to report suspicious objects, saying militants might plant explosives during the festival.', 'none', ''],
    // lead8: A plant or depot struck by a state is a target, not an accident (non-events.ts struckSite)
    ['A fire hit a chemical factory in Arvella on Monday, killing four workers.', 'none', ''],
    // The verbs' other senses: no strike
    ['The United States hit Russia with new sanctions on Friday.', 'none', ''],
    ['China hit back at Washington on Monday over the tariffs.', 'none', ''],
    ['Nigeria targets five percent growth next year, the finance minister said.', 'none', ''],
    // A country that is the subject of another verb acts in no incident ("Venezuela is borrowing")
    ['Stuck in a spiral of debt, Venezuela is borrowing money at any cost.', 'none', ''],
    // recall9: A base moved: the moving word with the base as its object (base.moved); troops moved stay a troop movement.
    ['The UN moved its office to Nairobi last week.', 'none', ''],
    // A war's course ("have been fighting") is a tally unless hours ago are told (non-events.ts nonevent.tally.ongoing, unless TODAY).
    ['The two clans have been fighting over grazing land for years.', 'none', ''],
    // riots10: More ways a crowd demonstrates (PROTEST, PROTEST_WEAK), and a protest beside a flood is kept (nonevent.disaster.flood-storm).
    ['Residents poured into the streets of Arvella after a strong earthquake shook the city on Friday.', 'none', ''],
    // mob11: The dead counted as a noun phrase ("two of the 12 killed", non-acts.ts deadAsNoun) tell who died in an act told before, no
    // killing of their own: with "members of the police force" read as a force (members-of.ts), they made a second, Armed clash,
    // incident of a bombing's victims.
    ['Two of the 12 initially killed were members of the police force.', 'none', ''],
    // recall11: Forms that are also nouns stay out ("a slew of"); hammer and pummel are no attack verbs (storms, markets and teams
    // are hammered), nor trade a swap of prisoners ("traded fire", "trading").
    ['A slew of new sanctions was announced against the junta on Monday.', 'none', ''],
    ['The home side hammered the visitors 4-0 in Port Moresby on Saturday.', 'none', ''],
    ['Storms hammered the coast of Esmeraldas on Tuesday, flooding hundreds of homes.', 'none', ''],
    ['A cyclone pummelled the island of Anjouan overnight, destroying hundreds of houses.', 'none', ''],
    ['Shares in the arms maker traded higher in Seoul on Tuesday.', 'none', ''],
    // strat11: No event: accidents (a gas cylinder that accidentally exploded is no bomb gone off early; a new fire no one set).
    ['A cook was killed when a gas cylinder accidentally exploded at a restaurant in Lubango on Saturday, police said.', 'none', ''],
    ['A fire destroyed dozens of houses in a village in Cox\'s Bazar district on Sunday. No one was hurt.', 'none', ''],
    // recall14: Neighbours: a weapon carried, a drill, a threat: no event.
    ['Militants armed with rockets and mortars were seen near Kessa.', 'none', ''],
    ['Troops held a live-fire drill with mortars and artillery near Arvella on Tuesday.', 'none', ''],
    ['The rebel leader threatened to pound the capital with rockets if talks fail.', 'none', ''],
    // Headline present tense: driving a side out, people fleeing, a base opened.
    ['Thousands flee as floods spread in Kessa', 'none', ''],
    // Neighbour: a present-tense "fire" with no armed side as its subject is no launching.
    ['Fire rockets and missiles were displayed at a military parade in Kessa.', 'none', ''],
    // Holding a place now, the state a taking leaves.
    ['The army plans to push the insurgents out of the district before the rainy season.', 'none', ''],
    // Neighbours: violence in a place a group holds is that violence; a place's state with no taking is none; hostages freed.
    ['The army said the situation in Dorno was back in control of the authorities.', 'none', ''],
    ['The president vowed to free Arvella from the terrorists.', 'none', ''],
    // A force digging in; the idiom is none.
    ['Opposition leaders dug in their heels over the election law on Tuesday.', 'none', ''],
    // acled15: Neighbours: a tally of acts ("hundreds of airstrikes", "dozens of attacks") is still no incident.
    ['The jets flew hundreds of airstrikes over the Arvella valley last month.', 'none', ''],
    ['Militants have carried out dozens of attacks in the province this year.', 'none', ''],
    // acled6: …and with no force acting, a robbery killing stays ordinary crime: no event.
    ['Robbers killed a shopkeeper during a robbery in a market in Kano on Sunday, residents said.', 'none', ''],
    // nonev13: bomb disposal experts at a gas blast tell no bomb
    ['Bomb disposal experts said the blast that wrecked a restaurant in Dorno was caused by a gas cylinder.', 'none', ''],
    // case16: Neighbours: the habit told alone, or a second verb with no subject of its own, stays a tally.
    ['Rebels have attacked the town repeatedly near Arvella.', 'none', ''],
    ['Police have seized explosives near Kessa repeatedly, and defused three bombs.', 'none', ''],
    // fix16: Neighbours: wanted or summoned for questioning is no detention.
    ['Police said a man was wanted for questioning over the killing, but no arrest had been made in Kessa.', 'none', ''],
    ['The minister was summoned for questioning by lawmakers in Arvella on Tuesday over the budget.', 'none', ''],
    // bg21: talks and promises reach no agreement (codebook: Agreement is coded when one is reached), and a deal named as the
    // talks' topic is not yet one; an activity resumed or halted by no party (talks, schools) is no group's change.
    ['Talks over a prisoner exchange were postponed until next month, mediators said.', 'none', ''],
    ['Negotiations on a truce between the two sides stalled on Tuesday, officials said.', 'none', ''],
    ['Negotiators from both sides met in Kessa on Monday for a third round of talks.', 'none', ''],
    ['Donors have pledged 40 million dollars for shelter materials in the province.', 'none', ''],
    ['Talks between the two sides resumed in Dorno on Monday, diplomats said.', 'none', ''],
    ['Schools in Arvella resumed classes on Monday after a two-week break.', 'none', ''],
    // bg21: a complaint told as speech ("complain that") is no demonstration; a displacement counted since a past point is a tally;
    // "March" after a preposition of time is the month.
    ['Traders in Kessa complain that the price of fuel has doubled since the winter.', 'none', ''],
    ['The conflict in the region began in 2019 and has since displaced more than 40,000 people.', 'none', ''],
    ['The fighting in the valley escalated in 2020, and since then it has displaced thousands of families.', 'none', ''],
    ['What families need most is clean water before March, an aid worker said.', 'none', ''],
    // bg21: the wounded cared for are people hurt before, no wounding; a flight counted since a month ("since March", the month
    // the words read as "march:month") is a tally.
    ['Ambulances took the wounded to the regional hospital in Kessa.', 'none', ''],
    ['Some 4,000 households fled Dorno since March, figures from an aid group show.', 'none', ''],
    ['Militants have killed 19 people in the district around Kessa since March.', 'none', ''],
    // bg21: a truce that holds was agreed before: no agreement of the day.
    ['Prices in Kessa could fall by summer provided that the ceasefire holds, traders said.', 'none', ''],
    ['The truce between the two clans has held since January, elders in Dorno said.', 'none', ''],
  ]);
});

// case28: works that tell of war, the play of a game, a count over months: no incident (a game's crowd that fights, an attack at a
// match, a day's fighting and a film crew attacked stay events).
describe('round 28: fiction, sport, spans of months', () => {
  nonEventTable('round 28', [
    ['The new drama follows a platoon pinned down by shelling near Kessa, and its battle scenes are relentless and bloody.', 'nonevent.fiction'],
    ['The documentary recounts the siege of Dorno, when rebels shelled the town for months.', 'nonevent.fiction'],
    ['Arvella launched wave after wave of attacks in the second half before their captain fired a low shot into the corner.', 'nonevent.sport'],
    ['Kessa won the battle in midfield and scored twice before half-time on Sunday.', 'nonevent.sport'],
    ['At least 1,200 civilians were killed in attacks across the country in the first six months of the year, a rights group said.', 'nonevent.tally.habit'],
    ['Fighting over the past three weeks has killed 40 people around Dorno, officials said.', 'nonevent.tally.habit'],
  ]);
  typingTable('round 28 kept', [
    ['Gunmen opened fire on fans leaving a football match in Kessa on Sunday, killing three.', 'Attack', '*'],
    ['Fans of the two clubs fought with stones outside the stadium in Dorno after the second half, injuring nine people.', 'Mob violence', '*'],
    ['Heavy fighting over the past 24 hours killed 12 soldiers near Dorno, the army said.', 'Armed clash', '*'],
    ['A film crew was attacked by gunmen in Kessa on Monday, leaving two journalists wounded.', 'Attack', '*'],
  ]);
});

// case29: a court's sentence for an old attack, a game's shots past the keeper, a price war, "it was a massacre" told of nothing
// before, an obituary of a general of a past decade's war, an attack of any kind, a march put off; kept: "it was a massacre" after
// a massacre told, a march held after another was called off, an arrest before a rally that was only due.
describe('round 29: verdicts, metaphors, hypotheticals, marches not held', () => {
  nonEventTable('round 29', [
    ['A court in Kessa sentenced three men to life in prison for their role in the 2016 attack on a hotel in the capital.', 'nonevent.judicial-sentence'],
    ['Arvella launched a relentless assault on the Dorno goal and fired three shots past the keeper in ten minutes.', 'nonevent.sport'],
    ['Telecom firms are locked in a bruising price war in Kessa, bombarding subscribers with free offers in a battle for market share.', 'nonevent.war-metaphor'],
    ["'It was a massacre,' the visiting coach said after the match in Dorno.", 'nonevent.predicate-of-it'],
    ["General Kessi, who led the army's 1990s offensive against northern rebels, has died at the age of 84, his family said.", 'nonevent.past-decade'],
    ['Any attack on our territory will be met with overwhelming force, the defence minister warned.', 'nonevent.hypothetical'],
    // Round 38: an act told as any further or new act of its kind
    ['The defence minister warned on Thursday that the army would respond with great force to any further rocket fire from across the border.', 'nonevent.hypothetical'],
    ["Organisers have postponed Saturday's planned march against the fuel price rise in Kessa, citing security concerns.", 'nonevent.protest-not-held'],
  ]);
  typingTable('round 29 kept', [
    ["Gunmen opened fire on worshippers at a mosque in Kessa on Friday, killing twelve. 'It was a massacre,' a survivor said.", 'Attack', '*'],
    ['Thousands marched in Kessa on Saturday, a week after organisers called off a planned rally over security fears.', 'Peaceful protest', '*'],
    ['Police in Arvella detained the leader of an opposition party at his home hours before he was due to address a rally, his spokesman said.', 'Arrests', '*'],
  ]);
});
