import { typingTable } from '../pipeline/events/test-helpers.js';

// acled13 (issue 13): heavy weapons told by their kind or as used (ACLED codebook 2023, "Event Types and Sub-Event Types",
// Shelling/artillery/missile attack: "artillery, missile systems, or other heavy weapons platforms"). [report, expected first
// sub-event type, the rule that types it]: invented reports, never evaluation rows (more in test/probes/acled13.jsonl).
typingTable('acled13', [
  // Recoilless rifles (the B-10, the SPG-9) are crew-served guns firing shells from a distance: heavy weapons.
  ['On 3 March 2024, rebel forces reportedly fired recoilless rifles at houses in Arvella with no report of fatalities nor injuries.', 'Shelling/artillery/missile attack', 'shell.heavy-weapons'],
  ['Rebels fired B-10 guns at the outskirts of Arvella on Monday. No one was hurt.', 'Shelling/artillery/missile attack', 'shell.heavy-weapons'],
  // Heavy weapons told as used against a place were fired at it.
  ['On 3 March 2024, government forces used heavy weapons against residential areas of Arvella. No casualties were reported.', 'Shelling/artillery/missile attack', 'shell.heavy-weapons-used'],
  // Neighbours: Armed clash (heavy weapons used in a fight with an armed side), Excessive force against protesters (used on a
  // demonstration).
  ['On 3 March 2024, troops used heavy weapons to repel a rebel attack on Arvella, killing six fighters.', 'Armed clash', 'clash.militants-attack-forces'],
  ['On 3 March 2024, government forces used heavy weapons against protesters in Arvella, killing five.', 'Excessive force against protesters', 'protest.deadly-force'],
], '2024-06-10');
