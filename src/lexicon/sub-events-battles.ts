// ACLED's Battles sub-event types (codebook 2023, "Event Types and Sub-Event Types"; the 2024 edition keeps
// them): each sub-type's definition, decisive cue and near neighbours, and the rules that type it, in the form
// sub-events.ts sets out. A sub-type's rules run in the order they were added: its first rows, then each later
// round's, marked by the round's name (case4, acled5, …; pipeline/events/README.md tells what each round read, and
// sub-events-<round>.test.ts and test/probes/<round>.jsonl hold the invented reports it was written for, never
// evaluation rows). Ties keep going to the older rows. Provenance: written for this project.
import type { Concept } from './event-cues.js';
import type { SubEventDef } from './sub-events.js';

/** What keeps a seizure of a place from being one: people or goods taken, a demonstration. */
const NOT_TERRITORY: Concept[] = ['ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'];
/** What keeps a move into a place from being a taking by force: no fighting told beside a withdrawal or "unopposed"
 * (Non-violent transfer of territory decides then), people or goods taken, a demonstration. */
const NOT_FORCED_TAKING: Concept[] = ['WITHDRAW', 'NONVIOLENT', 'HANDOVER', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'];
/** What keeps an advance from being an offensive for ground: a withdrawal or no fighting told, people taken, a demonstration, a
 * plan or drill (the non-event rules read those), remote violence (its own sub-type decides). */
const NOT_OFFENSIVE: Concept[] = ['WITHDRAW', 'NONVIOLENT', 'HANDOVER', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT', 'AIR', 'SHELL'];
/** The fight that must be told in the same sentence: with none, a part taken is left to the territory rows. */
const PART_TAKEN_FIGHT: Concept[] = ['CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'FIRED', 'HARM_ACT', 'KILL'];
const PART_TAKEN_WHY = 'Codebook: the territory sub-types are a location changing hands; a side taking only part of it ("parts of", "some areas of") in a fight leaves its control contested, an Armed clash';

/** clash11: fire traded between sides, told with the weapons both used. */
const FIRE_TRADED_WHY = 'Codebook: an Armed clash is armed, organised groups engaging each other; when both sides fire, the weapons they use (mortars, artillery) are the fight\'s, no one-sided shelling';
/** Not a fight of armed sides: a demonstration, a crowd's or mob's fight, an air raid, an agreement. */
const NOT_ARMED_FIGHT: Concept[] = ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT', 'MOB', 'CROWD', 'STONING', 'CRUDE_WEAPON', 'AIR', 'AIR_WEAK', 'AGREEMENT'];

export const BATTLES: SubEventDef[] = [
  { subEventType: 'Armed clash', eventType: 'Battles',
    definition: 'Armed, organised groups engage each other and neither side gains or loses territory.',
    decisive: 'two armed sides (state forces, rebels, militias, armed gangs) fight or fire on each other, or one fires on the other\'s forces or posts with small arms.',
    neighbours: 'Attack (the target is unarmed civilians); the territory sub-types (a place changes hands); the remote-violence sub-types (a bomb, shell or aircraft does the harm, with no engagement).',
    rules: [
      { id: 'clash.fighting', why: 'Codebook: armed, organised groups engage in a battle; a fight word with a force, post or casualties.', all: ['CLASH'], any: ['STATE_FORCE', 'TARGET_MIL', 'MILITANT', 'ARMED', 'KILL', 'HARM', 'HARM_ACT'], none: ['PROTEST', 'MOB'], score: 72 },
      { id: 'clash.fighting-bare', why: 'Codebook: a battle between armed groups; a fight word alone ("heavy fighting").', all: ['CLASH'], none: ['PROTEST', 'RIOT'], score: 64 },
      // (clash7) Not when the attack's own object is civilians or a crowd ("militants attacked a shopkeeper near an army camp"):
      // the target's kind decides, a force named elsewhere in the sentence does not (codebook: Attack).
      { id: 'clash.militants-attack-forces', why: 'Codebook: an armed group attacking state forces or their posts engages them (Battles, not Violence against civilians).', all: ['CLASH_WEAK', 'MILITANT'], any: ['STATE_FORCE', 'TARGET_MIL'], patient: ['state', 'nonstate', 'target', 'unknown'], none: ['PROTEST'], score: 70 },
      { id: 'clash.armed-men-and-forces', why: 'Codebook: armed men and state forces in one violent engagement, no civilians named.', all: ['CLASH_WEAK', 'ARMED', 'STATE_FORCE'], none: ['PROTEST', 'CIVILIAN'], score: 67 },
      { id: 'clash.forces-attack-positions', why: 'Codebook: forces attacking an opposing force\'s positions fight a battle ("attacked positions held by …").', all: ['CLASH_WEAK', 'TARGET_MIL', 'STATE_FORCE'], object: 'TARGET_MIL', none: ['PROTEST'], score: 68 },
      { id: 'clash.forces-kill-militants', why: 'Codebook: deaths on both armed sides with no civilian named is a battle.', all: ['KILL', 'STATE_FORCE', 'MILITANT'], none: ['CIVILIAN', 'PROTEST'], score: 58 },
      { id: 'clash.fire-on-forces', why: 'Codebook: an armed group firing on state forces, their posts or convoys (or forces on an armed group) engages them: Armed clash, not an attack on civilians.', all: ['HARM_ACT'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE'], score: 71 },
      { id: 'clash.attack-on-forces', why: 'Codebook: an armed group attacking a force or its post engages it (Battles); the attacked party is armed.', all: ['CLASH_WEAK'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE'], score: 69 },
      { id: 'clash.fire-at-forces', why: 'Codebook: one armed side firing at another\'s forces or positions ("fired on the positions of …") engages it.', all: ['FIRED'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE', 'CIVILIAN'], score: 69 },
      { id: 'clash.person-fires-on-forces', why: 'Codebook: a person who shoots, stabs or fires on police, troops or guards is an armed actor engaging a force (Armed clash), not a civilian victim.', all: ['HARM_ACT'], agent: 'civilian', patient: ['state', 'target'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST'], score: 71 },
      { id: 'clash.person-attacks-forces', why: 'Codebook: an attack on a force or its post by armed individuals engages the force (Armed clash).', all: ['CLASH_WEAK'], agent: 'civilian', patient: ['state', 'target'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST'], score: 69 },
      { id: 'clash.kill-forces', why: 'Codebook: fighters of one armed side killed by another, with no bomb, shell or aircraft named, is a battle.', all: ['KILL'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'GRIEVANCE', 'CIVILIAN'], score: 68 },
      // acled6:
      // Neighbours: Attack (the target is unarmed: a civilian patient leaves the rule), Violent demonstration and Excessive force
      // (a protest is told). Unlike clash.fire-at-forces, a civilian word elsewhere in the sentence ("armed men", "a bystander")
      // does not block it: the patient read after the verb decides, and a man who fires at guards is an armed actor
      // (clash.person-fires-on-forces reads the same for "shot", which "shot at" hides).
      { id: 'clash.fire-at-post-or-force', why: 'Codebook: attacks on armed agents (soldiers, police, guards, their posts and stations) are Battles even when one-sided; anyone firing at a force or its post engages it (Armed clash), whatever civilian word the sentence holds elsewhere.', all: ['FIRED'], patient: ['state', 'target', 'nonstate'], agent: ['state', 'nonstate', 'unknown', 'civilian'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST', 'PROTEST_WEAK', 'CROWD'], score: 69 },
      // The patient read after the verb is an armed side ("killed a suspected ISWAP commander and his son"): a civilian told beside
      // it does not make the act an attack (clash.kill-forces asks for no civilian word at all). Neighbour: Attack (a possessor,
      // "a soldier's wife", and "former fighters" are no armed patient: target-kind.ts).
      { id: 'clash.kill-armed-patient', why: 'Codebook: the target\'s kind decides; killing members of an armed, organised group or force (its commander, fighters, soldiers) is a Battle even when others die beside them.', all: ['KILL'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate'], none: ['PROTEST', 'GRIEVANCE', 'STORY_PROTEST', 'AIR', 'SHELL', 'EXPLOSIVE', 'SUICIDE'], score: 67 },
      // Neighbours: Disrupted weapons use (a plot, bomb or suicide attack foiled: case5's rows, which outscore this one); the
      // remote-violence sub-types (an attack by shells or aircraft repelled: their weapon rules outscore this one).
      { id: 'clash.attack-repelled', why: 'Codebook: an attack on a military post repelled is an Armed clash; defenders who repel, repulse or fight off an assault, incursion or advance engage the attackers.', all: ['REPEL', 'ASSAULT_MOVE'], object: 'ASSAULT_MOVE', reach: 4, none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'PLOT', 'SUICIDE_ACT', 'SUICIDE'], score: 69 },
      { id: 'clash.incursion-thwarted', why: 'Codebook: an armed side\'s incursion, infiltration or advance stopped by the other is a fight between them (Armed clash), not a weapon disrupted (a bare "foiled an attack" may be a plot stopped before it began: nonevent.foiled).', all: ['FOIL', 'INCURSION'], object: 'INCURSION', reach: 4, none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'PLOT', 'SUICIDE_ACT', 'SUICIDE', 'EXPLOSIVE'], score: 69 },
      // clash7:
      // clash.militants-attack-forces now reads the attack's own object (a civilian there is no force attacked); state forces
      // who raid or attack where an armed group is named keep its old reading ("troops raided a hospital, saying militants had
      // used it as a base"): the armed group is the side they move on. Neighbour: Attack (a charge's party is no party:
      // "villagers suspected of supporting the PDF", hit-readings.ts).
      { id: 'clash.forces-move-on-militants', why: 'Codebook: state forces attacking or raiding where an armed group is told engage that group (Battles), whatever place they enter.', all: ['CLASH_WEAK', 'MILITANT'], any: ['STATE_FORCE', 'TARGET_MIL'], agent: 'state', none: ['PROTEST'], score: 70 },
      // gap7:
      // Neighbours: Government regains / Non-state actor overtakes territory ("control of" alone: a capture told); Mob violence
      // (a crowd's fight: the agent must not be one).
      // Neighbour: Mob violence (mob.violence, 89: MOB holds "vigilante*", as in vigilante justice). Vigilantes set on by an
      // armed group are a communal militia that group fights (codebook, inter code 4; the actor reader's communal militia); a
      // crowd or mob that acts is read by its own rules (the agent here must be an armed group); with fire exchanged, mob.violence
      // is ruled out already and the older clash rows read it.
      { id: 'clash.armed-group-on-vigilantes', why: 'Codebook: Armed clash is fighting between organised armed sides, communal and vigilante militias among them; an armed group that attacks, kills or fights vigilantes.', all: ['MOB', 'MILITANT'], any: ['ATTACK', 'KILL', 'CLASH', 'FIRED', 'AMBUSH_ACT'], agent: 'nonstate', none: ['PROTEST', 'CROWD', 'STORY_PROTEST', 'GUNFIGHT'], score: 90 },
      { id: 'clash.contest-for-control', why: 'Codebook: Armed clash is fighting between armed, organised sides with no change of control reported; sides that fight or battle for control of a place.', all: ['CONTEST'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'AIR', 'SHELL'], score: 72 },
      // lead8:
      // Neighbours: Air/drone strike (a state named as such, air.state-strikes-*, or aircraft told: air.*), Attack (civilians
      // struck: the patient here must be an armed side or its post).
      { id: 'clash.force-strikes-armed-side', why: 'Codebook: Armed clash is armed, organised sides fighting; a force or armed group that struck or hit another armed side or its positions, with no air or heavy weapon told.', all: ['STRIKE_VERB'], agent: ['state', 'nonstate'], subjectAgent: true, patient: ['state', 'nonstate', 'target'], none: ['PROTEST', 'RIOT', 'MOB', 'INTERCEPT', 'ABDUCT', 'ARREST', 'FOIL', 'NOT_STRIKE', 'AGREEMENT', 'AGREE_MORE'], score: 66 },
      // clash9:
      // Neighbour: Shelling/artillery/missile attack (long-range fire with no ground fighting told: shell.artillery, which a
      // fight told only after the shelling, "shelled the town amid ongoing clashes", leaves to it).
      // Neighbour: Attack (the repelled are civilians or a crowd: no rule here fires for them). An attack repelled is
      // acled6's clash.attack-repelled; here the side itself is what was driven off.
      { id: 'clash.armed-side-repelled', why: 'Codebook: an attack repelled is an Armed clash; a force or group that repels, repulses or fights off an armed side ("troops repelled the attackers") engages it.', all: ['REPEL'], patient: ['state', 'nonstate', 'target'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'MOB', 'PLOT', 'SUICIDE_ACT', 'SUICIDE'], score: 69 },
      { id: 'clash.repelled-them', why: 'Codebook: an attack repelled is an Armed clash; defenders who repulsed or fought off "them", the side that just attacked, engage it.', all: ['REPEL_BACK'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'MOB', 'CROWD', 'PLOT'], score: 66 },
      // Neighbour: Attack (attack.abducted-and-killed: the abducted are civilians, off duty or former members included).
      { id: 'clash.abducted-force-killed', why: 'Codebook: the target\'s kind decides; members of a force or armed group abducted and then killed by the other side are an armed side\'s dead (Armed clash), as fighters captured and executed are.', all: ['ABDUCT', 'KILL'], patient: ['state', 'nonstate'], agent: ['nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'KIDNAPPERS', 'ARREST', 'CIVILIAN'], score: 90 },
      { id: 'clash.fighting-with-shelling', why: 'Codebook: Armed clash is armed, organised sides fighting; artillery or rocket fire used within the fighting told first ("clashes erupted … amid mutual shelling", "fought with heavy artillery") is part of that battle, not a one-sided remote attack.', all: ['CLASH', 'SHELL'], object: 'SHELL', objectAfter: true, reach: 30, none: ['PROTEST', 'RIOT', 'MOB', 'AIR', 'INTERCEPT'], score: 77 },
      // clash10:
      // Neighbours: Attack (attack.harm: the wounded are civilians, or no one is named), Mob violence (a crowd that wounds a force
      // is the crowd's: mob.crowd-wounds; the agent here is an armed side or unnamed), the remote-violence types (a bomb, shell,
      // aircraft or grenade that wounded them).
      { id: 'clash.wound-forces', why: 'Codebook: Armed clash covers an armed, organised group engaging a state force or another armed group even when the targets do not fire back; wounding a force\'s or an armed group\'s members ("gunmen wounded two police officers") is that, not violence against civilians.', all: ['HARM'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT', 'MOB', 'CROWD', 'CIVILIAN', 'STONING', 'AIR', 'AIR_WEAK', 'SHELL', 'SHELL_WEAK', 'EXPLOSIVE', 'GRENADE', 'SUICIDE', 'HEAVY_WEAPON'], score: 68 },
      // case10x:
      // Neighbours: Non-state actor overtakes territory and Government regains territory (the taking verb's object is the
      // place itself: "captured the town"), Non-violent transfer (no fight told).
      { id: 'clash.part-taken-in-fight', why: `${PART_TAKEN_WHY} (a seizing verb: "captured parts of the town").`, all: ['TAKE_TERRITORY', 'PART_HOLD'], any: PART_TAKEN_FIGHT, object: 'PART_HOLD', objectAfter: true, reach: 3, none: ['PROTEST', 'ARREST'], score: 92 },
      { id: 'clash.part-taken-plain-in-fight', why: `${PART_TAKEN_WHY} (a plain taking verb: "took parts of the district").`, all: ['TAKE_PLAIN', 'PART_HOLD'], any: PART_TAKEN_FIGHT, object: 'PART_HOLD', objectAfter: true, reach: 3, none: ['PROTEST', 'ARREST'], score: 92 },
      { id: 'clash.part-occupied-in-fight', why: `${PART_TAKEN_WHY} (an occupying verb: "occupied parts of the compound").`, all: ['OCCUPY', 'PART_HOLD'], any: PART_TAKEN_FIGHT, object: 'PART_HOLD', objectAfter: true, reach: 3, none: ['PROTEST', 'ARREST'], score: 92 },
      // clash11:
      // Neighbours: Shelling/artillery/missile attack (fire that is not traded: "shelled the town"; an artillery duel across a line,
      // SHELL: the sides fire from afar, each side's fire one-sided), Mob violence (crowds that trade blows or stones: NOT_ARMED_FIGHT).
      { id: 'clash.fire-traded', why: `${FIRE_TRADED_WHY} (fire traded between sides, with the weapon named between: "exchanged mortar fire and gunfire").`, all: ['FIRE_TRADE', 'VOLLEY'], object: 'VOLLEY', objectAfter: true, reach: 4, none: [...NOT_ARMED_FIGHT, 'SHELL'], score: 78 },
      { id: 'clash.fire-traded-small-arms', why: `${FIRE_TRADED_WHY} (heavy fire traded with small arms beside it: "exchanged mortar fire and gunfire"; small arms are fired in contact).`, all: ['FIRE_TRADE', 'VOLLEY', 'SMALL_ARMS'], object: 'VOLLEY', objectAfter: true, reach: 4, none: NOT_ARMED_FIGHT, score: 78 },
      // Neighbours: Shelling (GUNFIGHT's fire answered or exchanged, told beside the mortars one side used), Disrupted weapons use.
      { id: 'clash.fire-answered-beside-shelling', why: `${FIRE_TRADED_WHY} (fire answered or exchanged beside the heavy weapons used: "attacked the post with mortars; soldiers returned fire").`, all: ['GUNFIGHT'], any: ['SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON'], none: [...NOT_ARMED_FIGHT, 'INTERCEPT'], score: 78 },
      // Neighbours: Attack (an armed side's one-sided violence: the other side does not fight), Mob violence (a crowd that fights).
      // Scored under the older fight rows (clash.attack-on-forces 69), over the killings' (attack.kill-civilians 66): a backstop.
      { id: 'clash.armed-side-fought', why: `${FIRE_TRADED_WHY} (an armed side that fought: "tribal fighters fought a rival tribe"; to fight is to be engaged in a fight, both sides).`, all: ['FOUGHT'], agent: ['state', 'nonstate'], patient: ['state', 'nonstate', 'target', 'unknown'], act: { concept: 'FOUGHT', by: ['state', 'nonstate'], finite: true }, none: NOT_ARMED_FIGHT, score: 67 },
      // Neighbours: Disrupted weapons use (a missile or drone intercepted: no fight told), Government regains territory.
      { id: 'clash.assault-repelled-in-fight', why: `${FIRE_TRADED_WHY} (an assault repelled in a fight, whatever weapon repelled it: "fought …, using artillery to repel the assault").`, all: ['REPEL', 'ASSAULT_MOVE'], any: ['CLASH', 'FOUGHT', 'GUNFIGHT'], object: 'ASSAULT_MOVE', objectAfter: true, reach: 4, none: [...NOT_ARMED_FIGHT, 'DUD'], score: 91 },
      // terr11:
      // Neighbour: Shelling/artillery/missile attack (shell.rocket-harm: rockets or mortars with no fight told before them).
      // The strong words ("shelling", "artillery") are clash9's clash.fighting-with-shelling.
      { id: 'clash.fighting-with-rockets', why: 'Codebook: Armed clash is armed, organised sides fighting; mortars or rockets told as used within the fight told first ("clashed for hours, using mortars") are part of that battle, not a one-sided remote attack.', all: ['CLASH', 'SHELL_WEAK'], object: 'SHELL_WEAK', objectAfter: true, reach: 30, none: ['PROTEST', 'RIOT', 'MOB', 'AIR', 'AIR_WEAK', 'INTERCEPT'], score: 75 },
      // clash12:
      // Neighbours: Attack (the attacked do not fight back: no resisting side told, or only villagers or a crowd resist, who are
      // no armed side), Arrests (a suspect who "resisted arrest"), the protest types (demonstrators who resist dispersal).
      // Civilians or a crowd harmed beside it do not block it: the defenders' fight decides.
      { id: 'clash.armed-side-resisted', why: 'Codebook: an Armed clash is armed, organised groups engaging each other; a force, militia or local defence group that resisted or put up resistance to an attack fights the attackers, whoever else was harmed.', all: ['RESIST'], act: { concept: 'RESIST', by: ['state', 'nonstate'], finite: true }, none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT', 'ARREST', 'AIR', 'AIR_WEAK', 'AGREEMENT'], score: 70 },
      // acled15:
      // Neighbours: Shelling/artillery/missile attack (rockets or mortars fired from afar, no ground assault told and no one fighting
      // back: shell.rocket-harm, shell.artillery), Disrupted weapons use (an attack foiled or intercepted), Attack (civilians assaulted:
      // the patient must be a force, an armed group or its post).
      { id: 'clash.assault-with-small-arms', why: 'Codebook: Explosions/Remote violence is one-sided violence whose tool takes away the target\'s ability to respond; a ground assault on a force, an armed group or its post with rifles or machine guns beside rockets or mortars is fighting the defenders can answer, an Armed clash.', all: ['CLASH_WEAK', 'SMALL_ARMS'], any: ['SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON'], agent: ['state', 'nonstate', 'unknown'], patient: ['state', 'nonstate', 'target'], none: [...NOT_ARMED_FIGHT, 'INTERCEPT', 'EXPLOSIVE', 'SUICIDE', 'SUICIDE_ACT', 'GRENADE', 'PLOT', 'DUD'], score: 77 },
      { id: 'clash.heavy-weapons-fought-back', why: 'Codebook: Explosions/Remote violence is one-sided violence whose tool takes away the target\'s ability to respond; a force or armed group that resisted or fought back an attack made with rockets, mortars or heavy weapons engaged the attackers, an Armed clash.', all: ['RESIST'], any: ['SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON'], act: { concept: 'RESIST', by: ['state', 'nonstate'], finite: true }, none: [...NOT_ARMED_FIGHT, 'INTERCEPT', 'ARREST', 'DUD'], score: 78 },
      // batt15b:
      // "repel*" / "repuls*" / "thwart*" are also INTERCEPT's words, so that a repelled attack told beside rifles (WEAPON_SEIZE) or
      // shelling (SHELL) read as a weapon stopped (disrupted.weapons-seized 92, disrupted.intercepted 90). A ground assault repelled,
      // its object told right after the verb, with the rifles or shelling that misled those rows told, is the defenders' fight;
      // scored over those two (with neither told, clash.attack-repelled and the older rows type it; a place taken: the territory rows).
      // Neighbours: Disrupted weapons use (an attack by drones, missiles, rockets, aircraft, a bomb or a suicide attacker
      // repelled or intercepted: AIR, AIR_WEAK, SHELL_WEAK, EXPLOSIVE, SUICIDE rule this out), nonevent.foiled (a plot foiled),
      // Mob violence (residents or a crowd that fight the attackers off are no organised armed side: the defenders must be a force, a group or untold; MOB, RIOT rule it out).
      { id: 'clash.ground-assault-repelled', why: 'Codebook: an attack on a military post repelled is an Armed clash (both sides engage); defenders who repel or repulse an assault, attack or offensive fight it off, whatever rifles or shelling the sentence names beside it; only a projectile or bomb attack stopped is Disrupted weapons use.', all: ['REPEL', 'ASSAULT_MOVE'], any: ['WEAPON_SEIZE', 'SHELL'], object: 'ASSAULT_MOVE', objectAfter: true, reach: 4, agent: ['state', 'nonstate', 'unknown'], none: ['TAKE_TERRITORY', 'REGAIN', 'OVERTAKE', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'RIOT_WEAK', 'MOB', 'PLOT', 'SUICIDE_ACT', 'SUICIDE', 'AIR', 'AIR_WEAK', 'SHELL_WEAK', 'EXPLOSIVE', 'GRENADE', 'BOMBING', 'CHEM'], score: 93 },
      // The same fight told by "thwarted" (FOIL, INTERCEPT's word too) with shelling beside it, or by the attackers repelled
      // (clash.armed-side-repelled 69) with shelling beside it: disrupted.intercepted (90) read the shelling as a weapon stopped.
      // A bare "thwarted an attack" with no shelling stays with the older rows (a plot stopped may be no event: nonevent.foiled).
      { id: 'clash.assault-thwarted-beside-shelling', why: 'Codebook: an attack on a military post repelled is an Armed clash; a force or group that thwarts an assault, attack or offensive told beside shelling fights it off (the shells are the attackers\' fire, not a weapon stopped).', all: ['FOIL', 'ASSAULT_MOVE', 'SHELL'], object: 'ASSAULT_MOVE', objectAfter: true, reach: 4, agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'RIOT_WEAK', 'MOB', 'PLOT', 'SUICIDE_ACT', 'SUICIDE', 'AIR', 'AIR_WEAK', 'SHELL_WEAK', 'EXPLOSIVE', 'GRENADE', 'BOMBING', 'CHEM'], score: 93 },
      { id: 'clash.attackers-repelled-beside-shelling', why: 'Codebook: an attack repelled is an Armed clash; a force or group that repels or fights off an armed side, told beside the shelling it attacked with, engages it.', all: ['REPEL', 'SHELL'], patient: ['state', 'nonstate', 'target'], agent: ['state', 'nonstate', 'unknown'], none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'RIOT', 'RIOT_WEAK', 'MOB', 'PLOT', 'SUICIDE_ACT', 'SUICIDE', 'AIR', 'AIR_WEAK', 'SHELL_WEAK', 'EXPLOSIVE', 'GRENADE', 'BOMBING', 'CHEM'], score: 93 },
      // Codebook: attacks on armed agents are Battles even when one-sided; "a military convoy was attacked" read as attack.noun (39)
      // since FORCE_MOVE's phrase hid the force in it. Neighbours: Attack (an aid or civilian convoy: no MIL_MOVE), the
      // remote-violence sub-types (a bomb, mine, strike or shells on the convoy: their words rule this out).
      { id: 'clash.force-convoy-attacked', why: 'Codebook: an attack on a state force is an Armed clash (Battles cover attacks on armed agents even when one-sided); a military convoy, column or joint patrol attacked, ambushed or fired on, active or passive, is the force attacked.', all: ['ATTACK', 'MIL_MOVE'], object: 'MIL_MOVE', reach: 4, none: ['PROTEST', 'PROTEST_WEAK', 'CROWD', 'MOB', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'EXPLOSIVE', 'SUICIDE', 'SUICIDE_ACT', 'GRENADE', 'BOMBING', 'INTERCEPT'], score: 70 },
      // acled16:
      // Sides told as having fought ("fought", "battled"), then the heavy weapons or shelling they fought with ("…, with both sides
      // using heavy weapons", "fought with artillery and mortars"): shell.heavy-weapons-used (74) and shell.artillery (76) read only
      // the weapon. Neighbours: Shelling/artillery/missile attack (no fight told, or the weapon told first and the fight after:
      // the weapon must come after the fight word); Disrupted weapons use (the fire intercepted).
      { id: 'clash.fought-with-heavy-weapons', why: FIRE_TRADED_WHY, all: ['FOUGHT', 'HEAVY_WEAPON'], object: 'HEAVY_WEAPON', objectAfter: true, reach: 15, agent: ['state', 'nonstate', 'unknown'], none: [...NOT_ARMED_FIGHT, 'INTERCEPT'], score: 77 },
      { id: 'clash.fought-with-shelling', why: FIRE_TRADED_WHY, all: ['FOUGHT', 'SHELL'], object: 'SHELL', objectAfter: true, reach: 15, agent: ['state', 'nonstate', 'unknown'], none: [...NOT_ARMED_FIGHT, 'INTERCEPT'], score: 77 },
    ] },
  { subEventType: 'Government regains territory', eventType: 'Battles',
    definition: 'Government forces or their affiliates win control of a location held by a non-state group.',
    decisive: 'state forces (or allied militias) take back a place from a non-state group, by force.',
    neighbours: 'Non-state actor overtakes territory (the winner is non-state); Armed clash (no place changes hands); Non-violent transfer of territory (no fighting).',
    rules: [
      { id: 'territory.state-takes-place', why: 'Codebook: government forces regain control of a location; a seizing verb with a place as its object, the state as agent.', all: ['TAKE_TERRITORY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: ['ARREST', 'COUP'], score: 84 },
      // Round 40: not of a prison or its cell blocks taken back from its inmates (here and in territory.regains; the frees-place rules
      // below rule it out too): a prison riot or a gang fight inside one is no group's hold of territory.
      { id: 'territory.state-regains', why: 'Codebook: government forces regain control; a "retake / recapture / liberate" verb with the state as agent.', all: ['REGAIN'], agent: 'state', none: ['PRISON'], score: 84 },
      { id: 'territory.regains', why: 'Codebook: regaining ground is what governments do; a "retake" verb with no armed group named.', all: ['REGAIN'], none: ['MILITANT', 'ARMED', 'PRISON'], score: 66 },
      // case31: the armed group named as the place's holder ("Mocímboa da Praia, the port town insurgents had held for almost a year,
      // has been recaptured"): a passive with no taker named, whose subject the group held, was won back from it.
      // Neighbour: Non-state actor overtakes territory (a group named as the taker: the agent is non-state, not unknown).
      { id: 'territory.regained-from-group', why: 'Codebook: Government regains territory is government forces or their affiliates regaining control of a location held by a non-state group; a place told as retaken, with the armed group that held it named before the verb and no taker named.', all: ['REGAIN'], any: ['MILITANT', 'ARMED'], agent: ['unknown'], patient: ['nonstate'], score: 66 },
      // case4:
      { id: 'territory.state-takes-place-plain', why: 'Codebook: government forces regain control of a location; "took / secured / the capture of" with a place as its object, the state as agent.', all: ['TAKE_PLAIN', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'], score: 80 },
      { id: 'territory.state-drives-out', why: 'Codebook: government forces regain control of a location; a state force that drives an armed group out of a place ("drove the rebels from the village").', all: ['EXPEL', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 9, agent: 'state', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK'], score: 84 },
      // case5:
      { id: 'territory.falls-to-state', why: 'Codebook: government forces win control of a location; a place that "came under the control of" state forces named after it.', all: ['CONTROL_PASSES'], patient: ['state'], none: NOT_TERRITORY, score: 84 },
      { id: 'territory.freed-from-group', why: 'Codebook: government forces regain control of a location held by a non-state group; a place "cleared of / liberated from" the group, with no group as who acts.', all: ['FREED_FROM'], agent: ['state', 'unknown'], none: NOT_TERRITORY, score: 83 },
      { id: 'territory.state-takes-named-place', why: 'Codebook: government forces regain control of a location; a seizing verb with a named place as its object ("troops recaptured Kidal"), the state as agent.', all: ['TAKE_TERRITORY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_TERRITORY, score: 84 },
      { id: 'territory.state-drives-out-of-named-place', why: 'Codebook: government forces regain control of a location; a state force drives an armed group out of a named place ("cleared the militants from Gwoza").', all: ['EXPEL', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 9, agent: 'state', none: NOT_TERRITORY, score: 84 },
      { id: 'territory.state-occupies', why: 'Codebook: government forces win control of a location; "occupied" with a place as its object, the state as agent.', all: ['OCCUPY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'state', none: NOT_TERRITORY, score: 80 },
      { id: 'territory.state-occupies-named-place', why: 'Codebook: government forces win control of a location; "occupied" with a named place as its object, the state as agent.', all: ['OCCUPY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_TERRITORY, score: 80 },
      // case7:
      // "Peshmerga fighters and Iraqi troops advanced into the town of Bashiqa": a state force that advances or fights its
      // way into a place takes it (a place entered unopposed or after a withdrawal: Non-violent transfer).
      { id: 'territory.state-advances-into', why: 'Codebook: government forces regain control of a location; state forces advancing or fighting their way into a town or area.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 3, agent: 'state', none: NOT_FORCED_TAKING, score: 82 },
      // "Government forces entered the rebel-held town after two days of fierce fighting": entering told beside fighting is
      // taking the place by force (neighbours: transfer.entered, a place entered with no fighting; Armed clash, fighting
      // with no place entered).
      { id: 'territory.state-enters-fighting', why: 'Codebook: government forces regain control of a location through armed interaction; state forces entering a town with fighting told.', all: ['ENTERED', 'TERRITORY_NOUN'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'TERRITORY_NOUN', reach: 4, agent: 'state', none: NOT_FORCED_TAKING, score: 80 },
      { id: 'territory.state-enters-fighting-named-place', why: 'Codebook: government forces regain control of a location through armed interaction; state forces entering a named place with fighting told.', all: ['ENTERED', 'PLACE_NAME'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_FORCED_TAKING, score: 80 },
      { id: 'territory.state-advances-into-named-place', why: 'Codebook: government forces regain control of a location; state forces advancing or fighting their way into a named place.', all: ['ADVANCE_INTO', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'state', none: NOT_FORCED_TAKING, score: 82 },
      // recall9:
      // "Government forces advanced to within five kilometres of the rebel-held city", "Troops close in on rebel stronghold": the
      // state's offensive to retake a place, told by its advance (neighbours: territory.state-advances-into, the place entered;
      // Armed clash, fighting with no advance on a place told).
      // "Afghan forces pushed into the Taliban-held district of ...": a place named with its holder before it ("X-held",
      // "rebel-controlled") stands further from the moving word than territory.state-advances-into reads (3 words).
      { id: 'territory.state-advances-into-held', why: 'Codebook: government forces regain control of a location; state forces advancing or fighting their way into a town or area held by the other side.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 6, agent: 'state', none: NOT_OFFENSIVE, score: 81 },
      { id: 'territory.state-advances-on', why: 'Codebook: Government regains territory is government forces regaining control of a location; a state force\'s advance on a place held by the other side.', all: ['ADVANCE_TOWARD'], agent: 'state', none: NOT_OFFENSIVE, score: 62 },
      // terr11:
      // Neighbour: Non-state actor overtakes territory (territory.group-seizes-control, territory.seizes-control: OVERTAKE read
      // whole, "seized the town", hides TAKE_TERRITORY and its place noun from territory.state-takes-place). Only a subject before
      // the verb is read: "the town fell to the army" names no subject that takes it; with an armed group named anywhere
      // ("rebels of the junta's rival alliance seized the town") the possessor may be misread as the subject, so the older rows keep it.
      { id: 'territory.state-overtakes', why: 'Codebook: Government regains territory is government forces (or their affiliates) winning control of a location; a state force that is the subject of a seizing verb ("soldiers seized the town") takes it for the state.', all: ['OVERTAKE'], agent: 'state', subjectAgent: true, none: ['REGAIN', 'ARREST', 'PART_HOLD'], score: 84 },
      // recall14:
      // Neighbours: Non-state actor overtakes territory (the group's hold); a report of violence in a place the state holds.
      { id: 'territory.back-to-state', why: 'Codebook: Government regains territory is government forces winning control of a location; a place told as back under government control or back in its hands.', all: ['BACK_TO_STATE'], none: ['SHELL', 'SHELL_WEAK', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'EXPLOSIVE', 'SUICIDE', 'GRENADE', 'KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'LOOT', 'DISPLACE', 'FLED'], score: 84 },
      { id: 'territory.state-back-in-control', why: 'Codebook: Government regains territory is government forces winning control of a location; a state force told as back in control of a named place or a town, the place its object ("Army back in control of Kessa").', all: ['BACK_IN_CONTROL'], any: ['PLACE_NAME', 'TERRITORY_NOUN'], agent: 'state', subjectAgent: true, object: 'PLACE_NAME', objectAfter: true, reach: 3, none: ['SHELL', 'SHELL_WEAK', 'AIR', 'AIR_WEAK', 'EXPLOSIVE', 'KILL', 'HARM', 'ABDUCT', 'ARREST', 'PROTEST', 'PROTEST_WEAK'], score: 84 },
      { id: 'territory.state-back-in-control-of-town', why: 'Codebook: Government regains territory is government forces winning control of a location; a state force told as back in control of a town, district or area, the place its object ("troops are back in control of the town").', all: ['BACK_IN_CONTROL'], any: ['PLACE_NAME', 'TERRITORY_NOUN'], agent: 'state', subjectAgent: true, object: 'TERRITORY_NOUN', objectAfter: true, reach: 3, none: ['SHELL', 'SHELL_WEAK', 'AIR', 'AIR_WEAK', 'EXPLOSIVE', 'KILL', 'HARM', 'ABDUCT', 'ARREST', 'PROTEST', 'PROTEST_WEAK'], score: 84 },
      { id: 'territory.state-frees-place', why: 'Codebook: Government regains territory is government forces winning control of a location held by a non-state group; a state force that frees a named place or a town from a group ("free Ramadi from Islamic State"), WordNet\'s liberate.v sense of free.', all: ['FREE_PLACE'], any: ['PLACE_NAME', 'TERRITORY_NOUN'], agent: 'state', subjectAgent: true, object: 'PLACE_NAME', objectAfter: true, reach: 4, none: ['ABDUCT', 'KIDNAPPERS', 'DETAINEES', 'RANSOM', 'ARREST', 'PRISON', 'PROTEST'], score: 84 },
      { id: 'territory.state-frees-town', why: 'Codebook: Government regains territory is government forces winning control of a location held by a non-state group; a state force that frees a town or village from a group ("freed the village from the militants").', all: ['FREE_PLACE', 'TERRITORY_NOUN'], any: ['MILITANT', 'ARMED'], agent: 'state', subjectAgent: true, object: 'TERRITORY_NOUN', objectAfter: true, reach: 4, none: ['ABDUCT', 'KIDNAPPERS', 'DETAINEES', 'RANSOM', 'ARREST', 'PRISON', 'PROTEST'], score: 84 },
      // fix15:
      // "Government forces gained ground around Arvella": the state's side wins ground, with itself as the subject (neighbours:
      // territory.group-gains-ground, the winner non-state; Armed clash, fighting with no ground told won; a party's "gains" in a
      // vote is no armed side's).
      { id: 'territory.state-gains-ground', why: 'Codebook: Government regains territory is government forces (or their affiliates) winning control of a location; a state force told as the subject of "gained ground" or "made gains" wins ground held by the other side.', all: ['GAIN_GROUND'], agent: 'state', subjectAgent: true, none: NOT_OFFENSIVE, score: 80 },
      // case15: Neighbours: Non-state actor overtakes territory (the state is the loser: territory.state-loses-control); a
      // report that names no side after "to" and a group as the loser still hands the place back to the state.
      { id: 'territory.state-takes-from-loser', why: 'Codebook: Government regains territory is government forces winning control of a location held by a non-state group; a side that "lost control of" a place "to" a state force named after it hands the place to the state.', all: ['LOST_CONTROL'], patient: ['state'], none: NOT_TERRITORY, score: 84 },
      { id: 'territory.group-loses-control', why: 'Codebook: Government regains territory is government forces winning control of a location held by a non-state group; a non-state group told as the subject of "lost control of" a place has lost it to the state.', all: ['LOST_CONTROL'], agent: 'nonstate', subjectAgent: true, none: NOT_TERRITORY, score: 80 },
      // batt15b:
      // territory.state-drives-out-of-named-place reads only places the gazetteer resolves; a small place it does not know left
      // "drove the rebels out of Arvella" untyped. Here the expelled side is the verb's object (a non-state group) and a place is
      // told after "from / out of". Scored under the named-place and place-noun rows (84), a backstop. Neighbours: Armed clash (no one driven out), Arrests and Abduction (people taken: NOT_TERRITORY).
      { id: 'territory.state-drives-group-from', why: 'Codebook: government forces regain control of a location held by a non-state group; a state force, named as the subject, that drives an armed group out of or from a place takes it by force.', all: ['EXPEL', 'FROM_PLACE'], object: 'FROM_PLACE', objectAfter: true, reach: 6, agent: 'state', subjectAgent: true, patient: ['nonstate'], none: NOT_TERRITORY, score: 83 },
      // recall16b: Neighbours: Arrests and Looting (people or arms captured: ARREST, SUSPECTS, WEAPON_SEIZE rule it out; not MATERIEL, whose "fighters" names the doers too).
      { id: 'territory.state-taking-noun-by', why: 'Codebook: government forces regain control of a location; the taking told as a noun with the place after "of" and the state force after "by" ("the recapture of Kessa by government forces"), the place a name the gazetteer need not know.', all: ['TAKING_NOUN', 'BY_AGENT'], agent: 'state', none: [...NOT_TERRITORY, 'SUSPECTS', 'WEAPON_SEIZE'], score: 78 },
      { id: 'territory.state-taking-noun-from', why: 'Codebook: government forces regain control of a location held by a non-state group; the taking told as a noun with the place after "of" and whom it was taken from after "from" ("the army announced the recapture of Kessa from the insurgents"), the state force its doer.', all: ['TAKING_NOUN', 'FROM_PLACE'], agent: 'state', none: [...NOT_TERRITORY, 'SUSPECTS', 'WEAPON_SEIZE'], score: 76 },
      // terr17: Neighbours: Non-state actor overtakes territory (a group named after "to"); the fall of a place with no side named
      // after "to" ("since the fall of the regime") is no taking (fell-to.ts drops the cue).
      { id: 'territory.falls-to-state-noun', why: 'Codebook: Government regains territory is government forces (or their affiliates) winning control of a location; "the fall of" a place "to" a state force named after it ("the fall of Kessa to the army") hands the place to the state.', all: ['FALL_NOUN'], agent: 'state', none: NOT_TERRITORY, score: 82 },
    ] },
  { subEventType: 'Non-state actor overtakes territory', eventType: 'Battles',
    definition: 'A non-state armed group or foreign force wins control of a location by force.',
    decisive: 'a non-state armed group seizes a place from another actor, by force.',
    neighbours: 'Government regains territory (the winner is the state); Non-violent transfer of territory (no fighting); Looting (goods, not ground, are seized).',
    rules: [
      { id: 'territory.group-takes-place', why: 'Codebook: a non-state group takes control of a location; a seizing verb with a place as its object, a group as agent.', all: ['TAKE_TERRITORY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: ['ARREST', 'COUP'], score: 84 },
      { id: 'territory.group-seizes-control', why: 'Codebook: a non-state group takes control of a location; "seized control / overran" with a group named.', all: ['OVERTAKE', 'MILITANT'], none: ['REGAIN'], score: 82 },
      { id: 'territory.seizes-control', why: 'Codebook: taking control of a location by force; "overran / fell to" alone.', all: ['OVERTAKE'], none: ['REGAIN', 'ARREST'], score: 64 },
      { id: 'territory.group-captures-fighting', why: 'Codebook: a non-state group takes a location through armed interaction; "captured" beside fighting.', all: ['OVERTAKE_WEAK', 'MILITANT'], any: ['CLASH', 'CLASH_WEAK'], none: ['REGAIN', 'ARREST', 'WEAPON_SEIZE'], score: 66 },
      // case4:
      { id: 'territory.group-takes-place-plain', why: 'Codebook: a non-state group takes control of a location by force; "took / secured / the fall of" with a place as its object, a group as agent.', all: ['TAKE_PLAIN', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK', 'ABDUCT'], score: 80 },
      { id: 'territory.group-drives-out', why: 'Codebook: a non-state group takes control of a location by force; a group that drives another side out of a place.', all: ['EXPEL', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 9, agent: 'nonstate', none: ['ARREST', 'PROTEST', 'PROTEST_WEAK'], score: 84 },
      // case5:
      { id: 'territory.falls-to-group', why: 'Codebook: a non-state group takes control of a location; a place "fell into the hands of" or "came under the control of" a group named after it.', all: ['CONTROL_PASSES'], patient: ['nonstate'], none: NOT_TERRITORY, score: 84 },
      { id: 'territory.group-takes-named-place', why: 'Codebook: a non-state group takes control of a location; a seizing verb with a named place as its object ("rebels seized Kidal"), a group as agent.', all: ['TAKE_TERRITORY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_TERRITORY, score: 84 },
      { id: 'territory.group-drives-out-of-named-place', why: 'Codebook: a non-state group takes control of a location by force; a group that drives another side out of a named place.', all: ['EXPEL', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 9, agent: 'nonstate', none: NOT_TERRITORY, score: 84 },
      { id: 'territory.group-occupies', why: 'Codebook: a non-state group takes control of a location; "occupied" with a place as its object, a group as agent.', all: ['OCCUPY', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', agent: 'nonstate', none: NOT_TERRITORY, score: 80 },
      { id: 'territory.group-occupies-named-place', why: 'Codebook: a non-state group takes control of a location; "occupied" with a named place as its object, a group as agent.', all: ['OCCUPY', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_TERRITORY, score: 80 },
      // case7:
      { id: 'territory.group-advances-into', why: 'Codebook: a non-state group takes control of a location by force; fighters advancing or fighting their way into a town or area.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 3, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 82 },
      { id: 'territory.group-enters-fighting', why: 'Codebook: a non-state group takes control of a location by force; fighters entering a town with fighting told.', all: ['ENTERED', 'TERRITORY_NOUN'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'TERRITORY_NOUN', reach: 4, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 80 },
      { id: 'territory.group-enters-fighting-named-place', why: 'Codebook: a non-state group takes control of a location by force; fighters entering a named place with fighting told.', all: ['ENTERED', 'PLACE_NAME'], any: ['CLASH', 'CLASH_WEAK', 'FIRED'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 80 },
      { id: 'territory.group-advances-into-named-place', why: 'Codebook: a non-state group takes control of a location by force; fighters advancing or fighting their way into a named place.', all: ['ADVANCE_INTO', 'PLACE_NAME'], object: 'PLACE_NAME', reach: 1, agent: 'nonstate', none: NOT_FORCED_TAKING, score: 82 },
      // recall9:
      { id: 'territory.group-advances-into-held', why: 'Codebook: a non-state group takes control of a location by force; fighters advancing or fighting their way into a town or area held by the other side.', all: ['ADVANCE_INTO', 'TERRITORY_NOUN'], object: 'TERRITORY_NOUN', reach: 6, agent: 'nonstate', none: NOT_OFFENSIVE, score: 81 },
      { id: 'territory.group-advances-on', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location by force; fighters\' advance on a place held by the other side.', all: ['ADVANCE_TOWARD'], agent: 'nonstate', none: NOT_OFFENSIVE, score: 62 },
      // recall14:
      // Neighbours: a report of violence in a place that a group holds (its shelling, an attack, a flight: those words rule this out;
      // the place's holder is background there).
      { id: 'territory.under-group-control', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location; a place told as now under a group\'s control or in its hands ("under rebel control after days of fighting"), with no other violence told.', all: ['GROUP_HELD'], none: ['ATTACK', 'TARGET_MIL', 'FIRED', 'SHELL', 'SHELL_WEAK', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'EXPLOSIVE', 'SUICIDE', 'GRENADE', 'KILL', 'HARM', 'HARM_ACT', 'ABDUCT', 'ARREST', 'PROTEST', 'PROTEST_WEAK', 'LOOT', 'DISPLACE', 'FLED'], score: 84 },
      // fix15:
      // Neighbour: territory.state-gains-ground (the winner is the state).
      { id: 'territory.group-gains-ground', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location by force; an armed group told as the subject of "gained ground" or "made gains" wins ground held by the other side.', all: ['GAIN_GROUND'], agent: 'nonstate', subjectAgent: true, none: NOT_OFFENSIVE, score: 80 },
      // case15: Neighbour: Government regains territory (the group is the loser, or a state force is named after "to").
      { id: 'territory.group-takes-from-loser', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location; a side that "lost control of" a place "to" a group named after it hands the place to that group.', all: ['LOST_CONTROL'], patient: ['nonstate'], none: NOT_TERRITORY, score: 84 },
      { id: 'territory.state-loses-control', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location from the state; a state force told as the subject of "lost control of" a place has lost it to the other side.', all: ['LOST_CONTROL'], agent: 'state', subjectAgent: true, none: NOT_TERRITORY, score: 80 },
      // batt15b: the same, a non-state group driving a force or another group out of a place (see territory.state-drives-group-from).
      { id: 'territory.group-drives-side-from', why: 'Codebook: a non-state actor acquires control of a location by force; a non-state group, named as the subject, that drives a force or another group out of or from a place takes it.', all: ['EXPEL', 'FROM_PLACE'], object: 'FROM_PLACE', objectAfter: true, reach: 6, agent: 'nonstate', subjectAgent: true, patient: ['state', 'nonstate'], none: NOT_TERRITORY, score: 83 },
      // recall16b: Neighbours: Arrests and Looting (people or arms captured: ARREST, SUSPECTS, WEAPON_SEIZE rule it out; not MATERIEL, whose "fighters" names the doers too).
      { id: 'territory.group-taking-noun-by', why: 'Codebook: a non-state group takes control of a location by force; the taking told as a noun with the place after "of" and the group after "by" ("the capture of Kessa by rebel fighters"), the place a name the gazetteer need not know.', all: ['TAKING_NOUN', 'BY_AGENT'], agent: 'nonstate', none: [...NOT_TERRITORY, 'SUSPECTS', 'WEAPON_SEIZE', 'REGAIN'], score: 78 },
      { id: 'territory.group-taking-noun-from', why: 'Codebook: a non-state group takes control of a location by force; the taking told as a noun with the place after "of" and whom it was taken from after "from" ("the rebels claimed the capture of Kessa from the army"), the group its doer.', all: ['TAKING_NOUN', 'FROM_PLACE'], agent: 'nonstate', none: [...NOT_TERRITORY, 'SUSPECTS', 'WEAPON_SEIZE', 'REGAIN'], score: 76 },
      // terr17: the same, the side after "to" a non-state group ("the fall of Kessa to al-Shabaab militants").
      { id: 'territory.falls-to-group-noun', why: 'Codebook: Non-state actor overtakes territory is a non-state group taking control of a location by force; "the fall of" a place "to" a group named after it ("the fall of Kessa to the rebels") hands the place to that group.', all: ['FALL_NOUN'], agent: 'nonstate', none: NOT_TERRITORY, score: 82 },
    ] },
];

/** terr17: a fight told first and the ground it won told in the next sentence by the same sides (taking-after-fight.ts). */
export const TAKING_AFTER_FIGHT = {
  id: 'type.taking-after-fight',
  why: 'Codebook: Government regains territory and Non-state actor overtakes territory are battles in which a side wins control of a location; an Armed clash told first and, in the next sentence going on with the same sides ("They then took control of the town"), the place it won, is that taking',
  lead: 'Armed clash',
  /** The takings that turn the fight. */
  takings: ['Government regains territory', 'Non-state actor overtakes territory'],
  /** Subjects that go on with the sides already told. */
  pronouns: ['they', 'it'],
  /** Words that tell what followed, among the next sentence's first `reach` words. */
  goOn: ['then', 'later', 'subsequently', 'afterwards', 'eventually', 'thereafter'],
  reach: 4,
} as const;

/** acled15: a killing or wounding told first ("gunmen shot dead a man in X") and its victims named in the very next sentence as
 * members of a state force or an armed group ("The victim was a municipal police officer", "He was a member of a pro-government
 * militia"): the target's kind decides, so the Attack the first sentence read is retyped an Armed clash (mentions.ts via
 * victim-armed-after.ts). A former, retired or off-duty member, a member's kin, or a victim "accused of being" one is no armed
 * side (codebook: Attack, violence against unarmed people). */
export const VICTIM_ARMED_AFTER = {
  id: 'clash.victim-told-armed-after',
  why: 'Codebook: the target\'s kind decides: violence by an armed group against members of a state force or another armed, organised group engages them (Armed clash), against unarmed civilians it is an Attack; a killing told first and its victims named as police, soldiers or an armed group\'s members in the next sentence is an Armed clash',
  subEventType: 'Armed clash',
  /** The readings the next sentence can turn. */
  leads: ['Attack'],
  /** Who the next sentence tells of, before its "was / were": the victims, or a pronoun for them. */
  subjects: ['victim', 'victims', 'deceased', 'he', 'she', 'they', 'both', 'man', 'men', 'two', 'three', 'four', 'five'],
  /** The party words that name an armed side. */
  parties: ['STATE_FORCE', 'MILITANT', 'ARMED'] as Concept[],
  /** What the naming sentence may not tell: an act of its own. */
  notWith: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'CLASH_WEAK', 'FIRED', 'GUNFIGHT', 'ABDUCT', 'ARREST', 'ATTACK', 'AIR', 'SHELL', 'EXPLOSIVE'] as Concept[],
  /** Words between "was / were" and the party that make the victim no armed side. */
  not: ['former', 'ex', 'retired', 'off-duty', 'off', 'accused', 'not', 'never', 'no', 'wife', 'husband', 'son', 'daughter', 'brother',
    'sister', 'father', 'mother', 'relative', 'relatives', 'family', 'widow', 'child', 'children', 'nephew', 'cousin', 'civilian',
    'civilians', 'informant', 'informants', 'collaborator', 'collaborators', 'spy', 'supporter', 'supporters', 'sympathizer',
    'sympathiser', 'driver', 'cook', 'employee', 'contractor', 'unarmed'],
  /** How far after "was / were" the party word may start. */
  reach: 6,
} as const;
