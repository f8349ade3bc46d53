import { typingTable } from '../pipeline/events/test-helpers.js';

// prot13 (issue 13): the demonstration family's readings of what is force used on this protest and what is not (ACLED
// codebook 2023, "Event Types and Sub-Event Types": Protests, Riots). [report, expected first sub-event type, the rule that
// types it]: invented reports, never evaluation rows (more in test/probes/prot13.jsonl).
typingTable('prot13', [
  // Codebook: Peaceful protest whatever its grievance; a death the demonstrators protest, told in a noun phrase that runs on
  // through "the death of …" (typing.ts dropGrievance, DEED_NOUN), after "in protest at", or at a funeral procession.
  ['Students rallied in Dorno on Friday to demand an inquiry into the death of a classmate killed by soldiers at a checkpoint.', 'Peaceful protest', 'protest.gathering'],
  // Neighbour: Violent demonstration (the demonstrators' own act told after the grievance's "by" phrase stays theirs).
  ['Youths protesting the killing of a trader by a soldier burnt down a police station in Kessa on Monday.', 'Violent demonstration', 'riot.protest-razes'],
  ['Crowds gathered in Arvella on Saturday in protest at the killing of two farmers by security forces.', 'Peaceful protest', 'protest.gathering'],
  ['A funeral procession for two protesters killed by police turned into a rally against the government in Kessa on Friday.', 'Peaceful protest', 'protest.gathering'],
  // A toll in the present perfect of a relative clause, and slogans in quotation marks, tell no force used on this protest.
  ['Thousands took part in an anti-war rally in Dorno on Saturday, demanding an end to the fighting that has killed thousands.', 'Peaceful protest', 'protest.gathering'],
  ['Demonstrators in Kessa chanted "stop killing us" as they marched to the governor\'s office on Monday.', 'Peaceful protest', 'protest.gathering'],
  // A protest told as going on after a killing answers it (protest-causes.ts, with a short grievance between).
  ['Protests against police brutality continued in Arvella for a fourth night on Tuesday, after officers shot dead an unarmed man.', 'Peaceful protest', 'protest.gathering'],
  // A death no one dealt: cold, a hunger strike ("a protesting farmer" is an adjective's participle: no grievance follows).
  ['A protesting farmer died of cold at the sit-in near Dorno on Tuesday, his fellow protesters said.', 'Peaceful protest', 'protest.gathering'],
  ['A hunger striker died on the 30th day of his protest outside the labour ministry in Arvella.', 'Peaceful protest', 'protest.gathering'],
  // Neighbours: Excessive force against protesters (the force used at this protest killed or maimed).
  ['Two demonstrators were shot dead by police during a march over fuel prices in Arvella on Sunday.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Police fired tear gas and water cannon at marchers in Kessa, and one protester lost an eye.', 'Excessive force against protesters', 'protest.deadly-force'],
  // Codebook: Protest with intervention covers armed groups or others interacting with peaceful protesters without serious
  // injuries; demonstrators told in the passive of an attacking verb are its object, not violent (demonstrators-harm.ts).
  ['Protesters in Arvella were attacked by supporters of the ruling party on Sunday, but no one was hurt.', 'Protest with intervention', 'protest.dispersed'],
  ['Demonstrators in Dorno were attacked by police with batons and tear gas on Monday; dozens were injured.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // Codebook: Mob violence; a crowd's deed told in a relative clause after the crowd a force disperses is the incident.
  // prot15b: "fired tear gas" is read whole as riot-control force, no gunfire (FIRED), so the dispersal's own row types it.
  ['Police fired tear gas at fans who fought each other outside the stadium in Dorno on Sunday.', 'Mob violence', 'mob.crowd-attacks-dispersed'],
], '2024-05-10');
