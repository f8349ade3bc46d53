import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, typingTable } from '../pipeline/events/test-helpers.js';

// clash9 (issue 13): the violence family on reports from elsewhere (ACLED codebook 2023: an Armed clash is armed, organised
// sides engaging each other; an Attack is an organised armed group's violence on people who cannot fight back; Shelling is
// long-range fire with no ground fighting; Looting/property destruction harms no one). Who is the target (armed or not), did
// an armed side fight the attackers, was the long-range fire part of a fight. [report, expected first sub-event type, the rule
// that types it]: one line a case, invented reports, never evaluation rows (more in test/probes/clash9.jsonl).
const CASES: Array<[string, string, string]> = [
  // An attack engaged by an armed side the next sentence is one Armed clash (group-mentions.ts type.attack-fought-back)
  ['On 4 May 2024, gunmen attacked a village near Arvella and killed a herder. Soldiers arrived and engaged the attackers, killing three.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 4 May 2024, militants attacked Arvella, burning houses. Troops fought them off.', 'Armed clash', 'clash.repelled-them'],
  ['On 4 May 2024, militiamen raided Arvella and stole cattle. Hunters of a local militia routed the assailants.', 'Armed clash', 'clash.armed-side-repelled'],
  // …a later killing elsewhere is ACLED's next event, not the attack fought
  ['On 4 May 2024, gunmen attacked a village near Arvella and killed a herder. Troops later killed two of the attackers in Brennick.', 'Attack', 'attack.kill-civilians'],
  // An armed side repelled
  ['On 4 May 2024, soldiers repelled the attackers near Arvella.', 'Armed clash', 'clash.armed-side-repelled'],
  // Shelling inside a fight told first is the battle's; shelling told first stays shelling
  ['On 4 May 2024, clashes erupted between rebels and government forces in Arvella amid heavy artillery shelling. Unknown fatalities.', 'Armed clash', 'clash.fighting-with-shelling'],
  ['On 4 May 2024, government forces shelled Arvella amid ongoing clashes with rebels. 2 civilians killed.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // Armed sides by name or kind: hunters' brotherhoods, defence volunteers, rival factions, CAFGU, Asayish
  ['On 4 May 2024, militants attacked traditional hunters in Arvella. 6 hunters were killed.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 4 May 2024, gunmen attacked a group of local defence volunteers in Arvella, killing five.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 4 May 2024, cartel gunmen killed five members of a rival faction in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, NPA rebels killed a CAFGU member in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, unknown gunmen killed an Asayish member in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, unidentified gunmen shot dead a fighter of the rebel brigade in Arvella. 1 fatality.', 'Armed clash', 'clash.kill-forces'],
  // Killed in a confrontation: fighting
  ['On 4 May 2024, police officers killed four suspects in a confrontation in Arvella. 4 fatalities.', 'Armed clash', 'clash.fighting'],
  // A force's member abducted and killed is an armed side's dead; a civilian's is an Attack
  ['On 4 May 2024, separatist fighters kidnapped and killed a soldier in Arvella. 1 fatality.', 'Armed clash', 'clash.abducted-force-killed'],
  ['On 4 May 2024, militants kidnapped and shot dead a shopkeeper in Arvella.', 'Attack', 'attack.abducted-and-killed'],
  // Former combatants are civilians
  ['On 4 May 2024, unidentified gunmen killed a former FARC combatant in Arvella. 1 fatality.', 'Attack', 'attack.kill-civilians'],
  // A bombing told with its mortars or rockets is shelling, not a state's air strike (air.bombed-by-state reads no shell weapon)
  ['On 4 May 2024, government forces bombed homes in Arvella with mortars, killing a child.', 'Shelling/artillery/missile attack', 'shell.rocket-harm'],
  // Installations sabotaged or burned, no one harmed
  ['On 4 May 2024, guerrillas sabotaged an electricity tower in Arvella. No casualties.', 'Looting/property destruction', 'loot.armed-sabotage'],
  ['On 4 May 2024, gunmen attacked and burned a power substation in Arvella. No casualties.', 'Looting/property destruction', 'loot.attack-on-property'],
];

typingTable('clash9', CASES, '2024-05-10');

test('clash9 type.attack-fought-back: the attack and the fight are one incident, the engaging side its actor2', () => {
  const { events } = readArticle('On 4 May 2024, militants attacked Arvella, burning houses. Troops fought them off.', '2024-05-10');
  assert.equal(events.length, 1);
  assert.ok(events[0].why?.type?.some((r) => r.rule === 'type.attack-fought-back'));
  assert.match(events[0].actor2?.name ?? '', /^Military Forces/);
});
