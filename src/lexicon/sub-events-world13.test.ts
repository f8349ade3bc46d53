import { typingTable } from '../pipeline/events/test-helpers.js';

// world13 (issues 13, 14): reports in the English of other countries' press (ACLED codebook 2023, "Event Types and
// Sub-Event Types"). [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation
// rows (more in test/probes/world13.jsonl).
typingTable('world13', [
  // Codebook: Attack is violence by an armed, organised group against unarmed civilians; the force named in a relative
  // clause's passive ("who had been red-tagged by the army") did that clause's act, and is no victim of the killing.
  ['On 7 May 2024, a farmer leader who had been red-tagged by the army was shot dead by gunmen in Arvella.', 'Attack', 'attack.kill-civilians'],
  // Neighbour: Armed clash (the one killed is a member of a force).
  ['On 7 May 2024, a soldier was shot dead by gunmen in Arvella.', 'Armed clash', 'clash.kill-forces'],
  // Codebook: Armed clash is fighting between two armed, organised groups; "pitted X against Y" names the two sides.
  ['On 7 May 2024, fighting pitted the army against the rebels in the hills around Arvella.', 'Armed clash', 'clash.fighting'],
  // "armed civilians" (official Mexican wording) are armed men: their attack on soldiers is a clash.
  ['On 7 May 2024, army personnel were attacked by armed civilians in Arvella; three aggressors were killed.', 'Armed clash', 'clash.attack-on-forces'],
], '2024-06-10');
