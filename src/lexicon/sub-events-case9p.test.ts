import { typingTable } from '../pipeline/events/test-helpers.js';

// case9p (issue 13): the demonstration and riot family decided by who acts, on whom, with what (ACLED codebook 2023, "Event
// Types and Sub-Event Types"). [report, expected first sub-event type, the rule that types it]: invented reports, never
// evaluation rows (more in test/probes/case9p.jsonl).
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // A dispersal told as a noun inside the grievance is what they protest, no intervention (typing.ts nominalDeed).
  ['Opposition supporters marched in Arvella to denounce the violent dispersal of their rally by security forces a month earlier.', 'Peaceful protest', 'protest.gathering'],
  // The sticks and stones of a passive whose doer is a state force are its instrument (passive-instruments.ts).
  ['Farmers who were demonstrating against a new road were shot and beaten with sticks and stones by municipal police.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // Protests that break out after a killing answer it; a death in custody is the cause's (protest-causes.ts OUTBREAK, inCustody).
  ['Protests erupted in Arvella after a young man died in police custody.', 'Peaceful protest', 'protest.gathering'],
  ['Demonstrations spread across the region after police shot dead a lawyer.', 'Peaceful protest', 'protest.gathering'],
  // A deed dated earlier and a death no one dealt are no force on this protest (earlier-deeds.ts).
  ['Hundreds of mourners marched through Arvella with the body of a protester shot dead by police the day before.', 'Peaceful protest', 'protest.gathering'],
  ['A 70-year-old farmer taking part in the sit-in at the border died of a heart attack on Sunday.', 'Peaceful protest', 'protest.gathering'],
  ['Police shot dead two protesters in Arvella on Sunday, the day before the general strike.', 'Excessive force against protesters', 'protest.deadly-force'],
  // Demonstrators who assault or beat anyone do the violence themselves (demonstrators-harm.ts demonstratorsHarm).
  ['Protesters assaulted a police officer in Arvella during a march against a new tax.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Protesters were beaten by police in Arvella.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // Those who attack a demonstration use force on it (demonstrators-harm.ts attacksOnDemonstrators).
  ['Supporters of the ruling party attacked a peaceful demonstration by students in Arvella with sticks, injuring several of them slightly.', 'Protest with intervention', 'protest.minor-injuries'],
  // Deaths told right after a dispersal make it excessive force (protest.story-deaths; group-mentions.ts turnsDeadly).
  ['Police fired tear gas to disperse protesters in Arvella on Thursday. Two people died and dozens were injured, medics said.', 'Excessive force against protesters', 'protest.story-deaths'],
  ['Security forces used tear gas and water cannon against thousands of demonstrators in Arvella, wounding 30.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // A crowd that catches a suspect and sets him ablaze is a mob, not an arrest (split-particles.ts; act-agents.ts ACTS).
  ['A group of residents caught a suspected kidnapper in Arvella and set him ablaze on Monday.', 'Mob violence', 'mob.crowd-burns'],
  ['Residents set a suspected kidnapper ablaze in Arvella on Monday.', 'Mob violence', 'mob.crowd-burns'],
  // An effigy burnt is the demonstrators' own symbol (effigies.ts).
  ['Youth wing members burnt an effigy of the opposition leader outside the party office in Arvella.', 'Peaceful protest', 'protest.gathering'],
  // A toll told in the perfect since a start, a deed owned by "last week's", a fast or a stampede are no force on this
  // protest (earlier-deeds.ts); a stampede set off by tear gas is.
  ['Thousands rallied in Arvella on Friday, the latest in a wave of protests in which more than 450 people have been killed since October.', 'Peaceful protest', 'protest.gathering'],
  ['The rally in Arvella was peaceful, unlike last week\'s protests in which three people were killed.', 'Peaceful protest', 'protest.gathering'],
  ['Three hunger-striking teachers were hospitalised on the tenth day of their fast outside the ministry in Arvella.', 'Peaceful protest', 'protest.gathering'],
  ['Police fired tear gas at protesters in Arvella, causing a stampede in which two people were killed.', 'Excessive force against protesters', 'protest.deadly-force'],
];

typingTable('case9p', CASES, '2024-05-10');
