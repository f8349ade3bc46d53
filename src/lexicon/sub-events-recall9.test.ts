import { typingTable } from '../pipeline/events/test-helpers.js';

// recall9 (issue 13): reports the reader found no event in, though one is told (ACLED codebook 2023, "Event Types and
// Sub-Event Types"). [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows
// (more in test/probes/recall9.jsonl).
typingTable('recall9', [
  // An offensive told by its advance on a place not yet entered (recall9 rows, sub-events-*.ts; ADVANCE_TOWARD).
  ['Government forces advanced to within five kilometres of the rebel-held city of Adigrat on Sunday.', 'Government regains territory', 'territory.state-advances-on'],
  ['Troops close in on rebel stronghold in Shan state', 'Government regains territory', 'territory.state-advances-on'],
  // A belief word's noun twin that ends its clause is no attribution cue, so its quiet span no longer hides the headline's trigger
  // (claims/index.ts).
  ['Troops clash with militants in Lamu, arrest suspect', 'Armed clash', 'clash.fighting'],
  // A plan as what was foiled (PLOT: "plan to").
  ['Police say they have thwarted a plan to attack the parliament in Mogadishu.', 'Disrupted weapons use', 'disrupted.plot-foiled'],
  // A labour strike in the progressive (PROTEST_WEAK: "are striking").
  ['Doctors are striking in Kenya\'s public hospitals over pay', 'Peaceful protest', 'protest.strike-or-vigil'],
  // A base moved: the moving word with the base as its object (base.moved); troops moved stay a troop movement.
  ['The insurgents have moved their headquarters to the town of Jilib, intelligence officials say.', 'Headquarters or base established', 'base.moved'],
  ['The militia moved its headquarters to the town of Jilib.', 'Headquarters or base established', 'base.moved'],
  ['The UN moved its office to Nairobi last week.', 'none', ''],
  ['The army moved its troops to the border town of Kasumbalesa on Tuesday.', 'Change to group/activity', 'change.forces-sent'],
  ['The insurgents relocated their headquarters to the town of Jilib.', 'Headquarters or base established', 'base.established'],
  // A war's course ("have been fighting") is a tally unless hours ago are told (non-events.ts nonevent.tally.ongoing, unless TODAY).
  ['Soldiers and rebels have been fighting in and around the town since dawn, residents said.', 'Armed clash', 'clash.fighting'],
  ['The two clans have been fighting over grazing land for years.', 'none', ''],
  // A finding verb joined by "and" to another verb finds nothing told after it: no attribution cue (claims/index.ts).
  ['Explosive device found and defused on railway line in Balochistan', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // A headline's present tense with a plural subject finds as 'finds' does (INTERCEPT: "find").
  ['Police find explosives, arrest suspects in Mindanao raid', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // A place named with its holder before it stands further from the moving word (territory.*-advances-into-held, reach 6), and a
  // move back into a place lost before (ADVANCE_INTO "fought their way back into").
  ['Afghan forces pushed into the Taliban-held district of Nad Ali on Tuesday as part of an offensive aimed at clearing the insurgents.', 'Government regains territory', 'territory.state-advances-into-held'],
  ['Government troops fought their way back into the eastern town on Wednesday, ending a two-month occupation by the rebels.', 'Government regains territory', 'territory.state-advances-into'],
  // The fighting a deal ends is the deal's aim, read whole (AGREE_MORE "ending months of fighting"); fighting told beside a call
  // to end it stays a clash (and a call to stop it is no deal: test/golden/tripoli-clashes.json).
  ['The two armed groups signed a ceasefire in Juba on Thursday, ending months of fighting.', 'Agreement', 'agreement.signed'],
  ['Heavy fighting erupted in Sirte on Monday despite calls to end the fighting.', 'Armed clash', 'clash.fighting-bare'],
], '2022-03-14');
