// Battles (sub-events-battles.ts): one table per sub-type (codebook order), one line per case [report, expected first
// sub-event type, the rule that types it ('*': the sub-type only)].
// Invented reports in ACLED-note and wire styles, written from the codebook and general knowledge, never evaluation rows;
// `// <round>:` marks the round that wrote the rows below it (its probes: test/probes/<round>.jsonl). A row's 4th element
// is its published date, where the reading depends on it (else 2024-05-10). Regrouped from the per-round files by tidy16.
import { describe } from 'node:test';
import { typingTable } from '../pipeline/events/test-helpers.js';

describe('Armed clash', () => {
  typingTable('Armed clash', [
    // case5:
    ['Pro-government forces thwarted a rebel attack on the front line, killing 20 fighters.', 'Armed clash', '*'],
    // acled6: Armed clash: the patient is a force or its post, whoever fires and whatever civilian word stands elsewhere
    ['On 1 June 2021, in Kano, armed men shot at a police station. No one was hurt.', 'Armed clash', 'clash.fire-at-post-or-force'],
    ['On 5 July 2022, in Lagos, a man shot at a security guard outside a bank after an argument; a bystander was wounded.', 'Armed clash', 'clash.fire-at-post-or-force'],
    ['Unidentified men shot at an army checkpoint near Maiduguri late on Saturday, the military said.', 'Armed clash', 'clash.fire-at-post-or-force'],
    ['On 2 March 2022, suspected separatists shot dead two gendarmes at a checkpoint in Bamenda (Mezam, North-West).', 'Armed clash', 'clash.kill-forces'],
    ['On 22 February 2022, Ukrainian forces and separatist forces exchanged small arms fire near Avdiivka (Donetsk).', 'Armed clash', 'clash.fighting'],
    ['Indian and Pakistani troops traded gunfire along the Line of Control in Kupwara district on Tuesday.', 'Armed clash', 'clash.fighting'],
    // The patient read after the verb is armed, a civilian beside it or not (clash.kill-armed-patient)
    ['On 5 May 2022, soldiers killed a suspected ISWAP commander and his son in Bama (Borno).', 'Armed clash', 'clash.kill-armed-patient'],
    // An assault, incursion or advance repelled or thwarted is fought off (neighbour: Disrupted weapons use, a bomb or plot foiled)
    ['On 5 May 2022, troops repelled an attack by ISWAP militants on their base in Marte (Borno), killing 10 militants.', 'Armed clash', 'clash.militants-attack-forces'],
    ['Soldiers beat back an assault on the garrison town overnight, the army said on Sunday.', 'Armed clash', 'clash.attack-repelled'],
    ['On 2 May 2022, the army repelled an attack near Kidal, killing several of the assailants.', 'Armed clash', 'clash.attack-repelled'],
    ['Ukrainian forces repulsed a Russian assault near Bakhmut on Thursday, the general staff said.', 'Armed clash', 'clash.attack-repelled'],
    ['On 5 May 2022, the army thwarted an infiltration attempt by militants along the Line of Control in Uri (Jammu and Kashmir), killing two infiltrators.', 'Armed clash', 'clash.incursion-thwarted'],
    // …and not when the patient is unarmed (neighbour: Attack): a possessor's kin, people who left the force (target-kind.ts)
    ['On 3 May 2022, unidentified gunmen shot dead a regime\'s 1st lieutenant in the city of Homs.', 'Armed clash', 'clash.kill-forces'],
    // "stormed" is an assault, not a storm (lexicon/non-events.ts FLOOD)
    ['On 7 May 2022, gunmen stormed a police post in Zamfara State and killed two officers.', 'Armed clash', 'clash.militants-attack-forces'],
    // clash7: A fight verb whose coordinated subject is both sides (fight-sides.ts subjectHoldsSides)
    ['On 6 October 2024, Ukrainian and Russian forces fought near Vuhledar (Donetsk). Both sides reported losses.', 'Armed clash', 'clash.attack-on-forces'],
    // Only armed sides exchange fire (GUNFIGHT): vigilantes in a gunfight are no mob
    ['On 19 August 2024, vigilantes engaged armed bandits in a gun battle at Tsafe (Zamfara), leaving five bandits dead.', 'Armed clash', 'clash.attack-on-forces'],
    ['On 9 September 2024, armed herders and vigilantes exchanged fire in Bokkos (Plateau), leaving four dead.', 'Armed clash', 'clash.fighting-bare'],
    // People told as armed are an armed group (hit-readings.ts armedPeople)
    ['On 2 March 2024, armed youths from Jonglei attacked cattle camps guarded by armed herders in Pibor (Greater Pibor). Fighting left 12 dead.', 'Armed clash', 'clash.attack-on-forces'],
    // An ambush on civilians is an attack; on a force, a clash
    ['On 8 May 2024, al-Shabaab militants ambushed a Kenya Defence Forces patrol near Lamu (Lamu). A soldier was killed.', 'Armed clash', 'clash.fighting'],
    // The attack's own object decides, not a force named elsewhere (clash.militants-attack-forces reads the patient)
    ['On 16 June 2024, Boko Haram fighters attacked a military post in Mora (Mayo-Sava, Extreme-Nord). A soldier was killed.', 'Armed clash', 'clash.militants-attack-forces'],
    // State forces moving on a place where an armed group is told engage it
    ['Troops raided a school in Bama, saying Boko Haram insurgents had used it as a hideout.', 'Armed clash', 'clash.forces-move-on-militants'],
    // Community and self-defence forces are armed sides; a people word that begins a force's name is part of it
    ['On 2 May 2024, militants attacked a village, killing three members of the local self-defence group in Seno (Sahel).', 'Armed clash', 'clash.kill-armed-patient'],
    ['On 1 October 2024, unknown gunmen killed a village defence guard in Kathua (Jammu and Kashmir).', 'Armed clash', 'clash.kill-forces'],
    // Fire and blows exchanged (news wording): snipers are armed sides, blows a brawl
    ['On 8 June 2024, pro-Houthi forces and pro-Hadi forces exchanged sniper fire on the Hays front (Al Hudaydah).', 'Armed clash', 'clash.fighting'],
    // …not when people are attacked ("officer" is no office)
    ['On 30 April 2024, armed men attacked two police officers in Cardenas and set their car ablaze.', 'Armed clash', 'clash.attack-on-forces'],
    // gap7: Sides fighting for control of a place (CONTEST, read whole over TAKE_TERRITORY's "control of")
    ['On 9 April 2024, M23 rebels and FARDC soldiers fought for control of hills near Sake (Masisi, North Kivu).', 'Armed clash', 'clash.contest-for-control'],
    ['On 2 October 2024, the army battled ELN guerrillas for control of the highway near Tame (Arauca).', 'Armed clash', 'clash.contest-for-control'],
    // An armed group that attacks or kills vigilantes (clash.armed-group-on-vigilantes)
    ['On 11 February 2024, a group of bandits attacked a mining site guarded by vigilantes in Anka (Zamfara), killing three vigilantes.', 'Armed clash', 'clash.armed-group-on-vigilantes'],
    ['On 5 April 2024, Boko Haram insurgents killed four vigilantes in Gwoza (Borno).', 'Armed clash', 'clash.armed-group-on-vigilantes'],
    // strat7: …the fight that prompted a move is its cause (movement-causes.ts), unless it tells casualties
    ['On 7 June 2023, troops were deployed to Kuki villages in Churachandpur (Manipur) after clashes killed five people.', 'Armed clash', 'clash.fighting'],
    // Disrupted weapons use
    ['The army foiled an infiltration bid along the Line of Control in Kupwara on Tuesday, killing two militants.', 'Armed clash', 'clash.kill-forces'],
    // clash8: …on duty, still a battle
    ['On 3 April 2024, gunmen shot dead a police officer on patrol in Aba (Abia). 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    // Armed robbers and kidnap gangs are an armed side
    ['On 3 April 2024, police shot dead two suspected armed robbers in Owerri (Imo). 2 fatalities.', 'Armed clash', 'clash.kill-forces'],
    ['On 3 April 2024, soldiers killed three members of a kidnap gang in a forest near Kajuru (Kaduna).', 'Armed clash', 'clash.kill-forces'],
    // The state's other armed services (prison, customs, intelligence, wildlife) are state forces
    ['On 4 March 2024, gunmen killed two prison wardens in Kuje (FCT). 2 fatalities.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 March 2024, suspected militants killed two park rangers in Yankari (Bauchi). 2 fatalities.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 March 2024, gunmen killed a customs officer at the border post in Seme (Lagos). 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 March 2024, unknown assailants shot dead an intelligence officer in Quetta (Balochistan). 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    // A place told after "near"/"in" a seizing verb is where, not what was taken (typing.ts placeWhereNotWhat)
    ['On 4 March 2024, militants beheaded a soldier they had captured near Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 March 2024, militants executed two soldiers captured in Arvella.', 'Armed clash', 'clash.kill-forces'],
    // "local" before a rank "of" a force is the force's own member (hit-readings.ts localRanks)
    ['On 4 March 2024, unidentified gunmen killed a local leader of the militia in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    // lead8: A force that strikes another armed side at close range fights it (clash.force-strikes-armed-side)
    ['Sudan\'s army struck RSF positions near Arvella on Sunday.', 'Armed clash', 'clash.force-strikes-armed-side'],
    ['Troops struck al-Shabaab positions near Brennick on Monday.', 'Armed clash', 'clash.force-strikes-armed-side'],
    ['Militants struck an army base in Arvella overnight.', 'Armed clash', 'clash.force-strikes-armed-side'],
    // case9s: A rule that asks for an object reads each telling of its trigger word (typing.ts laterTriggers), unless someone is killed.
    ['On 4 April 2024, troops neutralised three terrorists in Gwoza (Borno) and recovered weapons.', 'Armed clash', 'clash.kill-forces'],
    // clash9: An attack engaged by an armed side the next sentence is one Armed clash (group-mentions.ts type.attack-fought-back)
    ['On 4 May 2024, gunmen attacked a village near Arvella and killed a herder. Soldiers arrived and engaged the attackers, killing three.', 'Armed clash', 'clash.attack-on-forces'],
    ['On 4 May 2024, militants attacked Arvella, burning houses. Troops fought them off.', 'Armed clash', 'clash.repelled-them'],
    ['On 4 May 2024, militiamen raided Arvella and stole cattle. Hunters of a local militia routed the assailants.', 'Armed clash', 'clash.armed-side-repelled'],
    // An armed side repelled
    ['On 4 May 2024, soldiers repelled the attackers near Arvella.', 'Armed clash', 'clash.armed-side-repelled'],
    // Shelling inside a fight told first is the battle's; shelling told first stays shelling
    ['On 4 May 2024, clashes erupted between rebels and government forces in Arvella amid heavy artillery shelling. Unknown fatalities.', 'Armed clash', 'clash.fighting-with-shelling'],
    // Armed sides by name or kind: hunters' brotherhoods, defence volunteers, rival factions, CAFGU, Asayish
    ['On 4 May 2024, militants attacked traditional hunters in Arvella. 6 hunters were killed.', 'Armed clash', 'clash.attack-on-forces'],
    ['On 4 May 2024, gunmen attacked a group of local defence volunteers in Arvella, killing five.', 'Armed clash', 'clash.attack-on-forces'],
    ['On 4 May 2024, cartel gunmen killed five members of a rival faction in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, NPA rebels killed a CAFGU member in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, unknown gunmen killed an Asayish member in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, unidentified gunmen shot dead a fighter of the rebel brigade in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    // Killed in a confrontation: fighting
    ['On 4 May 2024, police officers killed four suspects in a confrontation in Arvella. 4 fatalities.', 'Armed clash', 'clash.fighting'],
    // A force's member abducted and killed is an armed side's dead; a civilian's is an Attack
    ['On 4 May 2024, separatist fighters kidnapped and killed a soldier in Arvella. 1 fatality.', 'Armed clash', 'clash.abducted-force-killed'],
    // recall9: A belief word's noun twin that ends its clause is no attribution cue, so its quiet span no longer hides the headline's trigger
    // (claims/index.ts).
    ['Troops clash with militants in Lamu, arrest suspect', 'Armed clash', 'clash.fighting'],
    // A war's course ("have been fighting") is a tally unless hours ago are told (non-events.ts nonevent.tally.ongoing, unless TODAY).
    ['Soldiers and rebels have been fighting in and around the town since dawn, residents said.', 'Armed clash', 'clash.fighting'],
    // The fighting a deal ends is the deal's aim, read whole (AGREE_MORE "ending months of fighting"); fighting told beside a call
    // to end it stays a clash (and a call to stop it is no deal: test/golden/tripoli-clashes.json).
    ['Heavy fighting erupted in Sirte on Monday despite calls to end the fighting.', 'Armed clash', 'clash.fighting-bare'],
    // case10x: a part of a place taken in a fight is an Armed clash; the place itself taken stays a territory sub-type.
    ['On 4 May 2024, rebel fighters attacked army positions in Arvella and captured parts of the town.', 'Armed clash', 'clash.part-taken-in-fight'],
    ['On 4 May 2024, troops liberated parts of Arvella district after fierce clashes with rebels.', 'Armed clash', 'clash.part-taken-in-fight'],
    ['On 4 May 2024, gunmen attacked a police station in Arvella and occupied parts of the compound.', 'Armed clash', 'clash.part-occupied-in-fight'],
    ['On 4 May 2024, dissidents clashed with the army near Arvella and took parts of the rural area.', 'Armed clash', 'clash.part-taken-plain-in-fight'],
    // An attack told first with its dead only as "people", then as the same attackers' assault on a force (group-mentions.ts
    // targetRevealed): one Armed clash; the same lead followed by an attack on civilians stays an Attack.
    ['On 4 May 2024, nine people were killed in an attack by rebels in Arvella. The rebels attacked an army barracks.', 'Armed clash', 'type.attack-target-revealed'],
    // A seizure shown in a caption leads no more than weakly (typing.ts DISPLAYED_SEIZURE): the incident told after it leads.
    ['Police display weapons seized from rebels in Arvella, March 2, 2024. Rebels attacked an army post near Arvella on May 4, 2024, killing four soldiers.', 'Armed clash', 'clash.militants-attack-forces'],
    // clash10: One member of a force told by his service or rank is an armed target (event-cues.ts STATE_FORCE, clash10 singulars)
    ['On 4 May 2024, unidentified gunmen shot dead a jawan in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, unidentified gunmen shot dead a constable in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, unidentified gunmen shot dead a serviceman in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed a lieutenant colonel in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed a sentry at a base in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed a cop in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed a conscript in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed a detective in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed a naval officer in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen on a motorcycle killed a security officer in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, suspected cartel members killed a prison custodian in Arvella.', 'Armed clash', 'clash.kill-forces'],
    // A passive's subject is what was done to, not the object of a participle after it (typing.ts participleObject)
    ['On 4 May 2024, a policeman guarding a church was shot dead by gunmen in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
    ['On 4 May 2024, five people, including a soldier, were killed by gunmen in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
    // A person identified in the same phrase as a force's or armed group's member is that member (identified-members.ts)
    ['On 4 May 2024, unknown gunmen killed a man, a member of the Taliban, in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, unknown gunmen killed a man affiliated with the Houthis in Arvella.', 'Armed clash', 'clash.kill-forces'],
    // A force's members wounded by an armed side (clash.wound-forces); civilians wounded stay an Attack
    ['On 4 May 2024, gunmen wounded two police officers in Arvella.', 'Armed clash', 'clash.wound-forces'],
    // dwu10: Codebook: Change to group/activity covers a group's creation and alliances; a fight told as their purpose ("to fight the
    // government") is no battle (purpose-infinitives.ts), while a fight begun or forced on a side is one.
    ['Rebels and soldiers began to fight near the bridge in Kalehe on Monday.', 'Armed clash', 'clash.militants-attack-forces'],
    // w27: a fight a purpose would end is no act; a fight ended as a result, or told on its own, is one
    ['Soldiers stormed the rebel camp near Arvella on Monday, ending the clashes that had begun at dawn.', 'Armed clash', 'clash.fighting'],
    // Codebook: Government regains territory; the side repelled is the object of "repelled", no subject of the taking that follows
    // (act-agents.ts ACTS), and ground "recovered" is regained (REGAIN, read whole over INTERCEPT's "recovered").
    ['Soldiers recovered two rifles following a clash with the militia at Mutwanga.', 'Armed clash', 'clash.fighting'],
    // clash11: Fire traded, with the weapon named between (clash.fire-traded); an artillery duel stays shelling, unless small arms are fired
    ['On 4 May 2024, soldiers and rebels traded shots near Arvella, killing two soldiers.', 'Armed clash', 'clash.fire-traded'],
    ['On 4 May 2024, soldiers and rebels exchanged mortar fire and gunfire near Arvella, killing two soldiers.', 'Armed clash', 'clash.fire-traded-small-arms'],
    // Fire answered beside the mortars the attackers used (clash.fire-answered-beside-shelling)
    ['On 4 May 2024, militants attacked an army post near Arvella with mortars; soldiers returned fire. 2 fatalities.', 'Armed clash', 'clash.fire-answered-beside-shelling'],
    // A fight told by one finite verb of an armed side (clash.armed-side-fought); a crowd's fight stays a mob's
    ['On 4 May 2024, tribal fighters fought a rival tribe in Arvella. 7 fatalities.', 'Armed clash', 'clash.armed-side-fought'],
    // To shoot it out is a gunfight (CLASH)
    ['On 4 May 2024, police and suspected armed robbers shot it out in Arvella. Three robbers were killed.', 'Armed clash', 'clash.fighting'],
    // An assault repelled in a fight, whatever weapon repelled it (clash.assault-repelled-in-fight); a missile intercepted stays disrupted
    ['On 4 May 2024, the army and rebels fought near Arvella, with the army using artillery to repel the assault.', 'Armed clash', 'clash.assault-repelled-in-fight'],
    // Local defence groups told by other group nouns, and a vigilante group's members by their role, are an armed side (ARMED)
    ['On 4 May 2024, gunmen killed a member of a community defence group in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed two members of a village self-defence unit in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, armed men killed a vigilante commander in an ambush outside Arvella.', 'Armed clash', 'clash.fighting'],
    // mob11: A party's factions fight as its supporters do; an armed group's factions stay armed
    ['On 4 May 2024, two factions of al-Shabaab clashed near Arvella. 3 fatalities.', 'Armed clash', 'clash.fighting'],
    // Mourners, and sides named by their number, as who acts (CROWD)
    ['On 4 May 2024, two armed groups clashed near Arvella. 4 fatalities.', 'Armed clash', 'clash.fighting'],
    // A quarrel that turns violent is people's fight (mob.dispute-turns-violent); clans' fights and instant justice
    ['On 4 May 2024, a dispute between two clans turned into an armed clash in Arvella; 2 people were killed.', 'Armed clash', 'clash.fighting'],
    // The dead counted as a noun phrase ("two of the 12 killed", non-acts.ts deadAsNoun) tell who died in an act told before, no
    // killing of their own: with "members of the police force" read as a force (members-of.ts), they made a second, Armed clash,
    // incident of a bombing's victims.
    ['Gunmen killed the 12 soldiers at a checkpoint near Garoua on Monday.', 'Armed clash', 'clash.kill-forces'],
    // recall11: attack.fired-on-civilians: a force fires its weapons at civilians' homes (the weapon between is the instrument).
    ['Rebels fired rifles at an army post near Kutkai on Monday.', 'Armed clash', 'clash.fire-at-forces'],
    // terr11: Mortars or rockets used within a fight told first are part of the battle.
    ['On 4 May 2024, troops and rebels clashed for hours in Arvella, using mortars and machine guns, leaving six fighters dead.', 'Armed clash', 'clash.fighting-with-rockets'],
    // A taking dated before an attack ("two weeks after … retook the town") is its background (attack-background.ts).
    ['On 4 May 2024, rebels attacked an army post in Arvella, two weeks after government forces retook the town.', 'Armed clash', 'clash.militants-attack-forces'],
    // clash12: An armed side picked out among the victims by "including" / "among them" (included-victims.ts); civilians, kin, the former stay civilians
    ['On 4 May 2024, insurgents killed five people, including three soldiers, in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
    ['On 4 May 2024, gunmen killed twelve people in Arvella, among them two policemen.', 'Armed clash', 'clash.kill-armed-patient'],
    // An armed side told as another conjunct of the victims (included-victims.ts coordinatedArmedParty)
    ['On 4 May 2024, a policeman and a civilian were shot dead by gunmen in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
    ['On 4 May 2024, bandits killed a farmer and two soldiers in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
    // Defenders who resist (clash.armed-side-resisted); villagers who resist and a suspect who resists arrest are no armed side
    ['On 4 May 2024, armed men raided Arvella and the local militia resisted; two villagers were killed.', 'Armed clash', 'clash.armed-side-resisted'],
    // A force told by its unit (STATE_FORCE: brigade, battalion, regiment), paramilitaries, security agents; a fire brigade is civilian
    ['On 4 May 2024, gunmen killed two members of the 45th Battalion in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, assailants killed two paramilitaries in Arvella.', 'Armed clash', 'clash.kill-forces'],
    ['On 4 May 2024, gunmen killed two security agents in Arvella.', 'Armed clash', 'clash.kill-forces'],
    // acled13: Neighbours: Armed clash (heavy weapons used in a fight with an armed side), Excessive force against protesters (used on a
    // demonstration).
    ['On 3 March 2024, troops used heavy weapons to repel a rebel attack on Arvella, killing six fighters.', 'Armed clash', 'clash.militants-attack-forces'],
    // world13: Neighbour: Armed clash (the one killed is a member of a force).
    ['On 7 May 2024, a soldier was shot dead by gunmen in Arvella.', 'Armed clash', 'clash.kill-forces'],
    // Codebook: Armed clash is fighting between two armed, organised groups; "pitted X against Y" names the two sides.
    ['On 7 May 2024, fighting pitted the army against the rebels in the hills around Arvella.', 'Armed clash', 'clash.fighting'],
    // "armed civilians" (official Mexican wording) are armed men: their attack on soldiers is a clash.
    ['On 7 May 2024, army personnel were attacked by armed civilians in Arvella; three aggressors were killed.', 'Armed clash', 'clash.attack-on-forces'],
    // dwu14: Loot taken by the attackers in the same raid is part of the attack (Armed clash), not a seizure of its own.
    ['Militants stormed an army post in Arvella, killing four soldiers; its fighters seized weapons and ammunition before withdrawing.', 'Armed clash', 'clash.militants-attack-forces'],
    // acled15: Codebook: the target's kind decides; a killing told first and its victims named in the next sentence as a force's or an armed
    // group's members is an Armed clash (victim-armed-after.ts).
    ['On 11 June 2024, unidentified gunmen shot dead a man in Arvella. The victim was a municipal police officer. 1 fatality.', 'Armed clash', 'clash.victim-told-armed-after'],
    ['On 12 June 2024, armed men killed two men in Kessa. The victims were soldiers of the army. 2 fatalities.', 'Armed clash', 'clash.victim-told-armed-after'],
    ['On 14 June 2024, gunmen killed a man in Dorno. He was a member of a pro-government militia. 1 fatality.', 'Armed clash', 'clash.victim-told-armed-after'],
    // Codebook: Explosions/Remote violence is one-sided, its tool taking away the target's ability to respond; a ground assault with
    // rifles beside mortars, or heavy weapons answered by a force that fought back, is an Armed clash.
    ['On 24 March 2024, militants attacked an army base in Dorno with mortars and rifles. 6 fatalities.', 'Armed clash', 'clash.assault-with-small-arms'],
    ['On 24 March 2024, gunmen attacked a military post in Kessa with rockets and automatic weapons.', 'Armed clash', 'clash.assault-with-small-arms'],
    ['On 24 March 2024, militants shelled an army base in Dorno, and soldiers fought back with artillery.', 'Armed clash', 'clash.heavy-weapons-fought-back'],
    // Codebook: armed, organised sides engaging each other is an Armed clash; an attack, then a force's fight told with no other side
    // named, is that force engaging the attackers (group-mentions.ts foughtBack, type.attack-fought-back).
    ['On 5 May 2024, suspected militants attacked Arvella village. Soldiers intervened and fighting lasted two hours. 7 fatalities.', 'Armed clash', 'clash.fighting'],
    ['On 5 May 2024, gunmen attacked Kessa village, killing three residents. An exchange of fire ensued when soldiers arrived. 5 fatalities.', 'Armed clash', 'clash.fighting'],
    // Neighbours: Armed clash (no crowd told), Attack (the attackers named; a crowd's later act on property is another act).
    ['On 2 May 2024, two police officers were shot dead in Dorno. The attackers fled on motorbikes.', 'Armed clash', 'clash.kill-forces'],
    // batt15b: Codebook: an attack on a military post repelled is an Armed clash; INTERCEPT's repel words read it as a weapon stopped when
    // rifles or shelling were told beside it.
    ['Troops armed with rifles repelled an assault on their base near Kessa on Tuesday, the military said.', 'Armed clash', 'clash.ground-assault-repelled'],
    ['Government forces repelled a rebel offensive on the town of Kessa on Friday amid heavy shelling, residents said.', 'Armed clash', 'clash.ground-assault-repelled'],
    ['Militants shelled an army position in Dorno on Saturday before troops repelled the attack, the army said.', 'Armed clash', 'clash.ground-assault-repelled'],
    // Codebook: an attack on a state force is an Armed clash; "military convoy" read whole hid the force.
    ['A military convoy was attacked near Arvella on Monday, officials said.', 'Armed clash', 'clash.force-convoy-attacked'],
    ['Gunmen attacked a military convoy on the road to Kessa on Tuesday.', 'Armed clash', 'clash.force-convoy-attacked'],
    // Codebook: an attack repelled is an Armed clash; "thwarted" or the attackers repelled, with shelling told beside.
    ['Soldiers thwarted a rebel assault on Dorno amid heavy shelling on Monday, the army said.', 'Armed clash', 'clash.assault-thwarted-beside-shelling'],
    ['Troops repelled the attackers after militants shelled the base near Kessa on Tuesday.', 'Armed clash', 'clash.attackers-repelled-beside-shelling'],
    // case15: Neighbours: Protest with intervention and Excessive force (the force only disperses or fires), Armed clash (the force fights troops).
    ['Troops clashed with rebels near Kessa on Sunday.', 'Armed clash', 'clash.fighting'],
    // fix15: Neighbour: people neutralised are killed.
    ['Soldiers neutralised five terrorists in an ambush near Kessa on Friday, the army said.', 'Armed clash', 'clash.fighting'],
    // loot15: Neighbours: Armed clash (the forces guarding it attacked), the territory sub-types (the field taken).
    ['Rebels attacked the army positions guarding the Kessa oil field on Sunday.', 'Armed clash', 'clash.militants-attack-forces'],
    // case16: The blast told as the subject of the harm verb, right before it; a weapon found beside a killing in a raid stays the fight.
    ['Troops found explosives and killed two militants in a raid near Kessa.', 'Armed clash', 'clash.kill-forces'],
    // A crowd word that is the source of a reporting verb is a witness, no crowd that acts (reporting-crowd.ts). Codebook: Armed
    // clash is armed organised groups fighting; Mob violence and riots are a crowd's own violence.
    ['Residents reported heavy gunfire between troops and rebels in Arvella on Sunday.', 'Armed clash', 'clash.fire-on-forces'],
    ['Residents reported heavy fighting between troops and rebels in Arvella on Sunday.', 'Armed clash', 'clash.fighting'],
    // Neighbours: a "where" clause in the past tense may be the news itself; the war's toll told alone stays a clash.
    ['Fighting between the army and the rebels has killed hundreds in Kessa.', 'Armed clash', 'clash.fighting'],
    // Neighbour: a foiled bomb attack told with a death stays unread as a blast.
    ['Police thwarted an attack on a church in Kessa, killing two gunmen.', 'Armed clash', 'clash.forces-move-on-militants'],
    // prot16: Neighbours: the force chases the demonstrators (Protest with intervention); an armed side repels a force (Armed clash).
    ['Militants repelled soldiers near Kessa, killing three.', 'Armed clash', 'clash.armed-side-repelled'],
    // acled16: Neighbours: Armed clash (a military convoy, or a convoy with no civilian name, is a force's).
    ['On 4 May 2023, militants ambushed a military convoy near Arvella, killing three soldiers.', 'Armed clash', 'clash.fighting'],
    ['On 4 May 2023, militants attacked an army convoy near Dorno. Casualties unknown.', 'Armed clash', 'clash.militants-attack-forces'],
    // Codebook: an Armed clash is armed, organised groups engaging each other; sides that fought, with the heavy weapons or shelling
    // they used told after the fight, engage each other.
    ['On 3 May 2023, Military Forces of Sudan and the RSF fought in Kessa, with both sides using heavy weapons.', 'Armed clash', 'clash.fought-with-heavy-weapons'],
    ['Government troops and rebels fought with artillery and mortars near Arvella on Tuesday.', 'Armed clash', 'clash.fought-with-shelling'],
    // Neighbour: Armed clash (an attack thwarted beside shelling: the shells are the attackers' fire).
    ['Troops thwarted an attack on their base near Dorno amid heavy shelling.', 'Armed clash', 'clash.assault-thwarted-beside-shelling'],
    // recall16b: Neighbour of the labour strike: "struck" with an object is an attack.
    ['Insurgents struck a military convoy near Kessa on Monday, killing four soldiers.', 'Armed clash', 'clash.force-convoy-attacked'],
    // sides17: a force's members told as "security men", a defence group's as "local defence member": an armed side.
    ['Gunmen killed two securitymen in Dorno on Friday.', 'Armed clash', 'clash.kill-forces'],
    ['Three security men were killed when gunmen attacked their vehicle in Dorno on Friday.', 'Armed clash', '*'],
    ['On 4 May 2024, unidentified armed men killed a local defence member in Kessa. 1 fatality.', 'Armed clash', '*'],
    ['On 4 May 2024, suspected jihadists shot dead a corporal near Dorno. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
    ['Gunmen killed two FDS elements in an ambush near Kessa on Wednesday.', 'Armed clash', '*'],
    ['Gunmen killed two VDPs near Kessa on Wednesday.', 'Armed clash', '*'],
    ['Two guardsmen were shot dead by cartel gunmen in Dorno on Monday.', 'Armed clash', '*'],
    // sides17: "him"/"her" in a clause opened by "when" names the force told before it (target-kind.ts pronounAntecedents).
    ['A soldier was injured when unidentified gunmen opened fire on him in Kessa.', 'Armed clash', 'clash.fire-on-forces'],
    ['A policeman was wounded when gunmen attacked him in Dorno.', 'Armed clash', 'clash.militants-attack-forces'],
    // Round 38: the weapons the attackers were armed with are their equipment, no grenade attack
    ['Militants armed with rifles and hand grenades attacked a police station in Kessa late on Monday, triggering a gunbattle that lasted two hours.', 'Armed clash', 'clash.fighting'],
  ]);
});

describe('Government regains territory', () => {
  typingTable('Government regains territory', [
    // case4:
    ['Troops dislodged the militants from two hillside villages near the border after a day of clashes.', 'Government regains territory', 'territory.state-drives-out'],
    ['The army secured the coastal town after the insurgents fled.', 'Government regains territory', 'territory.state-takes-place-plain'],
    // case5: Named places are objects of the territory verbs (place-objects.ts).
    ['Government troops seized Brennick from the insurgents on Sunday.', 'Government regains territory', 'territory.state-takes-named-place'],
    ['The army cleared the militants from Dunmore on Friday and restored order.', 'Government regains territory', 'territory.state-drives-out-of-named-place'],
    ['Soldiers occupied Corvany after the rebels fled into the hills.', 'Government regains territory', 'territory.state-occupies-named-place'],
    ['The town came under the control of government forces after the militia left.', 'Government regains territory', 'territory.falls-to-state'],
    ['The valley was cleared of militants, the defence ministry said.', 'Government regains territory', 'territory.freed-from-group'],
    ['Troops liberated Palma from insurgents, the defence ministry said.', 'Government regains territory', '*'],
    // case7: A subject with a state force among its conjuncts takes ground for the state (allied-sides.ts alliedWithState).
    ['Soldiers and allied militiamen captured the rebel stronghold near Arvella after two days of fighting.', 'Government regains territory', 'territory.state-takes-place'],
    ['Government troops backed by tribal fighters retook the village on Saturday.', 'Government regains territory', 'territory.state-takes-place'],
    // Advancing into a place by force.
    ['Peshmerga fighters and Iraqi troops advanced into the town, driving out Islamic State militants.', 'Government regains territory', 'territory.state-advances-into'],
    // A driving verb split from its particle (split-particles.ts) and EXPEL's other inflections.
    ['Ukrainian troops pushed Russian forces out of the town, the army said.', 'Government regains territory', 'territory.state-drives-out'],
    ['The army said it was driving out bandits from the villages of the forest reserve.', 'Government regains territory', 'territory.state-drives-out'],
    // The object of a driving-out verb takes nothing in the next conjunct (act-agents.ts ACTS).
    ['The army said it had dislodged bandits from their camps in the forest and taken over the area.', 'Government regains territory', 'territory.state-takes-place'],
    // Taking ground in more words: entering with fighting, control held now, a flag raised, a split "drove … from".
    ['Government forces entered the rebel-held town after two days of fierce fighting.', 'Government regains territory', 'territory.state-enters-fighting'],
    ['Troops drove the insurgents from the village after a gunfight lasting several hours.', 'Government regains territory', 'territory.state-drives-out'],
    ['The insurgents were driven from the town by soldiers backed by air support.', 'Government regains territory', 'territory.state-drives-out'],
    ['The Iraqi army announced the liberation of the town from Islamic State on Thursday.', 'Government regains territory', 'territory.state-takes-place-plain'],
    // A passive's subject is what was taken (typing.ts passiveSubject).
    ['Several villages in the district were overrun by government troops.', 'Government regains territory', 'territory.state-takes-place'],
    // case9s: A state army's "restored security and stability to" villages regains them (REGAIN); "expanded their control" takes ground.
    ['Syrian army units restored security and stability to several villages in the northern countryside of Hama.', 'Government regains territory', 'territory.state-regains'],
    // recall9: An offensive told by its advance on a place not yet entered (recall9 rows, sub-events-*.ts; ADVANCE_TOWARD).
    ['Government forces advanced to within five kilometres of the rebel-held city of Adigrat on Sunday.', 'Government regains territory', 'territory.state-advances-on'],
    ['Troops close in on rebel stronghold in Shan state', 'Government regains territory', 'territory.state-advances-on'],
    // A place named with its holder before it stands further from the moving word (territory.*-advances-into-held, reach 6), and a
    // move back into a place lost before (ADVANCE_INTO "fought their way back into").
    ['Afghan forces pushed into the Taliban-held district of Nad Ali on Tuesday as part of an offensive aimed at clearing the insurgents.', 'Government regains territory', 'territory.state-advances-into-held'],
    ['Government troops fought their way back into the eastern town on Wednesday, ending a two-month occupation by the rebels.', 'Government regains territory', 'territory.state-advances-into'],
    // dwu10: Codebook: Government regains territory is won by "government forces or their affiliates": a subject whose conjuncts name a
    // state force, whatever modifiers stand between them (allied-sides.ts LINK_REACH).
    ['Soldiers and allied self-defence fighters regained control of the village of Tinzawaten from jihadists on Sunday after a gunfight.', 'Government regains territory', 'territory.state-takes-place'],
    // Codebook: Government regains territory is won by government forces "or their affiliates"; a group marked as the
    // government's ("pro-government", "government-backed", "loyal to the government") takes ground for it (allied-sides.ts
    // affiliatedWithState); "pro-Russian separatists" are no government's affiliates.
    ['Pro-government militiamen took control of the village of Wadi Ali from the rebels on Tuesday.', 'Government regains territory', 'territory.state-takes-place'],
    ['Government-backed fighters captured the town of Hays from the insurgents.', 'Government regains territory', 'territory.state-takes-place'],
    ['Militiamen loyal to the government took control of the town of Nehm.', 'Government regains territory', 'territory.state-takes-place'],
    // Codebook: Government regains territory; a place "liberated from" a group told with no liberator named, even inside what the
    // army announces (FREED_FROM "liberated from", read whole over REGAIN's "liberated").
    ['The army announced that the city had been fully liberated from Islamic State.', 'Government regains territory', 'territory.freed-from-group'],
    ['Iraqi troops liberated the town of Hit from Islamic State fighters.', 'Government regains territory', 'territory.state-takes-place'],
    // Codebook: Government regains territory; the side repelled is the object of "repelled", no subject of the taking that follows
    // (act-agents.ts ACTS), and ground "recovered" is regained (REGAIN, read whole over INTERCEPT's "recovered").
    ['Army troops and allied fighters repelled a rebel attack on the Kharab front and subsequently gained control over two hills.', 'Government regains territory', 'territory.state-takes-place'],
    ['Soldiers recovered territory following a clash with the militia at Mutwanga.', 'Government regains territory', 'territory.state-regains'],
    // terr11: A state force as the subject of a seizing verb read whole ("seized the town") takes the place for the state.
    ['On 4 May 2024, soldiers seized the village of Arvella.', 'Government regains territory', 'territory.state-overtakes'],
    // recall14: Headline present tense: driving a side out, people fleeing, a base opened.
    ['Troops push Islamic State out of village near Mosul', 'Government regains territory', 'territory.state-drives-out'],
    // Territory told as a state: back under government control, in a group's hands, freed, back in control of a place.
    ['Dorno is back under government control after the militants were routed, officials said.', 'Government regains territory', 'territory.back-to-state'],
    ['Government forces freed Arvella from the militants on Sunday.', 'Government regains territory', 'territory.state-frees-place'],
    ['The army is back in control of Arvella after a fierce battle.', 'Government regains territory', 'territory.state-back-in-control'],
    ['Troops are back in control of the town after a fierce battle with the rebels.', 'Government regains territory', 'territory.state-back-in-control-of-town'],
    // batt15b: Codebook: a side that takes a location by force; a side driven out of a place the gazetteer does not know.
    ['The army drove the rebels out of Qorvenna on Monday, the military said.', 'Government regains territory', 'territory.state-drives-group-from'],
    // case15: Codebook: a place lost is taken by the other side: by the group named after "to", or, with no side named, from the loser.
    ['The rebels lost control of Kidal to the army on Sunday.', 'Government regains territory', 'territory.state-takes-from-loser'],
    ['The Islamic State lost control of Raqqa.', 'Government regains territory', 'territory.group-loses-control'],
    // Control imposed on a place, the national flag raised over it, a place cleansed of a group: the place is taken.
    ['The army has imposed its control over the villages east of Arvella.', 'Government regains territory', 'territory.state-takes-place'],
    ['Soldiers raised the national flag over the town of Kessa on Friday.', 'Government regains territory', 'territory.state-takes-place'],
    ['The area around Arvella has been cleansed of terrorists, the army said.', 'Government regains territory', 'territory.freed-from-group'],
    // fix15: Codebook: the territory sub-types are a side winning control of a location; "gained ground" with the side as its subject.
    ['Government forces gained ground around Arvella on Monday, the army said.', 'Government regains territory', 'territory.state-gains-ground'],
    ['The army made gains near Kessa on Tuesday after days of fighting with insurgents.', 'Government regains territory', 'territory.state-gains-ground'],
    // "re-entered" is entering: by force with fighting told, else a transfer after a withdrawal.
    ['Government forces re-entered the town of Dorno on Saturday after heavy fighting with rebels.', 'Government regains territory', 'territory.state-enters-fighting'],
    // loot15: Neighbours: Armed clash (the forces guarding it attacked), the territory sub-types (the field taken).
    ['Government forces retook the Kessa oil field from the rebels on Sunday.', 'Government regains territory', 'territory.state-takes-place'],
    // recall16b: the taking told as a noun, its doer after "by", the place a name the gazetteer does not know.
    ['The recapture of Kessa by government forces was announced on Monday.', 'Government regains territory', 'territory.state-taking-noun-by'],
    ['The army announced the recapture of Arvella from the insurgents on Sunday.', 'Government regains territory', 'territory.state-taking-noun-from'],
    ['The recapture of the town by government forces was announced on Monday.', 'Government regains territory', 'territory.state-takes-place-plain'],    // terr17: Codebook: who ends up holding the place decides; a place that fell, or whose fall is told, "to" a state force; a
    // relative clause's "since" dates the place's background, not the retaking.
    ['The fall of Kessa to the army on Monday was confirmed by elders.', 'Government regains territory', 'territory.falls-to-state-noun'],
    ['Kessa fell to the army on Tuesday, officials said.', 'Government regains territory', 'territory.state-overtakes'],
    ['The town of Arvella, which had been held by rebels since 2022, was liberated by the army on Wednesday.', 'Government regains territory', '*'],
    // terr17: control taken told with its degree; the killing told after it in a participle is the taking's toll (neighbour: Armed clash).
    ['The army took full control of Kessa on Thursday, killing 15 militants.', 'Government regains territory', 'territory.state-overtakes'],
    // terr17: a fight told first and the ground it won in the next sentence going on with its sides (neighbour: Armed clash, a
    // taking told apart, "Separately, …").
    ['Troops clashed with the rebels near Kessa on Monday. They then took control of the town, the army said.', 'Government regains territory', '*'],
    ['Soldiers clashed with rebels near Dorno on Monday. Separately, rebels seized the town of Arvella in the north.', 'Armed clash', '*'],
    // Round 38: a supporting side named by a hyphenated name ("backed by Hashd al-Shaabi fighters") is still told after "by"
    ['Iraqi army troops backed by Hashd al-Shaabi fighters recaptured the town of Rawa in western Anbar from Islamic State militants on Friday.', 'Government regains territory', 'territory.state-takes-place'],
  ]);
});

describe('Non-state actor overtakes territory', () => {
  typingTable('Non-state actor overtakes territory', [
    // case4:
    ['The rebels ousted government troops from the border town on Monday.', 'Non-state actor overtakes territory', 'territory.group-drives-out'],
    ['Rebel fighters took the district capital on Thursday, a local official said.', 'Non-state actor overtakes territory', 'territory.group-takes-place-plain'],
    // case5: Named places are objects of the territory verbs (place-objects.ts).
    ['Rebels seized Arvella on Monday after a night of heavy gunfire.', 'Non-state actor overtakes territory', 'territory.group-takes-named-place'],
    ['Islamic State fighters occupied several villages east of the river.', 'Non-state actor overtakes territory', 'territory.group-occupies'],
    ['The district capital fell into the hands of the insurgents late on Friday.', 'Non-state actor overtakes territory', 'territory.falls-to-group'],
    ['Rebels took control of the town after heavy fighting with government troops, who later withdrew.', 'Non-state actor overtakes territory', '*'],
    // case7: A subject with a state force among its conjuncts takes ground for the state (allied-sides.ts alliedWithState).
    ['Rebels and allied militiamen captured the town after two days of fighting.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // Advancing into a place by force.
    ['Jihadist fighters pushed into the town on Friday after overrunning an army post.', 'Non-state actor overtakes territory', 'territory.group-advances-into'],
    // A driving verb split from its particle (split-particles.ts) and EXPEL's other inflections.
    ['Rebels drove the soldiers out of their last positions around the town on Sunday.', 'Non-state actor overtakes territory', 'territory.group-drives-out'],
    // Taking ground in more words: entering with fighting, control held now, a flag raised, a split "drove … from".
    ['The town is now in the hands of the rebels, residents said.', 'Non-state actor overtakes territory', 'territory.falls-to-group'],
    ['Islamic State militants raised their black flag over the town hall after government troops were routed.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    ['Fighters of the rebel alliance claimed control of the town on Sunday after the army fled.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // A handover split by its object (split-particles.ts); a withdrawal after the taking is no taking after a withdrawal.
    ['Al-Shabaab fighters briefly seized the town before withdrawing in the evening.', 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
    // "Seized" of a place is a taking, not a weapon seized (split-particles.ts withoutPlaceSeizures).
    ['Rebel fighters seized the army\'s headquarters in Arvella despite air strikes by government warplanes.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // A passive's subject is what was taken (typing.ts passiveSubject).
    ['The town was captured by rebels on Sunday after heavy fighting.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    ['The military base was seized by jihadists in a dawn raid.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // clash8: A place told after "near"/"in" a seizing verb is where, not what was taken (typing.ts placeWhereNotWhat)
    ['On 4 March 2024, rebels captured Arvella after heavy fighting.', 'Non-state actor overtakes territory', 'territory.group-takes-named-place'],
    // case9s: A state army's "restored security and stability to" villages regains them (REGAIN); "expanded their control" takes ground.
    ['The militants expanded their control to three more villages in the province.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // case10x: a part of a place taken in a fight is an Armed clash; the place itself taken stays a territory sub-type.
    ['On 4 May 2024, rebel fighters captured the town of Arvella after a day of fighting with the army.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // The other side of a fight told with its modifiers ("clashed with government troops for hours and captured …") is no subject
    // of the later verb (act-agents.ts modifiedOpponent).
    ['On 4 May 2024, rebel fighters clashed with government troops for hours and captured the town of Arvella.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // A place taken, told in a clause after a strike, is the strike's background (strike-background.ts).
    ['On 4 May 2024, rebels captured the town of Arvella after government airstrikes on their positions stopped.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // dwu10: Codebook: Non-state actor overtakes territory is won by the non-state side; the other side of a fight told before the taking
    // ("a gunfight with officers") is no subject of it (act-agents.ts opponentOfFight), nor is what an earlier verb overran.
    ['Insurgents overran a police station in Meiktila after a gunfight with officers and took control of the town centre.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    ['Rebels ambushed a convoy near Falam after a gunbattle with soldiers and took control of the town.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // Codebook: Government regains territory is won by government forces "or their affiliates"; a group marked as the
    // government's ("pro-government", "government-backed", "loyal to the government") takes ground for it (allied-sides.ts
    // affiliatedWithState); "pro-Russian separatists" are no government's affiliates.
    ['Pro-Russian separatists captured the town of Marinka.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // Codebook: Non-violent transfer of territory is a location acquired without a violent interaction; a side "forced to withdraw"
    // was driven out (EXPEL, read whole over WITHDRAW), so the taking is by force.
    ['The tribesmen took control of several villages in Marka as the rebels were forced to withdraw.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // terr11: A state force as the subject of a seizing verb read whole ("seized the town") takes the place for the state.
    ['On 4 May 2024, rebels seized the village of Arvella.', 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
    // …and the junta only completes the rebels' name, no subject (act-agents.ts ofComplement).
    ['On 4 May 2024, rebels of the junta\'s rival alliance seized the town of Arvella.', 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
    // A taking dated before an attack ("two weeks after … retook the town") is its background (attack-background.ts).
    ['On 4 May 2024, rebels captured the town of Arvella, two weeks after they attacked it.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // recall14: Holding a place now, the state a taking leaves.
    ['The insurgents now hold the whole district after a week-long offensive.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // Territory told as a state: back under government control, in a group's hands, freed, back in control of a place.
    ['Arvella under rebel control after days of fighting', 'Non-state actor overtakes territory', 'territory.under-group-control'],
    // batt15b: Codebook: a side that takes a location by force; a side driven out of a place the gazetteer does not know.
    ['Rebels drove out the army from Qorvenna on Thursday, residents said.', 'Non-state actor overtakes territory', 'territory.group-drives-side-from'],
    // case15: Codebook: a place lost is taken by the other side: by the group named after "to", or, with no side named, from the loser.
    ['The army lost control of Kidal to the rebels on Sunday.', 'Non-state actor overtakes territory', 'territory.group-takes-from-loser'],
    ['Government forces lost control of Kidal on Sunday.', 'Non-state actor overtakes territory', 'territory.state-loses-control'],
    // Control imposed on a place, the national flag raised over it, a place cleansed of a group: the place is taken.
    ['The jihadists imposed their control over the town of Dorno on Monday.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // fix15: Codebook: the territory sub-types are a side winning control of a location; "gained ground" with the side as its subject.
    ['Rebel fighters gained ground around Dorno on Wednesday, residents said.', 'Non-state actor overtakes territory', 'territory.group-gains-ground'],
    // fix16: Neighbours: goods seized are looted, a place seized is taken.
    ['Insurgents seized the town of Kessa on Monday after a day of fighting with the army.', 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
    // recall16b: the taking noun with a non-state doer after "by".
    ['The capture of Dorno by rebel fighters was announced on Tuesday.', 'Non-state actor overtakes territory', 'territory.group-taking-noun-by'],
    ['The rebels claimed the capture of Kessa from the army on Monday.', 'Non-state actor overtakes territory', 'territory.group-taking-noun-from'],    // terr17: the fall of a place told as a noun, the group that took it after "to"; neighbours: a fall with no side after "to"
    // is none, "fell to" a state force is Government regains territory.
    ['The fall of Dorno to al-Shabaab militants on Monday was confirmed by elders.', 'Non-state actor overtakes territory', 'territory.falls-to-group-noun'],
    ['The fall of Dorno to al-Shabaab militants on Monday has forced hundreds of families to flee, elders said.', 'Non-state actor overtakes territory', 'territory.falls-to-group-noun'],
    ['Arvella fell to the Arakan Army on Sunday after weeks of fighting with the Myanmar military, the group said.', 'Non-state actor overtakes territory', '*'],
    ['Residents recalled the fall of the old regime in 2011.', 'none', ''],
    ['Rebels wrested control of Dorno from the army on Friday, killing six soldiers.', 'Non-state actor overtakes territory', '*'],
    ['Rebels attacked an army post near Dorno on Friday, killing three soldiers. They then overran the town.', 'Non-state actor overtakes territory', '*'],
  ]);
});
