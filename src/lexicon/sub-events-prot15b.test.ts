import { typingTable } from '../pipeline/events/test-helpers.js';

// prot15b (issue 13): the protest family read through attribution, chasing off and brief detention, and a crowd's fight told
// before the force that breaks it up (ACLED codebook 2023, "Event Types and Sub-Event Types": Protest with intervention, a
// peaceful protest that forces attempt to disperse or suppress without serious/lethal injuries; Excessive force against
// protesters; Violent demonstration; Mob violence, rioters interacting with other rioters or civilians outside a demonstration).
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/prot15b.jsonl).
typingTable('prot15b', [
  // A reported act is still the event: "X, witnesses said" leaves the force's act in X (claims/noun-phrase.ts misreadPast).
  ['Police shot at demonstrators in Kessa, witnesses said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Police shot at demonstrators, residents said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Soldiers shot at protesters in Dorno, an activist said.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  // Neighbour: a protest told by witnesses, no force.
  ['Hundreds of people protested in Arvella on Friday against rising prices, witnesses said.', 'Peaceful protest', 'protest.gathering'],
  // Chased or driven off, held briefly: Protest with intervention.
  ['Police chased away students who had gathered outside the university in Arvella on Monday to protest fee increases.', 'Protest with intervention', 'protest.driven-off'],
  ['Police drove away traders who had gathered outside the town hall in Dorno on Monday to protest new taxes.', 'Protest with intervention', 'protest.driven-off'],
  ['Protesters were chased away by police in Arvella on Monday.', 'Protest with intervention', 'protest.driven-off'],
  ['Protesters were briefly held by police in Dorno on Tuesday.', 'Protest with intervention', 'protest.dispersed'],
  // A protest participle's object ends at a finite "were" (typing.ts dropGrievance); a short detention told split (split-particles.ts).
  ['Students protesting fee increases were chased away by police in Arvella on Monday.', 'Protest with intervention', 'protest.driven-off'],
  ['Police held several protesters for a few hours after a march in Arvella on Friday.', 'Protest with intervention', 'protest.dispersed'],
  // Neighbours: what the protesters protest told with its own relative clause; a sit-in or placards held for hours.
  ['Students protesting the death of a classmate who was shot by police marched through Arvella on Monday.', 'Peaceful protest', 'protest.gathering'],
  ['Protesters held a sit-in for several hours outside the ministry in Kessa on Monday.', 'Peaceful protest', 'protest.gathering'],
  ['Demonstrators held placards for hours outside the court in Arvella on Tuesday.', 'Peaceful protest', 'protest.gathering'],
  // Neighbours: demonstrators who chase off a reporter (the doer is no force); a rally held.
  ['Protesters chased away a journalist during a march in Arvella on Friday.', 'Peaceful protest', 'protest.gathering'],
  ['Protesters held a rally in Dorno on Tuesday.', 'Peaceful protest', 'protest.gathering'],
  // A crowd's fight, then the force: the police of the later clause are no side of the fight.
  ['Herders and farmers clashed in Dorno on Monday, and police used tear gas to separate them.', 'Mob violence', 'mob.crowd-clashes-dispersed'],
  ['Villagers from two communities clashed over farmland near Kessa on Sunday and police fired tear gas to disperse them.', 'Mob violence', 'mob.crowd-clashes-dispersed'],
  // Neighbours: demonstrators who fight, then are tear-gassed; a force fired tear gas at peaceful protesters.
  ['Hundreds of demonstrators clashed with supporters of the governor in Kessa on Sunday before police fired tear gas to disperse them.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Police fired tear gas at peaceful protesters in Kessa on Monday.', 'Protest with intervention', 'protest.dispersed'],
  ['Police shot tear gas at demonstrators in Kessa, witnesses said.', 'Protest with intervention', 'protest.dispersed'],
], '2024-05-10');
