// ACLED's Violence against civilians sub-event types (codebook 2023, "Event Types and Sub-Event Types"; the 2024 edition keeps
// them): each sub-type's definition, decisive cue and near neighbours, and the rules that type it, in the form
// sub-events.ts sets out. A sub-type's rules run in the order they were added: its first rows, then each later
// round's, marked by the round's name (case4, acled5, …; pipeline/events/README.md tells what each round read, and
// sub-events-<round>.test.ts and test/probes/<round>.jsonl hold the invented reports it was written for, never
// evaluation rows). Ties keep going to the older rows. Provenance: written for this project.
import type { SubEventDef } from './sub-events.js';

export const VIOLENCE_AGAINST_CIVILIANS: SubEventDef[] = [
  { subEventType: 'Sexual violence', eventType: 'Violence against civilians',
    definition: 'Sexual violence by an armed, organised group against civilians.',
    decisive: 'rape or other sexual violence against a person.',
    neighbours: 'Attack (violence that is not sexual); ordinary crime is still coded when the perpetrator is an armed group.',
    rules: [
      { id: 'sexual.violence', why: 'Codebook: any individual is targeted with sexual violence.', all: ['SEXUAL'], score: 96 },
    ] },
  { subEventType: 'Attack', eventType: 'Violence against civilians',
    definition: 'An armed, organised group attacks unarmed civilians.',
    decisive: 'armed people kill, wound or attack unarmed civilians.',
    neighbours: 'Armed clash (the target is armed and fights back); Mob violence (a crowd, not an armed group); Excessive force (the victims are protesters); the remote-violence sub-types (a bomb or shell does it).',
    rules: [
      { id: 'attack.kill-civilians', why: 'Codebook: an armed, organised group attacks unarmed civilians; a killing of civilians beside arms or an attack.', all: ['KILL', 'CIVILIAN'], any: ['ARMED', 'ATTACK', 'HARM', 'HARM_ACT', 'STATE_FORCE', 'MILITANT'], none: ['PROTEST'], score: 66 },
      { id: 'attack.on-civilians', why: 'Codebook: civilians attacked by an armed group; an attack on civilians, no state force named.', all: ['ATTACK', 'CIVILIAN'], any: ['ARMED', 'KILL', 'HARM', 'HARM_ACT'], none: ['PROTEST', 'STATE_FORCE'], score: 64 },
      { id: 'attack.harm-civilians', why: 'Codebook: violence against unarmed non-combatants; civilians wounded.', all: ['HARM', 'CIVILIAN'], none: ['PROTEST'], score: 50 },
      { id: 'attack.assault-civilians', why: 'Codebook: violence against unarmed non-combatants; civilians beaten, stabbed or shot.', all: ['HARM_ACT', 'CIVILIAN'], none: ['PROTEST'], score: 50 },
      { id: 'attack.killing', why: 'Codebook: violence against civilians is the default reading of a killing with no armed engagement.', all: ['KILL'], score: 45 },
      { id: 'attack.killing-by-armed', why: 'Codebook: an armed, organised group kills; with no armed side as victim, the dead are civilians.', all: ['KILL'], agent: 'nonstate', none: ['PROTEST'], score: 62 },
      { id: 'attack.arrest-and-assault', why: 'Codebook: violence against civilians takes precedence over the arrest it came with ("arrested and beat").', all: ['HARM_ACT', 'ARREST'], agent: 'state', none: ['PROTEST', 'GRIEVANCE'], score: 64 },
      { id: 'attack.harm', why: 'Codebook: violence against civilians; a wounding with no protest.', all: ['HARM'], none: ['PROTEST'], score: 40 },
      { id: 'attack.assault', why: 'Codebook: violence against civilians; a beating, stabbing or shooting with no protest.', all: ['HARM_ACT'], none: ['PROTEST'], score: 40 },
      { id: 'attack.noun', why: 'Codebook: an attack on civilians named only by its noun ("the massacre").', all: ['ATTACK_NOUN'], none: ['PROTEST', 'PROTEST_WEAK'], score: 39 },
      // clash7:
      // Neighbours: Abduction/forced disappearance (people taken and no further violence told: abduction.kidnap, 88);
      // Armed clash (a force kills the kidnappers or frees the hostages: the killing's doer is a state force, or the dead are
      // the kidnappers). The killing must be told by a finite verb whose doer is read (act-agents.ts actAgent): "abducted a
      // farmer and killed him", "kidnapped and shot dead a shopkeeper"; not "a man abducted last year was found dead".
      { id: 'attack.abducted-and-killed', why: 'Codebook: Abduction/forced disappearance is the taking of civilians without reports of further violence; when the abductors also kill, the event is an Attack.', all: ['ABDUCT', 'KILL'], act: { concept: 'KILL', notBy: ['state', 'civilian', 'crowd'], finite: true }, none: ['PROTEST', 'PROTEST_WEAK', 'KIDNAPPERS', 'ARREST'], score: 89 },
      // …and the killing told by its weapon's verb with the death after the victim ("abducted a farmer and shot him dead",
      // "kidnapped a trader and beat him to death").
      { id: 'attack.abducted-and-shot-dead', why: 'Codebook: an abduction with further violence is an Attack; abductors who shoot or beat the abducted to death kill them.', all: ['ABDUCT', 'KILL', 'HARM_ACT'], act: { concept: 'HARM_ACT', notBy: ['state', 'civilian', 'crowd'], finite: true }, none: ['PROTEST', 'PROTEST_WEAK', 'KIDNAPPERS', 'ARREST'], score: 89 },
      // Neighbour: Armed clash (the ambushed are a force, its convoy or an armed group: the patient decides; a gunfight told
      // beside it is an engagement). The ambush is told by its doer's verb, so "civilians killed in an ambush" does not read.
      // Round 39. Neighbour: Armed clash (clash.fighting 72 reads the noun "ambush" as a fight: soldiers or fighters among the dead
      // make it one, and the patient must be civilians only).
      { id: 'attack.killed-in-ambush', why: 'Codebook: an ambush on a force is an Armed clash, but violence by an organised armed group on unarmed civilians is an Attack; civilians told killed or wounded in an ambush were attacked.', all: ['KILL', 'AMBUSH_NOUN', 'CIVILIAN'], patient: ['civilian'], none: ['PROTEST', 'PROTEST_WEAK', 'GUNFIGHT', 'STATE_FORCE', 'TARGET_MIL', 'FIGHT_BESIDE'], score: 74 },
      { id: 'attack.ambush-on-civilians', why: 'Codebook: an ambush on a force is an Armed clash, but violence by an organised armed group on unarmed civilians is an Attack; gunmen who ambush a bus, passengers or villagers attack civilians.', all: ['AMBUSH_ACT', 'CIVILIAN'], agent: ['nonstate', 'unknown', 'state'], patient: ['civilian'], none: ['PROTEST', 'PROTEST_WEAK', 'GUNFIGHT'], score: 73 },
      // Round 45. Neighbours: Armed clash (a force or armed side that came under fire: the patient must be civilians or a crowd; or
      // fire returned, a gunfight: GUNFIGHT rules it out), Mob violence (the crowd was fired at, it did not act: typing.ts partiesOf
      // reads the side after "from" as the one that fired), Excessive force (protesters fired at: PROTEST rules it out).
      { id: 'attack.civilians-under-fire', why: 'Codebook: Attack is violence by an armed, organised group or force on unarmed civilians; people told as coming under fire from an armed side ("a bus carrying pilgrims came under fire from gunmen", "villagers came under fire from militiamen") were fired at, and no side fought back.', all: ['UNDER_FIRE'], agent: ['nonstate', 'state'], patient: ['civilian', 'crowd'], none: ['PROTEST', 'PROTEST_WEAK', 'GUNFIGHT', 'STATE_FORCE', 'TARGET_MIL'], score: 76 },
      // recall11:
      // Neighbours: Armed clash (fire at a force's post or patrol: clash.fire-at-forces reads it); Excessive force (the
      // targets are protesters). A force or armed group firing a weapon at civilians or their homes ("fired rifles at the
      // houses of …"), read as "fired at …" is (act-agents.ts reads the weapon between as the instrument).
      { id: 'attack.fired-on-civilians', why: 'Codebook: Attack is violence by an armed, organised group against unarmed civilians; a force firing its weapons at civilians or their homes.', all: ['FIRED', 'CIVILIAN'], agent: ['state', 'nonstate'], object: 'CIVILIAN', objectAfter: true, none: ['PROTEST'], score: 48 },
    ] },
  { subEventType: 'Abduction/forced disappearance', eventType: 'Violence against civilians',
    definition: 'An armed, organised group abducts or forcibly disappears civilians.',
    decisive: 'people are kidnapped, taken hostage or disappeared by an armed group (or detained by state forces without process).',
    neighbours: 'Arrests (state forces detain, by process); Agreement (hostages released by a deal).',
    rules: [
      { id: 'abduction.kidnap', why: 'Codebook: an armed, organised group abducts or forcibly disappears an individual.', all: ['ABDUCT'], score: 88 },
      // Round 39. Neighbour: Arrests (a force that names itself detains: "plainclothes police arrested a suspect" stays an arrest).
      { id: 'abduction.unacknowledged-captors', why: 'Codebook: a forced disappearance is a detention its captors do not acknowledge; a person picked up by men in plain clothes or in an unmarked car, or held by a force that denies holding them, is disappeared, not arrested.', all: ['ARREST', 'UNACKNOWLEDGED_CAPTORS'], none: ['PROTEST', 'KILL'], score: 78 },
      // Round 43: people a group rounds up and then kills are the victims of an attack, as abduction.unacknowledged-captors
      // already reads it (KILL, HARM rule it out: "rounded up and executed men"; a beating is part of the taking).
      { id: 'abduction.detained-by-group', why: 'Codebook: detentions by non-state armed groups are abductions, not arrests.', all: ['ARREST'], agent: 'nonstate', none: ['PROTEST', 'KILL', 'HARM'], score: 70 },
      // acled6:
      // Neighbour: Arrests (state forces detain under a law: no ransom is asked).
      { id: 'abduction.ransom', why: 'Codebook: Abduction/forced disappearance is the taking of people by an armed group; a ransom is asked only for someone held ("seized a principal and demanded a ransom").', all: ['RANSOM'], none: ['PROTEST', 'ARREST'], score: 86 },
      // clash7:
      // Neighbours: Arrests and Protest with intervention (police carry people off: a state force or a protest rules it out);
      // Looting (goods taken away: the patient must be people).
      { id: 'abduction.carried-off', why: 'Codebook: Abduction/forced disappearance is an armed group taking civilians; gunmen who whisk away, cart off or forcibly take people abduct them.', all: ['TAKEN_AWAY'], agent: ['nonstate', 'unknown'], patient: ['civilian'],
        // Round 38: not beside looting ("looted shops and carted away fuel and grain"): what is carted off there is the loot.
        none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STATE_FORCE', 'STORY_PROTEST', 'PLUNDER'], score: 87 },
      // Round 40: the active voice, the person taken told by a pronoun inside the phrase ("took him from his home").
      { id: 'abduction.took-from-home', why: 'Codebook: Abduction/forced disappearance is an armed group taking civilians; men of an armed group or unknown men who take a person from their home take that person away.', all: ['TOOK_FROM_HOME'], agent: ['nonstate', 'unknown'],
        none: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STATE_FORCE', 'STORY_PROTEST', 'PLUNDER'], score: 87 },
      // batt15b:
      // "captured" is ARREST_WEAK's word (arrest.held 34), which read a group's capture of people as an arrest. Neighbours: Arrests
      // (a state force captures: the agent must be non-state), the territory sub-types (a place captured: the patient must be
      // people or a force), Armed clash (fighting told: the fight rules outscore this one).
      { id: 'abduction.group-captures-people', why: 'Codebook: Arrests are detentions by state forces; detentions by non-state armed groups are Abduction/forced disappearance; a non-state group, named as the subject, that captures soldiers, police or civilians takes them.', all: ['ARREST_WEAK'], agent: 'nonstate', subjectAgent: true, patient: ['state', 'civilian', 'nonstate'], none: ['PROTEST', 'PROTEST_WEAK', 'TERRITORY_NOUN', 'PLACE_NAME'], score: 46 },
      // Neighbours: Looting/property destruction (a vehicle or goods hijacked with no one aboard told: loot.seized-goods), Attack
      // (the passengers killed or hurt: harm rules this out), Agreement (agreement.agreed reads "released" alone).
      { id: 'abduction.vehicle-hijacked-with-people', why: 'Codebook: Abduction/forced disappearance is the taking of people by an armed, organised group; a vehicle hijacked with its passengers, crew or travellers told takes them, even when they are released later (the taking is the event).', all: ['HIJACK', 'ABOARD'], none: ['KILL', 'HARM', 'HARM_ACT', 'CLASH', 'FIRED', 'PROTEST', 'AGREEMENT', 'AGREE_MORE', 'INTERCEPT'], score: 76 },
    ] },
];
