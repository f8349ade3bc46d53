import { typingTable } from '../pipeline/events/test-helpers.js';

// dwu13 (issue 13): Disrupted weapons use and its neighbours (ACLED codebook 2023, "Event Types and Sub-Event Types",
// Strategic developments: interceptions, bombs defused, caches seized, devices that explode while being planted or
// transported). [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows
// (more in test/probes/dwu13.jsonl; where interceptions are placed: src/pipeline/events/interceptor-ground.test.ts).
typingTable('dwu13', [
  // Codebook: a device that goes off in the hands of those carrying or planting it (MISFIRE, told with a pronoun subject).
  ['A suspected insurgent died when the explosives he was carrying on a motorbike blew up near Arvella on Friday.', 'Disrupted weapons use', 'disrupted.premature-detonation'],
  ['Three militants were killed when the bomb they were transporting exploded on a road outside Arvella.', 'Disrupted weapons use', 'disrupted.premature-detonation'],
  ['A roadside bomb went off while being planted near Arvella, killing the two men who placed it.', 'Disrupted weapons use', 'disrupted.premature-detonation'],
  ['Two militants were killed when the bomb they were planting on a road outside Arvella exploded prematurely.', 'Disrupted weapons use', 'disrupted.premature-detonation'],
  // Neighbours: Remote explosive/landmine/IED (a vehicle carrying people hits a device: no one carried the bomb).
  ['A bus carrying passengers hit a landmine near Arvella on Monday, killing six people.', 'Remote explosive/landmine/IED', 'explosive.device'],
  ['An improvised explosive device exploded under a military vehicle near Arvella on Monday, killing two soldiers.', 'Remote explosive/landmine/IED', 'explosive.device'],
  // Interceptions, defusals, caches (the rows before this round).
  ['Air defence units shot down a drone over Arvella on Thursday night; no casualties were reported.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Police bomb experts defused an improvised explosive device planted under a bridge near Arvella on Wednesday.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Soldiers found a weapons cache containing 15 rifles, a machine gun and ammunition in a cave near Arvella.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  // Neighbours: Grenade, Arrests, Looting/property destruction.
  ['Unknown men threw a grenade into a bar in Arvella on Saturday night, wounding five customers.', 'Grenade', 'grenade.thrown'],
  ['Police arrested three men suspected of smuggling weapons in Arvella on Tuesday.', 'Arrests', 'arrest.by-state'],
], '2024-05-10');
