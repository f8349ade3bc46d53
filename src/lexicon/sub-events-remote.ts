// ACLED's Explosions/Remote violence sub-event types (codebook 2023, "Event Types and Sub-Event Types"; the 2024 edition keeps
// them): each sub-type's definition, decisive cue and near neighbours, and the rules that type it, in the form
// sub-events.ts sets out. A sub-type's rules run in the order they were added: its first rows, then each later
// round's, marked by the round's name (case4, acled5, …; pipeline/events/README.md tells what each round read, and
// sub-events-<round>.test.ts and test/probes/<round>.jsonl hold the invented reports it was written for, never
// evaluation rows). Ties keep going to the older rows. Provenance: written for this project.
import type { Concept } from './event-cues.js';
import type { Party, SubEventDef, SubEventRule } from './sub-events.js';

const VIOLENT: Concept[] = ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'CLASH', 'CLASH_WEAK'];
/** What makes a state's "struck" something else: fighting at close range (shots, a gunfight, a raid's arrests or abductions),
 * a demonstration, a weapon that names its own sub-type (shells, rockets and missiles, bombs planted, grenades: their rows
 * read them), an attack stopped, or the verb's other senses (NOT_STRIKE). */
const NOT_FROM_AFAR: Concept[] = ['HARM_ACT', 'GUNFIGHT', 'CLASH', 'CLASH_WEAK', 'ABDUCT', 'ARREST', 'PROTEST', 'RIOT', 'MOB', 'INTERCEPT',
  'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'GRENADE', 'SUICIDE', 'FOIL', 'NOT_STRIKE', 'AGREEMENT', 'AGREE_MORE'];

/** terr11: a grenade's thrower that is no state force: riot control throws stun and tear-gas grenades (Protest with intervention). */
const NOT_FORCE: Party[] = ['unknown', 'civilian', 'nonstate', 'crowd', 'target'];
const GRENADE_NONE: Concept[] = ['INTERCEPT', 'DISPERSE', 'PROTEST_FORCE'];
const GRENADE_WHY = 'Codebook: Grenade is a grenade or similar hand-thrown explosive used; one thrown into a crowd or a gathering (its target, told after the grenade) is that attack, not the gathering\'s own violence (Violent demonstration)';

export const REMOTE_VIOLENCE: SubEventDef[] = [
  { subEventType: 'Chemical weapon', eventType: 'Explosions/Remote violence',
    definition: 'Chemical weapons are used in warfare, without any other engagement.',
    decisive: 'a chemical agent (chlorine, sarin, mustard) is used as a weapon.',
    neighbours: 'Protest with intervention (tear gas and pepper spray are riot control, not chemical weapons); accidents (a chemical leak or poisoning with no attacker is no event).',
    rules: [
      { id: 'chem.agent-attack', why: 'Codebook: use of chemical weapons in warfare; a chemical agent beside an attack, shell or bomb.', all: ['CHEM'], any: [...VIOLENT, 'SHELL', 'SHELL_WEAK', 'AIR', 'EXPLOSIVE'], score: 79 },
      { id: 'chem.agent', why: 'Codebook: use of chemical weapons; a named chemical agent alone.', all: ['CHEM'], score: 56 },
      // case5:
      // Neighbour: Air/drone strike (80): the chemical agent decides, however it was delivered.
      // world33: Neighbours: Protest with intervention and its kin (tear gas on a crowd: a protest, a crowd or a riot told rules it
      // out), Grenade and Air/drone strike (the munition's own rows, outranked when its filling is told).
      { id: 'chem.riot-agent-in-war', why: 'Codebook: the Chemical weapon sub-type is used whenever chemical weapons are used in warfare; riot-control agents (CS, tear gas) dropped or fired on an armed side\'s positions, posts or trenches are banned as a method of warfare (Chemical Weapons Convention, Article I.5).', all: ['RIOT_AGENT', 'TARGET_MIL'], any: ['BOMBING', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'GRENADE'], none: ['PROTEST', 'PROTEST_WEAK', 'CROWD', 'RIOT', 'RIOT_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'ARREST', 'PRISON'], score: 96 },
      { id: 'chem.agent-from-air', why: 'Codebook: the Chemical weapon sub-type is used whenever chemical weapons are used in warfare, whatever delivers them; a chemical agent beside an air strike or bombing.', all: ['CHEM'], any: ['AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'BOMBING'], none: ['INTERCEPT'], score: 81 },
    ] },
  { subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence',
    definition: 'Air or drone strikes by an actor with air capacity, without an engagement on the ground.',
    decisive: 'an aircraft, helicopter or drone fires or drops munitions on a target.',
    neighbours: 'Shelling (fired from the ground); Disrupted weapons use (the aircraft, drone or missile is shot down or intercepted).',
    rules: [
      { id: 'air.strike', why: 'Codebook: air or drone strikes; an unambiguous air-strike phrase ("airstrike", "warplanes", "drone strike").', all: ['AIR'], none: ['INTERCEPT'], score: 80 },
      { id: 'air.aircraft-harm', why: 'Codebook: strikes by an actor with air capacity; an aircraft or drone beside harm or a munition ("bombed by military aircraft", "missiles from a drone").', all: ['AIR_WEAK'], any: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'EXPLOSIVE', 'BOMBING', 'SHELL_WEAK', 'STRIKE_NOUN'], none: ['INTERCEPT', 'PROTEST'], score: 72 },
      { id: 'air.strike-noun', why: 'Codebook: air or drone strikes; in conflict reporting a "strike" that hits or kills is one, unless a labour strike is told.', all: ['STRIKE_NOUN'], any: ['KILL', 'HARM', 'DESTROY', 'ATTACK', 'ATTACK_NOUN', 'CIVILIAN', 'STATE_FORCE', 'MILITANT', 'TARGET_MIL', 'AIR_WEAK'], none: ['INTERCEPT', 'PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'SHELL', 'EXPLOSIVE'], score: 68 },
      { id: 'air.bombed-by-state', why: 'Codebook: air strikes are by actors with air capacity; a state force that bombs a place bombs it from the air.', all: ['BOMBING'], agent: 'state', none: ['INTERCEPT', 'SUICIDE', 'SHELL', 'SHELL_WEAK'], score: 74 },
      // lead8:
      // Neighbours: Shelling/artillery/missile attack (its weapon named: shell.*), Armed clash (shots or a fight told), Attack
      // (an armed group on civilians at close range: "gunmen struck the village"; the agent here is a state named as such).
      { id: 'air.state-strikes-place', why: 'Codebook: air or drone strikes are by actors with air capacity; a state named as the subject of "struck", "hit" or "pounded" a place, with no ground fighting or other weapon told, strikes it from the air.', all: ['STRIKE_VERB', 'STATE_NAME'], agent: 'state', subjectAgent: true, object: 'PLACE_NAME', objectAfter: true, none: NOT_FROM_AFAR, score: 73 },
      { id: 'air.state-strikes-target', why: 'Codebook: air or drone strikes are by actors with air capacity; a state named as the subject of a strike verb whose object is a site (targets, positions, a depot, a camp, houses).', all: ['STRIKE_VERB', 'STATE_NAME'], agent: 'state', subjectAgent: true, object: 'STRIKE_TARGET', objectAfter: true, none: NOT_FROM_AFAR, score: 73 },
      { id: 'air.state-strikes-side', why: 'Codebook: air or drone strikes are by actors with air capacity; a state named as the subject of a strike verb whose object is an armed side ("Israel struck Hezbollah").', all: ['STRIKE_VERB', 'STATE_NAME'], agent: 'state', subjectAgent: true, patient: ['nonstate', 'target'], none: NOT_FROM_AFAR, score: 73 },
    ] },
  { subEventType: 'Suicide bomb', eventType: 'Explosions/Remote violence',
    definition: 'A suicide bombing or suicide vehicle-borne explosive attack.',
    decisive: 'the attacker detonates explosives on the body or in a vehicle, dying in the act.',
    neighbours: 'Remote explosive/landmine/IED (the bomber is not at the blast); Disrupted weapons use (the vest fails or is defused).',
    rules: [
      { id: 'suicide.act', why: 'Codebook: a suicide bombing occurs; an unambiguous phrase ("suicide bomber", "blew himself up").', all: ['SUICIDE_ACT'], score: 95 },
      { id: 'suicide.bomber-dies', why: 'Codebook: a Suicide bomb is an explosion in which the bomber dies, the bomb carried on the person; a blast told with the bomber among its dead ("detonated explosives, killing herself") or the bomb worn on the body ("strapped to his body").', all: ['BOMBER_DIES', 'EXPLOSIVE'], score: 95 },
      // case31: not with a find ("a cache of explosives and suicide vests was recovered"): vests found are no blast (Disrupted
      // weapons use reads the seizure).
      { id: 'suicide.bomb', why: 'Codebook: a suicide bombing occurs; "suicide" beside a blast, death or attack.', all: ['SUICIDE'], any: ['EXPLOSIVE', 'KILL', 'HARM', 'HARM_ACT', 'ATTACK'], none: ['DISCOVERY'], score: 95 },
    ] },
  { subEventType: 'Shelling/artillery/missile attack', eventType: 'Explosions/Remote violence',
    definition: 'Long-range artillery, missile, rocket or mortar fire on a target, without an engagement.',
    decisive: 'artillery, mortars, rockets or missiles fired from a distance hit a target.',
    neighbours: 'Air/drone strike (dropped or fired from the air); Armed clash (the two sides engage); Disrupted weapons use (the rocket or missile is intercepted).',
    rules: [
      { id: 'shell.artillery', why: 'Codebook: artillery, missile systems or other heavy weapons used; an unambiguous phrase ("shelling", "artillery").', all: ['SHELL'], none: ['INTERCEPT'], score: 76 },
      { id: 'shell.heavy-weapons', why: 'Codebook: shelling covers artillery, missiles and other heavy weapons; heavy or anti-aircraft guns fired on a place, not at an armed side\'s positions (that engages it: Armed clash).', all: ['HEAVY_WEAPON'], any: ['FIRED', 'ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'SHELL_WEAK'], none: ['INTERCEPT', 'CLASH', 'PROTEST', 'TARGET_MIL'], score: 75 },
      { id: 'shell.rocket-harm', why: 'Codebook: rocket, missile or mortar fire on a target; such a weapon beside harm.', all: ['SHELL_WEAK'], any: ['ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'EXPLOSIVE', 'BOMBING', 'STRIKE_NOUN'], none: ['INTERCEPT', 'AIR', 'AIR_WEAK'], score: 74 },
      // acled6:
      // Neighbours: Disrupted weapons use (intercepted, or a dud that failed to explode: those rules outscore or exclude this
      // one); Air/drone strike (dropped from the air).
      { id: 'shell.projectile-landed', why: 'Codebook: Shelling/artillery/missile attack is long-range fire of artillery, rockets, missiles or mortars on a target; such a projectile told where it landed or fell was fired at that place, harm or none.', all: ['SHELL_WEAK', 'LANDED'], none: ['INTERCEPT', 'AIR', 'AIR_WEAK', 'DUD', 'PROTEST'], score: 74 },
      // acled13:
      { id: 'shell.heavy-weapons-used', why: 'Codebook: Shelling/artillery/missile attack is fire of artillery, missile systems or other heavy weapons; heavy weapons told as used ("used heavy weapons against the town") were fired at that place.', all: ['HEAVY_WEAPON', 'USED'], none: ['INTERCEPT', 'CLASH', 'PROTEST', 'TARGET_MIL'], score: 74 },
      // recall14:
      // Neighbours: Disrupted weapons use (found, seized, intercepted: INTERCEPT), a weapon carried or given ("armed with rockets":
      // CARRY_WITH), Air/drone strike (fired from the air), Armed clash (two sides that fight or attack "with mortars": CLASH,
      // CLASH_WEAK; the weapon rows shell.* read an attack beside harm), drills and threats (non-events.ts: nonevent.drill,
      // nonevent.irrealis).
      { id: 'shell.weapon-instrument', why: 'Codebook: Shelling/artillery/missile attack is the use of artillery, missiles, rockets or mortars on a target, the weapon deciding; such a weapon told as the instrument of the act ("pummelled the base with mortars"), whatever the verb.', all: ['SHELL_WITH'], none: ['INTERCEPT', 'FIND', 'DUD', 'AIR', 'AIR_WEAK', 'CARRY_WITH', 'PROTEST', 'CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'BOMBING'], score: 71 },
      { id: 'shell.weapon-launched', why: 'Codebook: Shelling/artillery/missile attack is the firing of artillery, missiles, rockets or mortars on a target; a launching verb in the headline\'s present tense with such a weapon as its object ("rebels rain mortars on the camp", "the army fires rockets at the town"), told with a force or armed group as its subject.', all: ['LAUNCH_NOW', 'SHELL_WEAK'], object: 'SHELL_WEAK', objectAfter: true, reach: 3, agent: ['state', 'nonstate'], subjectAgent: true, none: ['INTERCEPT', 'FIND', 'DUD', 'AIR', 'AIR_WEAK', 'CARRY_WITH', 'PROTEST', 'CLASH', 'GUNFIGHT'], score: 74 },
      // loot15:
      // Neighbours: Looting/property destruction (a house or farm burned by people, no projectile told: loot.*), Disrupted weapons
      // use (rockets seized, found or intercepted), Air/drone strike (fired from the air).
      { id: 'shell.projectile-burns', why: 'Codebook: Shelling/artillery/missile attack is the use of artillery, rockets, missiles or mortars on a target, whoever or whatever is hit; such a projectile told with the burning it caused ("mortar shells set fire to a farm", "a rocket burned a house") is that fire, no property destruction of its own.', all: ['SHELL_WEAK'], any: ['BURN_ACT', 'ON_FIRE', 'LOOT_WEAK'], none: ['INTERCEPT', 'FIND', 'DUD', 'SEIZE_GOODS', 'CARRY_WITH', 'AIR', 'AIR_WEAK', 'PROTEST', 'RIOT', 'CROWD', 'MOB'], score: 74 },
      // Shelling told with a finding word whose object is no weapon ("shelled the village; rescuers found a body", "shelled a camp
      // discovered near the town"): the shelling, no weapon stopped; it outscores disrupted.intercepted (90), which reads any finding
      // word beside a projectile. Neighbours: Disrupted weapons use (weapons, shells, platforms or explosives found, a dud, an interception,
      // ordnance cleared or defused: those rule it out, and the disrupted rows read them).
      { id: 'shell.shelled-beside-discovery', why: 'Codebook: Shelling/artillery/missile attack is the use of artillery, missiles, rockets or mortars on a target; Disrupted weapons use is a weapon seized, defused or intercepted before it does harm. Shelling told beside a finding word, with no weapon found or stopped, is the shelling.', all: ['SHELL', 'DISCOVERY'], none: ['SHELL_WEAK', 'AIR_INTERCEPT', 'DUD', 'MISFIRE', 'DEFUSE', 'FOIL', 'CLEAR', 'CARRY_WITH', 'WEAPON_SEIZE', 'PLATFORM', 'EXPLOSIVE', 'LEGACY_ORDNANCE', 'AIR', 'AIR_WEAK', 'PROTEST'], score: 91 },
      // batt15b:
      // An aircraft told as what the rockets damaged, after them ("fired rockets at the airport, damaging a parked aircraft"): the
      // weapon is the rocket; air.aircraft-harm (72) read any aircraft beside harm as the striker. Neighbours: Air/drone strike (an
      // air strike or bombing told: AIR rules it out; an aircraft that fires is no armed side: the firer must be a force or group),
      // Disrupted weapons use (the rockets intercepted).
      { id: 'shell.aircraft-hit-on-ground', why: 'Codebook: the weapon decides among the remote-violence sub-types; rockets, missiles or mortars fired at a place that damage or destroy aircraft there are Shelling/artillery/missile attack, the aircraft being the target, not the striker.', all: ['DAMAGE_ACT', 'AIR_WEAK'], any: ['SHELL_WEAK'], object: 'AIR_WEAK', objectAfter: true, reach: 4, agent: ['state', 'nonstate'], none: ['AIR', 'INTERCEPT', 'PROTEST', 'BOMBING'], score: 74 },
      // remote17:
      // A side that came under fire, the fire's source told right after it as a long-range weapon ("came under fire from artillery",
      // "came under fire from mortars"): the weapon decides; clash.fighting-with-shelling (77) read "came under fire" as the fight
      // that the artillery was part of. Neighbours: Armed clash (fire from a side, "came under fire from militants", no weapon
      // of shelling after it; or a gunfight told), Air/drone strike (fire from the air), Disrupted weapons use (intercepted).
      ...(['SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON'] as Concept[]).map((c): SubEventRule => ({ id: `shell.under-fire-from-${c === 'SHELL' ? 'artillery' : c === 'SHELL_WEAK' ? 'projectiles' : 'heavy-weapons'}`,
        why: 'Codebook: Shelling/artillery/missile attack is long-range fire of artillery, mortars, rockets, missiles or other heavy weapons, the attacker not in direct contact with the target; a side told as coming under fire whose source, named right after, is such a weapon was shelled.',
        all: ['UNDER_FIRE', c], object: c, objectAfter: true, reach: 4,
        none: ['INTERCEPT', 'AIR', 'AIR_WEAK', 'GUNFIGHT', 'PROTEST', 'CARRY_WITH', 'DUD'], score: 78 })),
      // Grenades told as fired ("fired 40mm grenades at the post", "fired two rifle grenades"): a grenade that is fired leaves a
      // launcher or rifle, no hand; it outscores grenade.thrown (86). Neighbours: Grenade (thrown, hurled or lobbed: HAND_THROW rules
      // this out), Protest with intervention (stun or tear-gas grenades fired at a crowd: DISPERSE, PROTEST_FORCE), Air/drone strike
      // (dropped from a drone: AIR, AIR_WEAK), Disrupted weapons use (seized, defused: INTERCEPT).
      // Heavy weapons fired at a force's post, position or aircraft with no other rule reading the act ("fired a B-10 at a police
      // post"): shell.heavy-weapons leaves a military target to the battle rows, and when none of them reads it the sentence fell to
      // no event. Scored under the battle rows (clash.fire-at-forces, clash.force-strikes-armed-side), which still decide where they
      // read the fire. Neighbours: Armed clash (those rows; a fight told: CLASH, GUNFIGHT), Disrupted weapons use (seized, found).
      { id: 'shell.heavy-weapons-at-post', why: 'Codebook: Shelling/artillery/missile attack covers fire of artillery, missile systems and other heavy weapons, the attacker not in direct contact with the target; heavy weapons fired at a force\'s post or position with no engagement told are that fire.', all: ['HEAVY_WEAPON', 'TARGET_MIL'], any: ['FIRED', 'ATTACK', 'KILL', 'HARM', 'HARM_ACT', 'DESTROY', 'USED'], none: ['INTERCEPT', 'FIND', 'CLASH', 'CLASH_WEAK', 'GUNFIGHT', 'PROTEST', 'CARRY_WITH', 'DUD'], score: 55 },
      { id: 'shell.grenade-fired', why: 'Codebook: Grenade is a grenade or similar explosive thrown by hand; a grenade told as fired (the object of "fired", right after it) was launched from a launcher or rifle, long-range fire of the Shelling/artillery/missile attack kind (as an RPG is).', all: ['FIRED', 'GRENADE'], object: 'GRENADE', objectAfter: true, reach: 2, none: ['INTERCEPT', 'DISPERSE', 'PROTEST_FORCE', 'PROTEST', 'RIOT', 'BOMB_THROWN', 'HAND_THROW', 'AIR', 'AIR_WEAK', 'FIND', 'CARRY_WITH'], score: 87 },
    ] },
  { subEventType: 'Remote explosive/landmine/IED', eventType: 'Explosions/Remote violence',
    definition: 'Remotely detonated or victim-activated explosives: IEDs, landmines, car bombs, unexploded ordnance.',
    decisive: 'a planted or hidden device (IED, landmine, car bomb) explodes, the attacker absent.',
    neighbours: 'Suicide bomb (the bomber dies in the blast); Grenade (thrown by hand); Disrupted weapons use (found or defused); accidents (a gas cylinder, boiler or factory blast is no attack).',
    rules: [
      { id: 'explosive.device', why: 'Codebook: remotely or victim-activated devices detonated; a bomb, IED, mine or blast word.', all: ['EXPLOSIVE'], none: ['INTERCEPT', 'SUICIDE', 'GRENADE'], score: 70 },
      { id: 'explosive.bombing', why: 'Codebook: a planted or thrown bomb detonated; "bombing" told with no aircraft or state force named.', all: ['BOMBING'], none: ['INTERCEPT', 'SUICIDE', 'GRENADE'], score: 69 },
      // case16: people killed or hurt "in an explosion" or "by a blast" in a sentence that also tells devices found, recovered or
      // seized in another clause ("devices have been found near the town, and four children died in an explosion"): the finding
      // word rules explosive.device out and the harm rules the disrupted rows out, and the death fell to attack.killing (45).
      // Neighbours: Disrupted weapons use (no harm told: the disrupted rows); Suicide bomb, Grenade, Air/drone strike, Shelling
      // (their weapon told); a bomb that went off in its makers' hands (MISFIRE: disrupted.premature-detonation, 93); ordnance of a
      // past war (Other, LEGACY_ORDNANCE).
      ...(['KILL', 'HARM'] as Concept[]).map((c): SubEventRule => ({ id: `explosive.${c === 'KILL' ? 'killed' : 'hurt'}-in-blast`,
        why: 'Codebook: Remote explosive/landmine/IED covers remotely or victim-activated explosives that go off; people killed or hurt in an explosion or by a bomb told right after the harm ("died in an explosion") were hurt by a device that went off, whatever else the sentence finds or seizes.',
        // Only beside a finding word (which rules explosive.device out): elsewhere explosive.device reads the blast on its own
        // word, and a later "killed in the bombing" is the incident told before (told-again.ts).
        all: [c, 'EXPLOSIVE'], any: ['INTERCEPT', 'FIND'], object: 'EXPLOSIVE', objectAfter: true, reach: 4,
        none: ['SUICIDE', 'SUICIDE_ACT', 'GRENADE', 'AIR', 'AIR_WEAK', 'SHELL', 'SHELL_WEAK', 'MISFIRE', 'DUD', 'LEGACY_ORDNANCE', 'DEFUSE'], score: 71 })),
      // The blast told as the harm verb's subject, right before it ("and on Monday a blast killed three soldiers").
      ...(['KILL', 'HARM'] as Concept[]).map((c): SubEventRule => ({ id: `explosive.blast-${c === 'KILL' ? 'killed' : 'hurt'}`,
        why: 'Codebook: Remote explosive/landmine/IED covers remotely or victim-activated explosives that go off; a blast or bomb told as the subject of the killing or wounding verb, right before it ("a blast killed three soldiers"), went off, whatever else the sentence finds or seizes.',
        all: [c, 'EXPLOSIVE'], any: ['INTERCEPT', 'FIND'], object: 'EXPLOSIVE', reach: 0,
        none: ['SUICIDE', 'SUICIDE_ACT', 'GRENADE', 'AIR', 'AIR_WEAK', 'SHELL', 'SHELL_WEAK', 'MISFIRE', 'DUD', 'LEGACY_ORDNANCE'], score: 71 })),
    ] },
  { subEventType: 'Grenade', eventType: 'Explosions/Remote violence',
    definition: 'A grenade or similar hand-thrown explosive is used.',
    decisive: 'an attacker who is present throws a grenade.',
    neighbours: 'Remote explosive (planted, not thrown); Protest with intervention (stun grenades are riot control); Disrupted weapons use (grenades seized).',
    rules: [
      { id: 'grenade.thrown', why: 'Codebook: a grenade or similar hand-thrown explosive is used.', all: ['GRENADE'], none: ['INTERCEPT', 'PROTEST', 'DISPERSE'], score: 86 },
      // terr11:
      // Neighbours: Violent demonstration (riot.protest-turns-violent: the demonstrators' own throwing; a crowd that throws is no
      // subject here), Protest with intervention (a force's stun or tear-gas grenades: a state thrower, DISPERSE).
      { id: 'grenade.thrown-into-crowd', why: `${GRENADE_WHY} ("threw a grenade into a crowd").`, all: ['GRENADE', 'CROWD'], object: 'CROWD', objectAfter: true, reach: 6, agent: NOT_FORCE, none: GRENADE_NONE, score: 84 },
      { id: 'grenade.thrown-at-gathering', why: `${GRENADE_WHY} ("hurled a grenade at a rally").`, all: ['GRENADE', 'PROTEST'], object: 'PROTEST', objectAfter: true, reach: 8, agent: NOT_FORCE, none: GRENADE_NONE, score: 84 },
      // world14: Neighbours: Remote explosive/landmine/IED (a device planted or left, "exploded under a car": no throwing told);
      // Violent demonstration (a fire bomb thrown, FIREBOMB, is the demonstrators' or an arsonist's, never this).
      { id: 'grenade.bomb-thrown', why: 'Codebook: Grenade is a grenade or any other similarly hand-thrown explosive, such as an IED that is thrown; a bomb or explosive device told as thrown, hurled or lobbed by hand.', all: ['BOMB_THROWN'], none: ['FIREBOMB', 'INTERCEPT', 'SUICIDE', 'DISPERSE', 'PROTEST_FORCE', 'AIR', 'AIR_WEAK'], score: 86 },
    ] },
];
