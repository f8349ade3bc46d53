// Riots (sub-events-riots.ts): one table per sub-type (codebook order), one line per case [report, expected first
// sub-event type, the rule that types it ('*': the sub-type only)].
// Invented reports in ACLED-note and wire styles, written from the codebook and general knowledge, never evaluation rows;
// `// <round>:` marks the round that wrote the rows below it (its probes: test/probes/<round>.jsonl). A row's 4th element
// is its published date, where the reading depends on it (else 2024-05-10). Regrouped from the per-round files by tidy16.
import { describe } from 'node:test';
import { typingTable } from '../pipeline/events/test-helpers.js';

describe('Violent demonstration', () => {
  typingTable('Violent demonstration', [
    // case7: Demonstrators who burn down property (RAZE hides RIOT_WEAK's "burnt"): Violent demonstration.
    ['Youths protesting the killing of a motorcyclist by a soldier burnt down a police station in Arvella.', 'Violent demonstration', 'riot.protest-razes'],
    ['Demonstrators burnt down two buses and a police post in Arvella on Monday.', 'Violent demonstration', 'riot.protest-razes'],
    // Road-blocking told beside arson or stones by the same people.
    ['Supporters of the cleric blocked the main highway in Arvella and torched two police vehicles on Tuesday.', 'Violent demonstration', 'riot.roadblock-and-violence'],
    ['Angry residents blocked the road with logs and set a bus ablaze after a boy was run over.', 'Violent demonstration', 'riot.roadblock-and-violence'],
    // …the political opposition is no armed opposition: its supporters clashing with police are demonstrators.
    ['Supporters of the jailed opposition leader vandalised shops and clashed with police in Arvella on Thursday.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
    // Riots named by the communities that fight them are mob violence; "rioters" alone stay a violent demonstration.
    ['Black-clad rioters set fire to barricades on a street in Arvella on Sunday night.', 'Violent demonstration', 'riot.rioting'],
    // More words of an intervention, of demonstrators' violence, and of strikers.
    ['Demonstrators broke through police lines and entered the parliament compound.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['Striking workers forced shops to close and damaged vehicles on the main road.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // Neighbours kept: entered without a fight; displacement is no taking.
    ['Protesters stormed into the parliament building and smashed windows.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // last7: Stones or rocks thrown by demonstrators rule out a peaceful protest met with force (sub-events.ts protest.lethal-force* none
    // STONING), even when officers are hurt; bricks thrown are a riot's stones (event-cues.ts RIOT)
    ['Residents protesting power cuts in Mosul threw rocks at security forces on Sunday, injuring two officers.', 'Violent demonstration', 'riot.protest-stoning'],
    ['On 6 March 2024, traders protesting the demolition of their stalls hurled rocks at municipal officials in Kano.', 'Violent demonstration', 'riot.protest-stoning'],
    ['On 22 July 2024, Shia protesters threw bricks at police in Karachi (Sindh) during a demonstration against the arrest of a cleric.', 'Violent demonstration', 'riot.protest-violence'],
    // w26: brickbats thrown are stones thrown (WordNet: brickbat, a fragment of brick used as a weapon): a shutdown's enforcers who
    // throw them are violent demonstrators; with no demonstration told, a crowd's stones are a mob's.
    ['Protesters demanding justice for people killed in clashes threw stones at police in Kessa.', 'Violent demonstration', '*'],
    ['On 5 December 2022, party activists enforcing a shutdown threw brickbats at police and set fire to two buses in Bogura.', 'Violent demonstration', 'riot.protest-stoning'],
    ['Villagers threw brickbats at a police team in Arvella on Monday.', 'Mob violence', 'mob.crowd-stones'],
    // w26: the side a crowd stands with, told after it ("youths loyal to the opposition"), only describes it: the youths throw
    // (act-agents.ts tieComplement); unrest told over a grievance is a demonstration, weakly (event-cues.ts PROTEST_WEAK).
    ['Youths loyal to the opposition hurled stones at police in Arvella on Friday.', 'Mob violence', 'mob.crowd-stones'],
    // w27: a prison sentence is a court's punishment, no prison or its inmates (NOT_AN_ACT): the stones decide, not mob.prison-riot
    ['Youths threw stones at a police patrol in Arvella on Monday after a court handed a local leader a five-year prison sentence.', 'Mob violence', 'mob.crowd-stones'],
    ['Inmates rioted at the central prison in Arvella on Monday, setting fire to mattresses.', 'Mob violence', 'mob.prison-riot'],
    ['Youths hurled stones at police and set fire to a petrol station in Ziguinchor on Friday, as unrest over the conviction of an opposition leader spread.', 'Violent demonstration', '*'],
    // …while the demonstrators' own violence stays theirs
    ['On 22 August 2024, Christians protesting the torching of a church by a mob blocked the Faisalabad road with burning tyres.', 'Violent demonstration', 'riot.protest-violence'],
    // case8: Rioters who loot with no protest or demand told act on businesses outside a demonstration (case8 rows, sub-events-*.ts
    // mob.rioters-loot; PLUNDER); rioting told with a protest stays the demonstrators' violence.
    ['Rioters protesting the election result looted shops in the capital.', 'Violent demonstration', 'riot.protest-violence'],
    // clash8: A road blocked with tyres, rubble or branches, or roadblocks the demonstrators erect: the codebook's "other material"
    ['On 4 March 2024, residents blocked the road with tyres in Kisii to protest power cuts.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['On 4 March 2024, residents erected roadblocks on the highway in Tulear to protest water shortages.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['On 4 March 2024, residents blocked the national road with rubble and branches in Ambanja, demanding electricity.', 'Violent demonstration', 'riot.roadblock-and-violence'],
    // case9p: Demonstrators who assault or beat anyone do the violence themselves (demonstrators-harm.ts demonstratorsHarm).
    ['Protesters assaulted a police officer in Arvella during a march against a new tax.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // riots10: A crowd that attacks, beats or burns people or a house is a mob, whoever disperses it (mob.crowd-*-dispersed).
    ['Protesters in Arvella threw stones at police, who fired tear gas to disperse them.', 'Violent demonstration', 'riot.protest-violence'],
    // Demonstrators who set a vehicle alight or destroy property are violent (RIOT_WEAK "alight", "destroyed").
    ['Protesters besieged the governor\'s residence in Arvella and set a vehicle alight.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['Demonstrators uprooted railway tracks and destroyed signal equipment in Arvella to protest against the army recruitment scheme.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // riots11: Forces injured at a demonstration, told in the passive, were harmed by the demonstrators (riot.forces-harmed).
    ['Three police officers were injured during a protest by traders in Arvella on Monday.', 'Violent demonstration', 'riot.forces-harmed'],
    ['A soldier was seriously wounded during a demonstration against the curfew in Arvella.', 'Violent demonstration', 'riot.forces-harmed'],
    // terr11: A grenade thrown into a crowd or a rally by someone who is no force is a Grenade attack, not the gathering's violence.
    ['On 4 May 2024, protesters threw stones at police during a rally in Arvella.', 'Violent demonstration', 'riot.protest-violence'],
    // protest12: Demonstrators as the subject of a phrasal harming verb do the violence
    ['Opposition demonstrators beat up two journalists covering their rally in Varnel on Wednesday.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['Marchers beat up a reporter outside the court in Varnel.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['A group of protesters in Varnel assaulted a police officer during a demonstration against fuel prices.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // Verbs of damage (wreck, trash, deface) are the demonstrators' destruction
    ['On 2 May 2023, demonstrators protesting electricity cuts wrecked the offices of the power company in Varnel.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['Students protesting a fee rise trashed the administration block in Varnel on Tuesday.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // prot13: Neighbour: Violent demonstration (the demonstrators' own act told after the grievance's "by" phrase stays theirs).
    ['Youths protesting the killing of a trader by a soldier burnt down a police station in Kessa on Monday.', 'Violent demonstration', 'riot.protest-razes'],
    // prot14: Neighbours: the demonstrators' own violence; a crowd with no demonstration.
    ['Protesters stormed the parliament building in Kessa on Monday.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // riot14: A strike is a demonstration: violence told during one is the strikers' (riot.strike-violence, riot.protest-violence).
    ['Rioters looted shops and set up burning barricades in Arvella on Monday during a taxi strike against fuel price increases.', 'Violent demonstration', 'riot.protest-violence'],
    ['Youths looted shops and torched a bus in Kessa on Tuesday during a bus strike over a fare increase.', 'Violent demonstration', 'riot.strike-violence'],
    ['Shops were looted and set alight in Arvella on Wednesday after police officers walked off the job over a pay dispute.', 'Violent demonstration', 'riot.strike-violence'],
    // Strikers named by their trade after "striking" ("striking bus drivers", "striking nurses"); with no violence, a peaceful march.
    // Round 44: people named as on strike are protesters too (event-cues.ts STRIKING_PEOPLE, one list for PROTEST and LABOUR_STRIKE).
    ['Striking bus drivers set fire to two buses and threw stones at police in Kessa on Monday.', 'Violent demonstration', 'riot.protest-violence'],
    // acled15: Codebook: Mob violence is rioters (people acting together outside an organised armed group, inter 5) violently targeting
    // people or forces; a vague count of people before a verb counts its doers (non-events.ts countsDoers), no tally of acts.
    ['Hundreds of youths clashed with police in Arvella on Monday, throwing stones at officers.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
    // Codebook: who acts decides; an attack first told with no attacker, then as demonstrators' or a crowd's act on the same people
    // in the next sentence, is that riot (group-mentions.ts crowdRevealed).
    ['On 3 May 2024, a gendarme was wounded in Kessa. Protesters demanding water threw stones at him and burned his motorbike.', 'Violent demonstration', 'type.attackers-revealed-crowd'],
    // case15: Codebook: Violent demonstration is demonstrators engaging in violence, clashes with police among it; a reciprocal fight verb
    // makes the demonstrators fight whoever is its subject.
    ['Police clashed with protesters in Kampala on Monday.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
    ['Security forces clashed with demonstrators in Baghdad on Sunday, killing two.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
    ['Police scuffled with protesters outside parliament in Kampala.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
    // prot15b: Neighbours: demonstrators who fight, then are tear-gassed; a force fired tear gas at peaceful protesters.
    ['Hundreds of demonstrators clashed with supporters of the governor in Kessa on Sunday before police fired tear gas to disperse them.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // prot16: Demonstrators who chase off, push back or strike police are violent: Violent demonstration.
    ['Protesters chased the police away in Arvella on Monday.', 'Violent demonstration', 'riot.demonstrators-drive-off-forces'],
    ['Demonstrators pushed back a police cordon in Arvella on Friday.', 'Violent demonstration', 'riot.demonstrators-drive-off-forces'],
    ['Protesters struck a police officer with a stick in Kessa on Friday.', 'Violent demonstration', 'riot.demonstrators-strike-forces'],
    ['Demonstrators kicked and punched two policemen in Dorno.', 'Violent demonstration', 'riot.demonstrators-strike-forces'],
    // Neighbours: the operation told as a noun, what the crowd rises against (protest6's reading); a protest told (against
    // evictions); no operation told: the crowd's fight with a force is a riot.
    ['Residents clashed with police in Dorno on Tuesday during the demolition of their homes.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
    ['Traders clashed with police enforcing a lockdown in Arvella on Friday.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
    ['Residents clashed with police during a protest against evictions in Dorno on Monday.', 'Violent demonstration', 'riot.protest-turns-violent'],
    ['Students clashed with police in Kessa on Monday.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
    // force17: a fight verb whose subject joins demonstrators and a state force, or whose "with" partner is the other (joint-fight.ts).
    ['Protesters and police clashed in Tehran on Saturday; several people were injured.', 'Violent demonstration', 'riot.demonstrators-and-forces-fight'],
    ['Police and demonstrators fought running battles in the streets of Kessa on Friday.', 'Violent demonstration', 'riot.demonstrators-and-forces-fight'],
    ['Protesters fought running battles with riot police in Arvella on Friday.', 'Violent demonstration', 'riot.demonstrators-and-forces-fight'],
    ['Demonstrators and security forces clashed in Dorno on Sunday, leaving two dead.', 'Violent demonstration', 'riot.demonstrators-and-forces-fight'],
    // …neighbours kept: the force alone fights ("police clashed with protesters" is read by its own rule); soldiers and rebels fought.
    ['Police clashed with protesters in Kessa on Monday.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
    ['Police fired tear gas at protesters in Arvella on Monday.', 'Protest with intervention', '*'],
    ['Soldiers and rebels fought running battles in Dorno on Friday.', 'Armed clash', '*'],
    // force17: police or troops killed or dead at a demonstration, told in the passive or with "died", were killed by the
    // demonstrators (forces-harmed.ts); demonstrators killed, or a demonstrator with them, stay force used on them.
    ['A policeman was killed during a protest in Arvella on Friday.', 'Violent demonstration', 'riot.forces-harmed'],
    ['A police officer died during a demonstration in Kessa on Monday.', 'Violent demonstration', 'riot.forces-harmed'],
    ['Two protesters were killed during a protest in Arvella on Friday.', 'Excessive force against protesters', 'protest.deadly-force'],
    ['Two protesters and a policeman were killed during a protest in Arvella on Friday.', 'Excessive force against protesters', 'protest.deadly-force'],
    // force17: demonstrators as the subject of an active verb of harm whose object is a force (forces-harmed.ts activeOnForces);
    // fires the demonstrators light on a road are their destruction, no shooting ("fires on", riot-control-means.ts).
    ['On 5 March 2024, demonstrators in Kessa protested against the killing of a trader, injuring two police officers.', 'Violent demonstration', 'riot.forces-harmed'],
    ['On 5 March 2024, protesters in Dorno lit fires on the road to protest the lack of electricity.', 'Violent demonstration', 'riot.protest-turns-violent'],
    // …neighbours kept: a force that injures demonstrators, or its own officers hurt by its fire, is force used on them.
    ['Police fired tear gas at protesters in Kessa on Monday, injuring two officers.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
    ['Police opened fire on protesters in Dorno on Monday, injuring five.', 'Excessive force against protesters', '*'],
  ]);
});

describe('Mob violence', () => {
  typingTable('Mob violence', [
    // case5: Mob violence: a crowd, no demonstration.
    ['Residents set ablaze a woman accused of witchcraft in the county.', 'Mob violence', 'mob.crowd-burns'],
    ['Villagers beat two suspected kidnappers to death on Sunday.', 'Mob violence', 'mob.crowd-beats-anyone'],
    // case7: People acting on one another, no demonstration: a crowd fighting among itself (allied-sides.ts reciprocalAfter).
    ['People from two communities hurled stones at each other and torched shops in Arvella after a dispute over a wedding.', 'Mob violence', 'mob.crowd-stones'],
    ['Residents of two villages pelted one another with stones over a boundary dispute, injuring six.', 'Mob violence', 'mob.crowd-stones'],
    // Riots named by the communities that fight them are mob violence; "rioters" alone stay a violent demonstration.
    ['Communal riots broke out in Arvella on Monday, leaving 20 people dead and dozens of houses burned.', 'Mob violence', 'mob.violence'],
    ['Sectarian riots erupted in the city after a mosque was vandalised, police said.', 'Mob violence', 'mob.violence'],
    // clash7: A fight verb whose coordinated subject is both sides (fight-sides.ts subjectHoldsSides)
    ['On 22 February 2024, supporters of the APC and the PDP clashed at a polling unit in Ikeja (Lagos). Several people were injured.', 'Mob violence', 'mob.crowd-clashes'],
    ['On 2 May 2024, supporters of the TMC and the BJP clashed in Sandeshkhali (North 24 Parganas, West Bengal). Ten people were injured.', 'Mob violence', 'mob.crowd-clashes'],
    ['On 7 July 2024, youths of Ife and Modakeke clashed in Ile-Ife (Osun), leaving three dead.', 'Mob violence', 'mob.crowd-clashes'],
    ['On 12 April 2024, supporters of the BJP and the Congress clashed in Bhopal (Madhya Pradesh). The police used force to disperse them.', 'Mob violence', 'mob.crowd-clashes'],
    ['Supporters of the ODM and the Jubilee Party clash in Kisumu ahead of the vote.', 'Mob violence', 'mob.crowd-clashes'],
    // "with" a weapon is the instrument (fight-sides.ts withInstrument)
    ['On 2 June 2024, residents of two neighbouring villages fought with sticks and knives over farmland in Sennar (Sennar), leaving two dead.', 'Mob violence', 'mob.crowd-attacks'],
    // A charge tells no act (hit-readings.ts dropCharges)
    ['On 18 May 2024, residents lynched a man suspected of rape in Campina Grande (Paraiba).', 'Mob violence', 'mob.violence'],
    ['A mob beat to death a man accused of kidnapping a child in Kano on Friday.', 'Mob violence', 'mob.violence'],
    // …but an accusation told with its own "be" is the report's (alleged) act, and a charge ends at the verb
    ['Two men suspected of cattle theft were beaten to death by villagers in Nakuru on Sunday.', 'Mob violence', 'mob.crowd-kills'],
    // A crowd that attacks anything is rioting
    ['On 16 October 2024, villagers attacked a forest department team in Gadchiroli (Maharashtra), injuring two officials.', 'Mob violence', 'mob.crowd-attacks-anything'],
    // Civilians who fight each other are a crowd fighting itself (fight-sides.ts civiliansFightEachOther)
    ['On 7 July 2024, rival student groups attacked each other with machetes at a university in Benin City (Edo).', 'Mob violence', 'mob.crowd-attacks'],
    ['On 19 August 2024, fishermen from two villages clashed over fishing rights in Lake Albert, injuring six.', 'Mob violence', 'mob.crowd-clashes'],
    ['On 19 June 2024, members of two rival families fought over a water channel in Sheikhupura (Punjab). Three people were injured.', 'Mob violence', 'mob.crowd-attacks'],
    // Fire and blows exchanged (news wording): snipers are armed sides, blows a brawl
    ['On 30 July 2024, members of two families exchanged blows in Baalbek, injuring three people.', 'Mob violence', 'mob.crowd-attacks'],
    // gap7: A crowd that burns or loots property, with no demonstration told (mob.crowd-destroys)
    ['A crowd torched a bus after it ran over a child in Dhaka on Wednesday, police said.', 'Mob violence', 'mob.crowd-destroys'],
    ['On 9 June 2024, an angry mob looted shops owned by traders from another community in Jos (Plateau).', 'Mob violence', 'mob.violence'],
    // …while a mob's own lynching stays mob violence
    ['On 12 January 2024, villagers lynched a suspected thief in Onitsha (Anambra).', 'Mob violence', 'mob.violence'],
    // case8: Rioters who loot with no protest or demand told act on businesses outside a demonstration (case8 rows, sub-events-*.ts
    // mob.rioters-loot; PLUNDER); rioting told with a protest stays the demonstrators' violence.
    ['Rioters looted and burned shops owned by foreign nationals in Durban on Monday.', 'Mob violence', 'mob.rioters-loot'],
    ['Rioters plundered warehouses in the port city overnight, police said.', 'Mob violence', 'mob.rioters-loot'],
    // Religious communities named as a fight's sides are crowds fighting each other (CROWD; crowd-sides.ts betweenSides).
    ['Clashes between Hindus and Muslims in a town left two dead and several shops burnt on Sunday night.', 'Mob violence', 'mob.crowd-clashes'],
    // case9p: A crowd that catches a suspect and sets him ablaze is a mob, not an arrest (split-particles.ts; act-agents.ts ACTS).
    ['A group of residents caught a suspected kidnapper in Arvella and set him ablaze on Monday.', 'Mob violence', 'mob.crowd-burns'],
    ['Residents set a suspected kidnapper ablaze in Arvella on Monday.', 'Mob violence', 'mob.crowd-burns'],
    // clash10: A killing's participle that describes a noun tells an earlier death when the sentence tells its own killing (non-acts.ts)
    ['On 4 May 2024, relatives of a murdered boy killed the suspect in Arvella.', 'Mob violence', 'mob.crowd-kills-anyone'],
    ['On 4 May 2024, the family of a murdered man attacked the home of the suspect in Arvella, injuring his wife.', 'Mob violence', 'mob.crowd-wounds'],
    // People told as "members of the community" act together as a crowd (event-cues.ts CROWD)
    ['On 4 May 2024, members of the community killed two suspected armed robbers in Arvella.', 'Mob violence', 'mob.crowd-kills-anyone'],
    // A charge told in a clause of cause is the charge still, no act (hit-readings.ts dropCharges)
    ['On 4 May 2024, a local man was lynched by residents in Arvella after he was accused of rape.', 'Mob violence', 'mob.violence'],
    ['On 4 May 2024, locals burnt to death a man caught stealing a motorcycle in Arvella.', 'Mob violence', 'mob.crowd-burns'],
    // riots10: A crowd that attacks, beats or burns people or a house is a mob, whoever disperses it (mob.crowd-*-dispersed).
    ['A crowd attacked and burned the house of a suspected witch in Arvella on Saturday; police dispersed the crowd and rescued the woman.', 'Mob violence', 'mob.crowd-attacks-dispersed'],
    ['Supporters of two rival candidates fought with sticks and stones outside a polling station in Arvella on Thursday, police used tear gas to separate them.', 'Mob violence', 'mob.crowd-attacks-dispersed'],
    // With no demonstration told, a cause is no demand: the crowd's violence after it is a mob's (riot.cause-is-no-demand).
    ['Enraged residents set fire to the home of a suspected killer in Arvella after the death of a child, police said.', 'Mob violence', 'mob.crowd-sets-fire'],
    // world22: "burned" with a building or a vehicle as its object is setting fire to it; a police car burned is property, no armed side.
    ['Villagers burned the district office and two police cars in Arvella on Monday.', 'Mob violence', 'mob.crowd-burns-property'],
    ['Residents of Arvella burned the district office on Tuesday after the chief refused to step down.', 'Mob violence', 'mob.crowd-burns-property'],
    ['Rival groups of students clashed at a university in Arvella, leaving 10 injured; police baton-charged both sides.', 'Mob violence', 'mob.crowd-clashes-dispersed'],
    // clash11: A fight told by one finite verb of an armed side (clash.armed-side-fought); a crowd's fight stays a mob's
    ['On 4 May 2024, youths from two villages fought with machetes in Arvella, leaving two dead.', 'Mob violence', 'mob.crowd-attacks'],
    // The people of a town and road users named together as who acts are a crowd (CROWD): rioters, not an armed group
    // w27: "beat to death" is read whole as a killing (KILL_RESULT): the crowd kills
    ['On 4 May 2024, townspeople beat to death a suspected thief in Arvella.', 'Mob violence', 'mob.crowd-kills-anyone'],
    ['On 4 May 2024, angry motorists attacked a bus driver in Arvella, injuring him.', 'Mob violence', 'mob.crowd-attacks'],
    // mob11: Rivals and opponents who kill or stab someone are a crowd; gunmen of a rival gang stay an armed side
    ['On 4 May 2024, a farmer was hacked to death by his rivals over a land dispute in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-kills'],
    ['On 4 May 2024, a councillor was stabbed by his political opponents in Arvella. 1 injury.', 'Mob violence', 'mob.crowd-assaults'],
    // Followers of a leader who attack people with sticks are a crowd
    ['On 4 May 2024, followers of a village chief attacked a rival group with sticks in Arvella, killing one. 1 fatality.', 'Mob violence', 'mob.crowd-kills-anyone'],
    // A party's factions fight as its supporters do; an armed group's factions stay armed
    ['On 4 May 2024, two factions of the ruling party clashed over a market in Arvella, leaving one dead. 1 fatality.', 'Mob violence', 'mob.crowd-clashes'],
    // The public named as who beats someone is a crowd
    ['On 4 May 2024, a suspected thief was beaten to death by the public in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-kills-anyone'],
    // Someone beaten by a crowd, told by a participle (mob.beaten-by-crowd); a headline's passive with no doer names no crowd
    ['On 4 May 2024, a suspected thief died after being beaten by villagers in Arvella. 1 fatality.', 'Mob violence', 'mob.beaten-by-crowd'],
    // Mourners, and sides named by their number, as who acts (CROWD)
    ['On 4 May 2024, mourners attacked the house of a man accused of killing a rider in Arvella, injuring two people.', 'Mob violence', 'mob.crowd-attacks'],
    ['On 4 May 2024, one person was killed as two groups clashed over a ferry ghat in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-clashes'],
    // People named by their trade, faith or age who beat or kill are a crowd (CROWD); as who is attacked they are civilians
    ['On 4 May 2024, shopkeepers beat a suspected pickpocket to death at a market in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-beats-anyone'],
    ['On 4 May 2024, worshippers attacked a man accused of blasphemy in Arvella and killed him. 1 fatality.', 'Mob violence', 'mob.crowd-attacks'],
    // "members of …" read by what follows it (members-of.ts): a community's members who act are a crowd, an armed group's that side
    ['On 4 May 2024, members of the Kalenjin community attacked a farmer near Arvella, injuring him.', 'Mob violence', 'mob.crowd-attacks'],
    ['On 4 May 2024, a man accused of sorcery was killed by members of his community in Arvella. 1 fatality.', 'Mob violence', 'mob.crowd-kills'],
    // A quarrel that turns violent is people's fight (mob.dispute-turns-violent); clans' fights and instant justice
    ['On 4 May 2024, a quarrel between two households turned violent in Arvella, leaving one man dead. 1 fatality.', 'Mob violence', 'mob.dispute-turns-violent'],
    ['On 4 May 2024, two suspected robbers were killed in instant justice in Arvella. 2 fatalities.', 'Mob violence', 'mob.violence'],
    // clash12: Someone stoned to death by people who are no armed side (mob.stoned-to-death); militants who stone stay an armed group's Attack
    ['On 4 May 2024, people in Arvella stoned to death a man suspected of stealing a goat.', 'Mob violence', 'mob.stoned-to-death'],
    ['On 4 May 2024, a man accused of theft was stoned to death in Arvella.', 'Mob violence', 'mob.stoned-to-death'],
    // prot13: Codebook: Mob violence; a crowd's deed told in a relative clause after the crowd a force disperses is the incident.
    // prot15b: "fired tear gas" is read whole as riot-control force, no gunfire (FIRED), so the dispersal's own row types it.
    ['Police fired tear gas at fans who fought each other outside the stadium in Dorno on Sunday.', 'Mob violence', 'mob.crowd-attacks-dispersed'],
    // prot14: Neighbours: the demonstrators' own violence; a crowd with no demonstration.
    ['A mob lynched a suspected thief in Arvella despite police presence.', 'Mob violence', 'mob.violence'],
    // riot14: Neighbours: a crowd's looting with no strike told stays mob violence.
    ['Rioters looted shops in Arvella overnight after a football match, police said.', 'Mob violence', 'mob.rioters-loot'],
    ['A mob looted a warehouse and set it alight in Kessa on Sunday after rumours of a food shortage.', 'Mob violence', 'mob.violence'],
    // A crowd's burning told with a death as its cause: the crowd's riot, no attack (riot.cause-clause; mob.crowd-wrecks-property).
    ['Angry residents of Kessa set fire to a police station on Sunday after a suspect died in custody, police said.', 'Mob violence', 'mob.crowd-wrecks-property'],
    ['Rioters torched shops and vehicles in Dorno after a dispute between two groups over a parking space.', 'Mob violence', 'mob.dispute-turns-violent'],
    // acled15: Codebook: Mob violence is rioters (people acting together outside an organised armed group, inter 5) violently targeting
    // people or forces; a vague count of people before a verb counts its doers (non-events.ts countsDoers), no tally of acts.
    ['On 8 June 2024, dozens of people attacked a police patrol in Kessa, injuring two officers.', 'Mob violence', 'mob.crowd-attacks'],
    ['On 9 June 2024, hundreds of residents attacked a police station in Dorno after a man died in custody.', 'Mob violence', 'mob.crowd-attacks'],
    // Neighbours: Attack (the victims are civilians, a former member, a member's kin), Mob violence (a crowd killed someone
    // "accused of being" an armed man).
    ['On 15 June 2024, a group of local people killed a man by setting him on fire in Kessa. The victim was accused of being a bandit. 1 fatality.', 'Mob violence', 'mob.crowd-burns'],
    // The people of a place and travellers, as who acts, are a crowd (rioters, inter 5).
    ['On 5 May 2024, the local population attacked two police officers in Kessa, injuring one.', 'Mob violence', 'mob.crowd-attacks'],
    ['On 5 May 2024, people of the village beat two suspected cattle thieves in Dorno, injuring both.', 'Mob violence', 'mob.crowd-beats-anyone'],
    // Codebook: who acts decides; an attack first told with no attacker, then as demonstrators' or a crowd's act on the same people
    // in the next sentence, is that riot (group-mentions.ts crowdRevealed).
    ['On 2 May 2024, two police officers were attacked in Dorno. A mob of residents beat them after a man died in custody.', 'Mob violence', 'type.attackers-revealed-crowd'],
    // Codebook: party supporters engaged in violence are rioters (inter 5): a party's members named by its standing act as a crowd.
    ['On 17 June 2024, members of the ruling party beat an opposition candidate in Arvella.', 'Mob violence', 'mob.crowd-assaults'],
    // batt15b: Neighbours: a crowd repels attackers (no organised armed side); a vehicle hijacked and its passengers killed.
    ['Villagers repelled an attack by cattle raiders on Kessa on Monday, killing two of the raiders.', 'Mob violence', 'mob.crowd-kills-anyone'],
    // prot15b: A crowd's fight, then the force: the police of the later clause are no side of the fight.
    ['Herders and farmers clashed in Dorno on Monday, and police used tear gas to separate them.', 'Mob violence', 'mob.crowd-clashes-dispersed'],
    ['Villagers from two communities clashed over farmland near Kessa on Sunday and police fired tear gas to disperse them.', 'Mob violence', 'mob.crowd-clashes-dispersed'],
    // case16: Neighbours: a crowd that acts, or that says it acted, is still the crowd.
    ['Villagers said they lynched a suspected thief in Kessa.', 'Mob violence', 'mob.violence'],
    ['Angry residents stoned a police station in Dorno on Friday.', 'Mob violence', 'mob.crowd-stones'],
    // prot16: A crowd that fights a force trying to evict, remove, demolish or arrest resists it: Mob violence.
    ['Street vendors clashed with municipal police in Kessa after officers tried to remove their stalls.', 'Mob violence', 'mob.crowd-resists-operation'],
    ['Residents clashed with police in Dorno when officers attempted to evict them from the market.', 'Mob violence', 'mob.crowd-resists-operation'],
    ['Villagers clashed with police in Kessa when officers tried to arrest a local chief.', 'Mob violence', 'mob.crowd-resists-arrest'],
    // A crowd that burns a suspect's house is dealing mob justice: Mob violence; neighbour: gunmen who burn one (Looting).
    ['Angry residents burned the house of a suspected kidnapper in Dorno on Tuesday.', 'Mob violence', 'mob.crowd-burns-suspects-property'],
    // sides17: a crowd that kills members of an armed group, its victims as object or the crowd after "by": Mob violence;
    // neighbours: militants who kill villagers, a headline's "killed in attack by" (Attack), a crowd with guns (Armed clash).
    ['Villagers killed two suspected militants in Kessa on Tuesday.', 'Mob violence', 'mob.crowd-kills-armed'],
    ['Two suspected insurgents were beaten to death by residents in Dorno on Tuesday.', 'Mob violence', 'mob.crowd-kills-armed'],
    ['Residents killed two bandits who had raided their village near Kessa on Monday.', 'Mob violence', 'mob.crowd-kills-armed'],
    ['Villagers killed in attack by militants near Kessa', 'Attack', 'attack.kill-civilians'],
    ['Militants killed two villagers in Kessa on Tuesday, police said.', 'Attack', 'attack.kill-civilians'],
    ['Villagers fought off gunmen who attacked Dorno on Sunday, killing three of the attackers with rifles.', 'Armed clash', '*'],
    // sides17: mob justice told by its victim, a suspect beaten or stabbed by people who are no force or armed group; neighbours:
    // police or militants who beat or flog a suspect, suspects who stab a trader (Attack).
    ['Passengers beat a suspected thief to death at a bus stop in Kessa on Monday.', 'Mob violence', 'mob.suspect-beaten'],
    ['People stabbed a man accused of witchcraft in Dorno on Sunday.', 'Mob violence', 'mob.suspect-beaten'],
    ['Police beat a suspected thief to death in custody in Kessa on Tuesday.', 'Attack', '*'],
    ['Two suspects stabbed a trader in Kessa on Tuesday and fled.', 'Attack', '*'],
    ['Al-Shabaab militants flogged a man accused of adultery in Kessa.', 'Attack', '*'],
    // sides17: a crowd that attacks a force's post, base or convoy is rioting; neighbours: protesters (Violent demonstration),
    // gunmen (Armed clash).
    ['A crowd attacked a military base in Kessa on Sunday.', 'Mob violence', 'mob.crowd-attacks-post'],
    ['A crowd attacked the convoy of a minister in Dorno on Tuesday.', 'Mob violence', 'mob.crowd-attacks-post'],
    ['Protesters attacked a police post in Dorno on Monday, demanding the release of a detained activist.', 'Violent demonstration', '*'],
    ['Gunmen attacked a military base in Kessa on Sunday.', 'Armed clash', '*'],
  ]);
});

// case28: cars "set ablaze" with their object between; a crowd's fireworks fired at police; the cause of a riot told after a comma
// however long the riot's clause ran, and the force that did the cause's deed no side of the riot.
describe('round 28: riots', () => {
  typingTable('round 28', [
    ['Youths set cars ablaze in Dorno on Tuesday.', 'Mob violence', 'mob.crowd-sets-fire'],
    ['Youths set cars ablaze in Kessa on Wednesday, after an officer shot dead a teenager at a checkpoint.', 'Mob violence', 'mob.crowd-sets-fire'],
    ['Youths set cars ablaze in several neighbourhoods of Kessa for a second night on Wednesday, after an officer shot dead a teenager at a checkpoint.', 'Mob violence', 'mob.crowd-sets-fire'],
    ['Youths fired fireworks at police in Arvella on Saturday night.', 'Mob violence', 'mob.crowd-stones'],
  ]);
});
