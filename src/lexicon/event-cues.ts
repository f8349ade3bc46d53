// Event cue words, grouped by the concept they signal. The sub-event rules (sub-events.ts) are written
// over these concepts, so a word is listed once however many sub-types it feeds.
// Provenance: written for this project from general knowledge of English news wording about armed
// conflict, protest and disaster, and from the examples in ACLED's public codebook (2023 edition).
// Syntax: words separated by spaces; a trailing `*` matches any ending ("airstrike*"); hyphens are
// separate tokens in the segmenter, so "cease-fire" matches "cease - fire".
// recall11: some concepts end with the verbs scripts/wordnet-cues.mjs writes out from WordNet synsets and
// troponyms of their acts (wordnet-cues.ts), so wording beyond the hand-written lists is read too.

import { NAMED_GROUPS } from './armed-groups/index.js';
import { PARTY_NAMES } from './party-supporters.js';
import { WORDNET_CUES as WORDNET } from './wordnet-cues.js';

/** Acronyms of named armed groups that the lower-case cue matcher can hold: no English word is spelt like
 * them (unlike IS, AA, ETA, NAS). Each is an acronym of a row in src/lexicon/armed-groups/ (a test checks). */
export const LOWERCASE_GROUP_ACRONYMS = ['isis', 'isil', 'pkk', 'ypg', 'sdf', 'ltte', 'farc', 'eln', 'hts', 'aqap', 'iswap'];

/** The named non-state armed groups (rebels, political and identity militias: ACLED inter 2-4) by every
 * alias in the one table, src/lexicon/armed-groups/; and the Houthis, whom ACLED codes as Yemen's state
 * forces but reports tell of as an armed movement. */
const NAMED_ARMED_GROUPS = [...new Set([...NAMED_GROUPS.filter((g) => g.inter >= 2 && g.inter <= 4).flatMap((g) => g.aliases),
  'houthi*', ...LOWERCASE_GROUP_ACRONYMS])];

/** Round 45: a drone by each of its names (WordNet 3.1 "drone" n.4, "an aircraft without a pilot that is operated by remote control";
 * "unmanned aerial vehicle", UAV), one list for every concept that reads a drone (as the striker, as a weapon seized or shot down). */
const DRONES: readonly string[] = ['drone*', 'uav*', 'unmanned aerial vehicle*', 'unmanned aircraft', 'unmanned combat aerial vehicle*'];

/** "blow oneself up" in every form of the verb (case28: "…into the gate of an army base, blowing himself up"): the bomber dies in
 * the blast (codebook: Suicide bomb). */
const BLOW_ONESELF_UP: readonly string[] = ['blew', 'blown', 'blowing', 'blows', 'blow'].flatMap((v) => ['himself', 'herself', 'themselves'].map((r) => `${v} ${r}`));

/** A munition dropped, in every form of the verb, active and passive ("dropped bombs", "dropping munitions filled with …",
 * "grenades dropped from a drone"): dropped from the air (codebook: Air/drone strike, whatever the aircraft). */
/** world33: tear gas by its shells and canisters, read whole in each concept that reads tear gas. */
const TEAR_GAS_MUNITIONS: readonly string[] = ['tear gas shell*', 'tear - gas shell*', 'teargas shell*', 'tear gas canister*', 'tear - gas canister*', 'teargas canister*'];
/** case31: a sit-down on a road (WordNet 3.1 "sit-in" n.1, a form of protest by occupying a place and refusing to leave): people who
 * sat down on the road or across the tracks block it. */
const SAT_ON_ROAD: readonly string[] = ['sat down', 'sat'].flatMap((v) => ['on the', 'in the', 'across the'].flatMap((p) =>
  ['road', 'street', 'highway', 'motorway', 'tracks', 'railway', 'bridge'].map((r) => `${v} ${p} ${r}`)));
const DROPPED_MUNITIONS: readonly string[] = ['bomb', 'bombs', 'munition', 'munitions', 'grenade', 'grenades', 'explosives'].flatMap((m) => [
  ...['drop', 'drops', 'dropped', 'dropping'].map((v) => `${v} ${m.endsWith('s') ? m : `a ${m}`}`), `${m} dropped`]);

/** People on strike, named as general English does (a trade's plural after "striking"; "a striking image" names none): both a
 * labour strike's (LABOUR_STRIKE) and a protest's participants (PROTEST). One list, read by both (round 44: PROTEST's shorter
 * copy lacked "striking civil servants", so soldiers who fired on them were read as attacking civilians). */
const STRIKING_PEOPLE: readonly string[] = ['workers', 'teachers', 'doctors', 'nurses', 'miners', 'drivers', 'employees', 'staff', 'lecturers',
  'truckers', 'truck drivers', 'farmers', 'health workers', 'dockers', 'traders', 'transporters', 'bus drivers', 'taxi drivers', 'lorry drivers',
  'mine workers', 'mineworkers', 'factory workers', 'garment workers', 'civil servants', 'railway workers', 'port workers', 'oil workers',
  'students', 'professors', 'judges', 'lawyers', 'pilots', 'medics', 'junior doctors', 'public servants', 'public sector workers',
  'government workers', 'municipal workers', 'sanitation workers', 'bank workers', 'postal workers', 'dock workers', 'plantation workers',
  'tea workers', 'textile workers', 'refinery workers', 'transport workers', 'fishermen'].map((w) => `striking ${w}`);

