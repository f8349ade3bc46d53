import { typingTable } from '../pipeline/events/test-helpers.js';

// prot14 (issue 13): the protest family's near neighbours, decided by who acts on whom and with what (ACLED codebook 2023,
// "Event Types and Sub-Event Types": Peaceful protest; Protest with intervention, an attempt to disperse or suppress "without
// serious/lethal injuries being reported or the targeting of protesters with lethal weapons"; Excessive force against
// protesters, violence leading to serious or lethal injuries; Violent demonstration, the demonstrators' own violence; Mob
// violence, a crowd's violence with no demonstration). [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/prot14.jsonl).
typingTable('prot14', [
  // Force told with no one hurt or with minor injuries only: Protest with intervention (protest.no-one-hurt, NO_HARM; MINOR).
  ['Police fired rubber bullets to disperse protesters in Dorno on Sunday; no injuries were reported.', 'Protest with intervention', 'protest.no-one-hurt'],
  ['Police baton-charged job seekers protesting in Kolkata on Monday, leaving several with minor injuries.', 'Protest with intervention', 'protest.minor-injuries'],
  // Neighbour: live fire told with no one hurt stays Excessive force (DEADLY rules the reading out; codebook: targeting with lethal weapons).
  ['Police fired live rounds at protesters in Kessa on Monday; no injuries were reported.', 'Excessive force against protesters', 'protest.deadly-force'],
  // Beating, stabbing and shooting at demonstrators told in other words (LETHAL_FORCE), martyrdom and hospital care (DEADLY).
  ['Security forces whipped demonstrators in Arvella on Friday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Protesters were stabbed by unknown assailants during a sit-in in Arvella on Monday.', 'Excessive force against protesters', 'protest.lethal-force'],
  ['Soldiers fired shots at protesters in Arvella on Tuesday.', 'Excessive force against protesters', 'protest.lethal-force-by-state'],
  ['Police dispersed protesters in Kessa on Monday; two of them were martyred.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Police dispersed the demonstrators in Arvella, with several protesters needing hospital treatment.', 'Excessive force against protesters', 'protest.deadly-force'],
  // What the demonstrators defy or blame is their grievance, not force at this protest (protest-readings.ts WHAT_THEY_DEFY, WHAT_THEY_BLAME).
  ['Protesters took to the streets of Kessa again on Sunday despite the military\'s deadly crackdown.', 'Peaceful protest', 'protest.gathering'],
  ['Demonstrators rallied in Dorno on Friday, undeterred by the killing of two protesters last week.', 'Peaceful protest', 'protest.gathering'],
  ['Protesters in Arvella on Friday blamed the police for the deaths of two men in custody.', 'Peaceful protest', 'protest.gathering'],
  // Neighbours: force used at this protest, with "despite" or "blamed" elsewhere in the sentence.
  ['Police opened fire on protesters in Kessa on Monday despite their peaceful chants, killing two.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Police blamed protesters for the violence after officers shot dead two demonstrators in Kessa on Monday.', 'Excessive force against protesters', 'protest.deadly-force'],
  // Verbs of pushing, handling roughly or clearing with the demonstration as object (SUPPRESSING_DEMONSTRATORS), force named as used.
  ['Police manhandled protesting students in Kessa on Monday.', 'Protest with intervention', 'protest.dispersed'],
  ['Police pushed and shoved protesters in Dorno on Monday.', 'Protest with intervention', 'protest.dispersed'],
  ['Police used force against protesters in Arvella on Monday.', 'Protest with intervention', 'protest.dispersed'],
  // Neighbours: the demonstrators' own violence; a crowd with no demonstration.
  ['Protesters stormed the parliament building in Kessa on Monday.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['A mob lynched a suspected thief in Arvella despite police presence.', 'Mob violence', 'mob.violence'],
], '2024-05-10');
