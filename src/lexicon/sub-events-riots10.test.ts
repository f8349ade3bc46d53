import { typingTable } from '../pipeline/events/test-helpers.js';

// riots10 (issue 13): the protest and riot family told apart by who acts, what they do and what force meets them (ACLED
// codebook 2023, "Event Types and Sub-Event Types"). [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/riots10.jsonl).
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // A finite "died" after the grievance is the main clause's verb, told of a demonstrator (grievance.ends-at-finite-death).
  ['A student taking part in a demonstration against tuition fees in Arvella died on Monday after being hit by a tear gas canister fired by police.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Hundreds marched in Arvella on Monday to demand justice for a trader who died in police custody.', 'Peaceful protest', 'protest.gathering'],
  // The dead whose relatives demonstrate are their grievance (protest.kin-of-the-dead, earlier-deeds.ts).
  ['Relatives of miners killed in a collapse picketed the mining company\'s office in Arvella on Tuesday, demanding compensation.', 'Peaceful protest', 'protest.gathering'],
  ['Families of the fishermen who were shot by coastguards marched to the port in Arvella on Friday.', 'Peaceful protest', 'protest.gathering'],
  ['Relatives of the detainees were beaten by police during a protest outside the prison in Arvella, leaving four in hospital.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // What mourners carry of the dead is their grievance too (protest.kin-of-the-dead's memory nouns).
  ['Protesters held up pictures of those killed in last year\'s crackdown as they marched through Arvella on Thursday.', 'Peaceful protest', 'protest.gathering'],
  // A charge at people is the force's rush on them, no speech (attribution-cues.ts NOT_CUE_PAIRS): the injuries are its.
  ['At least 20 people were injured when police charged at protesters with batons in Arvella on Monday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // Force named by its lethal outcome, and gunshot wounds, are excessive force (DEADLY).
  ['Security forces launched a deadly crackdown on protesters in Arvella on Saturday.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Two protesters suffered gunshot wounds when police dispersed a rally in Arvella on Monday.', 'Excessive force against protesters', 'protest.deadly-force'],
  // A detention told in the passive is an arrest at the protest (DISPERSE "taken into custody").
  ['Dozens of demonstrators were taken into custody in Arvella on Saturday as they tried to march to the palace.', 'Protest with intervention', 'protest.dispersed'],
  // A force that blocks the demonstrators, told as its object, suppresses the protest (protest.forces-bar-protest).
  ['Police blocked protesters from reaching the presidential palace in Arvella on Wednesday.', 'Protest with intervention', 'protest.forces-bar-protest'],
  ['Protesters marched to the court in Arvella, where they blocked the road and chanted slogans.', 'Peaceful protest', 'protest.gathering'],
  // A crowd that attacks, beats or burns people or a house is a mob, whoever disperses it (mob.crowd-*-dispersed).
  ['A crowd attacked and burned the house of a suspected witch in Arvella on Saturday; police dispersed the crowd and rescued the woman.', 'Mob violence', 'mob.crowd-attacks-dispersed'],
  ['Supporters of two rival candidates fought with sticks and stones outside a polling station in Arvella on Thursday, police used tear gas to separate them.', 'Mob violence', 'mob.crowd-attacks-dispersed'],
  ['Protesters in Arvella threw stones at police, who fired tear gas to disperse them.', 'Violent demonstration', 'riot.protest-violence'],
  // A relative clause opened by "in which" about the grievance's noun needs no comma (grievance-relatives.ts).
  ['Hundreds rallied in Arvella on Saturday to honour victims of the shooting in which soldiers opened fire on protesters.', 'Peaceful protest', 'protest.gathering'],
  // Harm told as hurt, blinded or run over is force on the protesters; other riot-control means are an intervention.
  ['Several protesters were hurt when police fired tear gas at a rally in Arvella on Sunday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['A woman protester was run over by a police truck during demonstrations in Arvella on Friday.', 'Excessive force against protesters', 'protest.lethal-force'],
  ['Police fired tear smoke shells to disperse protesters in Arvella on Friday.', 'Protest with intervention', 'protest.dispersed'],
  ['Police apprehended 14 activists during a sit-in outside parliament in Arvella on Tuesday.', 'Protest with intervention', 'protest.dispersed'],
  ['Protesters marched in Arvella on Saturday; no one was hurt and police did not intervene.', 'Peaceful protest', 'protest.gathering'],
  // More ways a crowd demonstrates (PROTEST, PROTEST_WEAK), and a protest beside a flood is kept (nonevent.disaster.flood-storm).
  ['Thousands of opposition supporters massed in central Arvella on Sunday against the election results.', 'Peaceful protest', 'protest.gathering'],
  ['Residents poured into the streets of Arvella after a strong earthquake shook the city on Friday.', 'none', ''],
  ['Residents banged pots and pans from their balconies in Arvella on Tuesday night against the government.', 'Peaceful protest', 'protest.gathering'],
  ['Victims of last month\'s floods blocked the main road in Arvella on Friday to demand a fair share of relief aid.', 'Peaceful protest', 'protest.strike-or-vigil'],
  ['Hundreds of women assembled outside the governor\'s office in Arvella on Wednesday demanding an end to killings in their villages.', 'Peaceful protest', 'protest.strike-or-vigil'],
  // With no demonstration told, a cause is no demand: the crowd's violence after it is a mob's (riot.cause-is-no-demand).
  ['Enraged residents set fire to the home of a suspected killer in Arvella after the death of a child, police said.', 'Mob violence', 'mob.crowd-sets-fire'],
  ['Rival groups of students clashed at a university in Arvella, leaving 10 injured; police baton-charged both sides.', 'Mob violence', 'mob.crowd-clashes-dispersed'],
  // Demonstrators who set a vehicle alight or destroy property are violent (RIOT_WEAK "alight", "destroyed").
  ['Protesters besieged the governor\'s residence in Arvella and set a vehicle alight.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Demonstrators uprooted railway tracks and destroyed signal equipment in Arvella to protest against the army recruitment scheme.', 'Violent demonstration', 'riot.protest-turns-violent'],
  // Casualties, medical treatment, and firing into a crowd are force on the protesters (LETHAL_FORCE).
  ['Security forces dispersed the sit-in outside the army headquarters in Arvella, leaving dozens of casualties.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Troops fired into a crowd of protesters in Arvella on Saturday, witnesses said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Police fired into the air to disperse protesters in Arvella on Saturday.', 'Protest with intervention', 'protest.dispersed'],
  // A place's past told after ", where" and dated to another time is its memory, no force on this protest (protest.where-past).
  ['Protesters gathered in the main square of Arvella, where dozens were killed during the uprising, to demand the government\'s resignation.', 'Peaceful protest', 'protest.gathering'],
  ['Students held a sit-in at the university in Arvella, where three of their classmates were shot dead by security forces in June.', 'Peaceful protest', 'protest.gathering'],
  ['Protesters gathered in the main square of Arvella, where police opened fire on them, killing two.', 'Excessive force against protesters', 'protest.deadly-force'],
  // A participle after a determiner in the grievance describes its noun, no deed of the demonstrators.
  ['Villagers protested in Arvella on Sunday against the destroyed road and demanded its repair.', 'Peaceful protest', 'protest.gathering'],
];

typingTable('riots10', CASES, '2024-05-10');