export const CUES = {
  AIR: ['air missile*', 'air - to - surface', 'airstrike*', 'air strike*', 'air - strike*', 'air raid*', 'air attack*', 'aerial bombardment', 'aerial attack*',
    'aerial bombing*', 'warplane*', 'fighter jet*', 'drone strike*', 'drone attack*', 'helicopter gunship*',
    'bombing raid*', 'barrel bomb*', 'air - raid*', 'airstrikes', 'military aircraft', 'military plane*', 'military jet*',
    'war plane*', 'combat aircraft', 'fighter plane*', 'aerial strike*', 'air bombardment', 'bombed from the air',
    // Bombs only aircraft drop (general knowledge of weapons: glide and guided aerial bombs are released from planes).
    'aerial bomb*', 'glide bomb*', 'guided bomb*', 'air - dropped bomb*', 'airdropped bomb*',
    // case22: helicopters a force fights with, as its jets and planes are above (general knowledge of weapons).
    'military helicopter*', 'army helicopter*', 'attack helicopter*', 'combat helicopter*', 'helicopter strike*', 'helicopter attack*',
    // Round 43: drones named as weapons, as helicopters are above (general knowledge of weapons: a one-way attack drone is a drone
    // built to strike), so "an attack drone slammed into a refinery" is armed as a drone strike is.
    'attack drone*', 'kamikaze drone*', 'combat drone*', 'armed drone*', 'strike drone*', ...WORDNET.AIR],
  /** A military strike told by its noun ("an alleged strike hit the house", "strikes on the camp"): in reports of
   * armed conflict an air or drone strike unless said otherwise (a labour strike is a protest cue of its own). */
  STRIKE_NOUN: ['strike', 'strikes'],
  /** Bombing as an act someone does from above or afar ("Israeli forces bombed the house"). */
  BOMBING: ['bombed', 'bombing', 'bombings', 'bomb hit', 'bombs hit', ...DROPPED_MUNITIONS],
  AIR_WEAK: [...DRONES,
    // Round 39: the drones of four or more rotors that armed groups drop munitions from (general English: quadcopter, multicopter).
    'quadcopter*', 'quad - copter*', 'quadrocopter*', 'multicopter*', 'multi - copter*', 'hexacopter*', 'octocopter*', 'jets', 'gunship*', 'sorties', 'air force', 'airforce', 'bombers', 'aircraft',
    // loot15: a reconnaissance aircraft said to be armed carries weapons: read whole (WEAPON_SEIZE holds it too), over
    // UNARMED_AIRCRAFT's shorter phrase.
    'armed reconnaissance drone*', 'armed surveillance drone*', 'armed reconnaissance aircraft', 'armed surveillance aircraft',
    'armed reconnaissance uav*', 'armed surveillance uav*',
    // Round 38: a loitering munition is a drone that dives onto its target (general knowledge of weapons; "kamikaze drone" is read
    // by 'drone*').
    'loitering munition*'],
  SHELL: ['rocket - propelled grenade*', 'rpg', 'rpgs', 'tank fire', 'tank shell*', 'tank attack*', 'tank round*', 'shelling*', 'shelled', 'artillery', 'howitzer*',
    'bombardment*', 'bombarded', 'shell fire', 'shellfire', 'mlrs', 'bombards', 'bombarding',
    // (acled6) Fire of mortars and rockets, and guided and ballistic missiles and rocket systems by name (codebook: Shelling/
    // artillery/missile attack covers long-range artillery, missile and rocket fire; the weapon decides, not the damage).
    'mortar fire', 'rocket fire', 'mortar attack*', 'rocket attack*', 'missile attack*',
    'anti - tank guided missile*', 'anti - tank missile*', 'atgm', 'atgms', 'guided missile*', 'cruise missile*', 'ballistic missile*',
    'grad rocket*', 'himars', 'smerch', 'uragan', 'tochka', ...WORDNET.SHELL,
    // loot15: a grenade launcher fires its grenade from afar, as the RPG above does (codebook: Grenade is a hand-thrown
    // explosive; the weapon that fired decides). Read whole, so its "grenade" is no GRENADE; WEAPON_SEIZE holds it too.
    'grenade launcher*', 'grenade - launcher*', 'automatic grenade launcher*', 'ags - 17',
    // acled16: an attack named by its artillery, as "mortar attack" and "rocket attack" above: read whole, it hides ASSAULT_MOVE's
    // "attack", so "thwarted an artillery attack" is a shelling stopped, no ground assault fought off (codebook: Disrupted weapons
    // use covers remote violence prevented; an Armed clash needs a ground engagement).
    'artillery attack*', 'artillery assault*', 'shelling attack*', 'mortar assault*', 'rocket assault*', 'missile assault*',
    // acled16: a "mine" that is fired is a mortar bomb (the word of Ukrainian and Russian military English, "82 mm mines"): read
    // whole, these hide EXPLOSIVE's "mine" (codebook: the weapon decides; a landmine is laid, a mortar round fired from afar).
    'mines fired', 'mine fired', 'fired mines', 'fired a mine', 'mortar mine*', 'mm mines', 'mm mine', 'launched mines',
    // remote17: fire opened with a long-range weapon ("opened artillery fire on the positions"): read whole, as "opened fire" is
    // FIRED's, so that its "opened" sets up no base (ESTABLISH) and the weapon decides (codebook: Shelling/artillery/missile
    // attack is artillery, mortar, rocket, missile or tank fire from a distance).
    ...['opened', 'open', 'opens', 'opening'].flatMap((v) => ['artillery fire', 'heavy artillery fire', 'mortar fire', 'rocket fire', 'missile fire', 'tank fire', 'heavy weapons fire', 'shellfire']
      .map((w) => `${v} ${w}`)),
    // remote17: projectiles named as a barrage, salvo or volley (WordNet 3.1: barrage, "the heavy fire of artillery to saturate an
    // area", a synonym of shelling; salvo and volley, "rapid simultaneous discharge of firearms"), with the weapon named, so that
    // "a barrage of questions" stays none: a shelling, however it is told.
    'rocket barrage*', 'missile barrage*', 'mortar barrage*', 'artillery barrage*', 'barrage of rockets', 'barrage of missiles',
    'barrage of mortar*', 'barrage of shells', 'barrage of artillery', 'salvo of rockets', 'salvo of missiles', 'rocket salvo*',
    'missile salvo*', 'salvoes of rockets', 'salvos of rockets', 'volley of rockets', 'volley of missiles', 'volley of mortar*',
    'volleys of rockets',
    // remote17: a tank told as the firer ("a tank fired on houses"), as "tank fire" above (codebook: tank fire on a place from a
    // distance is shelling, the weapon deciding over the attack on the people hit).
    'tank fired', 'tanks fired', 'tank opened fire', 'tanks opened fire', 'tank shelled', 'tanks shelled', 'fired from a tank',
    'fired from tanks', 'tank gunfire', 'tank cannon*', 'tank targeted', 'tanks targeted', 'tank shelling',
    // remote17: artillery pieces by name (WordNet 3.1: cannon, "a large artillery gun that is usually on wheels"; field gun and
    // self-propelled gun are kinds of artillery) and the RPG by its model numbers (the segmenter keeps "RPG-7" one token, so
    // 'rpg' above never reads it): the weapon decides.
    'cannon fire', 'cannon shell*', 'field gun*', 'field artillery', 'self - propelled gun*', 'artillery gun*',
    'rpg - 7', 'rpg - 7s', 'rpg7', 'rpg7s', 'rpg - 22', 'rpg - 26', 'rpg - 29', 'rpg - 18', 'rpg - 32'],
  /** Heavy weapons fired from a distance (codebook: shelling covers artillery, missiles and other heavy
   * weapons): heavy machine guns by name or calibre (12.7 and 14.5 mm), anti-aircraft guns. */
  HEAVY_WEAPON: ['heavy weapon*', 'medium weapon*', 'heavy machine gun*', 'heavy machine - gun*', 'heavy machinegun*',
    'anti - aircraft', 'antiaircraft', 'anti aircraft', '12.7 mm', '14.5 mm', '23 mm', 'dshk', 'zu - 23',
    // recall11: "heavy gun" as WordNet 3.1's artillery.n.1 ("artillery, heavy weapon, gun, ordnance"); not "heavy gunfire", small arms.
    'heavy gun', 'heavy guns',
    // acled13: recoilless rifles (the B-10, the SPG-9) are crew-served anti-tank guns firing shells from a distance: heavy weapons.
    'recoilless rifle*', 'recoilless gun*', 'b - 10', 'spg - 9',
    // remote17: cannon (WordNet 3.1 cannon.n.1, "a large artillery gun"); "water cannon" is riot control, DISPERSE's longer cue.
    'cannon', 'cannons'],
  SHELL_WEAK: ['rocket*', 'missile*', 'mortar*', 'shell', 'shells', 'projectile*', 'grad', 'ballistic', 'katyusha*',
    // loot15: the calibres of mortars, field guns, howitzers and rocket launchers (60 to 240 mm: weapons that fire from afar, as
    // HEAVY_WEAPON's 12.7 and 14.5 mm name heavy machine guns), told as the rounds fired ("fired 120mm rounds at the positions").
    '60 mm', '60mm', '81 mm', '81mm', '82 mm', '82mm', '100 mm', '100mm', '105 mm', '105mm', '107 mm', '107mm', '120 mm', '120mm', '122 mm', '122mm', '130 mm', '130mm', '152 mm', '152mm', '155 mm', '155mm', '203 mm', '203mm', '240 mm', '240mm'],
  EXPLOSIVE: ['ied*', 'improvised explosive*', 'roadside bomb*', 'car bomb*', 'landmine*', 'land mine*', 'mine blast*',
    'explosive device*', 'explosive - laden', 'explosives', 'bomb', 'bombs', 'bombing*', 'bombed', 'blast*', 'explosion*',
    'exploded', 'explode*', 'detonat*', 'booby - trap*', 'booby trap*', 'vbied*', 'sticky bomb*', 'blew up', 'blown up',
    'went off', 'gone off', 'pressure cooker bomb*', 'motorcycle bomb*', 'parcel bomb*', 'letter bomb*', 'mine', 'mines',
    'time bomb*', 'remote - controlled', 'remote controlled', 'bomb - laden', 'unexploded',
    // Round 43: a device its victim sets off, by how it is set off (general knowledge of mines and IEDs: "stepped on a
    // pressure-activated device", a pressure plate, a victim-operated IED).
    'pressure - activated', 'pressure - operated', 'pressure plate*', 'pressure - plate*', 'victim - operated', 'victim - activated',
    // round 31: high explosives by name (WordNet 3.1 "high explosive" n.1 and its hyponyms: TNT, dynamite, Semtex, RDX, PETN,
    // gelignite; ANFO, the ammonium nitrate mix of improvised bombs).
    'tnt', 'dynamite', 'semtex', 'rdx', 'petn', 'gelignite', 'anfo',
    // Round 34: a device set off, told with the verb ("Maoists triggered an IED", "set off a roadside bomb"): the verb is the act, and
    // whoever is told before it its doer (WordNet 3.1 trigger.v "put in motion", set off.v "cause to explode"); "triggered protests"
    // names no device.
    ...['triggered', 'triggering', 'set off', 'sets off', 'setting off'].flatMap((v) => ['an', 'a', 'the', 'two', 'several']
      .flatMap((d) => ['ied', 'ieds', 'improvised', 'roadside', 'landmine', 'land', 'mine', 'bomb', 'explosive', 'booby', 'pressure'].map((n) => `${v} ${d} ${n}`)))],
  SUICIDE: ['suicide', ...BLOW_ONESELF_UP, 'self - detonat*', 'suicide bomber*',
    'suicide vest*', 'suicide attack*', 'suicide bombing*', 'explosive vest*', 'explosives - laden vest'],
  /** Unambiguous suicide attacks: no other cue needed. */
  // case31: not "suicide vest": a vest is a thing, found or seized in a cache as well as worn (SUICIDE reads it beside a blast or a death).
  SUICIDE_ACT: ['suicide bomber*', ...BLOW_ONESELF_UP, 'suicide attack*', 'suicide bombing*', 'self - detonat*', 'suicide car bomb*', 'suicide blast*'],
  /** w27: the bomber among the blast's dead, or the bomb worn on the body (codebook: a Suicide bomb is an explosion in which the
   * bomber is killed, the bomb carried on the person or in a vehicle it drives): read only beside a blast word (suicide.bomber-dies). */
  BOMBER_DIES: ['killing himself', 'killing herself', 'killing themselves', 'killed himself', 'killed herself', 'killed themselves',
    'strapped to his body', 'strapped to her body', 'strapped to their bodies', 'strapped to his chest', 'strapped to her chest',
    'hidden under his clothes', 'hidden under her clothes', 'hidden under his clothing', 'hidden under her clothing', 'hidden beneath his clothes',
    'hidden beneath her clothes', 'hidden beneath his clothing', 'hidden beneath her clothing', 'explosive belt*', 'explosives belt*', 'suicide belt*',
    // case31: the explosives the attacker carries, told by the possessive ("the bomber … detonated his explosives").
    'his explosives', 'her explosives', 'their explosives', 'his explosive vest', 'her explosive vest'],
  GRENADE: ['grenade*', 'hand grenade*'],
  CHEM: ['chemical*', 'mustard', 'mustard gas', 'mustard agent', 'sarin', 'chlorine', 'toxic gas*', 'nerve agent*', 'poison gas*',
    'gas attack*', 'toxic substance*', 'vx', 'novichok', 'phosphorus', 'toxic chemical*', 'blister agent*',
    // case4: agents and munitions named in reports of chemical attacks (OPCW Schedule 1 agents, common names).
    'nerve gas', 'tabun', 'soman', 'cyclosarin', 'ricin', 'poisonous gas*', 'poison - gas', 'chemical munition*', 'gas shell*',
    'chlorine - filled', 'chlorine canister*', 'choking agent*', 'phosgene', 'cyanide gas',
    // case31: the choking and blister agents of the Chemical Weapons Convention's schedules by name (chloropicrin, lewisite,
    // hydrogen cyanide).
    'chloropicrin', 'lewisite', 'hydrogen cyanide',
    // Round 39: a gas told by its harm or its look, as witnesses of a chemical attack tell it before any test names the agent
    // (WordNet 3.1 "noxious" adj.1, injurious to physical health; "suffocating", "asphyxiating"; chlorine's yellow-green colour).
    // chem.agent-attack reads them only beside a shell, bomb or attack; alone (a leak at a plant) the accident rules read them.
    'noxious gas*', 'suffocating gas*', 'choking gas*', 'asphyxiating gas*', 'yellow gas', 'yellowish gas', 'green gas', 'greenish gas',
    'yellow - green gas', 'yellowish - green gas', 'strange - smelling gas', 'foul - smelling gas', 'pungent gas'],
  /** world33: riot-control agents (CS, "tear gas", irritant gas), which police use on crowds and which the Chemical Weapons
   * Convention bans as a method of warfare: read as a chemical weapon only when dropped or fired in war (chem.riot-agent-in-war). */
  RIOT_AGENT: ['cs gas', 'cs irritant*', 'irritant gas*', 'tear gas', 'teargas', 'tear - gas', 'riot control agent*', 'riot - control agent*',
    // read whole (here and in DISPERSE and PROTEST_FORCE), the shells and canisters of tear gas hide CHEM's "gas shells" ("police
    // lobbed tear gas shells to disperse them").
    ...TEAR_GAS_MUNITIONS],
  INTERCEPT: ['found', 'discovered', 'recovered', 'unearthed', 'uncovered', 'recovering', 'recovery of', 'discovering', 'finding', 'stash', 'busted', 'intercept*', 'shot down', 'shoot down', 'shooting down', 'downed', 'defus*', 'foil*', 'thwart*',
    // Round 43: no "bomb disposal" or "bomb squad": a unit's name tells no stopping (it comes after a blast too: "the bomb went off
    // while the bomb squad was still trying to defuse it"); DEFUSE keeps them, read with a device and no harm (disrupted.defused).
    'disarm*', 'neutraliz*', 'neutralis*', 'air defence*', 'air defense*',
    'iron dome', 'repel*', 'repuls*', 'jamm*', 'dismantl*', 'averted', 'prevented', 'brought down', 'bring down', 'brings down', 'shoots down', 'safely detonated',
    'controlled explosion', 'disposed', 'seized', 'seizes', 'finds', 'discovers',
    // case9s: the headline's present tense ("Police seize grenades", "Troops recover arms cache"), as 'seizes' and 'finds' are.
    'seize', 'recover', 'discover', 'find', 'unearth', 'unearths', 'uncover', 'uncovers',
    // The participle of a seizure told beside another act ("arrested 14 suspects in a raid, seizing rifles and explosives"),
    // as 'recovering' and 'finding' are.
    'seizing'],
  /** Making a found device safe (a subset of INTERCEPT's words): with a bomb or mine named, the weapon never went off. */
  DEFUSE: ['defus*', 'safely detonated', 'controlled explosion', 'bomb disposal', 'bomb squad', 'disarmed', 'disarming', 'dismantled', 'deactivat*',
    // strat7: a device blown up on purpose by those who found it (codebook: Disrupted weapons use covers the safe defusal of explosives).
    'controlled detonation*', 'detonated it safely', 'detonated them safely', 'safely destroyed',
    // recall14: bomb disposal's own wording for a device disarmed ("made safe", "rendered safe"; general English of explosive ordnance disposal).
    'made safe', 'make safe', 'makes safe', 'making safe', 'rendered safe', 'render safe', 'renders safe', 'rendering safe', 'safely defused',
    // Round 43: the same with the device as a pronoun between ("removed the vest and made it safe").
    'made it safe', 'make it safe', 'making it safe', 'rendered it safe', 'render it safe', 'made them safe', 'rendered them safe'],
  /** A device that goes off in its makers' hands: ACLED codes the accidental detonation of explosives by those
   * allegedly responsible as disrupted weapons use. */
  MISFIRE: ['exploded prematurely', 'detonated prematurely', 'went off prematurely', 'premature detonation', 'premature explosion',
    'accidentally detonated', 'accidentally exploded', 'while planting', 'were planting', 'was planting', 'while making', 'were making',
    'bomb - making', 'bomb making', 'while assembling', 'while preparing', 'own bomb', 'own explosives', 'blew up prematurely',
    // dwu13: the codebook's devices that explode while being transported or planted ("the explosives he was carrying blew up";
    // a pronoun subject, so "a bus carrying passengers hit a mine" is none of these).
    'while transporting', 'while being transported', 'while being planted', 'he was carrying', 'they were carrying', 'he was transporting',
    'they were transporting',
    // dwu14: the device blew up as its makers put it together ("the bomb they were assembling exploded").
    'were assembling', 'was assembling', 'being assembled'],
  WEAPON_SEIZE: ['firearms', 'pistols', 'guns', 'bullets', 'rounds', 'ammunitions', 'devices', 'depot', 'stash', 'weaponry', 'arsenal', 'explosive*', 'grenades', 'cache*', 'arms', 'weapons', 'ammunition', 'explosives', 'rifles', 'munitions', 'bomb', 'bombs', 'ied*',
    'explosive device*', 'missile*', 'rocket*', ...DRONES, 'package*', 'suspicious', 'projectile*', 'grenade*', 'mine', 'mines', 'landmine*',
    // case5: weapons and explosives by their names in seizure reports (singular forms, makes, explosive materials).
    'revolvers', 'shotguns', 'ak - 47s', 'ak47s', 'kalashnikovs', 'detonators', 'gelatin*', 'gelatine', 'tnt', 'rdx', 'ammonium nitrate', 'cartridge*', 'magazines', 'launcher*', 'rpg*', 'ordnance', 'warheads',
    // strat7: single weapons, stores, and named devices whose longer cues would otherwise hide this concept's 'bomb' and 'grenade'.
    'pistol', 'rifle', 'revolver', 'shotgun', 'firearm', 'stockpile*', 'hand grenade*', 'car bomb*',
    // clash11: small arms by their compound names, read beside SMALL_ARMS' (equal length, so that the seizure is still read).
    'small arms', 'small - arms', 'machine gun*', 'machine - gun*', 'automatic weapons', 'light weapons',
    // loot15: launchers seized are weapons seized (SHELL reads the same phrase, of equal length, as fired from afar).
    'grenade launcher*', 'grenade - launcher*', 'automatic grenade launcher*', 'ags - 17',
    // loot15: a reconnaissance aircraft said to be armed is a weapon (AIR_WEAK reads the same phrase).
    'armed reconnaissance drone*', 'armed surveillance drone*', 'armed reconnaissance aircraft', 'armed surveillance aircraft',
    'armed reconnaissance uav*', 'armed surveillance uav*'],
  // case31: a move made "under heavy fire" was fought for (not "under fire" alone: a policy's critics put it so).
  CLASH: ['battle', 'battles', 'set upon', 'came under attack', 'came under fire', 'under heavy fire', 'under intense fire', 'under sustained fire', 'clash*', 'fighting', 'gunbattle*', 'gun battle*', 'gun - battle*', 'firefight', 'firefights',
    'exchange of fire', 'exchanged fire', 'exchanging fire', 'traded fire', 'exchange fire', 'ambush*', 'battling',
    'in combat', 'during combat', 'heavy combat', 'fierce combat', 'skirmish*', 'shootout*', 'shoot - out*', 'counter - attack*', 'counterattack*',
    'gunfight*',
    // clash11: to shoot it out is to fight with guns until one side wins (WordNet: shoot it out); two armed sides engage.
    'shot it out', 'shoot it out', 'shoots it out', 'shooting it out',
    'fierce fighting', 'heavy fighting',
    // Round 45: combat as the fight itself (WordNet 3.1 "combat" n.1, "an engagement fought between two military forces"), told by
    // its length or weight; not "combat" before a noun ("combat troops", "combat drones"), which names a unit or a weapon.
    'days of combat', 'hours of combat', 'heavy combat', 'fierce combat', 'intense combat',
    'cross - border fire', 'cross - fire', 'crossfire', 'infiltration bid',
    // Fire answered is an engagement of two armed sides (codebook: Armed clash).
    'returned fire', 'returning fire', 'return fire', 'returns fire', 'shot back', 'fired back', 'firing back', 'fire back',
    'exchanged gunfire', 'exchange of gunfire', 'exchanging gunfire', 'armed fight', 'armed confrontation*', 'armed clash*', 'exchanges fire', 'trade fire', 'trades fire', 'trading fire',
    // clash9: killed "in a confrontation" with a force is killed fighting it (the wording of police reports of shoot-outs).
    'in a confrontation', 'during a confrontation', 'in confrontations', 'in an armed encounter', 'in an encounter', 'during an encounter',
    // (acled6) Fire exchanged, told with its weapon or its strength between the verb and "fire" (general news wording).
    'exchanged small arms fire', 'exchanged small - arms fire', 'exchanging small arms fire', 'exchange of small arms fire', 'traded small arms fire',
    'exchanged heavy fire', 'exchanged intense fire', 'exchanged heavy gunfire', 'exchanged machine gun fire', 'exchanged machine - gun fire',
    'traded gunfire', 'trading gunfire', 'exchanged automatic fire', 'exchanged sporadic fire', 'exchanged sporadic gunfire',
    // (clash7) and with snipers (Yemen, Syria, Ukraine front-line reports).
    'exchanged sniper fire', 'exchanging sniper fire', 'traded sniper fire', 'exchange of sniper fire'],
  // case31: "tried to storm the base", "the storming of the camp" (WordNet 3.1 "storm" v.4, take by force): not "storm" alone, a
  // weather's.
  CLASH_WEAK: ['attacked', 'attack', 'attacks', 'assault*', 'stormed', 'storming', 'to storm', 'raid*', 'offensive', 'engaged', 'fought', 'fight', 'fights', 'hostilities', 'confrontation*', 'repulsed', 'battle*', 'encounter',
    // (clash7) A fight with bare hands or sticks, as news tells it (general English): who the sides are decides its type.
    'scuffled', 'scuffle', 'scuffles', 'brawled', 'brawl', 'brawls', 'fistfight*', 'fist fight*', 'came to blows', 'exchanged blows', 'traded blows', 'exchanging blows'],
  REGAIN: ['recaptur*', 're - captur*', 're - took', 're - tak*', 'retook', 'retake*', 'retaken', 'regain*', 'liberated', 'liberate', 'liberating', 'took back', 'taken back', 'win back',
    'won back', 'reclaim*', 'back under government control', 'back under the control', 'restored control', 'freed the', 'takes back', 'wins back', 'liberates',
    // case5: control restored, in the words of army statements.
    'restored government control', 'restored state control', 're - established control', 'reestablished control', 're - asserted control',
    // case9s: a state army's own statements ("units restored security and stability to several villages").
    'restored security and stability to', 'restored security and stability in', 'restore security and stability to', 'restoring security and stability to',
    'reasserted control', 'took back control', 'taken back control', 'regained full control', 'restored order in', 'back under army control',
    // dwu10: ground told recovered (read whole over INTERCEPT's "recovered", which finds weapons: "soldiers recovered territory").
    'recovered territory', 'recovered control', 'recovered ground', 'recovered the territory', 'recovered lost territory', 'recovered lost ground'],
  OVERTAKE: ['seized control', 'seize control', 'took control', 'taken control', 'take control', 'gained control',
    'overran', 'overrun', 'fell to', 'fallen to', 'seized the town', 'seized the city', 'seized the village',
    'under their control', 'under its control', 'overtook', 'conquer*', 'takes control', 'seizes control', 'overruns', 'gains control', 'falls to',
    // terr17: control taken told with its degree ("took full control", "seized complete control") or wrested (WordNet 3.1 wrest.v:
    // obtain by seizing forcibly), as "took control" is: the subject takes the place.
    'took full control', 'taken full control', 'takes full control', 'seized full control', 'gained full control', 'took complete control',
    'taken complete control', 'seized complete control', 'gained complete control', 'took total control', 'wrested control', 'wrests control',
    'wrested full control'],
  OVERTAKE_WEAK: ['captur*', 'seized', 'seize', 'advance*', 'occup*', 'took over', 'taken over'],
  SEXUAL: ['rape*', 'raping', 'sexual violence', 'sexually assault*', 'sexual assault*', 'gang - rape*', 'gang rape*',
    'sexual abuse', 'sexually abused', 'molest*', 'sexual slavery',
    // case4: WordNet 3.1 hyponyms and near synonyms of "rape" / "sexual assault", and regional usage (defilement: East Africa).
    'sexual exploitation', 'sexually exploited', 'sexual harassment', 'sexually harassed', 'sex slave*', 'sexual enslavement',
    'forced marriage*', 'forcibly married', 'defil*', 'sodomi*', 'indecent assault*', 'indecently assaulted', 'ravish*',
    'gender - based violence', 'sexual attack*', 'sexually attacked', 'violated sexually', 'forced prostitution', 'forced nudity'],
  // (acled5) The act's forms, not "kidnap*": "a suspected kidnapper" names a person (KIDNAPPERS), not an abduction.
  ABDUCT: ['abduct', 'abducts', 'abducted', 'abducting', 'abduction*', 'abductee*', 'kidnap', 'kidnaps', 'kidnapped', 'kidnapping*', 'kidnaped', 'kidnaping*', 'forcibly disappeared', 'enforced disappearance*', 'forced disappearance*', 'disappeared',
    'taken hostage', 'held hostage', 'hostage*', 'whereabouts', 'snatched', 'seized and taken', 'went missing', 'taken captive',
    'held captive', 'captives', 'to an unknown location', 'to an unknown destination', 'to an undisclosed location',
    // strat7: people enlisted by force are taken, no recruitment drive (read whole over RECRUIT_DRIVE's words).
    'forcibly recruited', 'forcefully recruited', 'forced recruitment', 'forcibly conscripted', 'forcibly enlisted',
    // case31: a person taken off by force (WordNet 3.1 "whisk" v.1), and a disappearance told by the silence after it. Not "bundled
    // into a van": police do that to those they arrest.
    'not been heard from since', 'not been seen since',
    // Round 39: the same silence told by those waiting ("his family has heard nothing of him since"; general English).
    ...['him', 'her', 'them'].flatMap((p) => [`heard nothing of ${p} since`, `heard nothing from ${p} since`, `no news of ${p} since`, `no word of ${p} since`,
      `no trace of ${p} since`]),
    // case31: people made to walk off by their captors (WordNet 3.1 "march" v.4, force to march: "marched them into the bush"); read
    // whole over PROTEST's "marched", which takes no object.
    'marched them', 'marched him', 'marched her',
    // round 31: …and its passive ("27 passengers were marched at gunpoint into the bush"): a march no one chose is no demonstration.
    'were marched', 'was marched', 'been marched', 'being marched', 'marched at gunpoint', 'marched off at gunpoint'],
  KILL: ['kill*', 'dead', 'died', 'death*', 'dies', 'die', 'massacr*', 'behead*', 'execut*', 'murder*', 'slain',
    'slaughter*', 'lynch*', 'lost their lives', 'lost his life', 'lost her life', 'bodies', 'corpse*', 'fatalit*', 'casualt*',
    // w27: a killing told by the act and its result, in every form ("shooting dead 9 civilians", "gunning down two guards").
    'martyr*', 'perished', ...WORDNET.KILL_RESULT, 'assassinat*', 'toll',
    'body of', 'the body', 'found dead', 'beheaded', 'decapitated', 'dismembered',
    // elsewhere6: military communiqués' word for killing enemies ("troops neutralised 5 terrorists": Nigeria, Cameroon, the Sahel)
    'neutralised', 'neutralized', 'neutralising', 'neutralizing', ...WORDNET.KILL],
  /** Harm as an outcome: what an attack or an accident leaves. */
  HARM: ['wound*', 'injur*', 'hurt', 'maimed', 'burnt', 'gunshot wound*', 'bullet wound*'],
  /** Round 45: a killing by hand, told by the act and its result ("beaten to death", "hacked to death", "burnt alive"): the harm
   * act read whole, which the longer phrase hides from HARM_ACT (typing.ts longestOnly). From WordNet's result phrases, those
   * of a blow, a blade or fire, not a gun's (stoning has its own concept, STONING, which such a phrase would hide). */
  KILL_BY_HAND: WORDNET.KILL_RESULT.filter((p) => /^(?:beat|bludgeon|club|hack|stab|burn)/.test(p)),
  /** Harm as an act: someone beat, stabbed or shot someone (no accident does). */
  HARM_ACT: ['stabbed', 'stabbing*', 'tortur*', 'beaten', 'beat', 'beating*', 'assaulted', 'hacked',
    'shot', 'flogged', 'whipped', 'shooting*', 'opened fire', 'open fire', 'gunfire', 'firing', 'fired at',
    'fired on', 'fired upon', 'mutilat*',
    // case9s: "against" as the target's preposition, as translated reports tell it ("fired against the villagers").
    'fired against', 'firing against',
    // Present tense, as headlines tell it (general English inflection).
    'stab', 'stabs', 'shoot', 'shoots', 'beats', 'opens fire', 'opening fire', 'fires at', 'fires on'],
  ATTACK: ['fired', 'launched', 'lobbed', 'rained', 'pounded', 'bombed', 'attack*', 'assault*', 'raid*', 'struck', 'hit', 'hits', 'targeted', 'targeting', 'ambush*',
    'stormed', 'storming', 'to storm', 'gunmen', 'gunman', 'assailant*', 'attacker*', 'aggression', 'launches', 'targets', 'pounds', 'pounding', 'lobs', ...WORDNET.ATTACK],
  ATTACK_NOUN: ['attack', 'attacks', 'attacked', 'shooting', 'shootings', 'assassination*', 'ambush', 'ambushed', 'massacre', 'raid', 'assault',
    'onslaught', 'carnage', 'atrocity', 'atrocities', 'outrage'],
  ARMED: ['gunmen', 'gunman', 'combatant*', 'militant*', 'insurgent*', 'rebel*', 'terrorist*', 'jihadist*', 'militia*', 'fighters',
    'armed men', 'armed group*', 'bandits', 'assailant*', 'attacker*', 'extremist*', 'separatist*', 'guerrilla*',
    'maoist*', 'naxal*', 'islamist*', 'gang', 'gangs', 'gang members', 'gangsters', ...NAMED_ARMED_GROUPS,
    // (acled5) ACLED codes drug cartels and organised criminal groups as armed groups (political militias).
    'cartel', 'cartels', 'drug cartel*', 'criminal group*', 'criminal gang*', 'criminal organisation*', 'criminal organization*', 'crime group*',
    'unknown men', 'unidentified men', 'armed individuals',
    // world37: people told as armed by the press of South Asia ("armed miscreants", "armed thugs"; general English: "armed" is
    // carrying weapons): an armed group, no crowd.
    'armed miscreants', 'armed thugs',
    // world23: an occupying state's settlers acting as a group are a side of their own, no crowd (ACLED names them "Settlers (X)",
    // actors.ts generic.settlers): their attack on villagers is an Attack. Only when told as a state's, armed or organised (not
    // "settlers" alone: elsewhere a word for migrants, whose fights are communal).
    'israeli settlers', 'jewish settlers', 'armed settlers', 'settler militia*', 'settler group*', 'settler youths',
    // (clash7) Community and self-defence forces: armed and organised (codebook, actor types: communal, identity and
    // pro-government militias, inter 3-4), so their members killed or attacked are an armed side (Armed clash), not civilians.
    // Their names hold a civilian word ("village", "civilian"), read beside it: a party's name is read as the force first.
    'self - defence group*', 'self - defense group*', 'self - defence force*', 'self - defense force*', 'self - defence militia*',
    'self - defense militia*', 'vigilante group*', 'village defence guard*', 'village defense guard*', 'village defence committee*',
    'village defense committee*', 'village guard*', 'local defence force*', 'local defense force*', 'community defence force*',
    'community defense force*', 'civilian jtf', 'civilian joint task force', 'home guard*',
    // clash11: the same groups told by other group nouns (WordNet: unit, brigade, committee, patrol, team, volunteers), and a
    // vigilante group's members and leaders told by their role: armed, organised local security groups (codebook, actor types:
    // communal and identity militias, inter 4), whose members killed or wounded are an armed side (Armed clash).
    'community defence group*', 'community defence unit*', 'community defence militia*', 'community defence committee*', 'community defence brigade*',
    'community defence volunteer*', 'community defence patrol*', 'community defence team*', 'community defence guard*', 'community defense group*',
    'community defense unit*', 'community defense militia*', 'community defense committee*', 'community defense brigade*', 'community defense volunteer*',
    'community defense patrol*', 'community defense team*', 'community defense guard*', 'self - defence unit*', 'self - defence committee*',
    'self - defence brigade*', 'self - defence volunteer*', 'self - defence patrol*', 'self - defence team*', 'self - defence guard*',
    'self - defense unit*', 'self - defense committee*', 'self - defense brigade*', 'self - defense volunteer*', 'self - defense patrol*',
    'self - defense team*', 'self - defense guard*', 'village defence group*', 'village defence unit*', 'village defence militia*',
    'village defence brigade*', 'village defence volunteer*', 'village defence patrol*', 'village defence team*', 'village defence force*',
    'village defense group*', 'village defense unit*', 'village defense militia*', 'village defense brigade*', 'village defense volunteer*',
    'village defense patrol*', 'village defense team*', 'village defense force*', 'local defence group*', 'local defence unit*',
    'local defence militia*', 'local defence committee*', 'local defence brigade*', 'local defence volunteer*', 'local defence patrol*',
    'local defence team*', 'local defence guard*', 'local defense group*', 'local defense unit*', 'local defense militia*', 'local defense committee*',
    'local defense brigade*', 'local defense volunteer*', 'local defense patrol*', 'local defense team*', 'local defense guard*',
    'vigilante commander*', 'vigilante leader*', 'vigilante member*', 'vigilante fighter*', 'vigilante force*', 'vigilante forces',
    'vigilante militia*', 'vigilante unit*', 'vigilante patrol*', 'vigilante squad*', 'vigilante brigade*', 'vigilante committee*',
    'vigilante outfit*', 'vigilante men', 'vigilante chief*',
    // sides17: one member of such a group told by the group's noun before "member" ("a local defence member", "two self-defence
    // members"), as "vigilante member*" above: an armed side (codebook, actor types: communal and pro-government militias).
    'local defence member*', 'local defense member*', 'self - defence member*', 'self - defense member*', 'village defence member*',
    'village defense member*', 'community defence member*', 'community defense member*', 'defence group member*', 'defense group member*',
    // (clash8) Bands that rob or kidnap with weapons are armed groups (codebook: unidentified armed groups and criminal
    // groups that use arms are an armed side), so police or soldiers who kill them in a raid engage an armed side.
    'armed robber*', 'robbery gang*', 'kidnap gang*', 'kidnapping gang*', 'kidnap syndicate*', 'kidnapping syndicate*', 'pirates',
    // clash9: West Africa's traditional hunters' brotherhoods and the state's local defence volunteers are armed communal or
    // pro-government militias (codebook, actor types: identity militias, inter 4; pro-government militias, inter 3), and a
    // rival faction, gang or cartel is one armed side of a fight between armed groups; their members killed are a Battle's side.
    'traditional hunters', 'traditional hunter', 'donso', 'donsos', 'defence volunteers', 'defense volunteers', 'local defence volunteers',
    'local defense volunteers', 'rival faction*', 'rival gang*', 'rival cartel*', 'rival armed group*',
    // clash9: one fighter as well as many ("a fighter of the X division", "a tribal fighter"; "fighter jets" are AIR's, read whole).
    'fighter'],
  CIVILIAN: ['civilian*', 'community', 'communities', 'congregation', 'wedding', 'funeral', 'bus',
    // world23: people on the road and the vehicles that carry them or their goods (WordNet: traveler, commuter, motorist;
    // minibus, taxicab; a commercial vehicle): "gunmen ambushed a commercial truck" attacks civilians, as a bus does.
    'minibus*', 'taxi', 'taxis', 'commercial truck*', 'commercial vehicle*', 'passenger vehicle*', 'motorist*', 'traveller*', 'traveler*', 'commuter*',
    // clash12: firefighters' service, read whole over STATE_FORCE's "brigade" (codebook: rescue workers are civilians).
    'fire brigade', 'fire brigades',
    // world8: a camp of the displaced or of refugees is its people's shelter, no armed side's base (read whole, it hides
    // BASE's "camp"; codebook: violence on civilians' sites is violence against civilians).
    'displacement camp*', 'idp camp*', 'refugee camp*', 'displaced persons camp*', 'camp for displaced', 'camp for the displaced',
    'camp for internally displaced', 'camps for displaced', 'camps for the displaced',
    // case31: the same named as a site or settlement (UNHCR's "displacement site"): read whole, it hides DISPLACE's "displacement".
    'displacement site*', 'idp site*', 'displacement settlement*', 'displacement centre*', 'displacement center*',
    // case7: the political opposition (its leaders, parties, lawmakers and supporters) is no armed opposition: read whole,
    // these hide MILITANT's "opposition" (codebook: political parties and their supporters are no armed group; Syria's armed
    // opposition is told as "opposition fighters / forces / factions", which stay MILITANT).
    'opposition leader*', 'opposition party', 'opposition parties', 'opposition politician*', 'opposition lawmaker*', 'opposition mp*',
    'opposition legislator*', 'opposition candidate*', 'opposition figure*', 'opposition member*', 'opposition supporters', 'opposition activist*',
    'opposition coalition', 'opposition alliance', 'opposition senator*',
    // case8: the victims of enforced disappearances named as a people noun ("families of the disappeared"), read whole over
    // ABDUCT's "disappeared": they tell a grievance, no abduction.
    'the disappeared', 'of the disappeared', 'the forcibly disappeared', 'families of missing persons',
    // protest6: a religious, wedding or funeral procession is people walking together, no demonstration (read whole, it
    // hides PROTEST's "procession"): a fight at one is the crowds' (Mob violence), shots at one an attack on civilians.
    'religious procession*', 'wedding procession*', 'funeral procession*', 'marriage procession*', 'muharram procession*', 'ashura procession*',
    'navami procession*', 'jayanti procession*', 'immersion procession*', 'puja procession*', 'idol immersion', 'durga puja', 'eid procession*',
    'shobha yatra', 'rath yatra', 'holi celebrations', 'ganesh procession*', 'villager*', 'resident*', 'farmer*', 'women', 'woman', 'children', 'child', 'girl*', 'boy*',
    'worshipper*', 'journalist*', 'photojournalist*', 'photographer*', 'cameraman', 'cameramen', 'reporter*', 'teacher*', 'student*', 'famil*', 'passenger*', 'man', 'men', 'people', 'persons',
    'shopkeeper*', 'trader*', 'worker*', 'herder*', 'pilgrim*', 'activist*', 'priest*', 'pastor*', 'imam*', 'doctor*',
    'nurse*', 'aid worker*', 'refugee*', 'displaced', 'elder*', 'councillor*', 'politician*', 'candidate*',
    'mayor', 'villages', 'village', 'homes', 'house', 'houses', 'market', 'mosque', 'church', 'school', 'hospital', 'wife', 'daughter',
    'son', 'husband', 'mother', 'father', 'him', 'her', 'employee*', 'businessman', 'driver*', 'minor*', 'youth*',
    'boy', 'teen*', 'local*', 'inhabitants', 'prisoner*', 'detainee*', 'migrant*', 'tourist*', 'labourer*', 'laborer*',
    // Someone who has left a force or an armed group is no longer one of its armed members (codebook: civilians are
    // unarmed non-combatants): "a former soldier was shot", "ex-rebels in the reintegration programme".
    'former soldier*', 'former police*', 'former military', 'former army', 'former officer*', 'former member*',
    'former combatant*', 'former fighter*', 'former rebel*', 'former militant*', 'former guerrilla*', 'former commander*',
    'ex - soldier*', 'ex - combatant*', 'ex - rebel*', 'ex - militant*', 'ex - fighter*', 'ex - police*', 'ex - army',
    'retired soldier*', 'retired police*', 'retired officer*', 'retired army', 'retired military', 'retired general*', 'retired colonel*',
    // (acled4) Off duty, a member of a force is not engaged as one (codebook: civilians are people not engaged in
    // fighting at the time): "an off-duty policeman was shot dead at a bar" is an attack, not a clash.
    'off - duty soldier*', 'off - duty police*', 'off - duty officer*', 'off - duty guard*', 'off - duty member*', 'off - duty army',
    'off - duty military', 'off - duty gendarme*', 'off - duty prison guard*', 'off - duty jail guard*', 'off - duty security guard*',
    // case5: a religious, wedding or funeral procession is people walking, not a demonstration (its attackers are a mob, not protesters).
    'religious procession*', 'wedding procession*', 'funeral procession*', 'immersion procession*', 'idol immersion', 'procession of devotees', 'pilgrimage',
    // (acled5) Civilians by office or role (codebook: civilians are unarmed non-combatants, and an attack on an unarmed
    // official or an informer is violence against civilians): the force word inside the name ("a government official",
    // "a police informant") names no force. (Kin words, "his brother", measured worse on Airwars' long narratives.)
    'government official*', 'local official*', 'local government official*', 'civil servant*',
    'informant*', 'informer*', 'police informant*', 'police informer*', 'army informant*', 'army informer*', 'government informant*',
    'village chief*', 'village head*', 'headman', 'headmen', 'traditional ruler*', 'traditional leader*', 'traditional chief*',
    'community leader*', 'religious leader*', 'local leader*',
    // acled16: a convoy named by what it carries or whom it serves (aid, relief, food, medicine, passengers, a trade's trucks) is
    // civilians' vehicles, no force's (codebook: Attack is violence against unarmed civilians; Battles are attacks on armed
    // agents): read whole, these hide TARGET_MIL's and FORCE_MOVE's "convoy", so gunmen who attack an aid convoy attack civilians.
    'aid convoy*', 'humanitarian convoy*', 'relief convoy*', 'food convoy*', 'medical convoy*', 'civilian convoy*',
    'commercial convoy*', 'passenger convoy*', 'refugee convoy*', 'evacuation convoy*', 'truck convoy*', 'trucks convoy*',
    'wedding convoy*', 'wfp convoy*', 'ngo convoy*', 'red cross convoy*', 'unicef convoy*'],
  PROTEST: ['protest', 'protests', 'protested', 'protesting', 'protester*', 'protestor*', 'demonstrat*', 'rally', 'rallies', 'rallied', 'marched', 'march', 'marches', 'marchers', 'sit - in*', 'sit in', 'die - in', 'die - ins',
    'picket*', 'took to the streets', 'take to the streets', 'taking to the streets', 'taken to the streets', 'takes to the streets', 'agitation*', 'agitating', 'agitator*', 'agitate', 'dharna', 'hartal', 'bandh',
    'gherao*', 'slogans', 'placards',
    // Round 45: a banner shown in public (WordNet 3.1 "banner" n.1, "a long strip of cloth … that carries a slogan"; "unfurl" v.1),
    // by the verbs that show it: not "under the banner of", a movement's name for itself.
    ...['unfurled', 'unfurling', 'unfurl', 'held', 'holding', 'carried', 'carrying', 'waved', 'waving', 'raised', 'raising', 'displayed',
      'displaying'].flatMap((v) => [`${v} a banner`, `${v} banners`]),
    'hunger strike',
    // Round 42: the noise a march makes (WordNet 3.1 "beat" v.7 "make a rhythmic sound", of a drum; "bang" v.1, of pots: the
    // cacerolazo), read whole so that HARM's "beating" inside them is no beating of anyone.
    'beating drums', 'beat drums', 'banging drums', 'beating pots', 'banging pots', 'banged pots', 'pots and pans',
    // Round 35: a crowd gathered at a call for a short while (WordNet 3.1 "flash mob" n.1: a group summoned to a public place to
    // act and disperse): a demonstration's form, not a mob that attacks.
    'flash mob*', 'flash - mob*', 'flashmob*',
    // case7: people on strike, named as such ("striking workers damaged vehicles"): a labour protest's participants.
    ...STRIKING_PEOPLE,
    // protest6: demonstrators who shut themselves in or chain themselves occupy a place, a sit-in with no violence (codebook:
    // Violent demonstration is road-blocking "using barricades, burning tires", not people barricaded inside a building).
    'barricaded themselves', 'barricading themselves', 'barricade themselves', 'chained themselves', 'chaining themselves',
    'procession', 'effigy', 'effigies',
    // case4: inflections and near synonyms (WordNet 3.1 "demonstrate"/"march", and "demo" of British usage).
    'marching', 'demo', 'demos', 'human chain*', 'solidarity chain*', 'candlelight', 'torchlight', 'civil disobedience', 'mass protest*', 'picketed', 'walk - out', 'walk - outs',
    // case5: South Asian protest forms (road and rail blockades, mass courting of arrest) and other common names.
    // Round 43: a strike told by its act (general English "stop work": "dockworkers stopped work for 24 hours and marched"), read whole
    // over DISPERSE's "stopped" (what the police do to a march).
    'stopped work', 'stop work', 'stops work', 'stopping work',
    'downed tools', 'downed their tools', 'shut their shops', 'closed their shops', 'shuttered their shops', 'kept their shops closed', 'stayed away from work', 'stayaway', 'stay - away', 'work stoppage', 'rasta roko', 'rail roko', 'chakka jam', 'jail bharo', 'morcha', 'dharnas', 'hartals', 'bandhs', 'struck work', 'pen - down', 'sit - out', 'stay - in', 'mass rally', 'motorcade', 'car rally', 'torch rally', 'candle march',
    // riots10: more ways news tells a crowd demonstrating (the pot-banging protest; the salute of the 2021 anti-coup movement),
    // each a public demonstration (codebook: Protests). ("Poured into / flooded / filled the streets" were left out: people
    // flee into the streets after an earthquake, rain floods them, crowds fill them to celebrate.)
    'massed', 'banged pots', 'banging pots', 'pots and pans', 'cacerolazo*', 'three - finger salute*', 'tractor rally',
    'tractor rallies', 'tractor march*', 'tractor protest*',
    // case32: a crowd told as gathered "peacefully" (general news English tells a demonstration so: "a crowd that had gathered
    // peacefully outside the governor's office").
    'gathered peacefully', 'gathering peacefully', 'assembled peacefully', 'peaceful gathering', 'peaceful gatherings'],
  // world33: people who try to assemble ("as they tried to gather at the monument in defiance of a ban"): a demonstration met as
  // it forms.
  PROTEST_WEAK: [...SAT_ON_ROAD, 'tried to gather', 'trying to gather', 'attempted to gather', 'attempting to gather', 'on strike', 'general strike', 'strike action', 'labour strike', 'labor strike', 'strikers', 'on a strike',
    'workers strike', "workers ' strike", 'strike by workers', 'strike by teachers', 'strike by doctors', 'strike by nurses', 'strike over',
    'strike for', 'strike demanding', 'called a strike', 'call a strike', 'called for a strike', 'day strike', 'hour strike',
    'indefinite strike', 'sit - down strike', 'token strike', 'warning strike', 'transport strike', 'teachers strike', 'doctors strike', 'nationwide strike', 'went on strike', 'are striking', 'were striking', 'have been striking', 'had been striking', 'boycott*', 'vigil', 'vigils', 'chanting', 'chanted', 'blockade', 'blocked', 'walkout', 'walked out', 'stag*', 'gathered', 'crowd*', 'rallying', 'petition*', 'shutdown', 'movement', 'mass action', 'banners',
    // case7: the shop and transport strikes of Pakistani and Indian news ("observed a shutter-down strike", "wheel-jam strike").
    'shutter - down', 'shutter down', 'wheel - jam', 'wheel jam',
    // w26: "unrest over the conviction of an opposition leader" (WordNet: agitation, a disturbance of the public peace; news
    // writes it for protests and riots, "post-election unrest"): a demonstration told, weakly.
    'unrest over', 'unrest against', 'unrest following', 'unrest sparked', 'unrest triggered', 'post - election unrest', 'civil unrest', 'social unrest',
    // riots10: people assembling at a place, as "gathered" (a public gathering; "assembled explosives" has no place after it).
    'assembled outside', 'assembled in front of', 'assembled at',
    // riot14: more names of a trade's strike and of a walkout (a strike is a demonstration: codebook, Protests).
    'taxi strike', 'bus strike', 'minibus strike', 'drivers strike', "drivers ' strike", 'truckers strike', 'traders strike',
    'transporters strike', 'police strike', 'walked off the job', 'walk off the job', 'walked off their jobs', 'walked off work'],
  // riot14: a labour strike told (a trade's strike, a walkout, strikers), as against PROTEST_WEAK's gathering words ("crowd",
  // "gathered") that a mob is told with too. Violence done during a strike is the strikers' demonstration turning violent
  // (codebook: Violent demonstration), read by riot.strike-violence.
  LABOUR_STRIKE: ['on strike', 'general strike', 'strike action', 'labour strike', 'labor strike', 'strikers', 'on a strike', 'workers strike',
    "workers ' strike", 'transport strike', 'nationwide strike', 'indefinite strike', 'day strike', 'hour strike', 'went on strike', 'taxi strike',
    'bus strike', 'minibus strike', 'drivers strike', "drivers ' strike", 'truckers strike', 'traders strike', 'transporters strike',
    // Not "strike over" or "strike for": "the missile strike for the second night", "an air strike over the weekend".
    'police strike', 'walked off the job', 'walk off the job', 'walked off their jobs', 'walked off work', ...STRIKING_PEOPLE],
  LETHAL_FORCE: ['live ammunition', 'live rounds', 'live fire', 'opened fire', 'open fire', 'fired on', 'fired at', 'fired upon', 'fired against',
    'shot', 'killed', 'killing', 'dead', 'died', 'beat', 'beaten', 'beating', 'bludgeon*', 'injur*', 'wounded', 'wounding', 'gunfire', 'bullet*',
    'lathi - charge*', 'lathicharge*', 'lathi charge*', 'baton charge*', 'baton - charge*',
    'excessive force', 'assaulted', 'rubber bullet*', 'pellet*', 'shot at',
    // KILL's own cues that hold a shot or a beating, read whole there ("shot dead" would hide a shorter "shot").
    ...WORDNET.KILL_RESULT,
    'shoot', 'shoots', 'kill', 'kills', 'opens fire', 'opening fire', 'fires at', 'fires on', 'beats',
    // riots10: harm told by other words, as "injured" is (codebook: Excessive force against protesters is violence that
    // injures them seriously); "hurt" and "maimed" are HARM's words, listed whole here as there.
    'hurt', 'maimed', 'blinded', 'bleeding', 'run over', 'ran over', 'mowed down', 'casualties', 'medical treatment',
    // riots10: the progressive and "into" forms of firing on people ("fired into a crowd", "firing at demonstrators"; "fired into
    // the air" is DISPERSE's longer cue and hides them).
    'firing at', 'firing on', 'firing upon', 'firing into', 'fired into', 'fires into', 'shooting at', 'shooting into',
    // prot14: more ways of beating, stabbing or shooting at people (codebook: Excessive force against protesters is peaceful
    // demonstrators targeted with lethal weapons or violence leading to serious injury; general English synonyms of "beat" and
    // of firing a gun at someone). Not "flogged" alone of a court's sentence: these are finite acts told of the demonstration.
    'clubbed', 'whipped', 'flogged', 'thrashed', 'stabbed', 'stabbing', 'hacked',
    'shots at', 'buckshot', 'birdshot', 'shotgun*', 'gunshots', 'wounds', 'tortured', 'torturing'],
  /** Round 43: a leader's or a body's own men ("a commander said his men had killed 30 rebels", "the group said its men
   * repelled the attack"): WordNet 3.1 "man" n.3, a subordinate who serves in an army or a force, not men as civilians (read whole,
   * it hides CIVILIAN's "men"). No role: whose force they are is the actors' reading. */
  OWN_MEN: ['his men', 'its men'],
  /** Round 43: police containing a crowd in a cordon (general British English "kettle" v.: the police tactic of holding demonstrators
   * in a confined area); done to a demonstration, so the word tells both the crowd and the intervention. */
  KETTLE: ['kettled', 'kettling', 'kettles'],
  DISPERSE: [...TEAR_GAS_MUNITIONS, 'tear gas', 'teargas', 'tear - gas', 'teargassed', 'tear - gassed', 'tear gassed', 'tear - gassing', 'teargassing', 'dispers*', 'water cannon*', 'arrested', 'arresting', 'arrest', 'arrests', 'detained', 'detaining', 'detain', 'detains', 'broke up', 'break up',
    'stun grenade*', 'pepper spray*', 'rubber bullet*', 'pellet*', 'cordon*', 'prevented', 'stopped', 'removed',
    'evicted', 'intervened', 'custody', 'rounded up', 'took away', 'chased', 'pushed back', 'lathi - charge*',
    'lathicharge*', 'lathi charge*', 'baton charge*', 'baton - charge*',
    // case5: more ways forces stop or remove demonstrators (codebook: Protest with intervention, an attempt to disperse or suppress).
    'baton*', 'truncheon*', 'kettl*', 'forcibly removed', 'dragged', 'bundled', 'whisked away', 'hauled away', 'led away', 'carried away', 'warning shots',
    'fired into the air', 'fired in the air', 'shots in the air',
    // dwu10: the other inflections (general English morphology): shots into the air hit no one.
    'firing into the air', 'firing in the air', 'fires into the air', 'fire into the air', 'shooting into the air', 'shot into the air', 'barred', 'halted the march', 'stopped the march', 'blocked the march', 'sound bomb*', 'flash - bang*',
    'flashbang*', 'crackdown', 'cracked down', 'clamped down', 'confiscated',
    // protest6: forces that clear a blockade or hold a crowd back suppress the protest (codebook: Protest with intervention, "an
    // attempt to disperse or suppress"), whatever the words for it.
    // case7: more forms of the same ("the rally was broken up", "organisers were taken away", "forcibly ended a sit-in").
    'broken up', 'breaking up', 'breaks up', 'taken away', 'forcibly ended', 'forcibly broke up', 'forcibly broken up',
    // prot15b: demonstrators held a short while (codebook: Protest with intervention, a peaceful protest
    // that forces attempt to disperse or suppress, arrests among the means; "briefly held" is a short detention, general English).
    'briefly held', 'held briefly', 'held by police',
    'held by the police', 'held by security forces', 'held for hours', 'held for several hours', 'held for a few hours', 'held overnight',
    'held for questioning',
    // Round 44: demonstrators kept from where they march to (WordNet 3.1 "prevent" v.2 "keep from happening or arising", "bar" v.1,
    // "stop" v.2), told by their pronoun ("held hundreds of protesters back, preventing them from reaching parliament"): a force that
    // keeps them from a place suppresses the march (codebook: Protest with intervention). The protesters told by their noun after
    // the verb are BAR_ACT's object (protest.forces-bar-protest), whose words a longer phrase here would hide.
    ...['preventing', 'prevented', 'prevent', 'prevents', 'stopping', 'stopped', 'stop', 'barring', 'blocking', 'blocked', 'keeping', 'kept']
      .map((v) => `${v} them from`),
    // prot15b: firing tear gas, read whole as PROTEST_FORCE reads it (no gunfire told).
    'fired tear gas', 'fired teargas', 'firing tear gas', 'firing teargas', 'fires tear gas', 'fire tear gas', 'fired tear - gas', 'shot tear gas', 'shot teargas', 'shooting tear gas',
    'shot tear - gas',
    'cleared the road', 'cleared the roads', 'cleared the highway', 'reopened the road', 'reopened the roads', 're - opened the road', 'reopen the road',
    're - open the road', 'cleared the blockade', 'removed the blockade', 'lifted the blockade', 'removed the barricades', 'cleared the barricades',
    'control the crowd', 'controlled the crowd', 'crowd control', 'held back the crowd', 'held back the protesters', 'pushed back the protesters',
    // riots10: the riot-control means PROTEST_FORCE names beside the tear gas (they hide GRENADE's "grenade" as "stun grenade" does).
    'tear smoke', 'smoke grenade*', 'flash grenade*', 'percussion grenade*', 'sound grenade*', 'pepper ball*', 'pepperball*', 'pepper gas',
    'pepper - spray*', 'taser*', 'stun gun*', 'apprehended',
    // riots10: a detention told in the passive (codebook: Protest with intervention covers arrests at the protest; ARREST
    // holds the phrase too, and its longer cue hid "custody"; case28: and its object told between, "took them into custody").
    'taken into custody', 'into custody',
    // prot14: force told by name, used on people (codebook: Protest with intervention, an attempt to disperse or suppress; its
    // outcome, told in words of harm, decides between it and Excessive force).
    'used force against', 'used force on', 'using force against', 'use of force against', 'mild force', 'minimal force'],
  RIOT: ['riot*', 'pelted', 'pelting', 'threw stones',
    'hurled stones', 'throwing stones', 'stone - pelting', 'stone pelting', 'stone - throwing', 'stone throwing',
    // last7: bricks thrown are stones thrown (codebook: demonstrators' own violence); rocks are STONING's.
    'threw bricks', 'hurled bricks', 'throwing bricks', 'hurling bricks',
    // protest6: fire bombs are FIREBOMB's (thrown by demonstrators a riot, by one or two people at a shop property destruction).
    'burned tyres', 'burnt tyres', 'burning tyres', 'burned tires', 'burnt tires', 'burning tires',
    'burned rubber', 'burnt rubber', 'burning rubber', 'burned tyre', 'burning tyre', 'tyres on fire', 'tires on fire',
    'barricad*',
    'turned violent', 'went on the rampage', 'rampag*',
    'arson'],
  RIOT_WEAK: ['burning', 'on fire', 'set alight', 'ablaze', 'turned violent', 'escalating violence', 'outbreak of violence', 'outbreaks of violence', 'descended into violence', 'violence erupted', 'torched', 'torch', 'torches', 'torching', 'set fire', 'sets fire', 'setting fire', 'set ablaze', 'set on fire', 'ransack*', 'vandal*', 'arson', 'scuffle*', 'looted', 'threw', 'throws', 'throwing', 'broke into', 'broken into', 'breaking into', 'break into', 'stormed', 'pull down', 'pulled down', 'tore down', 'aggressive', 'vandalism', 'chaos', 'rampage', 'hurling', 'stones', 'clashed', 'clashes', 'clash', 'smashed', 'damaged', 'hurled', 'attacked', 'burnt', 'burned', 'brickbats', 'bricks', 'rocks',
    // protest6: road-blocking "using barricades, burning tires, or other material" (codebook: Violent demonstration).
    'logs', 'burning logs', 'tree trunks', 'boulders', 'burning debris', 'burning objects', 'bonfires',
    // force17: fires lit by the demonstrators (codebook: Violent demonstration, road-blocking using burning material), read
    // only as their act, as the words above are; "fires on" after them is no shooting (riot-control-means.ts).
    'lit fires', 'lighting fires', 'set fires', 'setting fires', 'started fires', 'lit a fire', 'lit fire',
    // clash8: more of that material, told as what the road is blocked with (tyres laid unburnt, rubble, branches, debris,
    // concrete blocks: not "against the price of tyres", a grievance), and the roadblocks the demonstrators put up
    // themselves (a force's roadblock is its own act: the riot rules ask who does it).
    'with tyres', 'with tires', 'with old tyres', 'with old tires', 'using tyres', 'using tires', 'with rubble', 'using rubble',
    'with branches', 'with tree branches', 'using branches', 'with debris', 'using debris', 'with concrete blocks',
    'erected roadblocks', 'erected road blocks', 'erected a roadblock', 'set up roadblocks', 'set up road blocks', 'set up a roadblock',
    'mounted roadblocks', 'put up roadblocks', 'makeshift roadblock*',
    // protest6: more of the demonstrators' own violence and destruction (codebook: "physical clashes, vandalism, road-blocking
    // using barricades"), read only as the demonstrators' act (riot rules ask who does it: not a force, act-agents.ts).
    // (Not "destroyed", which a grievance tells of homes; not "assaulted" or "beat up", which the excessive-force rules would then
    // take for the demonstrators' violence when police do it.)
    'broke windows', 'broke the windows', 'shattered', 'forced their way', 'forced entry', 'forcibly entered', 'threw objects',
    'hurled objects', 'skirmish*',
    // case7: demonstrators forcing their way past the police ("broke through police lines", "breached the cordon").
    'broke through', 'broken through', 'breaking through', 'breached the',
    // riots10: a fire set with its object between ("set a vehicle alight") and property destroyed: the demonstrators' destruction
    // (codebook: Violent demonstration includes property destruction); whose act it is, the rules read (act notBy state).
    'alight', 'destroyed',
    // protest12: more verbs of damage (WordNet 3.1 troponyms of damage and destroy: wreck, trash, deface), read only as the
    // demonstrators' act as the words above are (codebook: Violent demonstration includes vandalism and property destruction).
    'wrecked', 'wrecking', 'trashed', 'trashing', 'defaced', 'defacing', 'smashing'],
  /** Stones thrown at people: with a crowd as its agent and no demonstration told, mob violence. */
  STONING: ['threw stones', 'hurled stones', 'throwing stones', 'hurling stones', 'pelted', 'pelting', 'stoned', 'stoning',
    'threw rocks', 'throwing rocks', 'hurled rocks',
    // w26: brickbats thrown (WordNet: brickbat, "a fragment of brick used as a weapon"; South Asian English: "pelted brickbats").
    'threw brickbats', 'throwing brickbats', 'hurled brickbats', 'hurling brickbats', 'brickbatting',
    // case28: fireworks fired or thrown at people (WordNet 3.1 "firework" n.1, "flare" n.3: a crowd's missiles, no gunfire).
    ...['fired', 'firing', 'threw', 'throwing', 'hurled', 'hurling', 'launched', 'launching', 'shot', 'shooting'].flatMap((v) => ['fireworks', 'firecrackers', 'flares'].map((o) => `${v} ${o}`))],
  // (clash7) "vigilante*" stays here: read as an armed group instead (the actor reader's communal militia), CASE 2021 fell on
  // both halves (its coders read vigilantes' violence as a mob's); a gunfight told beside them is an engagement (GUNFIGHT).
  MOB: ['mob', 'mobs', 'lynch*', 'vigilante*', 'angry crowd*', 'irate crowd*', 'enraged crowd*', 'angry villagers',
    'mob justice', 'jungle justice', 'communal clash*', 'communal violence',
    // mob11: the other names news gives a crowd's punishment of a suspect on the spot (a lynching: codebook, Mob violence).
    'instant justice', 'street justice', 'popular justice',
    'sectarian clash*',
    // case7: riots named by the communities that fight them are no demonstration (codebook: Mob violence covers rioting
    // outside a demonstration, such as clashes between communities). Read whole, they hide RIOT's "riot*".
    'communal riot*', 'sectarian riot*', 'ethnic riot*', 'religious riot*', 'caste riot*', 'race riot*', 'intercommunal riot*',
    'inter - communal riot*', 'inter - ethnic riot*', 'interethnic riot*', 'communal rioting', 'sectarian rioting', 'ethnic rioting'],
  AGREEMENT: ['agreement*', 'ceasefire*', 'cease - fire*', 'truce*', 'peace deal*', 'peace accord*',
    // strat7: pauses and deals of a war's parties (codebook: Agreement covers ceasefires, evacuation deals, prisoner releases).
    'humanitarian pause*', 'pause in fighting', 'pause in the fighting', 'hostage deal*', 'hostage release deal*', 'evacuation deal*', 'evacuation agreement*',
    'accord', 'accords', 'signed', 'prisoner exchange*', 'prisoner swap*', 'treaty', 'pact',
    // Round 43: a memorandum is a deal only as one "of understanding" or "of agreement"; one handed to an official is a petition
    // (WordNet 3.1 "memorandum" n.1, a written proposal or reminder: what marchers submit to a district office), and a signed
    // one is read by "signed".
    'memorandum of understanding', 'memoranda of understanding', 'memorandum of agreement', 'exchange of prisoners', 'armistice'],
  /** world35: a treaty or pact that names an alliance ("the Collective Security Treaty Organisation", "the Warsaw Pact"): an
   * organisation, no agreement reached. Read whole, it hides AGREEMENT's "treaty" and "pact". */
  TREATY_BODY: ['treaty organisation', 'treaty organization', 'warsaw pact'],
  AGREE_WEAK: ['surrender*', 'agreed', 'agree', 'agrees', 'agreeing', 'sign', 'signing', 'swap', 'deal', 'deals', 'negotiated', 'reconcil*', 'released'],
  /** news28: a side that gives itself up to another (WordNet 3.1 "surrender" v.1, "give up" v.2: relinquish possession or
   * control of, to another), told with whom it surrenders to. (Arms handed in or laid down are a disarmament: strat17's Change to
   * group/activity.) */
  SURRENDER_TO: ['surrendered to', 'surrender to', 'surrenders to', 'surrendering to'],
  /** A deal not (yet) reached: talks held, stalled or put off, and one side's pledge (WordNet 3.1 "negotiation" n.1, "talks" n.2:
   * discussion intended to produce an agreement; "pledge" v.1: promise solemnly). Codebook: Agreement is coded when an agreement
   * is reached between actors; talks and promises are none, and a deal named as their topic is not yet one (non-events.ts
   * nonevent.inquiry.deal). No rule is typed from these words; they rule out what AGREE_WEAK rules out. */
  TALKS: ['negotiation', 'negotiations', 'negotiating', 'negotiate', 'negotiates', 'negotiator', 'negotiators', 'peace talks', 'pledged', 'pledges', 'pledging',
    // case33: talks held, resumed or broken off (general English: "talks" are negotiations): what the parties do at a table. Read whole, a
    // phrase hides ACTIVITY_CHANGE's "resumed" ("resumed talks in Jeddah" is no change in what a side does on the ground).
    'resumed talks', 'resume talks', 'resuming talks', 'talks resumed', 'talks resume', 'held talks', 'holding talks', 'hold talks',
    'suspended talks', 'talks were suspended', 'talks stalled', 'broke off talks', 'talks collapsed'],
  ARREST: ['arrest*', 'detain*', 'taken into custody', 'in custody', 'apprehend*', 'nabbed', 'rounded up', 'picked up',
    'remanded', 'round - up',
    // recall16b: held by the police to be questioned (WordNet 3.1 take in: "take into custody"; general news English).
    'taken in for questioning', 'taken in for interrogation', 'brought in for questioning', 'held for questioning', 'took in for questioning',
    // recall11: the detention noun with its verb's particle ("took him into detention"), as "taken into custody" (general English);
    // case28: and custody's, its object told between ("took 35 people into custody").
    'into detention', 'into custody',
    // fix16: people held or taken in "for questioning" are detained (codebook: Arrests are state forces detaining people; general
    // English "take in / pick up / hold for questioning"). Being wanted or summoned for it is no detention (SUSPECTS reads those whole).
    'for questioning', 'held for questioning'],
  ARREST_WEAK: ['held in custody', 'held without charge', 'held incommunicado', 'held at a police', 'held in detention', 'jailed', 'imprisoned', 'custody', 'caught', 'nab', 'raided', 'raid*', 'booked', 'charged', 'sentenced', 'indicted', 'captured', ...WORDNET.ARREST_WEAK],
  CHANGE: ['formed', 'formation', 'merg*', 'split', 'joined forces', 'new group', 'renamed', 'disband*', 'pledged allegiance',
    'allegiance', 'defect*', 'relocat*', 'new leader', 'new commander', 'new chief', 'new head', 'new leadership',
    'took command', 'assumed command', 'took over command', 'appointed', 'dissolv*', 'alliance', 'coalition', 'deploy*',
    'mobiliz*', 'mobilis*', 'recruit*', 'curfew', 'resign*', 'rebrand*', 'faction*',
    'withdraw support', 'state of emergency', 'banned', 'ban',
    // strat17: loyalty sworn to another group, in its other wordings (WordNet 3.1 "allegiance" n.1 and "loyalty" n.1 with the verbs
    // pledge, swear, declare): read whole, so AGREE_WEAK's "pledged" inside them is no agreement (codebook: Change to group/activity
    // covers a group joining or pledging itself to another; Agreement is between two parties).
    'pledged loyalty', 'pledged its loyalty', 'pledged their loyalty', 'pledged its allegiance', 'pledged their allegiance', 'pledges allegiance',
    'pledge allegiance', 'pledging allegiance', 'pledges loyalty', 'swore allegiance', 'sworn allegiance', 'swears allegiance', 'swore loyalty',
    'sworn loyalty', 'declared allegiance', 'declared its allegiance', 'declared their allegiance', 'declared loyalty', 'declared its loyalty',
    'announced its loyalty', 'announced their loyalty', 'switched sides', 'switched allegiance', 'changed sides',
    // strat17: recruits enlisted (WordNet 3.1 "sign up" v.1: enlist, join), read whole so AGREEMENT's "signed" inside is no deal.
    'signed up', 'signs up', 'signing up', 'sign up'],
  /** A truce already in force, told holding ("provided the ceasefire holds", "the truce has held since March"): read whole, so that
   * AGREEMENT's "ceasefire*" and "truce*" inside it tell no agreement of the day (codebook: Agreement is coded when an agreement
   * is reached; one that holds was reached before). Fighting told beside it is typed from its own words. */
  AGREEMENT_IN_FORCE: ['ceasefire* hold', 'ceasefire* holds', 'ceasefire* held', 'ceasefire* is holding', 'ceasefire* was holding',
    'ceasefire* has held', 'ceasefire* had held', 'truce* hold', 'truce* holds', 'truce* held', 'truce* is holding', 'truce* was holding',
    'truce* has held', 'truce* had held', 'cease - fire* holds', 'cease - fire* held', 'cease - fire* is holding'],
  /** Complaining as a way of saying something ("residents complain that prices rose"): a report of speech, read whole so that
   * GRIEVANCE's "complain*" inside it tells no demonstration (codebook: Protests are public demonstrations; a complaint put to a
   * reporter is none). */
  COMPLAINT_SAID: ['complain that', 'complains that', 'complained that', 'complaining that'],
  /** An activity stopped, started again or called off: a group's or force's change of activity only when a party does it ("the
   * rebels resumed attacks", "the army halted its operation"; change.activity). Said of talks, schools or clinics, it is none. */
  ACTIVITY_CHANGE: ['resumed', 'halted', 'ended', 'lifted', 'called off', 'suspend*'],
  BASE: ['military post*', 'army post*', 'security post*', 'observation point*', 'observation post*', 'military base*', 'military point*', 'headquarter*', 'base', 'bases', 'camp', 'camps', 'outpost*', 'post', 'posts', 'garrison*', 'office',
    'offices', 'station', 'stations', 'position*', 'stronghold*', 'barrack*'],
  /** Firing a weapon at something, told by the verb alone ("fired with unspecified weapons on the positions of …"). */
  FIRED: ['fired', 'firing', 'shot at', 'shooting at'],
  /** acled13: a weapon put to use ("used heavy weapons against the town"): general English verbs of using a tool. */
  USED: ['used', 'using', 'employed', 'employing'],
  /** Looting and destruction as acts: someone loots, torches or vandalises. */
  LOOT: ['loot*', 'plunder*', 'ransack*', 'pillag*', 'seized property',
    // case31: a place emptied of its goods (WordNet 3.1 "strip" v.4, to take away possessions from someone: "strip bare").
    'stripped bare', 'stripped almost bare', 'stripped clean', 'picked clean',
    'vandal*', 'torched', 'set fire', 'set ablaze', 'set on fire', 'arson'],
  /** People set free from detention, and the detained: a release by one side alone is no agreement. */
  RELEASE: ['released', 'releases', 'releasing', 'freed', 'set free', 'pardoned', 'granted amnesty to',
    // strat17: the release granted as a noun (WordNet 3.1 "release" n.1, "clemency" n.1, "pardon" n.1 and "amnesty" n.1 as what is granted).
    'granted early release to', 'granted release to', 'granted clemency to', 'granted a pardon to', 'granted pardons to', 'amnestied'],
  DETAINEES: ['prisoners', 'prisoner', 'detainees', 'detainee', 'inmates', 'convicts', 'political prisoners'],
  /** Two sides giving each other what they hold: an exchange is an agreement. */
  EXCHANGE: ['exchange', 'exchanged', 'exchanges', 'swap', 'swapped', 'swaps', 'in return for', 'in exchange'],
  /** Taking goods (not ground, not weapons): with a goods noun as its object, looting (codebook: looting
   * or seizing goods or property outside other violence). */
  SEIZE_GOODS: ['seized', 'seize', 'seizing', 'seizes', 'confiscated', 'confiscating', 'hijacked', 'hijacking', 'stole', 'stolen',
    // strat7: property taken from its owner (codebook: Looting covers seizing goods or property).
    'expropriated', 'appropriated',
    'stealing', 'took away', 'taken away', 'made off with', 'carried off', 'commandeered', 'rustled', 'rustling',
    // world29: livestock driven off (WordNet 3.1 "drive off" v.1 / "rustle" v.2), read only with goods as the object.
    'drove away', 'driven away', 'driving away', 'drove off', 'driven off', 'driving off',
    // (clash7) Nigerian and other English-language news wording of goods carried off.
    'carted away', 'carted off', 'made away with', 'went away with', 'carting away', ...WORDNET.SEIZE_GOODS,
    // loot15: WordNet impound.v ("take temporary possession of as a security, by legal authority"): property an authority takes
    // (FIND holds "impounded" too, of equal length, for weapons and drugs found).
    'impounded', 'impound', 'impounds', 'impounding'],
  // world33: cattle by their breed and their count ("more than 200 head of zebu": WordNet 3.1 "head" n.24, the number of animals).
  GOODS: ['livestock', 'cattle', 'cows', 'goats', 'sheep', 'camels', 'animals', 'zebu', 'zebus', 'oxen', 'donkeys', 'head of cattle', 'head of zebu',
    'head of livestock', 'food', 'foods', 'foodstuff*', 'goods', 'property',
    'properties', 'crops', 'harvest', 'grain', 'money', 'cash', 'vehicle', 'vehicles', 'truck', 'trucks', 'tanker*', 'car', 'cars',
    'motorbike*', 'motorcycle*', 'belongings', 'valuables', 'phones', 'supplies', 'fuel', 'diesel', 'medicine*', 'equipment', 'merchandise',
    // Round 43: goods told by their measure (general English: a quantity measured in tonnes, bags or barrels is stock, whatever its
    // name: "made off with nearly 60 tonnes of sorghum").
    'tonnes of', 'tons of', 'bags of', 'sacks of', 'litres of', 'liters of', 'barrels of', 'cartons of', 'crates of', 'truckloads of', 'bales of',
],
  /** Property destroyed as an outcome: a bulldozer, a demolition order or a fire can do it. */
  RAZE: ['burned down', 'burnt down', 'razed', 'demolish*', 'bulldoz*', 'raze', 'razes', 'burns down'],
  /** Round 45: WordNet 3.1 "tear down" v.1 and "pull down" v.1 (raze, destroy completely), in every form: razing only with a
   * building or structure as the object (loot.torn-down); "tearing down their banners" destroys no property of note. */
  TEAR_DOWN: ['tore', 'torn', 'tear', 'tears', 'tearing', 'pulled', 'pull', 'pulls', 'pulling'].map((v) => `${v} down`),
  /** Round 32: verbs of destroying growing things (WordNet 3.1 "uproot" v.1, "fell" v.1 "cause to fall by cutting", "cut down"):
   * with their object (PLANTS), trees or crops destroyed: property destruction (codebook: Looting/property destruction). */
  FELL_PLANTS: ['uprooted', 'uproot', 'uproots', 'uprooting', 'felled', 'chopped down', 'chop down', 'chopping down', 'cut down', 'cutting down',
    'sawed off', 'sawn off', 'poisoned'],
  /** Round 32: trees, orchards and crops (WordNet 3.1 "tree" n.1, "orchard" n.1, "crop" n.2): what FELL_PLANTS acts on. */
  PLANTS: ['trees', 'tree', 'saplings', 'seedlings', 'olive trees', 'olive groves', 'groves', 'grove', 'orchard', 'orchards', 'vines', 'vineyard',
    'vineyards', 'crops', 'date palms', 'palm trees', 'plantation', 'plantations'],
  LOOT_WEAK: ['stole', 'stolen', 'steal*', 'robbed', 'confiscat*', 'extort*', 'royalties', 'levies', 'illegal tax*', 'imposed tax*', 'destroyed', 'destruction', 'damaged', 'burned', 'burnt',
    // Round 44: the participles of the same verbs (general English morphology): "stormed a radio station, destroying its equipment".
    'destroying', 'damaging'],
  DESTROY: ['destroyed', 'destruction', 'damaged', 'demolish*', 'razed', 'burned down', 'burnt down', 'wrecked', 'flattened', 'destroy', 'destroys', 'raze', 'razes'],
  TRANSFER: ['withdr*', 'handed over', 'hand over', 'handing over', 'handover', 'pulled out', 'pull out', 'pulling out',
    'ceded', 'cede', 'move out', 'moved out', 'moving out', 'vacat*', 'relinquish*',
    'took over', 'taken over', 'take over', 'taking over', 'pullout',
    'pull - out', 'redeploy*', 'hands over', 'pulls out'],
  TRANSFER_WEAK: ['entered', 'deployed', 'moved into', 'transferred', 'transfer', 'left the', 'retreat*', 'evacuat*',
    // fix15: (ENTERED) entering a place again.
    're - entered', 'reentered'],
  ESTABLISH: ['created', 'create', 'creating', 'establish*', 'set up', 'sets up', 'setting up', 'opened', 'open a', 'built', 'build*', 'construct*',
    'install*', 'based in', 'relocated its',
    // recall14: the headline's present tense of "opened" with its object's determiner ("Rebels open new base"); the rules read it
    // only with a base, camp or post as its object.
    'open new', 'opens new', 'opened new', 'open a new', 'opens a new',
    // recall9: a base moved, told with a plural or present-tense subject ("the insurgents relocated their headquarters to"): the
    // verb and its possessive only, so the base word after it stays BASE's, the rules' object. ("moved" stays SEND's: the rule
    // base.moved of recall9 rows, sub-events-*.ts reads it with the base as its object.)
    'relocated their', 'relocates its', 'shifted its', 'shifted their'],
  /** What is demanded, not what happened: "demanding the release of detained teachers" names a grievance.
   * No rule reads it; as a longer cue it keeps its arrest or abduction word from typing the sentence. */
  DEMAND: ['release of detain*', 'release of arrest*', 'release of jailed', 'release of imprisoned', 'release of abduct*',
    'release of kidnap*', 'release of the detain*', 'release of the arrest*', 'release of the jailed', 'release of the abduct*',
    'release of the kidnap*', 'release of those detained', 'release of those arrested', 'release of those abducted'],
  /** w27: phrases whose event word names no act (general English): the idiom "run riot" (to act without restraint: "the visitors'
   * attack ran riot"), a prison sentence or term (a court's punishment, no prison or its inmates). No rule reads it; as a longer
   * cue it keeps RIOT's "riot" and PRISON's "prison" from typing the sentence. */
  NOT_AN_ACT: ['ran riot', 'run riot', 'runs riot', 'running riot', 'prison sentence*', 'prison term*', 'jail sentence*', 'jail term*'],
  PROTEST_FORCE: [...TEAR_GAS_MUNITIONS, 'tear gas', 'teargas', 'tear - gas', 'teargassed', 'tear - gassed', 'tear gassed', 'water cannon*', 'dispers*', 'rubber bullet*', 'stun grenade*',
    'pepper spray*', 'lathi - charge*', 'lathicharge*', 'lathi charge*', 'baton charge*', 'baton - charge*', 'batons',
    // recall16b: "riot police" and "riot gear" left out: a force present is no intervention (codebook: Protest with intervention
    // needs an attempt to disperse or suppress; "marched past a line of riot police" is a Peaceful protest). Their acts
    // (dispersed, charged, arrested, tear gas) are read by their own words.
    // riots10: other riot-control means (codebook: Protest with intervention, an attempt to disperse or suppress the protest;
    // general English names of less-lethal munitions).
    'tear smoke', 'smoke grenade*', 'flash grenade*', 'percussion grenade*', 'sound grenade*', 'pepper ball*', 'pepperball*', 'pepper gas',
    'pepper - spray*', 'taser*', 'stun gun*',
    // prot15b: firing riot-control munitions, read whole so that FIRED's "fired" (gunfire) is not read from it (codebook: Protest
    // with intervention names tear gas among the means of dispersal; "fired tear gas at fans who fought each other" tells no
    // shooting). DISPERSE holds the same phrases, so its "tear gas" is read all the same.
    'fired tear gas', 'fired teargas', 'firing tear gas', 'firing teargas', 'fires tear gas', 'fire tear gas', 'fired tear - gas', 'shot tear gas', 'shot teargas', 'shooting tear gas',
    'shot tear - gas'],
  /** Military installations and formations that are attacked: a target, not an agent. */
  TARGET_MIL: ['military base*', 'army base*', 'air base*', 'naval base*', 'observation post*', 'checkpoint*', 'convoy*', 'garrison*', 'outpost*', 'base', 'bases', 'security post*', 'army post*', 'military post*', 'barracks', 'patrol*',
    // Round 39: the gendarmerie's posts, as the police's (read whole beside TERRITORY_NOUN's).
    'gendarmerie post*', 'gendarmerie station*', 'gendarmerie brigade*',
    'positions', 'military position*', 'army position*', 'front - line position*', 'trench', 'trenches', 'police station*', 'police post*',
    'military vehicle*', 'army vehicle*', 'police vehicle*', 'armoured vehicle*', 'armored vehicle*',
    // round 31: a force's picket is its guard post (WordNet 3.1 "picket" n.2, a detachment guarding against surprise attack), no
    // demonstrators' picket line.
    'army picket*', 'police picket*', 'military picket*', 'security picket*', 'paramilitary picket*', 'crpf picket*', 'bsf picket*'],
  /** Seizing ground; who seizes it decides between the two territory sub-types. */
  TAKE_TERRITORY: ['captur*', 'seized', 'seize', 'seizing', 'took control', 'taken control', 'take control', 'taking control',
    'seized control', 'gained control', 'took full control', 'overran', 'overrun', 'fell to', 'fallen to', 'took over',
    'taken over', 'retook', 'retake*', 'retaken', 'recaptur*', 'regain*', 'liberated', 'liberate', 'liberating', 'drove out',
    'driven out', 'drove back', 'pushed back', 'pushed out', 'expelled', 'cleared', 'control of', 'controlling the entire', 'wrested', 'seizes', 'takes control', 'takes full control', 'overruns', 'wrests', 'drives out', 'expels', 'retakes', 'regains', 'liberates',
    // case5: control taken, in more words.
    'assumed control', 'established control', 'secured control', 'extended control', 'extended their control', 'extended its control', 'full control of', 'now controls', 'now control', 'in control of',
    // recall14: holding a place, the state the taking leaves ("now hold the whole district"): WordNet's "hold" (have or hold in
    // one's hands or grip; keep in a certain state) said of a side and a place, told as present.
    'now hold', 'now holds', 'now held', 'are now holding', 'is now holding', 'now rule', 'now rules',
    // case7: a side's flag raised over a place marks its taking, in the words of war reporting.
    'raised their flag', 'raised its flag', 'raised their black flag', 'raised its black flag', 'hoisted their flag', 'hoisted its flag',
    'hoisted their black flag', 'hoisted its black flag', 'planted their flag', 'planted its flag', 'raised the flag', 'hoisted the flag',
    // case9s: ground added to what a side holds ("expanded their control to three more villages").
    'expanded their control', 'expanded its control', 'expanded control',
    // case15: control imposed on a place, and the national flag raised over it (war reporting's wording: "the army imposed its
    // control over the villages", "raised the national flag over the town").
    'imposed control', 'imposed its control', 'imposed their control', 'imposed full control', 'imposes control', 'imposes its control',
    'imposing control', 'imposing its control', 'imposing their control', 'imposed its full control', 'imposed their full control',
    'raised the national flag', 'hoisted the national flag'],
  TERRITORY_NOUN: [
    // news29: Nigeria's administrative unit, read whole: its "government" is no state force ('Maradun Local Government Area').
    'local government area*', 'local government council*', 'town*', 'village', 'villages', 'city', 'cities', 'district*', 'area', 'areas', 'region*', 'port', 'neighbo*', 'base',
    'bases', 'hill*', 'territory', 'territories', 'airport', 'road', 'highway', 'airbase', 'air base', 'border point', 'crossing',
    'province', 'positions', 'site', 'oilfield', 'outpost*', 'checkpoint*', 'stronghold*', 'locality', 'county', 'suburb*',
    'island', 'valley', 'mountain*', 'heights', 'junction', 'bridge', 'outskirts', 'settlement*', 'farms', 'countryside', 'quarter',
    // case5: places that are held in the news of fighting: a district's seat, a compound or barracks, an enclave.
    'compound', 'headquarters', 'capital', 'enclave', 'municipality', 'commune', 'garrison', 'front line', 'frontline',
    'airfield', 'airstrip', 'seaport', 'oil field', 'oil fields', 'gas field', 'dam', 'fort', 'citadel', 'ridge', 'peak', 'plateau',
    // Round 39: the other populated places (WordNet 3.1 "urban area" n.1 and "slum" n.1: township, slum, shantytown; a
    // favela is Brazil's shantytown; not a hamlet, which raiders sweep into and leave) and a force's quarters (WordNet 3.1 "barracks" n.1): taking them is taking the
    // place (codebook: the seizure of a base), and so are an army's posts. Not a police station: TARGET_MIL's, whose storming by a
    // crowd is its mob's (mob.crowd-attacks reads it as the force's own).
    'township*', 'slum*', 'shantytown*', 'favela*', 'barracks', 'army post*', 'military post*'],
  /** Troop movements and reinforcements: ACLED codes them as a change in a group's activity. */
  // "dispatch" alone is more often a news report ("in a dispatch from the front", a paper's name) than a deployment.
  DEPLOY: ['deploy*', 'redeploy*', 'dispatched', 'dispatching', 'dispatch troops', 'dispatch of', 'reinforce*', 'reinforcement*', 'mobiliz*', 'mobilis*',
    'pulling back', 'sent troops', 'sent more troops', 'sends troops', 'sends more troops', 'send troops', 'send more troops', 'sending troops',
    'sent in troops', 'sends in troops', 'amass*', 'massing', 'build - up', 'buildup', 'defect*', 'joined the',
    'formed', 'formation of', 'merg*', 'disband*', 'pledged allegiance', 'splinter*', 'rebrand*', 'renamed', 'new group', 'relocat*',
    'patrol', 'patrols', 'patrolled', 'patrolling', 'joint patrol*', 'fortif*', 'brought in', 'sent to', 'military column*',
    'column of', 'set up checkpoint*', 'set up a checkpoint', 'set up a number of checkpoints', 'erected checkpoint*', 'placed checkpoint*',
    'placed check points', 'set up check points', 'set up a check point', 'installed checkpoint*', 'erected check points',
    'close all', 'closing all', 'closed off', 'closure of the border*', 'closed the crossing*', 'established checkpoint*', 'manned checkpoint*', 'sealed off', 'cordoned off', 'closed the road*', 'closed all',
    'closed border*', 'closed the border*', 'curfew', 'besieg*', 'siege', 'laid siege', 'encircl*', 'recruitment', 'recruited',
    'recruiting', 'distributed food', 'distributed aid', 'delivered food', 'food packages', 'aid packages', 'food parcels',
    'handed out', 'security measures', 'heightened security', 'tightened security', 'stepped up security', 'security operation*',
    'search operation*', 'combing operation*', 'cordon and search', 'replaced him', 'dismissed', 'sacked', 'appointed',
    // Troop movements, told as such (codebook: Change to group/activity includes movements of forces).
    'were moved to', 'was moved to', 'movement of forces', 'movement of troops', 'troop movement*', 'military movement*', 'moved troops'],
  /** Posts that control movement on a road: a force or group that sets them up changes its activity. */
  CHECKPOINT: ['checkpoint*', 'check point*', 'check - point*'],
  /** Setting something up on the ground: with a checkpoint as its object, a change in a group's activity. */
  SET_UP: ['set up', 'sets up', 'setting up', 'placed', 'places', 'erected', 'erects', 'erecting', 'established', 'establishes',
    'establishing', 'installed', 'installs', 'mounted', 'manned', 'put up', 'puts up', 'opened', 'opens'],
  /** Forces or their equipment arriving somewhere (codebook: Change to group/activity covers troop movements). */
  // (Not "reached": forces reach a place, but talks, sides and tolls reach deadlocks, deals and figures far more often.)
  ARRIVE: ['arrived', 'arrive', 'arrives', 'arriving', 'arrival of', 'landed in', 'landed at', 'docked'],
  /** Arrival words that tell the response to an incident, not a movement of forces: read whole, no rule types them. */
  AT_SCENE: ['arrived at the scene', 'arrived on the scene', 'arrived at the site', 'arrived on site', 'arrived at the spot', 'arrived at the hospital',
    'arrive at the scene', 'arrive on the scene', 'arriving at the scene', 'arriving on the scene'],
  /** Military equipment moved or delivered (never fired: that is an attack word of its own). */
  MATERIEL: ['tanks', 'armoured vehicles', 'armored vehicles', 'armoured personnel carriers', 'armored personnel carriers', 'military vehicles',
    'military equipment', 'weapons', 'ammunition', 'troops', 'soldiers', 'fighters', 'warship*', 'military aid', 'military hardware', 'air defence system*', 'air defense system*',
    // strat7: units on the move (codebook: Change to group/activity covers troop movements).
    'columns', 'battalions', 'companies of', 'contingent*', 'additional troops', 'more troops', 'extra troops', 'reinforcements'],
  /** People who are neither a force nor an armed group and can act together: when they are the ones who
   * beat, kill or clash, outside a demonstration, ACLED codes mob violence. */
  CROWD: ['mob', 'mobs', 'crowd', 'crowds', 'residents', 'locals', 'villagers', 'inhabitants', 'neighbours', 'neighbors', 'youths',
    // Round 42: holders of land acting together (WordNet 3.1 "landowner" n.1), as villagers and residents do.
    'landowners', 'land owners',
    'group of people', 'group of men', 'group of youths', 'group of individuals', 'group of residents', 'group of villagers',
    // "a group of [unidentified] individuals": a group with no force named nearer the verb is people acting together
    // ("a group of soldiers" is read by its nearer word, the soldiers).
    'group of', 'groups of',
    'members of the public', 'community members', 'bystanders', 'passers - by',
    // clash10: the same people told with "of" (codebook, inter 5: rioters are people acting together outside an organised group)
    'members of the community', 'members of the local community', 'members of a community', 'family of', 'families of',
    // Unorganised people who act together as a group (codebook, inter code 5: rioters are people acting
    // violently outside an organised armed group): supporters, traders and vendors, inmates, fans.
    'supporters', 'party supporters', 'goons', 'sellers', 'vendors', 'traders', 'hawkers', 'inmates', 'prisoners',
    // protest6: "youth" as a collective noun ("angry youth attacked a police station", "a group of youth"), as common in
    // African and South Asian English as "youths".
    'youth', 'angry youth', 'irate youth',
    'local people', 'group of local*', 'fans', 'motorcyclists', 'riders', 'bikers', 'rioters',
    'activists', 'party members', 'party workers', 'relatives', 'family members', 'workers', 'students',
    // case8: religious and caste communities named as people who act together ("clashes between Hindus and Muslims"): a
    // community's people fighting another's are rioters (codebook: Mob violence, communal violence between groups of people).
    'hindus', 'muslims', 'christians', 'sikhs', 'buddhists', 'dalits', 'adivasis', 'tribals',
    // clash11: the people of a town, and road users, named together as who acts (WordNet: townspeople, townsfolk: the people of
    // a town; motorists): people acting together outside any organised group are rioters (codebook: Mob violence, inter 5).
    'townspeople', 'townsfolk', 'townsmen', 'motorists',
    // mob11: people named by whom they stand against or behind, as who acts (WordNet: rival, opponent: a person who contends
    // with another; follower: one who supports a leader; the public: people in general), and a party's factions, read as
    // "group of" is (the nearer force or armed group decides: "factions of al-Shabaab"): people acting together outside an
    // organised armed group are rioters (codebook: Mob violence, inter 5; party supporters' fights are Mob violence).
    'rivals', 'opponents', 'followers', 'the public', 'faction of', 'factions of',
    // Mourners, and miners (people who work in mines; artisanal miners), named as who acts: people acting together outside
    // an organised group (WordNet: mourner, miner), as 'workers' and 'traders' are; sides named only by their number ("as two
    // groups clashed", as betweenSides reads "between two groups"; an armed group is named as such: "two armed groups").
    'mourners', 'miners', 'two groups',
    // People named by their trade, faith or age as who acts (WordNet: fisherman, driver, worshipper, shopkeeper, peasant,
    // tenant, squatter; young men, teenagers): as 'traders' and 'workers', a crowd when they beat, kill or fight (rioters,
    // inter 5); as who is acted on they are civilians ("gunmen attacked fishermen").
    'fishermen', 'drivers', 'worshippers', 'worshipers', 'shopkeepers', 'peasants', 'tenants', 'squatters', 'young men', 'teenagers',
    'church members', 'parishioners',
    // acled15: people counted by a vague large number as who acts ("dozens of people attacked a police patrol"), read as "group of
    // people" is: many people acting together outside an organised group are rioters (codebook: Mob violence, inter 5).
    'dozens of people', 'hundreds of people', 'scores of people', 'thousands of people',
    // The people of a place named as who acts (WordNet: population, the inhabitants of a place; "the people of the village"):
    // people acting together outside an organised group are rioters (codebook: Mob violence, inter 5), as 'villagers' and
    // 'inhabitants' are. ("men from" would hide "armed men from a rival tribe"; passengers are most often victims: left out.)
    'population', 'local population', 'people of', 'market women',
    // A party's members named by its standing rather than its name ("members of the ruling party", "opposition party members",
    // "party cadres"): party supporters engaged in violence are rioters (codebook, inter 5; party-supporters.ts), as 'party members'
    // and 'party workers' are.
    'members of the ruling party', 'ruling party members', 'ruling party activists', 'ruling party cadres', 'members of the opposition party',
    'opposition party members', 'opposition party activists', 'party cadres', 'party loyalists', 'members of rival parties',
    'members of two political parties', 'members of two rival parties', 'members of two parties',
    // (acled4) A party named as who acts is its supporters: rioters (party-supporters.ts).
    ...PARTY_NAMES],
  /** case33: road-blocking material the codebook names (Violent demonstration: "road-blocking using barricades, burning tires or
   * other material"): the barricades themselves, one word each, so that no longer cue of theirs hides RIOT's or RIOT_WEAK's words
   * ("burning barricades" stays RIOT_WEAK's "burning" too). Not people barricaded inside a building (PROTEST's "barricaded
   * themselves") nor barricades removed (the road cleared), which the longer cues read. */
  BARRICADE: ['barricade', 'barricades', 'barricaded', 'barricading',
    // …and tyres set alight, as RIOT reads them (the same spans: neither hides the other, and RIOT_WEAK's "burning" is RIOT's to hide).
    'burned tyres', 'burnt tyres', 'burning tyres', 'burned tires', 'burnt tires', 'burning tires', 'burned tyre', 'burning tyre',
    'tyres on fire', 'tires on fire'],
  /** mob11: a quarrel between people (WordNet: dispute, quarrel, altercation, feud: an angry disagreement): a fight told with
   * it and no armed side is people's fight over it (Mob violence's mob.dispute-turns-violent). */
  DISPUTE: ['dispute', 'disputes', 'quarrel', 'quarrels', 'quarrelled', 'quarreled', 'altercation', 'altercations', 'feud', 'feuds', 'argument', 'arguments'],
  /** mob11: clans and tribes named as a fight's sides: identity militias (codebook, inter 4: communal and clan militias are
   * armed and organised), whose fights are Armed clashes, not a crowd's quarrel (mob.dispute-turns-violent leaves them). */
  CLAN_SIDE: ['clan', 'clans', 'clansmen', 'tribe', 'tribes', 'tribesmen', 'inter - clan', 'clan - based', 'intertribal', 'inter - tribal'],
  /** mob11: the members of a group named by what they belong to ("members of the Kisii community", "members of the ADF"):
   * read by what follows (pipeline/events/members-of.ts): a force or an armed group is that side, anything else, told as
   * who acts, is people acting together (a crowd). */
  MEMBERS_OF: ['members of',
    // Round 42: the other nouns of a body's people acting for it (WordNet 3.1 "agent" n.2 "a representative who acts on behalf of
    // other persons or organizations", "operative" n.1, "personnel" n.1, "element" n.4 "a small part of a larger group"): "agents of
    // the SEBIN intelligence service arrested six activists" is the service's act, "elements of the army" the army's. With "the"
    // after "of": "accused state agents of targeting critics" tells what the agents did, not whose they are.
    'agents of the', 'operatives of the', 'personnel of the', 'elements of the'],
  /** What demonstrators want or reject: it marks a demonstration, and what follows it is the grievance,
   * not what happened ("protested against the killing of …", "demanding the release of …"). */
  GRIEVANCE: ['demand*', 'denounc*', 'decry*', 'decrying', 'condemn*', 'calling for', 'called for', 'call for', 'to reject',
    'rejecting', 'in rejection',
    // world33: a demand told as urging or calling on someone, and the side a march stands with ("urging the government to scrap its
    // peace treaty", "chanting in support of Gaza": WordNet 3.1 "urge" v.2, push for something).
    'urging', 'urged', 'calling on', 'called on', 'in support of',
    // case8: the words the demonstrators carry ("placards that read 'Stop killing us'"): their message, no act. The placard's
    // noun is left out, so PROTEST still reads "placards" itself.
    'that read', 'which read', 'that reads', 'which reads',
    'in solidarity', 'to express', 'expressing their', 'complain*', 'grievance*', 'justice for', 'release of',
    // case5: what a protest answers, told as its cause or its memory ('a march in memory of', 'protests sparked by the killing of').
    'in memory of', 'to mourn', 'mourning', 'in honour of', 'in honor of', 'to commemorate', 'commemorating', 'outrage over', 'outrage at', 'anger over', 'anger at',
    // Round 42: the same cause told by the adjective of "anger" (WordNet 3.1 "angry" adj.1, "feeling or showing anger"): "landowners
    // angry over unpaid royalties".
    'angry over', 'angry at', 'angry about', 'anger about',
    'angered by', 'outraged by', 'sparked by', 'triggered by', 'in response to', 'in reaction to', 'following the death', 'following the killing', 'after the death of',
    'after the killing of', 'over the death', 'over the killing', 'over the murder', 'over the arrest', 'against the arrest', 'against the killing',
    // prot13: what a wave of protests has answered since ("protests have been held since the death of a woman in custody").
    'since the death', 'since the killing', 'since the murder', 'since the shooting',
    // protest6: whom a vigil or a commemoration is for ("a vigil for the protesters killed in 2019", "marking the anniversary of
    // the massacre"): what it remembers is no incident of its own.
    'vigil for', 'vigils for', 'a vigil for', 'marking the anniversary', 'to mark the anniversary', 'marking the death', 'marking the killing',
    'anniversary of the killing', 'anniversary of the death', 'anniversary of the massacre', 'in remembrance of', 'to remember',
    // case7: whom a rally honours, and the dead its marchers carry, are what it remembers, not force used on it.
    'to honour', 'to honor', 'honouring', 'honoring', 'pay tribute to', 'paying tribute to', 'paid tribute to', 'to pay tribute',
    'carrying the bodies', 'carrying the body', 'carried the bodies', 'carried the body', 'carrying coffins', 'carried coffins',
    'carrying the coffins', 'carrying the coffin', 'carried the coffins', 'carried the coffin', 'with the bodies of', 'with the body of',
    // case15: mourners who refuse to bury their dead until a demand is met ("protested, refusing to bury the dead"): the dead are
    // whom they mourn, no force used on them.
    'refusing to bury', 'refused to bury', 'refuse to bury', 'refuses to bury', 'refusal to bury',
    // force17: the finite forms of mourning and commemorating ("protesters mourned the death of a woman in custody"; WordNet 3.1
    // mourn.v.01, commemorate.v.01): whom they mourn is what the demonstration answers, as "to mourn" and "mourning" tell.
    'mourned', 'mourns', 'commemorated', 'commemorates', 'paid homage to', 'pay homage to', 'paying homage to'],
  /** People driven from their homes, or returning: ACLED codes displacement as "Other" (a strategic development). */
  DISPLACE: ['displaced', 'displacing', 'displacement', 'fled their homes', 'fled their villages', 'forced to flee', 'forcing them to flee',
    'to flee', 'fled to', 'have fled', 'had fled', 'evacuated', 'evacuating', 'evacuation of',
    // Round 42: a return told with where the displaced come back from (WordNet 3.1 "exile" n.1, a camp of the displaced), not any
    // "returned from" ("as they returned from a school outing" is a time clause).
    'returned from exile', 'returned from camps', 'returned from the camps', 'returned home from', 'returnees', 'repatriat*', 'refugees arrived', 'migrants arrived', 'mass grave*',
    // recall14: WordNet's "displace" synset and its neighbour "uproot" (move people forcibly from their homeland), said of people
    // (crops are uprooted too: Looting/property destruction).
    'people uprooted', 'families uprooted', 'residents uprooted', 'villagers uprooted', 'civilians uprooted', 'people have been uprooted',
    'families have been uprooted', 'residents have been uprooted', 'villagers have been uprooted', 'civilians have been uprooted',
    'thousands have been uprooted', 'hundreds have been uprooted', 'uprooted from their homes', 'uprooted from their villages',
    'uprooted thousands', 'uprooted hundreds', 'uprooting thousands', 'driven from their homes', 'driven from their villages',
    'forced from their homes',
    // strat17: WordNet 3.1 "refuge" n.1 (a shelter from danger) in its verb phrases, and fleeing told with what is fled (codebook:
    // Other covers the displacement of a civilian population as a result of fighting). Read whole, so "fighting" fled is no clash.
    'sought refuge', 'seek refuge', 'seeking refuge', 'took refuge', 'taken refuge', 'taking refuge', 'sought safety', 'seeking safety',
    'fled the fighting', 'fled fighting', 'fled the violence', 'fled violence', 'fleeing the fighting', 'fleeing fighting',
    'fleeing the violence', 'fleeing violence', 'flee the fighting', 'flee fighting', 'flee the violence', 'flee violence',
    'to safer areas', 'to safer places', 'to safer locations', 'to safer ground', 'to safer parts'],
  /** A grave of many found: ACLED records its discovery as a development of its own. */
  // world31: a grave of many told by how it was dug (WordNet 3.1 "clandestine" adj.1, secret; "mass burial"): bodies found, no killing
  // of the day.
  // Round 36: a mass burial is a funeral of many ("after the mass burial of 12 villagers"); only its site is a grave found.
  MASS_GRAVE: ['mass grave*', 'common grave*', 'clandestine grave*', 'clandestine burial*', 'mass burial site*', 'mass burial pit*',
    'mass burial ground*',
    // world35: a site where the bodies of the disappeared were burned (a crematory: where corpses are burned to ashes): its
    // discovery is the same development as a grave's.
    'crematory pit*', 'cremation pit*', 'clandestine crematori*', 'clandestine crematory', 'extermination site*'],
  /** People uprooted from their homes or country: their return or arrival is a movement of population. */
  UPROOTED: ['migrants', 'refugees', 'displaced people', 'displaced persons', 'displaced families', 'idps', 'evacuees', 'asylum seekers',
    'returnees', 'deportees',
    // case9s: people sent out of a country are uprooted by the sending itself ("120 nationals deported from the US arrived").
    'deported', 'repatriated',
    // strat17: people who live or work abroad, as they are named when they come home (WordNet 3.1 "national" n.1, "expatriate"
    // n.1, "emigrant" n.1, "migrant worker"): their return is a movement of population as the migrants' is.
    'nationals', 'expatriates', 'expats', 'emigrants', 'immigrants', 'migrant workers', 'stranded citizens', 'exiles'],
  /** Coming back (a return of uprooted people when they are the ones named). */
  RETURN: ['returned', 'returning', 'return', 'returns', 'repatriated', 'sent back', 'deported', 'arrived', 'arriving',
    // case9s: coming back across a border ("migrants crossed the border back into Venezuela").
    'crossed back', 'crossing back', 'came back', 'went back', 'headed back', 'border back',
    // strat17: arriving across a border (WordNet 3.1 "cross" v.1, with the "into" of the country reached), as "arrived" is read.
    'crossed into', 'crossing into', 'crosses into', 'cross into', 'entered the country', 'entered through', 'entered via'],
  /** (acled4) A prison and its inmates: a riot there is the inmates' own, not a demonstration (Mob violence). */
  // case33: the nouns of "jail", not the verb ("after the opposition leader was jailed" names no prison).
  PRISON: ['prison*', 'jail', 'jails', 'jailhouse', 'jailbreak*', 'gaol', 'penitentiar*', 'inmates', 'prisoners', 'detention cent*', 'correctional', 'detainees',
    // Round 40: WordNet 3.1 "cellblock" n.1, a division of a prison.
    'cellblock*', 'cell block*', 'cell - block*'],
  /** No words: set by the reader (mentions.ts) on a sentence that follows a protest told just before it. */
  STORY_PROTEST: [],
  /** (riots11) No words: set by the reader (events/forces-harmed.ts) on a protest's sentence whose first injury is told of
   * police or troops in the passive ("two officers were injured during the protest"): the demonstrators' violence. */
  FORCES_HARMED: [],
  /** (force17) No words: set by the reader (events/joint-fight.ts) on a fight verb whose subject joins demonstrators and a
   * state force ("protesters and police clashed"): both fight, the demonstrators' violence. */
  JOINT_FIGHT: [],
  /** (case9p) No words: set by the reader (mentions.ts) on a sentence that follows a protest read as dispersed (Protest with
   * intervention) just before it: deaths told there are what the dispersal did (protest.story-deaths). */
  STORY_DISPERSED: [],
  STATE_FORCE: ['guards', 'security guards', 'security guard', 'guard', 'bodyguard*', 'policemen', 'policeman', 'security force*', 'peacekeeper*', 'soldiers', 'troop*', 'loyalists', 'regime', 'government', 'police*', 'security forces', 'soldier*', 'troops', 'army', 'military', 'government forces', 'regime forces',
    'officers', 'personnel', 'forces', 'cops', 'riot police', 'paramilitary', 'paramilitaries', 'gendarm*', 'national guard', 'marines',
    'armed forces', 'security personnel', 'jawans', 'sfs', 'crpf', 'bsf', 'itbp', 'assam rifles', 'air force', 'navy',
    'coast guard', 'authorities', 'security agencies', 'operatives', 'commandos',
    // clash12: a force told by its unit (WordNet: military unit, its hyponyms brigade, battalion, regiment, platoon, squadron; news:
    // "members of the 45th Battalion") or its members as agents of a security service; a unit's members killed on duty are a
    // Battle's side (codebook 2023: attacks on armed agents are Battles). A named armed group's unit is read by its name first.
    'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'regiments', 'platoon', 'platoons', 'squadron', 'squadrons',
    'security agents', 'security agent',
    // (clash8) The state's other armed services (codebook, inter 1: military, police and other state security agencies):
    // prison, customs, border, intelligence and wildlife services; their members killed on duty are a Battle's side.
    'prison warden*', 'prison officer*', 'warder*', 'correctional officer*', 'customs officer*', 'customs agent*',
    'immigration officer*', 'intelligence officer*', 'intelligence agent*', 'park ranger*', 'wildlife ranger*',
    // Round 42: the intelligence service itself (WordNet 3.1 "intelligence service" n.1, "intelligence agency": a state unit), and
    // the political police (WordNet 3.1 "secret police" n.1), as its officers and agents are.
    'intelligence service', 'intelligence services', 'intelligence agency', 'intelligence agencies', 'secret police',
    'forest ranger*', 'forest guard*', 'game ranger*', 'game warden*', 'eco - guard*', 'ecoguard*',
    // (acled5) Officials of a force are the force (the civilian "officials" row names unarmed office holders).
    'security officials', 'military officials', 'army officials', 'police officials',
    // (clash10) One member of a force told by his service or rank (codebook 2023, inter 1: state forces; killing a force's
    // member, armed and on duty, is an Armed clash even when he does not fire back): the singulars and ranks of general English.
    'jawan', 'constable*', 'serviceman', 'servicemen', 'servicewoman', 'trooper', 'troopers', 'sentry', 'sentries', 'paratrooper*',
    'conscript', 'conscripts', 'cop', 'marine', 'detective*', 'naval officer*', 'sergeant*', 'lieutenant*', 'colonel*',
    'security officer', 'security official', 'military official', 'prison custodian*',
    // sides17: a force's members told as "security men" (West African and South Asian English; WordNet: security force, "a
    // private or public force of guards"): killed on duty, a Battle's side (codebook 2023: violence against state forces is a Battle).
    'security men', 'security man', 'securitymen', 'securityman',
    // sides17: a rank and a service member's noun of general English (WordNet: corporal, a noncommissioned officer; guardsman, a
    // member of a national guard), and the Sahel's "Defence and Security Forces" (FDS: the army, gendarmerie and police together).
    'corporal*', 'guardsman', 'guardsmen', 'fds', 'defence and security forces', 'defense and security forces'],
  MILITANT: ['militant*', 'insurgent*', 'rebel*', 'terrorist*', 'jihadist*', 'militia*', 'fighters', 'fighter', 'extremist*',
    'separatist*', 'guerrilla*', 'maoist*', 'naxal*', 'islamist*', 'gunmen', 'bandits', ...NAMED_ARMED_GROUPS,
    'nusra', 'ansar*', 'mujahideen', 'cadres', 'opposition'],

  // ---- case4: concepts of the rule families in case4 rows, sub-events-*.ts (each from a codebook definition) ----
  /** How ground changed hands when no one fought for it (codebook: Non-violent transfer of territory). */
  NONVIOLENT: ['without a fight', 'without fighting', 'without a battle', 'without resistance', 'without any resistance', 'without a shot',
    'without firing a shot', 'without a single shot', 'without bloodshed', 'without clashes', 'without any clashes', 'unopposed',
    'peacefully', 'met no resistance', 'no resistance', 'without violence', 'without combat',
    // case9s: the absence of fighting told as a report's note (codebook: a location acquired without a violent interaction).
    'with no fighting', 'no fighting reported', 'no fighting was reported', 'without any fighting', 'no clashes were reported', 'no clashes reported',
    // world37: no fire told at all ("No shots were fired and no incidents were reported").
    'no shots were fired', 'no shot was fired', 'not a shot was fired', 'not a single shot was fired', 'without a shot being fired',
    'with no clashes', 'with no resistance'],
  /** Control given to another: a handover (codebook: Non-violent transfer of territory). */
  HANDOVER: ['handed over', 'hand over', 'hands over', 'handing over', 'handover', 'hand - over', 'handed control', 'handed authority',
    'hand control', 'handed back', 'transferred control', 'transferred authority', 'ceded control', 'turned over control',
    'relinquished control', 'gave up control', 'surrendered control'],
  /** Sending forces or arms somewhere (codebook: Change to group/activity covers troop movements and reinforcements). */
  SEND: ['sent', 'send', 'sends', 'sending', 'forwarded', 'rushed', 'brought', 'brings', 'bringing', 'moved', 'moves', 'moving',
    'shipped', 'transferred', 'transfers', 'dispatched', 'dispatches', 'airlifted', 'flew in', 'flown in', 'poured', 'pushed more', 'pushes more'],
  /** Founding a group (codebook: Change to group/activity covers the formation of new groups). */
  FOUND: ['formed', 'form', 'forms', 'forming', 'founded', 'founding', 'established', 'establish', 'establishes', 'establishing',
    'set up', 'sets up', 'setting up', 'created', 'create', 'creates', 'creating', 'raised', 'unveiled',
    'formation of', 'creation of', 'founding of', 'establishment of', 'launch of'],
  /** What is founded: an armed group or a unit of one. */
  GROUP_NOUN: ['militia', 'militias', 'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'regiments', 'armed group', 'armed groups',
    'armed wing', 'military wing',
    // Round 33: a party's youth branch ("the Imbonerakure, the youth wing of the ruling party"): an organisation, no crowd of youths.
    'youth wing', 'youth wings', 'youth league', 'youth leagues', 'new group', 'new force', 'new militia', 'self - defence group*', 'self - defense group*',
    'self - defence force*', 'self - defense force*', 'vigilante group*', 'defence force', 'defense force', 'task force', 'joint force',
    'faction', 'factions', 'coalition', 'alliance', 'unit', 'units', 'entity', 'squad', 'squads', 'operations room', 'military council'],
  /** Driving an armed side out of a place (codebook: a place changes hands by force): the place follows "from". */
  EXPEL: ['drove back', 'drove out', 'driven out', 'driven back', 'drives out', 'drive out', 'pushed back', 'pushed out', 'expelled',
    'expels', 'ousted', 'flushed out', 'chased out', 'dislodged', 'routed', 'cleared',
    // case7: the other inflections of the same verbs (general English morphology: "driving out the militants").
    'driving out', 'driving back', 'drive back', 'drives back', 'pushing out', 'push out', 'pushes out', 'flushing out', 'flush out',
    'chasing out', 'chase out', 'dislodging', 'dislodge', 'dislodges', 'ousting', 'oust', 'ousts', 'expelling', 'expel',
    'driven from', 'chased from', 'pushed from', 'flushed from',
    // dwu10: a side made to leave is driven out, no peaceful withdrawal (read whole over WITHDRAW's words: "the rebels were forced
    // to withdraw"; codebook: Non-violent transfer of territory is a location acquired without a violent interaction).
    'forced to withdraw', 'forced to retreat', 'forced to pull out', 'forced to abandon', 'forcing them to withdraw', 'forcing them to retreat'],
  /** People taken as suspects: seizing them is an arrest (codebook: Arrests), not a weapon seized. */
  SUSPECTS: ['suspect', 'suspects', 'suspected', 'accused', 'wanted', 'fugitive*',
    // fix16: sought or called "for questioning" is no detention (read whole, these hide ARREST's "for questioning").
    'wanted for questioning', 'sought for questioning', 'summoned for questioning', 'invited for questioning', 'called for questioning',
    'called in for questioning', 'summoned him for questioning', 'summoned them for questioning'],
  /** "took the town": the plain verb of taking, read only with a place as its object (case4 rows, sub-events-*.ts). */
  TAKE_PLAIN: ['took', 'taken', 'takes', 'take', 'taking', 'secured', 'secures', 'securing', 'swept through', 'swept into', 'overwhelmed',
    'captures', 'liberation of', 'recapture of', 'capture of', 'fall of', 'seizure of', 'takeover of', 'gained ground', 'made gains',
    // dwu10: gains told as territorial ("made territorial gains towards the Wadi area").
    'territorial gains'],
  /** Idioms read whole so that no rule types them: "take" that takes nothing ("the clash took place in the town"), "fall to" that hands nothing over. */
  IDIOM: ['took place', 'take place', 'takes place', 'taking place', 'taken place', 'took part', 'take part', 'takes part', 'taking part',
    'taken part', 'took office', 'take office', 'took shelter', 'taken shelter', 'took power', 'taken to hospital',
    'taken to a hospital', 'took them to', 'taken into', 'take into', 'took note', 'take note', 'taking note', 'take steps', 'take measures', 'took measures',
    // and of "fall to" that hand nothing over ("soldiers fell to the ground"): territory "fell to" a party only
    'fell to the ground', 'fell to the floor', 'fell to his death', 'fell to her death', 'fell to their deaths', 'fell to their death',
    // case5: a mine that is a workplace ("workers at the copper mine went on strike"), no landmine.
    'gold mine*', 'copper mine*', 'coal mine*', 'diamond mine*', 'tin mine*', 'iron ore mine*', 'cobalt mine*', 'mine workers', 'mine worker', 'mineworkers', 'mining company', 'mine owner*',
    // case5: a chemical works is a place, no chemical weapon ('an airstrike hit a chemical plant').
    'chemical plant*', 'chemical factory', 'chemical factories', 'chemical facility', 'chemical facilities', 'chemicals plant', 'chemical warehouse*', 'chemical industry', 'chemical weapons facilit*', 'chemical weapons site*', 'chemical weapons depot*', 'chemical weapons stockpile*', 'chemical weapons program*'],
  /** Finding a weapon before it is used, in more words than INTERCEPT's (codebook: Disrupted weapons use covers weapons seized or found). */
  /** Round 39: naming what something was ("the missile, which officials identified as an Iskander-M", "police identified the dead
   * as two brothers"): read whole, it hides FIND's "identified", which a seizure rule would read as weapons found. No rule reads it. */
  NAMED_AS: ['identified as', 'identifies as', 'identifying as', 'was identified as', 'were identified as', 'been identified as'],
  FIND: ['identified', 'detected', 'confiscat*', 'impounded', 'haul', 'hauls', 'retrieved', 'unearths', 'recovers', 'intercepts',
    // Round 43: "dig up" (WordNet 3.1 "dig up" v.1, to remove from the ground, as INTERCEPT's "unearthed": "troops dug up an arms depot").
    'dug up', 'digs up', 'digging up',
    // case15: the other forms of "detect" (the headline's present, the participle: "Police detect IED", "by detecting a bomb").
    'detect', 'detects', 'detecting'],
  /** Agreeing, in the wording of reports on peace processes (codebook: Agreement). */
  AGREE_MORE: ['brokered', 'reached a deal', 'struck a deal', 'reached an agreement', 'power - sharing', 'peace plan', 'peace settlement',
    'political settlement', 'de - escalation', 'non - aggression', 'cessation of hostilities', 'halt to fighting', 'end to fighting',
    'stop fighting',
    // recall9: the fighting a deal ends, in its other wordings ("signed a ceasefire, ending months of fighting"): read whole, the
    // ended fighting is the deal's aim, not a clash of its day.
    // Only the participle that tells the deal's effect: "called on all sides to stop the fighting" is a call, no deal.
    'ending the fighting', 'ending months of fighting', 'ending weeks of fighting', 'ending years of fighting', 'ending days of fighting',
    'ending hostilities',
    'lay down their arms', 'laid down their arms', 'laying down arms', 'agreed to', 'agreed on', 'agreed upon', 'joint statement'],
  /** Bases in more words than BASE's (codebook: Headquarters or base established). */
  BASE_MORE: ['airbase*', 'hideout*', 'safe house*', 'command center*', 'command centre*', 'training camp*', 'training centre*',
    'training center*', 'presence', 'foothold', 'stronghold*', 'military facility', 'military facilities', 'military installation*'],
  /** Setting a base up, in more words than ESTABLISH's. */
  ESTABLISH_MORE: ['erected', 'erect', 'erecting', 'stationed', 'headquartered', 'founded', 'opens',
    // case5: a base opened or made out of a building.
    'inaugurated', 'inaugurates', 'commissioned', 'turned into', 'turned it into', 'converted into', 'transformed into'],
  // ---- lead8: a state that strikes from afar (codebook: Air/drone strike; Explosions/Remote violence) ----
  /** No words: set by the reader (mentions.ts) on a country named as the subject of a verb ("Israel struck", "Russia
   * pounded"): the state acts, through its military (actors.ts `actor.country-as-subject`). */
  STATE_NAME: [],
  /** No words: set by the reader (mentions.ts, where20) on a country's demonym on the incident word itself ("an Israeli
   * bombing", "the Russian shelling"): that state's military did the act (actors.ts `actor.demonym-modifier`). Typing reads
   * it as the act noun's agent only (partiesOf), no party of any other act. */
  STATE_ADJ: [],
  /** A verb of striking a target from afar, as wire copy tells a state's strikes ("Israel struck targets in southern
   * Lebanon", "Russia pounded Kharkiv overnight", "the United States hit Houthi sites"). Each word is also ATTACK's. */
  STRIKE_VERB: ['struck', 'strikes', 'strike', 'hit', 'hits', 'pounded', 'pounds', 'pounding', 'bombarded', 'bombards', 'bombarding',
    'targeted', 'targets', 'targeting', 'blitzed'],
  /** What a state strikes from afar, as the verb's object: a site or what stands there. */
  STRIKE_TARGET: ['targets', 'target', 'positions', 'position', 'sites', 'site', 'facilities', 'facility', 'infrastructure', 'depot', 'depots',
    'base', 'bases', 'camp', 'camps', 'hideout', 'hideouts', 'compound', 'compounds', 'house', 'houses', 'home', 'homes', 'building', 'buildings',
    'village', 'villages', 'town', 'towns', 'city', 'cities', 'area', 'areas', 'outskirts', 'suburb', 'suburbs', 'neighbourhood', 'neighbourhoods',
    'neighborhood', 'neighborhoods', 'port', 'refinery', 'refineries', 'plant', 'bridge', 'bridges', 'convoy', 'convoys', 'vehicle', 'vehicles',
    'stronghold', 'strongholds', 'headquarters', 'launchers', 'warehouse', 'warehouses', 'tunnels', 'airfield', 'airbase', 'substation', 'substations',
    'grid', 'shipyard', 'oil', 'fuel', 'ammunition', 'arms', 'weapons', 'military', 'energy'],
  /** The same verbs in their other senses: a state that "hit back", "hits out", or hits a rival with sanctions, tariffs or a
   * deal strikes nothing (general English). */
  NOT_STRIKE: ['hit back', 'hits back', 'hit out', 'hits out', 'struck back', 'strikes back', 'sanction', 'sanctions', 'tariff', 'tariffs', 'embargo',
    'deal', 'deals', 'accord', 'record', 'chord', 'balance', 'tone', 'blow to', 'snag', 'targets of', 'growth', 'economy', 'inflation', 'visa', 'visas'],
  /** A seizure of power or a mutiny (codebook: Other covers coups and other significant developments). */
  COUP: ['coup', 'coups', "coup d ' etat", 'putsch', 'mutiny', 'mutinied', 'mutineers', 'martial law', 'seized power', 'seize power', 'ousted the president', 'overthrew', 'overthrown',
    // case9s: the headline's present tense ("Army seizes power").
    'seizes power', 'seizing power', 'overthrows',
    // Round 39: the acts soldiers announce when they take over a state (general English of coups: the constitution suspended, the
    // government dissolved, power taken, told in the perfect of an announcement).
    'suspended the constitution', 'suspending the constitution', 'suspends the constitution', 'dissolved the government', 'dissolving the government',
    'dissolved state institutions', 'dissolved all state institutions', 'suspended state institutions', 'suspended all state institutions',
    'has taken power', 'have taken power', 'had taken power',
    // strat17: the other verbs of a seizure of power (WordNet 3.1 "depose" v.1: oust, topple, overthrow; "mutinous" adj. of mutiny),
    // each with what is seized, so a toppled statue or a deposed figure told as a noun is none (codebook: Other covers coups).
    'deposed the', 'deposes the', 'toppled the government', 'toppled the president', 'toppled president', 'topples the government',
    'topples president', 'toppling the government', 'toppling the president', 'removed the president from power', 'removed from power',
    'ousted from power', 'seized control of the government', 'dissolved the government', 'suspended the constitution',
    'mutinous', 'military takeover'],

  // ---- case5: concepts of the rule rows in case5 rows, sub-events-*.ts (each from a codebook definition) ----
  /** No words: set by the reader (place-objects.ts) on a place the gazetteer named in the sentence, so that "captured
   * Kidal" has its object as "captured the town" has (codebook: the territory sub-types are about a location). */
  PLACE_NAME: [],
  /** An attack stopped before it happened (codebook: Disrupted weapons use covers attacks foiled or prevented). */
  FOIL: ['foiled', 'foil', 'foils', 'foiling', 'thwarted', 'thwart', 'thwarts', 'thwarting', 'averted', 'avert', 'pre - empted', 'preempted', 'busted', 'dismantled', 'neutralised', 'neutralized'],
  /** What is foiled: a plot (single words only, so that no attack word is hidden inside a longer cue). */
  PLOT: ['plot', 'plots', 'plotted', 'conspiracy',
    // recall9: a plan as what was foiled ("thwarted a plan to attack the parliament"): the foiling happened, the attack did not.
    'plan to', 'plans to', 'attack plan*',
    // dwu10: the plan's authors told before its aim ("foiled a plan by suspected militants to bomb a market").
    'plan by', 'plans by',
    // strat7: South Asian news says "foiled a terror bid" (an infiltration bid is an incursion: INCURSION reads it whole).
    'terror bid*', 'terror plot*', 'terror attempt*'],
  /** A weapon that did not go off, or was stopped before it did (codebook: Disrupted weapons use: a suicide bomber shot
   * before detonating, a grenade that failed to explode, a missile destroyed in the air). */
  DUD: ['failed to explode', 'failed to detonate', 'failed to go off', 'did not explode', 'did not detonate', 'did not go off', "didn ' t explode",
    "didn ' t go off", 'before detonating', 'before it exploded', 'before it went off',
    // Round 43: "before <the bomber> could <set it off>", every subject with every verb of setting off (general English: "before
    // X could V" tells what X never did), not the few pairs listed before ("before she could trigger" was missing).
    ...['he', 'she', 'they', 'it', 'the bomber', 'the attacker'].flatMap((who) => ['detonate', 'blow', 'trigger', 'set off', 'pull', 'activate',
      'explode', 'go off', 'use'].map((verb) => `before ${who} could ${verb}`)),
    'destroyed in mid - air', 'destroyed in midair', 'destroyed in the air',
    'shot down in mid - air', 'intercepted in mid - air', 'neutralised in the air', 'neutralized in the air', 'downed over'],
  /** Taking ground in more words than TAKE_TERRITORY's: occupying a place (read with an object, after a finite verb only). */
  OCCUPY: ['occupied', 'occupies', 'occupy', 'occupying'],
  /** A side leaving a place (TRANSFER's words of leaving, without its words of taking over). */
  // world37: "pull back" (general English: to move back, retreat) is a withdrawal, no deployment.
  WITHDRAW: ['withdr*', 'pulled out', 'pull out', 'pulling out', 'pulls out', 'pullout', 'pull - out', 'moved out', 'move out', 'moving out', 'vacat*', 'abandoned', 'retreated', 'retreat', 'retreats', 'retreating', 'fled the town', 'fled the city', 'left the town', 'left the city', 'left the area',
    'pulled back', 'pull back', 'pulling back', 'pulls back'],
  /** Force that kills or maims (codebook: Excessive force against protesters is lethal force or force causing serious
   * injury; it outranks Protest with intervention, whatever dispersal is told beside it). */
  // Words other concepts hold too are listed whole as they are there, so that none is hidden inside a longer cue.
  DEADLY: ['killed', 'killing', 'dead', 'died', ...WORDNET.KILL_RESULT, 'live ammunition', 'live rounds', 'live bullets',
    'live fire', 'fatally',
    // protest6: injuries that needed a hospital (codebook: Excessive force is violence "resulting in serious injuries (e.g.
    // requiring hospitalization)").
    'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization', 'admitted to hospital', 'admitted to a hospital', 'taken to hospital',
    'rushed to hospital', 'rushed to a hospital', 'taken to a hospital', 'lost their lives', 'lost his life', 'lost her life', 'seriously', 'critically', 'severely', 'gravely', 'critical condition', 'death', 'deaths',
    // riots10: force named by its lethal outcome and serious injuries told by their kind (codebook: Excessive force against
    // protesters is lethal force or violence "resulting in serious injuries"; a gunshot wound is one).
    'deadly crackdown', 'bloody crackdown', 'deadly force', 'lethal force', 'bloodied', 'gunshot wound*', 'bullet wound*',
    // protest12: serious injuries told by their kind or their care (codebook: Excessive force against protesters is violence
    // "resulting in serious injuries (e.g. requiring hospitalization)"): broken bones, intensive care. (Not "head wounds" or
    // "head injuries", longer cues that hide HARM's "wounds" and "injuries": airwars a killedInRange fell .803 -> .796; nor "in
    // hospital with", which hides a struck hospital.)
    'fractures', 'fractured', 'broken bones', 'broken limbs', 'intensive care',
    // prot13: more serious injuries told by their lasting harm (codebook: Excessive force against protesters is violence
    // "resulting in serious injuries"): an eye or sight lost, a coma, paralysis. (No cue that holds HARM's or KILL's words.)
    'lost an eye', 'lost one eye', 'lost his eye', 'lost her eye', 'lost their eyes', 'lost his sight', 'lost her sight', 'coma',
    // Round 36: a person left paralysed, not a strike that "paralysed normal life" (WordNet 3.1 "paralyze" v.1, of a body, beside
    // v.2 "make powerless and unable to function", of a city or of trade): the state of one hurt, or its cause.
    'was paralysed', 'were paralysed', 'is paralysed', 'are paralysed', 'left paralysed', 'left him paralysed', 'left her paralysed', 'left them paralysed', 'paralysed from', 'now paralysed', 'partially paralysed', 'was paralyzed', 'were paralyzed', 'is paralyzed', 'are paralyzed', 'left paralyzed', 'left him paralyzed', 'left her paralyzed', 'left them paralyzed', 'paralyzed from', 'now paralyzed', 'partially paralyzed',
    // prot14: deaths told as martyrdom (South Asian and Middle Eastern English; KILL holds "martyr*") and injuries told by
    // their hospital care (codebook: serious injuries "e.g. requiring hospitalization").
    'martyred', 'hospital treatment', 'treated in hospital', 'treated at hospital', 'treated in a hospital', 'treated at a hospital'],
  /** Harm that is not serious (codebook: Protest with intervention is dispersal "without serious/lethal injuries"). */
  MINOR: ['slightly', 'lightly', 'no serious', 'not seriously', 'bruises', 'bruised', 'superficial',
    // prot14: injuries told as minor by their adjective (the same codebook line: dispersal "without serious/lethal injuries").
    'minor injuries', 'minor injury', 'minor wounds', 'light injuries', 'slight injuries', 'minor cuts',
    // Round 39: harm told by its treatment, the marks of tear gas and outpatient care ("seven of its members were treated for injuries",
    // "treated for tear gas inhalation", "treated and released"): no serious injury told.
    'treated for injuries', 'treated for their injuries', 'treated for minor', 'treated and released', 'treated and discharged',
    'tear gas inhalation', 'inhaling tear gas', 'effects of tear gas', 'effects of teargas'],
  /** prot14: no one hurt (codebook: Protest with intervention is an attempt to disperse or suppress the protest "without
   * serious/lethal injuries being reported"); the harm words inside are read whole here, so no LETHAL_FORCE hit stands on them. */
  NO_HARM: ['no injuries', 'no injury', 'no one was hurt', 'no one was injured', 'nobody was hurt', 'nobody was injured', 'no one was harmed',
    'without injuries', 'without any injuries', 'no casualties', 'no one hurt', 'no one injured', 'no - one was hurt', 'no - one was injured',
    'no reports of injuries', 'no injuries were reported', 'no injuries reported',
    // Round 34: the same told as reported or immediately known ("no one was reported hurt", "nobody was immediately reported injured").
    ...['no one', 'nobody', 'no - one'].flatMap((who) => ['was reported', 'was immediately reported', 'has been reported', 'were reported']
      .flatMap((be) => ['hurt', 'injured', 'harmed', 'wounded'].map((harm) => `${who} ${be} ${harm}`)))],
  /** Control passing to the party named after the phrase ("the town fell into the hands of the rebels"). */
  CONTROL_PASSES: ['fell into the hands of', 'fallen into the hands of', 'falls into the hands of', 'came under the control of', 'come under the control of',
    'comes under the control of', 'now under the control of', 'under the full control of', 'fell under the control of', 'fallen under the control of',
    // case7: control told as passing or held now ("the town is now in the hands of the rebels").
    'now in the hands of', 'passed into the hands of', 'passed under the control of', 'passed to the control of', 'passed into the control of',
    // case31: the control told with a degree adverb ("is now fully under the control of the MNDAA").
    'fully under the control of', 'completely under the control of', 'firmly under the control of', 'entirely under the control of',
    'under the complete control of', 'under the firm control of'],
  /** A place freed from an armed group, told of the place ("the town was cleared of militants"). */
  FREED_FROM: ['cleared of', 'purged of', 'rid of',
    // case15: WordNet 3.1's purge/cleanse (rid of impurities), said of a place and a group ("the area was cleansed of terrorists").
    'cleansed of', 'cleaned of',
    // dwu10: a place "liberated from" a group, told in the passive with no liberator named ("the city had been liberated from
    // Islamic State"): the state's regaining (REGAIN's "liberated" read whole).
    'liberated from'],
  BURN_PERSON: ['set ablaze', 'set alight', 'set on fire', 'burned alive', 'burnt alive', 'burned to death', 'burnt to death', 'doused', 'necklaced', 'necklacing'],
  /** People driven from their homes, told by who fled (codebook: Other covers population displacement). */
  FLED: [
    // strat7: people told by who they are, fleeing (codebook: Other covers population displacement).
    'residents fled', 'villagers fled', 'civilians fled', 'families fled', 'households fled', 'residents have fled', 'villagers have fled',
    'civilians have fled', 'families have fled', 'residents had fled', 'villagers had fled', 'thousands fled', 'hundreds fled', 'thousands have fled', 'hundreds have fled', 'thousands had fled', 'forced thousands to flee', 'forced hundreds to flee',
    'fled en masse', 'mass exodus', 'exodus of', 'fled their',
    // strat17: "leave" said of many at once, as "fled en masse" (WordNet 3.1 "en masse" adv.: all together).
    'left en masse', 'leave en masse', 'leaving en masse',
    // recall14: the headline's present tense (news headlines tell past events in the simple present: "Thousands flee as ...").
    'thousands flee', 'hundreds flee', 'residents flee', 'villagers flee', 'civilians flee', 'families flee', 'households flee',
    'thousands of residents flee', 'thousands of civilians flee', 'thousands of villagers flee', 'thousands of families flee',
    'hundreds of families flee', 'hundreds of residents flee', 'flee their homes', 'flee their villages', 'flee en masse',
    // recall14: WordNet's "abandon" (forsake, leave behind) said of homes: people who leave them to violence are displaced.
    'abandon homes', 'abandon their homes', 'abandoned their homes', 'abandoning their homes', 'abandon their villages',
    'abandoned their villages', 'left their homes', 'leave their homes', 'leaving their homes',
    // recall14: the progressive of a flight under way, said of many people ("residents are fleeing in their thousands").
    'fleeing in their thousands', 'fleeing in their hundreds', 'fleeing in droves', 'residents are fleeing', 'civilians are fleeing',
    'villagers are fleeing', 'families are fleeing', 'thousands are fleeing', 'people are fleeing', 'thousands fleeing', 'hundreds fleeing'],
  // ---- acled5: concepts of the rule families in acled5 rows, sub-events-*.ts ----
  /** Weapons a crowd picks up, no firearm or blade of war: people who fight with these are no organised armed group
   * (codebook, inter code 5: rioters; identity militias are armed and organised). Machetes, spears and bows are left out:
   * communal militias fight with them too. */
  CRUDE_WEAPON: ['sticks', 'stick', 'stones', 'bricks', 'brickbats', 'rocks', 'clubs', 'cudgels', 'iron rods', 'rods', 'lathis',
    'bamboo sticks', 'sharp objects', 'sharp weapons', 'knives', 'bats', 'hockey sticks', 'fists', 'bare hands', 'batons and stones'],
  /** Those who kidnap, named as people: a party (an armed gang), not the act of abduction ("residents beat a suspected
   * kidnapper"). Read whole, it keeps ABDUCT's "kidnap*" stem from typing the sentence as an abduction. */
  /** Setting fire to something, as an act someone does (a crowd that does it is rioting: acled5 rows, sub-events-*.ts). */
  // world33: the verb's -ing form ("torching eleven houses"; not "torch", also the lamp protesters carry).
  BURN_ACT: ['torched', 'torching', 'set fire', 'sets fire', 'setting fire', 'set ablaze', 'set on fire', 'set alight', 'burned down', 'burnt down',
    'burned the house', 'burnt the house', 'burned his house', 'burnt his house', 'burned her house', 'burnt her house', 'razed'],
  /** world22: "burned" as a verb that may take any object ("burned the municipal building", "burned two police cars"); a rule
   * reads it only with a building or vehicle as its object (mob.crowd-burns-property), not of people burned or tyres burned. */
  BURNED: ['burned', 'burnt'],
  /** Giving things out (acled5 rows, sub-events-*.ts: an armed group or force handing out aid changes how it acts). */
  DISTRIBUTE: ['distributed', 'distributes', 'distributing', 'distribution of', 'handed out', 'hands out', 'handing out', 'gave out',
    'gives out', 'giving out', 'gave away', 'giving away', 'donated', 'donates', 'donating', 'delivered', 'delivers', 'delivering'],
  /** What is handed out: aid, food and goods, and leaflets (an armed group's word to the people it controls). */
  HANDOUT: ['food', 'groceries', 'foodstuff*', 'food aid', 'aid', 'supplies', 'masks', 'face masks', 'soap', 'sanitiser*', 'sanitizer*',
    'rice', 'flour', 'sugar', 'cash', 'money', 'pantries', 'essentials', 'basic goods', 'medicine*', 'medical supplies', 'packages',
    'parcels', 'boxes', 'bags', 'hampers', 'baskets', 'kits', 'gifts', 'toys', 'leaflets', 'flyers', 'pamphlets', 'blankets', 'water'],
  KIDNAPPERS: ['kidnapper', 'kidnappers', 'abductor', 'abductors', 'suspected kidnapper', 'suspected kidnappers'],
  // ---- protest6: concepts of the rule families in protest6 rows, sub-events-*.ts ----
  /** Hand-thrown fire bombs: demonstrators' violence in a protest or riot (Violent demonstration), property destruction
   * when one or two people throw them at a shop or an office and no one is hurt (Looting/property destruction). */
  /** (world14) A bomb or explosive device told as thrown by hand (general English: throw, hurl, lob, toss): the codebook's Grenade
   * covers "any other similarly hand-thrown explosive, such as an IED that is thrown". A fire bomb thrown is FIREBOMB's. */
  BOMB_THROWN: ['threw a bomb', 'threw bombs', 'threw a pipe bomb', 'threw pipe bombs', 'threw an explosive device', 'threw explosive devices',
    'threw an improvised explosive device', 'threw an ied', 'hurled a bomb', 'hurled bombs', 'hurled a pipe bomb',
    'hurled an explosive device', 'hurled explosive devices', 'lobbed a bomb', 'lobbed a pipe bomb',
    'lobbed an explosive device', 'tossed a bomb', 'tossed a pipe bomb', 'tossed an explosive device', 'bomb was thrown', 'bombs were thrown',
    'bomb had been thrown', 'device was thrown', 'devices were thrown', 'device had been thrown', 'bomb was hurled', 'bombs were hurled',
    'device was hurled', 'bomb was lobbed', 'device was lobbed', 'bomb was tossed', 'device was tossed', 'throwing a bomb', 'throwing a pipe bomb',
    'throwing an explosive device', 'hurling a bomb', 'hurling an explosive device'],
  /** (world14) People coming together at a place (general English: gather, assemble, converge, "in front of"): with a demand
   * told, a public demonstration (codebook: Protests are "in-person public demonstrations"). Not the past forms: PROTEST_WEAK
   * reads "gathered", "assembled outside" alone, and a longer cue here would hide them. */
  /** prot15b: chasing or driving people off a place (WordNet 3.1 chase_away.v.01 "drive away by force"). REPEL's "chased away"
   * is read whole there and hid DISPERSE's "chased"; read here beside it, with its doer asked of the rule (a force that chases off
   * demonstrators suppresses their protest; demonstrators who chase off a reporter do not). */
  DRIVE_OFF: ['chased away', 'chased off', 'chasing away', 'chasing off', 'drove away', 'drove off', 'driven away', 'driven off', 'driving away',
    'driving off', 'drove back', 'driven back'],
  GATHER_AT: ['gather outside', 'gather in front of', 'gather at', 'gather near', 'gathering outside', 'gathering in front of', 'gathering at',
    'gathering near', 'assemble outside', 'assemble in front of', 'assembling outside', 'assembling in front of', 'converge on', 'converging on'],
  /** prot16: blows struck with the hand, the foot or a club (WordNet 3.1 hit.v.03 "deal a blow to", its hyponyms kick, punch,
   * slap, club, batter; not "manhandle" or "rough up", handling read as suppression, protest-readings.ts). Read with its doer and its object asked of the rule: a force that
   * strikes demonstrators uses violence on them (Excessive force against protesters); "workers struck" is a strike, with no object. */
  BLOW_ACT: ['struck', 'hit', 'kicked', 'kicking', 'punched', 'punching', 'slapped', 'slapping', 'battered', 'pummelled', 'pummeled',
    'bashed', 'trampled', 'stomped on'],
  /** prot16: chasing or driving people back or off (WordNet 3.1 chase_away.v.01 "drive away by force", drive_out, repel, rout), the
   * verb alone so that its object may stand between it and its particle ("chased the police away", "drove the soldiers back"). */
  CHASE: ['chased', 'chasing', 'chase', 'chases', 'drove', 'pushed back', 'repelled', 'repulsed', 'routed', 'overpowered', 'forced back'],
  /** prot16: a force's own operation that a crowd resists, read after TRY_TO ("police who tried to evict the traders"; general
   * English: evict, remove, demolish, impound): people who fight police or troops trying to carry one out are no demonstrators
   * but people resisting it (codebook: Mob violence is rioters violently interacting with armed actors outside a demonstration).
   * Not the nouns ("over the demolition of their homes", "enforcing the curfew"): told so, the operation is what the crowd rises
   * against, read as a riot (riot.crowd-clashes-with-forces). No arrest words: those are ARREST's and DISPERSE's. */
  FORCE_OPERATION: ['evict', 'remove', 'demolish', 'impound', 'dismantle', 'close down', 'shut down'],
  /** prot16: an attempt (general English: try, attempt, seek to): "police who tried to arrest a trader". case32: every form, and
   * struggling or failing to (general English: to strive for, or not manage, what follows): "gendarmes
   * struggling to regain control" took nothing (attempted-takings.ts). */
  TRY_TO: ['tried to', 'attempted to', 'trying to', 'attempting to', 'sought to', 'tries to', 'try to', 'attempt to', 'attempts to',
    'seeking to', 'seek to', 'seeks to', 'struggling to', 'struggled to', 'struggle to', 'struggles to', 'failed to', 'fail to', 'fails to',
    'failing to'],
  FIREBOMB: ['molotov*', 'petrol bomb*', 'fire bomb*', 'firebomb*', 'fire - bomb*', 'gasoline bomb*', 'petrol - bomb*'],
  // ---- acled6: concepts of the rule families in acled6 rows, sub-events-*.ts ----
  /** (acled6) A ransom is asked only for someone held (codebook: Abduction/forced disappearance). */
  RANSOM: ['ransom', 'ransoms', 'for ransom', 'demanded a ransom', 'ransom demand*'],
  /** Round 39: captors who do not show who they are: men in plain or civilian clothes, an unmarked car, a force that denies holding
   * the person (codebook: a forced disappearance is a detention whose captors do not acknowledge it; general human-rights usage).
   * Not "plainclothes police" or "plainclothes officers": a force that names itself makes an arrest. */
  UNACKNOWLEDGED_CAPTORS: ['men in plain clothes', 'men in plainclothes', 'men in civilian clothes', 'men in civilian clothing', 'plainclothes men',
    'plain - clothed men', 'plain - clothes men', 'unmarked car', 'unmarked cars', 'unmarked vehicle', 'unmarked vehicles', 'unmarked van',
    'unmarked vans', 'denied holding', 'deny holding', 'denies holding', 'denied detaining', 'deny detaining', 'denies detaining',
    'denied arresting', 'deny arresting', 'denies arresting', 'denied having detained', 'denied having arrested'],
  /** (acled6) A force or group opening a named or new campaign (codebook: Change to group/activity covers significant changes
   * in a group's activity, such as launching a military operation). */
  /** (acled6) Fighting an attack off: the defenders engage the attackers (codebook: "an attack on a military post repelled" is
   * an Armed clash). */
  REPEL: ['repelled', 'repulsed', 'repelling', 'repulsing', 'repel', 'repels', 'repulse', 'repulses', 'beat back', 'beat off',
    'beaten back', 'beating back', 'fought off', 'fended off', 'fending off',
    // clash9: to rout is to defeat and put to flight (WordNet); read only with an armed side or an attack as its object.
    'routed', 'routing', 'chased off', 'chased away', 'chased out'],
  /** clash9: Fighting off the attackers told by a pronoun for them ("repulsed them", "fought them off"): the defenders engage
   * the side that just attacked (codebook: an attack repelled is an Armed clash). Read whole, over REPEL's verb. */
  REPEL_BACK: ['repelled them', 'repulsed them', 'repelling them', 'repulsing them', 'fought them off', 'fighting them off',
    'beat them back', 'beat them off', 'fended them off', 'drove them back', 'drove them off', 'pushed them back',
    'forced them to retreat', 'forced the attackers to retreat', 'forced the assailants to retreat', 'put them to flight',
    'put the attackers to flight', 'put the assailants to flight', 'routed them'],
  /** (acled6) An armed side's move on another's ground: what defenders repel or thwart. */
  ASSAULT_MOVE: ['attack', 'attacks', 'assault', 'assaults', 'offensive', 'offensives', 'incursion', 'incursions', 'infiltration',
    'infiltrations', 'infiltration attempt*', 'infiltration bid*', 'advance', 'advances', 'raid', 'raids', 'onslaught', 'push'],
  /** (acled6) Stopping someone from passing or going on (a force stopping another's patrol, an authority stopping a medium). */
  BAR_ACT: ['prevented', 'preventing', 'blocked', 'blocking', 'stopped', 'turned back', 'barred', 'obstructed', 'denied entry to', 'refused entry to',
    'refused to let', 'did not allow', 'blocking the passage of', 'blocked the passage of'],
  /** (acled6) A force on the move: what another force bars (codebook: Other). */
  FORCE_MOVE: ['patrol', 'patrols', 'convoy', 'convoys', 'column', 'columns', 'military column*', 'military convoy*', 'joint patrol*'],
  /** (acled6) Silencing a medium: an authority blocks, suspends or takes it off air (codebook: Other, a significant development). */
  SILENCE: ['cut', 'snapped', 'blocked', 'shut down', 'shutdown of', 'suspended', 'banned', 'ordered', 'revoked the licence of', 'revoked the license of',
    'cut off', 'switched off', 'blacked out', 'restricted access to', 'closed down', 'took off air', 'taken off air', 'pulled off air',
    // case9s: the blackout as a noun ("an internet blackout was imposed") and the headline's present tense ("suspends", "shuts down").
    'blackout', 'blackouts', 'shutdown', 'shutdowns', 'shuts down', 'suspends', 'blocks', 'cuts off', 'revokes the licence of', 'revokes the license of'],
  /** (acled6) Media and means of communication. */
  MEDIA: ['website*', 'newspaper*', 'broadcaster*', 'tv station*', 'television station*', 'television channel*', 'tv channel*', 'radio station*',
    'news channel*', 'internet', 'mobile internet', 'internet services', 'social media', 'off air', 'off the air', 'news outlet*', 'media outlet*',
    'news agency', 'news site*', 'news portal*', 'telecommunication*', 'phone networks', 'mobile networks', 'mobile phone services', 'twitter', 'facebook', 'whatsapp', 'youtube'],
  /** (acled6) Where a projectile came down: "mortar rounds landed in a market", "two rockets fell near the base". */
  LANDED: ['landed', 'landing', 'lands', 'fell on', 'fell in', 'fell near', 'fell inside', 'fell close to', 'fell onto', 'impacted',
    'crashed into', 'slammed into', 'rained down', 'rained on',
    // loot15: ARRIVE's "landed in / at" (a plane, a force) is a longer cue than "landed" and hid it: read here too, of equal
    // length, so that "rockets landed in the town" tells where a projectile fell.
    'landed in', 'landed at'],
  /** (acled6) A move onto the other side's ground, told as one (not a bare "attack": "police foiled an attack" may be a plot
   * stopped before it began, nonevent.foiled). */
  INCURSION: ['incursion', 'incursions', 'infiltration', 'infiltrations', 'infiltration attempt*', 'infiltration bid*', 'advance', 'advances', 'offensive', 'offensives'],
  LAUNCH_OP: ['launched a military operation', 'launched an operation', 'launched a security operation', 'launched a clearance operation',
    'launched a joint operation', 'launched a counter - insurgency operation', 'launched a counterinsurgency operation', 'launched a major operation',
    'launched a large - scale operation', 'launched a new operation', 'began a military operation', 'started a military operation',
    'launched military operations', 'launched operations', 'launched an anti - terror operation', 'launched a crackdown'],
  // ---- case7: concepts of the rule families in case7 rows, sub-events-*.ts ----
  /** (case7) Moving into a place by force: an armed side that advances, storms or sweeps into a town takes it (codebook:
   * Government regains / Non-state actor overtakes territory; who moves in decides which). Entering without a fight stays
   * TRANSFER_WEAK's "entered" / "moved into" (Non-violent transfer of territory). */
  // (Not "stormed into", "forced their way into", "broke into" or "marched into": read whole they would hide the demonstrators'
  // own words, RIOT_WEAK's and PROTEST's.)
  ADVANCE_INTO: ['advanced into', 'advancing into', 'advances into', 'pushed into', 'pushing into', 'pushes into', 'fought their way into',
    'fought its way into', 'battled their way into', 'rolled into',
    // recall9: the same move back into a place lost before ("fought their way back into the town").
    'fought their way back into', 'fought its way back into', 'battled their way back into', 'pushed back into', 'advanced back into',
    'pushing back into', 'advancing back into'],
  /** (case7) A side's entering a place, read with fighting told beside it (case7 rows, sub-events-*.ts: taken by force). */
  ENTERED: ['entered', 'enters', 'entering',
    // fix15: entering again a place once left or lost ("the army re-entered the town") is entering it (general English).
    're - entered', 're - enters', 're - entering', 'reentered', 'reenters', 'reentering',
    // Round 39: troops deployed into a settlement, which they then hold ("the army deployed in the town of Khiam after Israeli forces
    // pulled out of it"): read whole over DEPLOY's word; the transfer rules read it only beside a withdrawal.
    ...['deployed', 'redeployed'].flatMap((v) => ['in', 'into', 'inside'].flatMap((p) => ['town', 'village', 'city', 'towns', 'villages'].map((n) => `${v} ${p} the ${n}`)))],
  /** (case7) A withdrawal after the taking, by those who took the place ("briefly seized the town before withdrawing"):
   * read whole, it hides WITHDRAW's word, so that no taking-after-withdrawal rule reads it (no rule reads this concept). */
  WITHDREW_AFTER: ['before withdrawing', 'before pulling out', 'before retreating', 'before withdrawing from', 'then withdrew', 'later withdrew',
    'before being pushed back', 'before they withdrew', 'before they were pushed back', 'before leaving'],
  /** (case7) Shutting a road to traffic, as protesters do (read with ROAD as its object: case7 rows, sub-events-*.ts). */
  BLOCK_ROAD: ['blocked', 'blocking', 'block', 'blocks', 'barricaded', 'barricading', 'shut down', 'shutting down', 'closed', 'closing', 'shut'],
  /** (case7) Roads and crossings a blockade shuts. */
  ROAD: ['road', 'roads', 'main road', 'highway*', 'motorway*', 'expressway*', 'street*', 'bridge*', 'junction*', 'intersection*', 'roundabout*',
    'railway track*', 'rail track*', 'railway line*', 'traffic', 'thoroughfare*', 'artery', 'arteries'],
  // ---- strat7: concepts of the Strategic developments rows in strat7 rows, sub-events-*.ts (each from a codebook definition) ----
  /** (strat7) An armed side enlisting people (codebook: Change to group/activity covers recruitment drives; an armed group or
   * force arming civilians is militarisation). "launched a recruitment drive" is read whole, so "launched" is no attack.
   * Forced recruitment is an abduction (ABDUCT holds it, as a longer cue). */
  RECRUIT_DRIVE: ['recruitment drive*', 'recruitment campaign*', 'recruitment exercise*', 'launched a recruitment drive', 'launched a recruitment campaign',
    'began recruiting', 'started recruiting', 'recruiting', 'recruited', 'enlisted', 'enlisting', 'conscripted', 'conscripting', 'conscription',
    'mobilisation campaign', 'mobilization campaign', 'general mobilisation', 'general mobilization', 'call - up', 'called up reservists',
    'arming civilians', 'armed civilians with', 'distributed weapons to', 'distributing weapons to', 'handed out weapons to', 'handed weapons to'],
  /** (strat7) A group's or force's leadership changed: the act… */
  LEADER_ACT: ['appointed', 'appoints', 'appointing', 'named', 'names', 'elected', 'elects', 'replaced', 'replacing', 'replaces', 'sacked', 'sacks',
    'dismissed', 'dismisses', 'removed', 'relieved', 'succeeded', 'succeeds', 'installed', 'chose', 'picked'],
  /** (strat7) …and the post it fills (a new leader, commander, emir). */
  LEADER_NOUN: ['leader', 'leaders', 'deputy leader', 'commander', 'commanders', 'chief', 'chiefs', 'emir', 'head', 'deputy', 'leadership',
    'commander - in - chief', 'chief of staff', 'supreme leader', 'spokesman', 'spokesperson', 'governor', 'wali'],
  /** (strat7) A rule an armed side lays on the people where it holds sway: a curfew, a lockdown, a ban, a stay-at-home day
   * (Cameroon's "ghost towns", Nigeria's "sit-at-home" orders). Codebook: Change to group/activity. */
  RESTRICT: [
    // strat17: limits put on where people may go (WordNet 3.1 "restrict" v.1, "restriction" n.1), read whole so PROTEST_WEAK's
    // "movement" inside them is no protest movement.
    'imposed restrictions', 'imposes restrictions', 'imposing restrictions', 'restrictions on the movement', 'restrictions on movement',
    'restricted the movement', 'restricting the movement', 'restricts the movement', 'movement restrictions', 'restricted movement',
    'imposed a curfew', 'imposes a curfew', 'imposed curfew', 'declared a curfew', 'announced a curfew', 'enforced a curfew', 'enforcing a curfew',
    'imposed a lockdown', 'imposes a lockdown', 'declared a lockdown', 'announced a lockdown', 'enforced a lockdown', 'lockdown on', 'lockdown in',
    'imposed a ban', 'imposes a ban', 'announced a ban', 'declared a ban',
    'ghost town*', 'sit - at - home', 'stay - at - home order*', 'ordered residents to', 'ordered traders to', 'ordered shops to', 'ordered businesses to',
    'ordered the closure of', 'ordered schools to', 'ordered women to', 'ordered men to', 'ordered villagers to', 'imposed a blockade'],
  /** (strat7) Weapons given up by those who held them (codebook: Change to group/activity covers weapons handovers and
   * demobilisation). Read whole over HANDOVER's "handed over", which would tell a place handed over. */
  ARMS_HANDOVER: ['handed over their weapons', 'handed over their arms', 'handed over weapons', 'handed over arms', 'handed over its weapons',
    'handed in their weapons', 'handed in their arms', 'turned in their weapons', 'turned in their arms', 'gave up their weapons', 'gave up their arms',
    'weapons handover', 'handover of weapons', 'handover of arms', 'handing over of weapons', 'demobilised', 'demobilized', 'demobilisation of', 'demobilization of'],
  /** (strat7) Forbidding, as a verb whose doer must be named ("banned chlorine munitions" describes the weapon). */
  BAN_ACT: ['banned', 'bans', 'banning', 'prohibited', 'forbade', 'forbids', 'outlawed'],
  /** (strat7) A force's or group's security posture on the ground: crossings and roads closed, barriers and trenches dug, units
   * stationed, a show of force (codebook: Change to group/activity covers security measures, troop movements and displays of force). */
  FORCE_POSTURE: ['closed the border', 'closed the border crossing', 'closed border crossings', 'closed the crossing', 'closed all crossings',
    'closed the road', 'closed roads', 'closed all roads', 'closed the roads', 'closed the entrances', 'closed all entrances', 'paraded', 'military parade',
    'show of force', 'earth barriers', 'earth mounds', 'sand barriers', 'concrete barriers', 'dug trenches', 'trenches', 'stationed', 'positioned',
    'heightened security', 'tightened security', 'beefed up security', 'stepped up security', 'increased security', 'reinforced security',
    'security measures', 'on high alert', 'state of alert', 'put on alert', 'maximum alert',
    // Round 39: an armed group's order that a region stay home and stop its traffic (Colombia's "paro armado", told in English as an
    // "armed strike" or "armed stoppage"): read whole, over STRIKE_NOUN's "strike".
    'armed strike', 'armed strikes', 'paro armado', 'armed stoppage', 'armed lockdown'],
  /** (strat7) Closing a way through (read with CROSSING after it: "closed the Torkham border crossing"). */
  CLOSE_ACT: ['closed', 'closes', 'shut', 'shuts', 'sealed', 'seals', 'sealed off', 'blockaded'],
  /** (strat7) Ways in and out a force closes. */
  CROSSING: ['border crossing*', 'crossing point*', 'crossings', 'border post*', 'border', 'borders', 'entrances', 'entry points', 'roads', 'highway',
    'main road', 'access roads', 'airport', 'port', 'seaport'],
  /** (strat7) A building made an armed side's base: "turned the hospital into their headquarters", "used the school as a base". */
  BASE_USE: ['into their headquarters', 'into its headquarters', 'into a headquarters', 'into their base', 'into its base', 'into a base', 'into a military base',
    'into a barracks', 'into barracks', 'into a military barracks', 'into a command centre', 'into a command center', 'into a military post', 'into a camp',
    'as a base', 'as their base', 'as its base', 'as a military base', 'as a headquarters', 'as their headquarters', 'as its headquarters',
    'as a command centre', 'as a command center', 'as barracks', 'as a barracks', 'as a military post', 'as a launch pad', 'as a launchpad',
    // recall14: a place made the group's base ("have made the town their new headquarters"), "make X Y" read by its complement.
    'their new headquarters', 'its new headquarters', 'their new base', 'its new base', 'their headquarters there', 'their base there',
    'its headquarters there', 'its base there',
    // Round 34: the base told with what kind it is ("into a military headquarters", "as an army base", "into their operational
    // base"): a modifier between the determiner and the noun (general English noun phrase). Camps and posts are left out: "a
    // makeshift camp" may shelter the displaced.
    ...['into', 'as'].flatMap((p) => ['a', 'an', 'their', 'its'].flatMap((d) => ['military', 'army', 'rebel', 'militia', 'operational', 'command',
      'makeshift', 'temporary', 'forward', 'new'].flatMap((m) => ['headquarters', 'base', 'barracks', 'command centre', 'command center']
      .map((n) => `${p} ${d} ${m} ${n}`))))],
  /** (strat7) People forced out of what they own (codebook: Looting/property destruction covers seizing property). */
  EVICT: ['evicted', 'evicting', 'evicts', 'forcibly evicted', 'forcibly removed', 'forced out of', 'drove out of', 'kicked out of', 'expelled from their homes',
    'expelled from his home', 'expelled from her home', 'expelled from their houses'],
  /** (strat7) "set several houses on fire": the burning told around its object (read only by the raid rows of strat7 rows, sub-events-*.ts). */
  ON_FIRE: ['on fire', 'ablaze', 'alight'],
  /** (strat7) What a deal is for names the violence it ends, no incident of its own ("signed a peace accord to end clashes"): read
   * whole over CLASH's words; no rule reads it. */
  DEAL_PURPOSE: ['to end clashes', 'to end the clashes', 'to end fighting', 'to end the fighting', 'to end hostilities', 'to end the conflict',
    'to end the war', 'to end the violence', 'to end violence', 'to end the attacks', 'to end attacks'],
  /** (strat7) What an owner is forced out of or stripped of: a home, land, a shop (codebook: Looting covers seizing property;
   * GOODS holds what is carried off). */
  HOLDINGS: ['house', 'houses', 'home', 'homes', 'land', 'lands', 'farmland', 'farms', 'shop', 'shops', 'mall', 'premises', 'property', 'properties', 'plot of land', 'plots of land'],
  /** (strat7) A base still to be: "to use as a base" is a purpose (read whole over BASE_USE; no rule reads it). */
  BASE_PLANNED: ['to use as a base', 'to use it as a base', 'to use them as a base', 'to be used as a base', 'to serve as a base', 'to use as their base',
    'to use as its base', 'to use as a military base', 'to turn it into a base', 'to use as barracks', 'to use as a headquarters'],
  /** (strat7) Weapons or explosives made harmless by the side that found them (codebook: Disrupted weapons use covers the safe
   * defusal or destruction of explosives and seized weapons). Read with its object after it ("destroyed a cache of explosives",
   * never "the explosion destroyed a house"). */
  CLEAR: ['cleared', 'removed', 'destroyed', 'neutralised', 'neutralized', 'disposed of', 'demined', 'deminers', 'deminer', 'demining', 'de - mining',
    'mine clearance', 'mine - clearance', 'mine clearing', 'mine - clearing', 'sappers',
    // case9s: the headline's present tense ("Army destroys IED"); the rules read them only with a weapon after them.
    'destroys', 'removes', 'neutralises', 'neutralizes'],
  /** (strat7) Things that publish words: a statement, video or report "released" frees no one (RELEASE, AGREE_WEAK). */
  PUBLISHED: ['released a statement', 'statement released', 'released a video', 'video released', 'released a report', 'report released',
    'released footage', 'footage released', 'released an audio', 'released a list', 'released photos', 'released images', 'released a communique',
    'released a communiqué', 'released a press release', 'released figures', 'figures released', 'released data', 'data released',
    // Round 43: what is released to the press is a text, whatever is named before it ("a statement the group released to journalists").
    'released to journalists', 'released to reporters', 'released to the media', 'released to the press', 'released on social media', 'released online'],
  // ---- clash7: concepts of the rule families in clash7 rows, sub-events-*.ts ----
  /** (clash7) Fire exchanged between two sides, or answered: only armed sides do it (codebook: Armed clash is armed, organised
   * groups engaging each other; rioters fight with what they pick up). The same phrases as CLASH's gunfights, read beside them
   * (a cue of equal length hides none), so that the crowd rules can ask that no gunfight is told. */
  GUNFIGHT: ['gunbattle*', 'gun battle*', 'gun - battle*', 'firefight', 'firefights', 'exchange of fire', 'exchanged fire', 'exchanging fire',
    'traded fire', 'exchange fire', 'exchanges fire', 'trade fire', 'trades fire', 'trading fire', 'shootout*', 'shoot - out*', 'gunfight*',
    'returned fire', 'returning fire', 'return fire', 'returns fire', 'shot back', 'fired back', 'firing back', 'fire back',
    'exchanged gunfire', 'exchange of gunfire', 'exchanging gunfire', 'traded gunfire', 'trading gunfire', 'exchanged small arms fire',
    'exchanged heavy fire', 'exchanged heavy gunfire', 'exchanged intense fire', 'exchanged automatic fire', 'exchanged sporadic fire', 'exchanged sporadic gunfire',
    // (clash7) and with snipers (Yemen, Syria, Ukraine front-line reports).
    'exchanged sniper fire', 'exchanging sniper fire', 'traded sniper fire', 'exchange of sniper fire',
    // clash11: a fight with guns told in one idiom (WordNet: shoot it out, fight with guns until one side wins).
    'shot it out', 'shoot it out', 'shoots it out', 'shooting it out'],
  /** (clash7) An ambush told as the act of its doer (CLASH holds the same words): who was ambushed decides (civilians: an Attack). */
  AMBUSH_ACT: ['ambushed', 'ambushes', 'ambushing', 'waylaid', 'waylay'],
  /** Round 39: the ambush told as a noun ("five traders were killed in an ambush"), read by attack.killed-in-ambush with its victims. */
  AMBUSH_NOUN: ['ambush', 'ambushes'],
  /** Round 39: a fight told beside the ambush ("killed in an ambush during tribal fighting"): then both sides fought, and the ambush
   * is a fight's (attack.killed-in-ambush rules it out). */
  FIGHT_BESIDE: ['fighting', 'clashes', 'clash', 'battle', 'battles', 'firefight', 'gunfight', 'exchange of fire', 'crossfire', 'cross - fire'],
  /** (clash7) Buildings, installations and vehicles as the object of an attack: attacked with no one harmed, only property was
   * (codebook: Looting/property destruction). Read beside CIVILIAN, which holds some of them as the civilians' places. */
  PROPERTY: ['school', 'schools', 'classroom*', 'house', 'houses', 'home', 'homes', 'shop', 'shops', 'church', 'churches', 'mosque', 'mosques',
    'temple', 'temples', 'market', 'markets', 'office', 'offices', 'hospital', 'hospitals', 'clinic', 'clinics', 'health centre*', 'health center*',
    'mast', 'masts', 'tower', 'towers', 'telecommunication*', 'telecom mast*', 'building', 'buildings', 'property', 'properties', 'warehouse',
    'warehouses', 'factory', 'factories', 'bank', 'banks', 'pipeline', 'pipelines', 'bridge', 'bridges', 'vehicle', 'vehicles', 'truck', 'trucks',
    'car', 'cars', 'bus', 'buses', 'farm', 'farms', 'farmland*', 'plantation', 'plantations', 'equipment', 'machinery', 'courthouse*',
    'council office*', 'secretariat', 'palace',
    // strat17: the other buildings of a village or market (WordNet 3.1 "hut" n.1, "granary" n.1, "barn" n.1, "kiosk" n.1, "stall" n.2,
    // "store" n.1): burned or looted with no one harmed, they are property destroyed.
    'hut', 'huts', 'granary', 'granaries', 'barn', 'barns', 'kiosk', 'kiosks', 'stall', 'stalls', 'store', 'stores',
    // clash9: the grid's and the networks' installations (general English; read whole only where no other concept's word
    // stands inside: "power plant" would hide STRIKE_TARGET's "plant").
    'substation', 'substations', 'power substation*', 'electricity substation*', 'electrical substation*', 'power station*', 'pylon*', 'transmission line*', 'power line*', 'electricity tower*', 'antenna*',
    'generator*', 'railway line*', 'rail line*', 'railway track*',
    // loot15: oil and gas installations (general English; "oil field" and "refinery" are read whole by TERRITORY_NOUN and
    // STRIKE_TARGET too, cues of equal length, so no concept loses its word).
    'oil field', 'oil fields', 'oilfield', 'oilfields', 'gas field', 'gas fields', 'refinery', 'refineries', 'oil well', 'oil wells', 'gas well', 'gas wells'],
  /** clash9: sabotage, the deliberate wrecking of an installation (general English; codebook: Looting/property destruction). */
  SABOTAGE: ['sabotaged', 'sabotage', 'sabotaging', 'sabotages', 'vandalised', 'vandalized'],
  /** (clash7) People carried off (Nigerian and other English-language news: "gunmen whisked away a priest"). Police do it to
   * protesters too (DISPERSE holds the same words), so only an armed group's taking of civilians is an abduction. */
  TAKEN_AWAY: ['whisked away', 'whisked off', 'whisking away', 'whisk away', 'whisks away', 'carted away', 'marched away', 'marched them away',
    'took them away', 'led them away', 'forcefully took', 'forcibly took', 'forcibly taken', 'forcefully taken',
    // Round 39: a person taken or dragged out of their home (general English), which carried-off reads only of an armed group's or
    // unknown men's doing (a force's is an arrest's business).
    ...['taken', 'dragged', 'snatched'].flatMap((v) => ['his', 'her', 'their'].flatMap((p) => [`${v} from ${p} home`, `${v} from ${p} homes`, `${v} from ${p} house`, `${v} out of ${p} home`, `${v} out of ${p} house`]))],
  /** Round 40: the same told in the active voice, the person taken a pronoun inside the phrase ("youths took him from his home on
   * Sunday night"): the object is a person by its pronoun, so no party need be named after it (abduction.took-from-home). */
  TOOK_FROM_HOME: ['took', 'dragged', 'snatched'].flatMap((v) => ([['him', 'his'], ['her', 'her'], ['them', 'their']] as const).flatMap(([o, p]) =>
    [`${v} ${o} from ${p} home`, `${v} ${o} from ${p} homes`, `${v} ${o} from ${p} house`, `${v} ${o} out of ${p} home`, `${v} ${o} out of ${p} house`])),
  // ---- gap7: concepts of the rows in gap7 rows, sub-events-*.ts ----
  /** (gap7) A side making its intent or decision public (codebook: Change to group/activity covers significant changes in an
   * armed group's activity, told by the group: a new campaign, a blockade, a threat to ships, a parallel administration).
   * A threat or vow is no change yet (strat7's probe: "threatened to attack any town" is none), so only declaring verbs. */
  ANNOUNCE: ['announced', 'announces', 'announcing', 'declared', 'declares', 'proclaimed', 'proclaims'],
  /** (gap7) A blockade laid on a place by an armed side (read whole over PROTEST's "blockade": a protest blockade is a crowd's). */
  SIEGE: ['announced a blockade', 'declared a blockade', 'imposed a siege', 'enforced a blockade', 'placed under blockade', 'placed under siege',
    'put under siege', 'under blockade by', 'besieged'],
  /** (gap7) Sides fighting over a place's control, read whole over TAKE_TERRITORY's "control of": a contest told is no
   * capture (codebook: Armed clash is fighting with no change of control reported). */
  CONTEST: ['fought for control of', 'fighting for control of', 'fight for control of', 'battle for control of', 'battles for control of',
    'battled for control of', 'battling for control of', 'clashed for control of', 'struggle for control of', 'vying for control of',
    'vie for control of', 'vied for control of', 'fought over control of', 'fighting over control of', 'battle over control of',
    // the sides named between the verb and its purpose ("battled the rebels for control of the highway"): "for control" is a contest.
    'for control of', 'for the control of', 'over control of', 'over the control of'],
  // ---- world8: concepts of the rows in world8 rows, sub-events-*.ts ----
  /** (world8) Movements that govern a territory de facto and are named as such: the Houthis of Sanaa (ACLED codes their
   * forces as Yemen's state forces since 2016) and the Taliban's authorities (Afghanistan's since August 2021: named by
   * their office, so that an insurgent Taliban of earlier years is not one). */
  DE_FACTO_AUTHORITY: ['houthi*', 'huthi*', 'ansar allah', 'ansarallah', 'taliban authorities', 'taliban government', 'taliban administration',
    'taliban intelligence', 'taliban police', 'taliban officials', 'taliban security forces', 'taliban regime', 'taliban - run', 'taliban - led government',
    'islamic emirate'],
  /** (case8) Goods carried off, listed whole as LOOT holds them (LOOT also holds burning and vandalism): rioters who loot
   * act on businesses and property, which a demonstration's violence need not do (codebook: Mob violence). */
  PLUNDER: ['loot*', 'plunder*', 'pillag*'],
  /** (case8) A truce one side declares alone, read whole over AGREEMENT's "ceasefire" / "truce": no agreement between actors
   * (codebook: Agreement records agreements between actors; a side's own new course is a Change to group/activity). */
  UNILATERAL: ['unilateral ceasefire*', 'unilateral cease - fire*', 'unilateral truce*', 'one - sided ceasefire*', 'one - sided truce*',
    'unilaterally declared a ceasefire', 'unilaterally declared a truce', 'unilateral halt', 'unilateral suspension'],
  /** (case8) Demonstrators who leave of their own accord, read whole over DISPERSE's and PROTEST_FORCE's "dispersed": no
   * force is told (codebook: Protest with intervention needs an attempt to disperse or suppress the protest). */
  SELF_DISPERSE: ['dispersed peacefully', 'peacefully dispersed', 'dispersed quietly', 'quietly dispersed', 'dispersed without incident',
    // case29: "the rally broke up peacefully after midnight": it ended of itself.
    'broke up peacefully', 'broke up quietly', 'broke up without incident', 'ended peacefully', 'ended without incident',
    'dispersed on their own', 'dispersed of their own accord', 'dispersed voluntarily', 'later dispersed', 'then dispersed', 'before dispersing',
    'before they dispersed', 'dispersing peacefully'],
  // ---- case9p: concepts read by the demonstration family's hit readings (events/earlier-deeds.ts) ----
  /** (case9p) A time told as before the report's day, ending a clause ("shot dead by police the day before", "killed in a
   * crackdown the previous day", "beaten last week"): the deed it dates is another day's, in a protest's sentence its cause
   * or memory (codebook: Excessive force against protesters is force used on the demonstrators during their protest). */
  EARLIER: ['the day before', 'the previous day', 'a day earlier', 'a day before', 'two days earlier', 'days earlier', 'a week earlier',
    'weeks earlier', 'months earlier', 'the week before', 'the previous week', 'the night before', 'the previous night', 'last week',
    'last month', 'last year', 'earlier this week', 'earlier this month', 'earlier this year', 'earlier in the week', 'earlier in the month'],
  /** (case9p) Deaths and hospitalisations no one dealt: illness, cold, exhaustion, a fast, a stampede or suicide ("died of a
   * heart attack", "hunger strikers were hospitalised", "injured in a stampede", "died of cold at the protest
   * site", "took his own life"). A demonstrator who dies of them met no force (codebook: Excessive force is lethal force or violence against
   * the demonstrators). "heart attack" is read whole over ATTACK's "attack" on purpose: it is no attack. */
  NATURAL_CAUSE: ['heart attack', 'cardiac arrest', 'natural causes', 'of cold', 'the cold', 'hypothermia', 'illness', 'ill health',
    // case29: an obituary's death ("has died at the age of 84", "passed away").
    'died at the age of', 'dies at the age of', 'passed away', 'died peacefully', 'died in his sleep', 'died in her sleep',
    'exhaustion', 'heatstroke', 'heat stroke', 'took his own life', 'took her own life', 'took their own lives', 'covid',
    'covid - 19', 'coronavirus', 'brain haemorrhage', 'brain hemorrhage', 'stroke',
    // A fast, the heat or a crush: the demonstrators' own hardship or an accident, no force used on them.
    'hunger strike', 'hunger strikes', 'hunger - strike', 'hunger - striking', 'hunger strikers', 'hunger striker', 'fainted', 'fainting', 'collapsed',
    'dehydration', 'heat exhaustion', 'stampede', 'crush'],
  // ---- case9s: concepts of the rows in case9s rows, sub-events-*.ts ----
  /** (case9s) Setting off explosives as a verb, whose doer decides: a force that detonates a device it found makes it harmless
   * (codebook: Disrupted weapons use covers explosives detonated in a controlled way by those who found them); the same words
   * stay EXPLOSIVE's, so a device an armed group set off is still a blast. */
  DETONATE_ACT: ['detonated', 'detonate', 'detonating', 'blew up', 'blow up', 'blowing up'],
  /** (case9s) Splitting and breaking away (codebook: Change to group/activity covers a group that splits or a faction that breaks
   * away). Read whole over AGREE_WEAK's talk words, which a split "after a dispute over peace talks" only names as its cause. */
  GROUP_SPLIT: ['split into', 'splits into', 'splintered into', 'broke away from', 'breaks away from', 'split from', 'splintered from',
    'broke ranks with', 'parted ways with',
    // Round 43: the other inflections of the same phrasal verbs (general English morphology: "announced they were parting ways with").
    'part ways with', 'parts ways with', 'parting ways with', 'break away from', 'breaking away from', 'splitting from', 'splits from', 'breaking ranks with',
    'cuts ties with', 'cutting ties with', 'severs ties with', 'severing ties with', 'ended its affiliation', 'ended its alliance', 'ended their alliance', 'cut ties with', 'severed ties with'],
  /** (case9s) Someone taking the place over, told beside a withdrawal ("troops move in", "took over"): then the
   * withdrawal is a Non-violent transfer of territory, not a movement of forces. TRANSFER holds the taking-over words too; these are
   * read only to rule change.forces-withdraw out. */
  TAKEOVER: ['took over', 'taken over', 'take over', 'taking over', 'takes over', 'moved into', 'move into', 'moves into', 'moving into',
    'move in', 'moved in', 'moves in', 'moving in', 'entered', 'enter', 'enters', 'replaced them',
    // world37: units that take up positions in a place move into it ("its units had taken up positions in the village after Armenian
    // troops pulled back"); read whole, the phrase hides TAKE_PLAIN's "taken" (no place seized by force).
    'took up positions', 'taken up positions', 'take up positions', 'taking up positions', 'takes up positions',
    // the tokenizer reads a sentence-final "in." as one word (the inch's abbreviation).
    'move in.', 'moved in.', 'moves in.', 'moving in.',
    // the place handed to another side, its noun between ("handed the town to"; HANDOVER reads "handed over" and "handed … over").
    'handed', 'hands', 'handing'],
  /** (case9s) Explosives left from a past war (codebook: Other covers significant developments of no other kind; a blast of
   * ordnance no party of today set is no remote-violence event of today's conflict). */
  LEGACY_ORDNANCE: ['left over from', 'leftover', 'leftovers', 'unexploded ordnance', 'uxo', 'uxos', 'remnants of war', 'explosive remnants',
    'war remnants', 'decades - old', 'war - era', 'wartime', 'world war ii', 'second world war', 'world war two', 'from the 1970s', 'from the 1980s',
    'in the 1970s', 'in the 1980s', 'from the civil war',
    // dwu12: the other decades and wars of the last century that left mines and bombs behind (Indochina, Korea, the Balkans, Iran-Iraq).
    'in the 1940s', 'in the 1950s', 'in the 1960s', 'in the 1990s', 'from the 1940s', 'from the 1950s', 'from the 1960s', 'from the 1990s',
    'during the 1960s', 'during the 1970s', 'during the 1980s', 'during the 1990s', 'the 1990s war', 'the 1990s conflict', 'vietnam war',
    'indochina war', 'korean war', 'khmer rouge', 'first world war', 'world war i', 'world war one', 'iran - iraq war',
    // Round 44: what is left of a past war named as such (WordNet 3.1 "remnant" n.1 "a small part remaining after the main part no
    // longer exists", "relic" n.1, "vestige" n.1): "a landmine, believed to be a remnant of the 2019-2020 fighting".
    'remnant of', 'remnants of', 'relic of', 'relics of', 'vestige of', 'left behind by the'],
  // ---- recall9: concepts of the rows in recall9 rows, sub-events-*.ts ----
  /** (recall9) An armed side's advance on a place it has not yet entered ("advanced to within five kilometres of", "closing in
   * on the rebel stronghold", "advanced on the city"): the offensive to take it (ADVANCE_INTO is the moving into it). */
  ADVANCE_TOWARD: ['advanced to within', 'advancing to within', 'advances to within', 'advance to within', 'advanced on', 'advancing on',
    'advances on', 'closed in on', 'closing in on', 'close in on', 'closes in on', 'pushed toward', 'pushed towards', 'pushing toward',
    'pushing towards', 'pushes toward', 'pushes towards', 'advanced toward', 'advanced towards', 'advancing toward', 'advancing towards',
    'advance toward', 'advance towards', 'advances toward', 'advances towards'],
  // ---- fix15 ----
  /** (fix15) No words: set by the reader (events/hit-readings.ts freedHostages) on hostages or captives told as released or freed,
   * with no abduction of this sentence's day told (codebook: Abduction/forced disappearance is the taking; the release of those
   * already held is a development of no other kind, Other, as one side's release of detainees is). */
  HOSTAGES_FREED: [],
  /** (fix15) No words: set by the reader (events/hit-readings.ts handedPeople) over a "handed over" whose object is people, a force
   * or a pronoun of persons: no place is handed (codebook: Non-violent transfer of territory is control of a location passing). */
  PEOPLE_HANDED: [],
  /** (fix15) An armed side that wins ground ("gained ground around the town", "made gains near Kessa"): control of the ground
   * taken (codebook: the territory sub-types are a side winning control of a location), read with the side as its subject. */
  GAIN_GROUND: ['gained ground', 'gain ground', 'gains ground', 'gaining ground', 'made gains', 'making gains', 'made advances', 'made territorial gains'],
  // ---- case10x: the concept of the rows in case10x rows, sub-events-*.ts ----
  /** (case10x) A part of a place, not the place: "parts of", "sections of", "some areas of", "several neighbourhoods of" (general
   * English partitives). Taken by one side in a fight, the place itself has not changed hands (codebook: Armed clash). */
  PART_HOLD: ['parts of', 'sections of', 'some areas of', 'several areas of', 'many areas of', 'areas of', 'some neighbourhoods of',
    'some neighborhoods of', 'several neighbourhoods of', 'several neighborhoods of', 'parts of it', 'part of the city', 'part of the town'],
  /** (case10x) Showing things to the press or public (general English: display, show off, parade, exhibit): weapons shown were
   * seized before, an earlier deed, the way a photo caption tells it ("police display weapons seized from suspects"). */
  DISPLAY: ['display', 'displays', 'displayed', 'displaying', 'show off', 'shows off', 'showed off', 'showing off', 'parade', 'parades',
    'paraded', 'parading', 'exhibit', 'exhibits', 'exhibited', 'exhibiting', 'put on display', 'on display',
    // Round 40: WordNet 3.1 "showcase" v.1, to show to advantage.
    'showcase', 'showcases', 'showcased', 'showcasing'],
  // ---- clash11: concepts of the clash11 rows, sub-events-*.ts ----
  /** (clash11) Verbs of giving and getting back in turn (WordNet: exchange, trade), read with VOLLEY as their object: fire
   * traded between two sides, whatever weapon is named between ("exchanged mortar fire", "traded artillery fire"). */
  FIRE_TRADE: ['exchanged', 'exchanging', 'exchange', 'exchanges', 'traded', 'trading', 'trade', 'trades'],
  /** (clash11) What is fired, as a mass noun or a plural (general English): fire, gunfire, shots, shells, rounds, volleys. One
   * word each, so that none hides a weapon's longer cue ("mortar rounds" stays SHELL's; "mortar fire" is read by its "fire"). */
  VOLLEY: ['fire', 'gunfire', 'shots', 'shells', 'rockets', 'volleys', 'salvos', 'bullets', 'rounds', 'mortars', 'shellfire'],
  /** (clash11) To fight, finite (WordNet: fight, battle, combat: be engaged in a fight): with two armed sides named, an
   * engagement of both (CLASH_WEAK's "fight" is also a noun, read there). One word each: "fought with" stays CLASH_WEAK's. */
  FOUGHT: ['fought', 'battled', 'combated'],
  /** (clash11) Small arms, the weapons of fighting at close range (general English): with them fired, the sides are in contact.
   * Its compounds stand in WEAPON_SEIZE too (a cue of equal length hides none), so that none hides a seizure's "arms" or "weapons". */
  SMALL_ARMS: ['gunfire', 'machinegun*', 'rifle*', 'kalashnikov*', 'ak - 47s', 'ak47*', 'submachinegun*', 'small arms', 'small - arms',
    'machine gun*', 'machine - gun*', 'automatic weapons', 'light weapons'],
  // ---- strat11: the concepts of the strat11 rows, sub-events-*.ts ----
  /** (strat11) The dead as things handed back (general English: bodies, corpses, remains): read with HANDOVER or RETURN before
   * them ("handed over the bodies of 45 soldiers"), the return of the dead (codebook: Other covers significant developments of no
   * other kind). Single words, as KILL's "bodies", so neither hides the other. */
  REMAINS: ['bodies', 'corpses', 'remains', 'body'],
  /** dwu14: weapons platforms (codebook: Disrupted weapons use covers the seizure of weapons or weapons platforms such as jets,
   * helicopters and tanks): read only as the object of a capturing or seizing verb. */
  /** dwu14: a prisoner exchange named as such (codebook: Agreement covers prisoner exchanges); AGREEMENT reads the first two
   * phrases too, and they are repeated here so that the swap has a rule of its own. */
  PRISONER_SWAP: ['prisoner exchange*', 'prisoner swap*', 'prisoners exchange*', 'prisoners swap*', 'prisoner - swap*', 'prisoner - exchange*',
    'exchange of prisoners', 'swap of prisoners', 'exchange of detainees', 'swap of detainees', 'exchange of captives', 'pow exchange*', 'pow swap*'],
  /** dwu14: people killed or dead, told plainly (KILL's words without "neutralised", which communiqués also say of a bomb made
   * safe): weapons seized in a sentence that tells a killing are the spoils of that fight or attack. */
  KILL_PLAIN: ['killed', 'killing', 'kills', 'kill', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'shot dead', 'slain', 'murdered'],
  PLATFORM: ['tank', 'tanks', 'battle tank*', 'armoured vehicle*', 'armored vehicle*', 'armoured personnel carrier*', 'armored personnel carrier*',
    'apcs', 'howitzer*', 'artillery piece*', 'fighter jet*', 'military helicopter*', 'combat vehicle*', 'infantry fighting vehicle*'],
  /** (strat11) The legal frame an arrest is made under (general English: "under martial law", "under emergency rule"): a law in
   * force, read whole over COUP's "martial law", so no seizure of power is told (codebook: Arrests by state forces). */
  EMERGENCY_FRAME: ['under martial law', 'under emergency law', 'under emergency laws', 'under the emergency law', 'under the emergency laws',
    'under a state of emergency', 'under the state of emergency', 'under emergency rule', 'under emergency powers', 'under the emergency decree',
    'under an emergency decree', 'under emergency regulations', 'under the emergency regulations'],
  /** (strat11) A mine that is dug, not laid: a mineral or a kind of working before "mine", or a mining site (general English).
   * Read whole over EXPLOSIVE's and WEAPON_SEIZE's "mine", so "took over a coltan mine" tells no landmine; seized or destroyed,
   * it is property (codebook: Looting/property destruction). */
  MINE_SITE: [
    'gold mine', 'gold mines', 'coal mine', 'coal mines', 'coltan mine', 'coltan mines', 'copper mine', 'copper mines',
    'diamond mine', 'diamond mines', 'tin mine', 'tin mines', 'cobalt mine', 'cobalt mines', 'jade mine', 'jade mines',
    'emerald mine', 'emerald mines', 'cassiterite mine', 'cassiterite mines', 'iron ore mine', 'iron ore mines', 'uranium mine',
    'uranium mines', 'lithium mine', 'lithium mines', 'ruby mine', 'ruby mines', 'silver mine', 'silver mines', 'mineral mine',
    'mineral mines', 'illegal mine', 'illegal mines', 'artisanal mine', 'artisanal mines', 'open - pit mine', 'open - pit mines',
    'opencast mine', 'opencast mines', 'mining site*', 'mine site*', 'mining pit*', 'mining camp*', 'mining concession*',
    'mine shaft*'],
  // ---- clash12: the concepts of the clash12 rows, sub-events-*.ts ----
  /** (clash12) To resist an attacker (WordNet: resist, fight back, put up resistance: "stand up or offer resistance to somebody"),
   * told with its doer: a defending side that fights the attackers. Read with an armed doer only (a suspect who "resisted arrest"
   * names none): the defenders engage, a fight of both sides. New words only: "fought back" and "engaged" stay FOUGHT's and
   * CLASH_WEAK's. */
  RESIST: ['resisted', 'resisting', 'put up resistance', 'put up a resistance', 'put up stiff resistance', 'put up fierce resistance',
    'offered resistance', 'offered stiff resistance', 'offered fierce resistance', 'mounted a resistance', 'resisted the attack', 'resisted the attackers',
    // acled15: the attacked side that fights back resists (WordNet: fight back, resist: defend oneself against an attacker).
    'fought back', 'fighting back', 'fights back', 'fight back'],
  // ---- recall14: the concepts of the recall14 rows, sub-events-*.ts ----
  /** (recall14) A long-range weapon named as the instrument of the act ("pummelled the base with mortars", "hit the town with
   * rockets"): English grammar, "with" + a weapon tells how the act was done, whatever its verb; the weapon then types the act
   * (codebook: Shelling/artillery/missile attack is the weapon's use, the weapon decides). Filled in code (split-particles.ts
   * withWeaponInstrument) on the "with" before the weapon, so that the weapon's words stay SHELL's and SHELL_WEAK's. */
  SHELL_WITH: [],
  // ---- remote17: the concepts of the remote17 rows, sub-events-*.ts ----
  /** (remote17) Coming under fire, CLASH's words too (equal length, both read): the subject is the target of fire whose source
   * the rule reads after it ("came under fire from artillery": the weapon decides, shell.under-fire-from-weapon). */
  /** (remote17) Weapons told after "with" ("arrested two men with explosives", "held a suspect with a pistol"): filled in code
   * (split-particles.ts withWeaponInstrument, as SHELL_WITH) on the "with" before a WEAPON_SEIZE word; the weapons were on the
   * people held (codebook: Disrupted weapons use covers weapons seized). */
  ARMS_WITH: [],
  UNDER_FIRE: ['came under fire', 'come under fire', 'comes under fire', 'coming under fire'],
  /** (remote17) Throwing by hand (WordNet 3.1 throw.v.1 "propel through the air", and its kin hurl, toss, fling, lob), RIOT_WEAK's
   * and others' words too (equal length, both read): a grenade thrown is the Grenade sub-type's, no grenade fired. */
  HAND_THROW: ['threw', 'throw', 'throws', 'throwing', 'thrown', 'hurled', 'hurl', 'hurls', 'hurling', 'tossed', 'toss', 'tossing',
    'flung', 'fling', 'lobbed', 'lob', 'lobs', 'lobbing'],
  /** (recall14) A place told as back in the state's hands, the phrase naming the state itself ("back under government control",
   * "back in government hands"): the state of a retaking (codebook: Government regains territory). */
  BACK_TO_STATE: ['back under government control', 'back under army control', 'back under state control', 'back under military control',
    'back under the control of government forces', 'back under the control of the army', 'back under the control of the government',
    'back in government hands', 'back in the hands of the army', 'back in the hands of government forces', 'back in army hands',
    'returned to government control', 'returned to state control', 'restored government control', 'restored state control'],
  /** (recall14) Back in control of a place, said of its doer ("Army back in control of Kessa"): read only with the state as
   * subject and a place as the object. */
  BACK_IN_CONTROL: ['back in control of', 'back in full control of', 'regained full control of', 'back in charge of'],
  /** (recall14) A place told as held by an armed group, the phrase naming the group's kind ("under rebel control", "in militant
   * hands"): the state a taking leaves (codebook: Non-state actor overtakes territory). */
  GROUP_HELD: ['under rebel control', 'under militant control', 'under insurgent control', 'under jihadist control', 'under militia control',
    'under separatist control', 'under terrorist control', 'under guerrilla control', 'in rebel hands', 'in militant hands',
    'in insurgent hands', 'in jihadist hands', 'in militia hands', 'in separatist hands'],
  /** (recall14) WordNet's liberate.v (free, liberate: "grant freedom to") in the forms not RELEASE's; read only with a place as its
   * object and an armed side named ("free Ramadi from Islamic State"). */
  FREE_PLACE: ['free', 'frees', 'freed', 'freeing'],
  /** (recall14) A force digging in, fortifying the ground it holds (WordNet dig_in.v "dig a trench for self-protection"): read only
   * with a force or armed group named, never the idiom "dug in their heels" (HEELS). */
  DIG_IN: ['dug in', 'digging in', 'dig in', 'digs in', 'entrenched themselves', 'fortified their positions', 'fortified its positions'],
  HEELS: ['heels'],
  /** (recall14) Sending a projectile, told in the headline's present tense ("Rebels rain mortars on army camp", "Militants fire
   * rockets at the town"): the past forms are ATTACK's; the rule reads these only with a long-range weapon as their object. */
  LAUNCH_NOW: ['rain', 'rains', 'raining', 'fire', 'fires', 'lob', 'lobs', 'lobbing', 'launch', 'launches', 'hurl', 'hurls', 'unleash', 'unleashes',
    'unleashed'],
  /** (recall14) A weapon that someone is given or carries, no weapon fired ("armed with rockets", "equipped with missiles"). */
  CARRY_WITH: ['armed with', 'equipped with', 'supplied with', 'provided with', 'loaded with', 'fitted with', 'laden with', 'packed with',
    'arm them with', 'armed them with', 'arming them with', 'stocked with', 'caught with', 'arrested with'],
  // ---- loot15: the concepts of the loot15 rows, sub-events-*.ts ----
  /** (loot15) An aircraft that carries no weapon, named by its task (reconnaissance, surveillance, spying, observation): read whole,
   * so its "drone" is no weapon (codebook: Disrupted weapons use is about weapons; property destroyed that is no weapon is
   * Looting/property destruction). */
  UNARMED_AIRCRAFT: ['reconnaissance drone*', 'surveillance drone*', 'spy drone*', 'observation drone*', 'unarmed drone*', 'recon drone*',
    'reconnaissance uav*', 'surveillance uav*', 'spy uav*', 'reconnaissance aircraft', 'surveillance aircraft', 'spy plane*',
    'reconnaissance plane*', 'surveillance plane*', 'reconnaissance unmanned aerial vehicle*', 'surveillance unmanned aerial vehicle*',
    'reconnaissance quadcopter*', 'surveillance quadcopter*', 'camera drone*'],
  /** (loot15) Words of finding, INTERCEPT's too (equal length, both read): with shelling told, what was found is what the shelling
   * left (a body, a hideout), no weapon stopped, unless a weapon, a dud or an interception is told beside it. */
  DISCOVERY: ['found', 'discovered', 'recovered', 'unearthed', 'uncovered', 'recovering', 'discovering', 'finding', 'finds', 'discovers'],
  /** (loot15) Words of a projectile or aircraft stopped in the air, INTERCEPT's too (equal length, both read). */
  AIR_INTERCEPT: ['intercept*', 'shot down', 'shoot down', 'shooting down', 'shoots down', 'downed', 'brought down', 'bring down', 'brings down',
    'air defence*', 'air defense*', 'iron dome'],
  /** (loot15) Doing an operation ("conducted a sweep", "carried out an operation"): general English verbs of carrying out. */
  CONDUCT: ['conducted', 'conducting', 'conducts', 'carried out', 'carrying out', 'carries out', 'mounted', 'mounting', 'mounts'],
  /** (loot15) A force's operation as a noun (a sweep, a clearing or search operation): read only as CONDUCT's object. */
  OP_NOUN: ['operation', 'operations', 'sweep', 'sweeps', 'clearing operation*', 'clearance operation*', 'combing operation*',
    'search operation*', 'military operation*', 'security operation*', 'mop - up operation*', 'mopping - up operation*'],
  /** (loot15) Taxing people, told as an act (WordNet tax.v "levy a tax on", levy.v "impose and collect"): with an armed group as
   * its doer, goods taken (codebook: Looting/property destruction). */
  TAX_ACT: ['taxing', 'taxed', 'levied', 'levying', 'collecting taxes', 'collected taxes', 'collect taxes', 'collecting zakat', 'collected zakat',
    'imposing taxes', 'extracting taxes', 'extracted taxes'],
  /** (loot15) Goods or arms in transit as a load (general English): what "landed" or "arrived" then is a delivery, no projectile. */
  CARGO: ['shipment', 'shipments', 'consignment', 'consignments', 'cargo', 'cargoes', 'delivery of', 'deliveries of', 'batch of', 'batches of'],
  /** (loot15) The task of an aircraft that carries no weapon, told apart from it ("a drone on a reconnaissance mission", "a drone
   * that was spying on their positions"): read only beside a drone shot down. */
  RECON_TASK: ['reconnaissance', 'surveillance', 'spying', 'espionage', 'reconnoitring', 'reconnoitering', 'reconnoiter', 'reconnoitre'],
  /** (case15) A reciprocal fight verb, single words only (the same length as CLASH's and RIOT_WEAK's, so those are still read):
   * general English verbs whose subject and "with" object both fight ("police clashed with protesters"). */
  FIGHT_VERB: ['clashed', 'clash', 'clashes', 'clashing', 'scuffled', 'scuffle', 'scuffles', 'scuffling', 'skirmished', 'tussled', 'brawled',
    'grappled', 'wrestled', 'jostled'],
  /** (case15) People taken together with the weapons they had on them (general English of arrest reports: "arrested with
   * explosives", "caught with a pistol", "in possession of grenades"); the same length as CARRY_WITH's "caught with" and
   * "arrested with", so both are read. */
  CAUGHT_WITH: ['arrested with', 'caught with', 'detained with', 'nabbed with', 'apprehended with', 'intercepted with',
    'found in possession of', 'in possession of', 'in illegal possession of', 'for possessing', 'for possession of', 'for illegal possession of',
    'for carrying', 'arrested carrying', 'caught carrying', 'detained carrying',
    // remote17: the other verbs of custody before "with" (WordNet 3.1 hold.v.13 "keep in confinement or custody"; pick up.v.5
    // "take into custody"; round up.v.2 "seize or take into custody"), as "detained with" above.
    'held with', 'picked up with', 'rounded up with', 'taken into custody with'],
  /** (case15) Carrying or wearing a weapon, read only with an arrest or a seizure told ("arrested a man carrying a hand grenade"). */
  CARRYING: ['carrying', 'wearing', 'possessing', 'transporting', 'smuggling', 'hiding'],
  /** (case15) A side that loses a place (general English: "lose control of", "cede"): the loser is the subject, whoever took it
   * is named after "to". Read whole over TAKE_TERRITORY's "control of". */
  LOST_CONTROL: ['lost control of', 'lose control of', 'loses control of', 'losing control of', 'ceded control of', 'cede control of',
    'cedes control of', 'ceding control of', 'lost full control of', 'lost its grip on', 'lost their grip on'],
  /** (case15) A suicide bomber's vest or belt as a thing (the same length as SUICIDE_ACT's "suicide vest", so both are read):
   * found, seized or worn by someone arrested, it was never set off. */
  VEST: ['suicide vest*', 'explosive vest*', 'suicide belt*', 'explosive belt*', 'explosives - laden vest*', 'suicide jacket*', 'explosive jacket*'],
  /** batt15b: taking control of a vehicle by force (WordNet: hijack, "take arbitrarily or by force"); SEIZE_GOODS holds "hijacked"
   * too (a vehicle taken is property), equal in length, so both are read. */
  HIJACK: ['hijacked', 'hijacking', 'hijack', 'hijacks', 'commandeered'],
  /** batt15b: the people a vehicle carries. */
  ABOARD: ['passenger*', 'traveller*', 'traveler*', 'commuter*', 'occupants', 'crew', 'crew members', 'people on board', 'people aboard'],
  /** batt15b: harm done to a thing, as a participle or verb after the act ("…, damaging a parked aircraft"). */
  DAMAGE_ACT: ['damaging', 'damaged', 'destroying', 'destroyed', 'hitting', 'hit', 'struck', 'striking'],
  /** batt15b: where a side is driven from ("drove out the army from Arvella", "drove the army out of the area"): a place told,
   * named or not (PLACE_NAME reads only the places the gazetteer resolves). */
  FROM_PLACE: ['from', 'out of'],
  /** batt15b: someone fleeing ("as the president fled the country"): told beside a side's entry, the place is being given up. */
  SIDE_FLED: ['fled', 'flee', 'flees', 'fleeing'],
  /** batt15b: a force's own convoy or column, as FORCE_MOVE reads it whole ("a military convoy"): that longer cue hides the
   * force word and TARGET_MIL's "convoy" inside it, so no rule saw a force attacked. Only FORCE_MOVE's own phrases, equal in
   * length, so nothing else is hidden. */
  MIL_MOVE: ['military convoy*', 'military column*', 'joint patrol*'],
  /** acled16: robbing people, as the verb (general English, WordNet 3.1 "rob": take something away by force or without the
   * consent of the owner); the nouns "robbery" and "robber" stay ordinary crime's (non-events.ts) or an armed group's name. */
  ROB: ['robbed', 'robbing', 'rob', 'robs'],
  /** recall16b: riot police named, as PROTEST_FORCE named them before: the longer cue keeps RIOT's "riot" and the rioters out of
   * them, but no rule reads a force present as an intervention (codebook: Protest with intervention needs an attempt to
   * disperse or suppress; "marched past a line of riot police" is a Peaceful protest). */
  RIOT_UNIT: ['riot police', 'riot gear', 'riot squad', 'riot squads', 'riot - control police', 'riot control police', 'riot officers'],
  /** recall16b: the taking of a place told as a noun with its object after "of" ("the recapture of Kessa by government forces");
   * TAKE_PLAIN holds the same phrases, equal in length, so both are read. Only the nouns that take a place, not people or goods
   * ("the capture of three militants" is ruled out by the rules' none). */
  TAKING_NOUN: ['recapture of', 're - capture of', 'retaking of', 'liberation of', 'capture of'],
  /** recall16b: the "by" that names a noun's or a passive's doer. */
  BY_AGENT: ['by'],
  /** terr17: a place's fall told as a noun ("the fall of Kessa to the rebels"): read only when a side is named right after its
   * "to" (fell-to.ts dropFallWithoutTaker), who took the place. TAKE_PLAIN holds the same phrase, equal in length, so both are read. */
  FALL_NOUN: ['fall of'],
  /** recall16b: a trade's people as who acts (WordNet 3.1 hyponyms of worker.n.01 and professional.n.01 that news names on strike):
   * the subject of a bare "struck" that strikes nothing. One word each (the head of "health workers", "rail workers"): a longer
   * phrase would hide the shorter cue other concepts read there ("workers", a crowd's or civilians' word). */
  TRADE: ['workers', 'teachers', 'doctors', 'nurses', 'miners', 'employees', 'staff', 'dockers', 'dockworkers', 'lecturers',
    'physicians', 'civil servants', 'drivers', 'truckers', 'pilots', 'railworkers', 'medics', 'professors', 'academics', 'labourers',
    'laborers', 'farmworkers', 'unions'],
  /** recall16b: "struck" with no object after it, as a labour strike is told ("struck over unpaid wages", "struck for a second day",
   * "struck in protest"): the preposition or adverb right after the verb leaves nothing struck. */
  STRUCK_BARE: ['struck over', 'struck for', 'struck in protest', 'struck again', 'struck on', 'struck in', 'struck today', 'struck yesterday', 'struck demanding',
    'struck to demand', 'struck to protest', 'struck across', 'struck nationwide'],
  /** recall16b: a protest told as over before the act ("after the protest", "the day after the demonstration"): an arrest then
   * is no intervention at the demonstration (codebook: Arrests are detentions outside a demonstration). */
  AFTER_PROTEST: ['after the protest', 'after the protests', 'after the demonstration', 'after the demonstrations', 'after the rally',
    'after the march', 'after the sit - in', 'following the protest', 'following the protests', 'following the demonstration',
    'following the demonstrations', 'following the rally', 'days after the protest', 'day after the protest', 'day after the demonstration',
    'days after the demonstration', 'day after the rally', 'days after the rally', 'in the wake of the protest', 'in the wake of the protests',
    'in the wake of the demonstration', 'after taking part in the protest', 'after taking part in a protest'],
} satisfies Record<string, string[]>;

export type Concept = keyof typeof CUES;
