// ACLED's Protests sub-event types (codebook 2023, "Event Types and Sub-Event Types"; the 2024 edition keeps
// them): each sub-type's definition, decisive cue and near neighbours, and the rules that type it, in the form
// sub-events.ts sets out. A sub-type's rules run in the order they were added: its first rows, then each later
// round's, marked by the round's name (case4, acled5, …; pipeline/events/README.md tells what each round read, and
// sub-events-<round>.test.ts and test/probes/<round>.jsonl hold the invented reports it was written for, never
// evaluation rows). Ties keep going to the older rows. Provenance: written for this project.
import type { Concept } from './event-cues.js';
import type { SubEventDef } from './sub-events.js';

/** What makes deaths told after a protest no force used on the demonstrators: their own violence, an armed side's
 * fighting or remote violence, or a death no one dealt. */
const NOT_FORCE_ON_PROTEST: Concept[] = ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'MOB', 'MILITANT', 'ARMED', 'GUNFIGHT', 'AIR', 'AIR_WEAK',
  'SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON', 'EXPLOSIVE', 'GRENADE', 'SUICIDE', 'NATURAL_CAUSE', 'GRIEVANCE', 'EARLIER', 'ARREST', 'ARREST_WEAK'];

export const PROTESTS: SubEventDef[] = [
  { subEventType: 'Peaceful protest', eventType: 'Protests',
    definition: 'Demonstrators gather without violence and without being engaged by force.',
    decisive: 'people demonstrate, march or rally, and no one uses force.',
    neighbours: 'Protest with intervention (dispersed, arrested, tear gas); Excessive force (shot, killed, beaten); Violent demonstration (the demonstrators turn violent).',
    rules: [
      { id: 'protest.gathering', why: 'Codebook: demonstrators gather for a protest and do not engage in violence.', all: ['PROTEST'], score: 56 },
      { id: 'protest.strike-or-vigil', why: 'Codebook: a public demonstration; a strike, vigil or boycott told alone.', all: ['PROTEST_WEAK'], score: 30 },
      // case5:
      // Neighbours: every other sub-type (any act told beside the demand outranks it: score 28).
      { id: 'protest.crowd-demands', why: 'Codebook: a protest is a public demonstration in which participants do not engage in violence; people who act together in public to state a demand ("traders demanding an end to multiple taxation") with nothing else told.', all: ['GRIEVANCE', 'CROWD'], agent: 'crowd', score: 28 },
      // recall16b: Neighbours: the violence sub-types ("insurgents struck a convoy": an object struck, an armed side or a weapon told).
      { id: 'protest.trade-struck', why: 'Codebook: Protests include strikes (a public demonstration); a trade\'s people who "struck" with nothing struck after the verb ("teachers struck over unpaid wages", WordNet 3.1 strike.v.02 "stop work in order to press demands") went on strike.', all: ['STRUCK_BARE', 'TRADE'], none: ['MILITANT', 'ARMED', 'AIR', 'AIR_WEAK', 'STRIKE_NOUN', 'SHELL', 'SHELL_WEAK', 'EXPLOSIVE', 'GRENADE', 'BOMBING', 'KILL', 'DEADLY', 'TARGET_MIL', 'RIOT', 'MOB'], score: 60 },
    ] },
  { subEventType: 'Protest with intervention', eventType: 'Protests',
    definition: 'A peaceful protest is physically dispersed or suppressed without serious harm (arrests, tear gas, rubber bullets).',
    decisive: 'forces disperse, arrest or tear-gas peaceful demonstrators, with no serious injury.',
    neighbours: 'Peaceful protest (no intervention); Excessive force (live fire, deaths, serious injury); Violent demonstration (the demonstrators are violent).',
    rules: [
      // Round 43. Neighbours: Excessive force (deaths or serious injuries: DEADLY outranks at its own score), Violent demonstration
      // (the crowd's violence: RIOT, RIOT_WEAK rule it out).
      { id: 'protest.kettled', why: 'Codebook: Protest with intervention is a peaceful protest that forces attempt to disperse or suppress; police who kettle a crowd (hold it in a cordon, the tactic used on demonstrators) intervene in its demonstration.', all: ['KETTLE'], none: ['RIOT', 'RIOT_WEAK'], score: 84 },
      { id: 'protest.dispersed', why: 'Codebook: a peaceful protest that forces attempt to disperse or suppress (arrests, tear gas).', all: ['PROTEST', 'DISPERSE'], none: ['RIOT', 'RIOT_WEAK'], score: 86 },
      // Round 39. Neighbour: Arrests (arrest.by-state 72): people detained by police who also used riot-control weapons on them were
      // a crowd dispersed, whose arrests are the intervention.
      { id: 'protest.riot-control-arrests', why: 'Codebook: Protest with intervention is a protest that forces try to disrupt or disperse, by arrests or force; riot-control weapons used and people detained together tell such a dispersal (a raid told: a search, no crowd).', all: ['PROTEST_FORCE', 'ARREST'], none: ['RIOT', 'LETHAL_FORCE', 'KILL', 'ATTACK'], score: 74 },
      { id: 'protest.riot-control', why: 'Codebook: dispersal without serious injury; a riot-control weapon ("tear gas", "water cannon").', all: ['PROTEST_FORCE'], none: ['RIOT', 'LETHAL_FORCE'], score: 70 },
      { id: 'protest.strike-dispersed', why: 'Codebook: a protest suppressed by forces; a strike or crowd dispersed by the state.', all: ['PROTEST_WEAK', 'DISPERSE'], any: ['STATE_FORCE'], none: ['RIOT'], score: 60 },
      { id: 'protest.story-dispersed', why: 'Codebook: a peaceful protest forces disperse or suppress; the protest was told just before ("Police fired tear gas / arrested 20 of them").', all: ['DISPERSE', 'STORY_PROTEST'], none: ['RIOT', 'RIOT_WEAK', 'LETHAL_FORCE', 'MILITANT', 'ARMED'], score: 80 },
      // case5:
      // Neighbour: Excessive force (90-93), when the injuries are told as minor.
      { id: 'protest.minor-injuries', why: 'Codebook: Protest with intervention is a peaceful protest dispersed or suppressed without serious or lethal injuries; force told with minor injuries only.', all: ['PROTEST', 'MINOR'], none: ['RIOT', 'RIOT_WEAK'], score: 92 },
      // riots10:
      // Neighbour: Peaceful protest (the demonstrators block a road: BAR_ACT's doer is the crowd, not a force).
      { id: 'protest.forces-bar-protest', why: 'Codebook: Protest with intervention is a peaceful protest that forces attempt to disperse or suppress; a force that blocks or turns back the demonstrators, told as its object ("police blocked protesters from reaching the palace"; "marched to the court where they blocked the road" is theirs).', all: ['BAR_ACT', 'PROTEST'], object: 'PROTEST', objectAfter: true, reach: 3, act: { concept: 'BAR_ACT', by: ['state'] }, none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB'], score: 86 },
      // riots11:
      // Neighbours: Excessive force (deaths or injuries told: DEADLY, HARM, KILL) and Violent demonstration (the crowd's own
      // violence: RIOT, RIOT_WEAK, STONING). protest.riot-control leaves out LETHAL_FORCE, which holds rubber bullets; told with a
      // demand and no harm, they are riot-control means used on demonstrators, as the codebook counts them.
      { id: 'protest.demanders-dispersed', why: 'Codebook: Protest with intervention is a peaceful protest forces attempt to disperse or suppress without serious or lethal injuries; people a force disperses while they state a demand ("fired rubber bullets to disperse workers demanding a pay rise") are demonstrators, no protest word needed.', all: ['PROTEST_FORCE', 'GRIEVANCE', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'DEADLY', 'HARM', 'KILL', 'MOB', 'ARMED', 'MILITANT'], score: 70 },
      // world14: Neighbours: Arrests (arrest.by-state, 72: people detained with no gathering at a place and a demand told;
      // "arrested over comments he made at a rally" tells no gathering); Excessive force and Violent demonstration (harm or the
      // crowd's own violence, ruled out as for protest.demanders-dispersed).
      { id: 'protest.gathering-arrested', why: 'Codebook: Protest with intervention is a peaceful protest that forces attempt to disperse or suppress, by arrests among other means; people a force detains as they gather at a place to state a demand ("detained dozens as they tried to gather in front of parliament to demand ...") are demonstrators, no protest word needed.', all: ['ARREST', 'GATHER_AT', 'GRIEVANCE', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'DEADLY', 'HARM', 'KILL', 'MOB', 'ARMED', 'MILITANT', 'RANSOM', 'ABDUCT'], score: 74 },
      // prot14:
      // Neighbours: Excessive force (a death, a serious injury or live fire told: DEADLY rules this reading out, and deadly-force
      // 93 outranks it) and Violent demonstration (the demonstrators' own violence). Force told with no one hurt, rubber bullets
      // or a baton charge among it ("fired rubber bullets to disperse them; no injuries were reported"), outranks
      // protest.lethal-force-by-state (90), which reads rubber bullets and beatings as force that may maim. Only with such means
      // told (PROTEST_FORCE, LETHAL_FORCE): "no one was hurt and police did not intervene" stays a Peaceful protest, and an
      // attack with no means named stays protest.dispersed's.
      { id: 'protest.no-one-hurt', why: 'Codebook: Protest with intervention is a peaceful protest forces attempt to disperse or suppress without serious/lethal injuries being reported; force told with no injuries reported, and no death, serious injury or live fire, is that.', all: ['PROTEST', 'NO_HARM'], any: ['PROTEST_FORCE', 'LETHAL_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'DEADLY', 'MOB', 'ARMED', 'MILITANT'], score: 92 },
      // prot15b: Neighbours: Peaceful protest (demonstrators who chase off a reporter or a rival: the act's doer is no force);
      // Excessive force and Violent demonstration (harm or the crowd's own violence, ruled out as for protest.demanders-dispersed);
      // Armed clash (an armed side routed: clash.armed-side-repelled, with no demonstration told).
      { id: 'protest.driven-off', why: 'Codebook: Protest with intervention is a peaceful protest that forces attempt to disperse or suppress without serious/lethal injuries; a force that chases or drives demonstrators away ("police chased away students who had gathered to protest") disperses them.', all: ['DRIVE_OFF'], any: ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST'], act: { concept: 'DRIVE_OFF', by: ['state'] }, none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'DEADLY', 'MOB', 'ARMED', 'MILITANT'], score: 86 },
    ] },
  { subEventType: 'Excessive force against protesters', eventType: 'Protests',
    definition: 'Peaceful protesters are met with lethal or severe force (live fire, beatings, killings).',
    decisive: 'peaceful demonstrators are shot, killed or seriously hurt.',
    neighbours: 'Protest with intervention (no serious injury); Violent demonstration (the protesters were violent).',
    rules: [
      { id: 'protest.lethal-force-by-state', why: 'Codebook: peaceful protesters targeted with lethal violence or violence causing serious injury, by forces.', all: ['PROTEST', 'LETHAL_FORCE', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING'], deadlyAfterDispersal: true, score: 90 },
      { id: 'protest.lethal-force', why: 'Codebook: peaceful protesters killed or seriously injured.', all: ['PROTEST', 'LETHAL_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING'], score: 75 },
      { id: 'protest.story-lethal-force', why: 'Codebook: peaceful protesters met with lethal force; the protest was told just before ("Police opened fire, killing two").', all: ['LETHAL_FORCE', 'STORY_PROTEST', 'STATE_FORCE'], none: ['RIOT', 'RIOT_WEAK', 'STONING', 'MILITANT', 'ARMED'], score: 84 },
      // case5:
      // Neighbour: Protest with intervention (dispersal, arrests, tear gas: 86), which it outranks when the force killed or maimed.
      { id: 'protest.deadly-force', why: 'Codebook: Excessive force against protesters is peaceful protesters met with lethal force or force causing serious injury; it takes precedence over the dispersal told beside it.', all: ['PROTEST', 'DEADLY'], none: ['RIOT', 'RIOT_WEAK', 'MINOR', 'MOB'], score: 93 },
      // case9p:
      // Neighbours: Attack (attack.kill-civilians 66: "Two people died", read alone, has no demonstration); Violent demonstration
      // (the demonstrators' violence told: NOT_FORCE_ON_PROTEST). group-mentions.ts joins it to the protest told just before and
      // retypes a dispersal as the excessive force (turnsDeadly).
      { id: 'protest.story-deaths', why: 'Codebook: Excessive force against protesters is peaceful demonstrators met with force that kills or seriously injures them; deaths or hospitalisations told right after a protest read as dispersed (STORY_DISPERSED), with no violence of the demonstrators or an armed side told, are that force.', all: ['DEADLY', 'STORY_DISPERSED'], none: NOT_FORCE_ON_PROTEST, deadlyAfterDispersal: true, score: 80 },
      // prot14:
      // Neighbours: Protest with intervention (the sentence after tells more dispersal, rubber bullets or tear gas among it:
      // PROTEST_FORCE, DISPERSE; or the harm as minor or none: MINOR, NO_HARM); Violent demonstration (NOT_FORCE_ON_PROTEST).
      { id: 'protest.story-harm', why: 'Codebook: Excessive force against protesters is peaceful demonstrators met with violence leading to serious or lethal injuries; people told as injured, wounded or beaten right after a protest read as dispersed, with no violence of theirs, no further dispersal and no minor harm told, were harmed by that force.', all: ['LETHAL_FORCE', 'STORY_DISPERSED'], none: [...NOT_FORCE_ON_PROTEST, 'PROTEST_FORCE', 'DISPERSE', 'MINOR', 'NO_HARM'], deadlyAfterDispersal: true, score: 80 },
      // prot16: Neighbours: Violent demonstration (the demonstrators strike police: the act's doer is no force, and their own
      // violence rules it out); Protest with intervention (harm told as minor or none: MINOR, NO_HARM); "workers struck for higher
      // pay" (a strike: no demonstrators as its object).
      { id: 'protest.forces-strike-demonstrators', why: 'Codebook: Excessive force against protesters is peaceful demonstrators targeted with violence leading to (possibly) serious injuries; a force that strikes, kicks, punches or batters demonstrators ("police struck demonstrators with clubs") beats them, as protest.lethal-force-by-state reads "beat".', all: ['BLOW_ACT', 'PROTEST'], object: 'PROTEST', objectAfter: true, reach: 3, act: { concept: 'BLOW_ACT', by: ['state'] }, none: ['RIOT', 'RIOT_WEAK', 'STONING', 'FIREBOMB', 'MINOR', 'NO_HARM', 'MOB', 'ARMED', 'MILITANT'], deadlyAfterDispersal: true, score: 90 },
    ] },
];
