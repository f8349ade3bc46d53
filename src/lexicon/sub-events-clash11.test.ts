import { typingTable } from '../pipeline/events/test-helpers.js';

// clash11 (issue 13): a fight told by one verb or idiom, and the heavy weapons of a fight read as the fight's. ACLED codebook
// 2023: an Armed clash is armed, organised sides engaging each other; Shelling/artillery/missile attack is one-sided fire from
// afar; Mob violence is rioters' violence. [report, expected first sub-event type, the rule that types it]: one line a case,
// invented reports, never evaluation rows (more in test/probes/clash11.jsonl).
const CASES: Array<[string, string, string]> = [
  // Fire traded, with the weapon named between (clash.fire-traded); an artillery duel stays shelling, unless small arms are fired
  ['On 4 May 2024, soldiers and rebels traded shots near Arvella, killing two soldiers.', 'Armed clash', 'clash.fire-traded'],
  ['On 4 May 2024, soldiers and rebels exchanged mortar fire and gunfire near Arvella, killing two soldiers.', 'Armed clash', 'clash.fire-traded-small-arms'],
  ['On 4 May 2024, the two armies exchanged artillery fire across the border near Arvella.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // Fire answered beside the mortars the attackers used (clash.fire-answered-beside-shelling)
  ['On 4 May 2024, militants attacked an army post near Arvella with mortars; soldiers returned fire. 2 fatalities.', 'Armed clash', 'clash.fire-answered-beside-shelling'],
  ['On 4 May 2024, militants fired mortars at a market in Arvella, killing three civilians.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
  // A fight told by one finite verb of an armed side (clash.armed-side-fought); a crowd's fight stays a mob's
  ['On 4 May 2024, tribal fighters fought a rival tribe in Arvella. 7 fatalities.', 'Armed clash', 'clash.armed-side-fought'],
  ['On 4 May 2024, youths from two villages fought with machetes in Arvella, leaving two dead.', 'Mob violence', 'mob.crowd-attacks'],
  // To shoot it out is a gunfight (CLASH)
  ['On 4 May 2024, police and suspected armed robbers shot it out in Arvella. Three robbers were killed.', 'Armed clash', 'clash.fighting'],
  // An assault repelled in a fight, whatever weapon repelled it (clash.assault-repelled-in-fight); a missile intercepted stays disrupted
  ['On 4 May 2024, the army and rebels fought near Arvella, with the army using artillery to repel the assault.', 'Armed clash', 'clash.assault-repelled-in-fight'],
  ['On 4 May 2024, air defences repelled a drone attack on Arvella.', 'Disrupted weapons use', 'disrupted.intercepted'],
  // Local defence groups told by other group nouns, and a vigilante group's members by their role, are an armed side (ARMED)
  ['On 4 May 2024, gunmen killed a member of a community defence group in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed two members of a village self-defence unit in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, armed men killed a vigilante commander in an ambush outside Arvella.', 'Armed clash', 'clash.fighting'],
  // The people of a town and road users named together as who acts are a crowd (CROWD): rioters, not an armed group
  ['On 4 May 2024, townspeople beat to death a suspected thief in Arvella.', 'Mob violence', 'mob.crowd-beats-anyone'],
  ['On 4 May 2024, angry motorists attacked a bus driver in Arvella, injuring him.', 'Mob violence', 'mob.crowd-attacks'],
];

typingTable('clash11', CASES, '2024-05-10');
