import { typingTable } from '../pipeline/events/test-helpers.js';

// case16 (issue 13): events a mechanism dropped or typed as the wrong family (ACLED codebook 2023, "Event Types and Sub-Event
// Types"). [report, expected first sub-event type ('none': no incident), the rule that types it ('' for none)]: invented reports,
// never evaluation rows (more in test/probes/case16.jsonl).
typingTable('case16', [
  // A tally or habit told in a sentence's first clause governs neither the incident word nor the count of a coordinated clause
  // with a subject of its own (coordinated-clause.ts). Codebook: Remote explosive/landmine/IED covers explosives that go off.
  ['Several explosive devices have been found around Arvella since September, and two children have died in an explosion.', 'Remote explosive/landmine/IED', 'explosive.killed-in-blast'],
  ['Several explosive devices have been found around Arvella this year, and two children died in an explosion on Monday.', 'Remote explosive/landmine/IED', 'explosive.killed-in-blast'],
  ['Rebels have attacked the town repeatedly, and on Monday the army shelled their positions near Arvella.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // Neighbours: the habit told alone, or a second verb with no subject of its own, stays a tally.
  ['Rebels have attacked the town repeatedly near Arvella.', 'none', ''],
  ['Police have seized explosives near Kessa repeatedly, and defused three bombs.', 'none', ''],
  // People hurt in a blast beside devices found are the blast's; devices found with no harm stay Disrupted weapons use.
  ['Soldiers detected a landmine near Kessa last week, and on Monday a farmer was injured in a blast nearby.', 'Remote explosive/landmine/IED', 'explosive.hurt-in-blast'],
  ['Several explosive devices were found near Dorno on Monday and defused by the bomb squad.', 'Disrupted weapons use', 'disrupted.weapons-seized'],
  ['Two children died in an explosion near Arvella on Monday.', 'Remote explosive/landmine/IED', 'explosive.device'],
  // The blast told as the subject of the harm verb, right before it; a weapon found beside a killing in a raid stays the fight.
  ['Security forces have defused bombs in Kessa, and on Monday a blast killed three soldiers on patrol.', 'Remote explosive/landmine/IED', 'explosive.blast-killed'],
  ['Troops found explosives and killed two militants in a raid near Kessa.', 'Armed clash', 'clash.kill-forces'],
  // A crowd word that is the source of a reporting verb is a witness, no crowd that acts (reporting-crowd.ts). Codebook: Armed
  // clash is armed organised groups fighting; Mob violence and riots are a crowd's own violence.
  ['Residents reported heavy gunfire between troops and rebels in Arvella on Sunday.', 'Armed clash', 'clash.fire-on-forces'],
  ['Residents reported heavy fighting between troops and rebels in Arvella on Sunday.', 'Armed clash', 'clash.fighting'],
  // Neighbours: a crowd that acts, or that says it acted, is still the crowd.
  ['Villagers said they lynched a suspected thief in Kessa.', 'Mob violence', 'mob.violence'],
  ['Angry residents stoned a police station in Dorno on Friday.', 'Mob violence', 'mob.crowd-stones'],
  // A "where" clause about a place told in the present perfect is the place's state, a war's course told as background
  // (relative-clauses.ts). Codebook: Agreement covers ceasefires; each event is one interaction on one day.
  ['The African Union welcomed the ceasefire agreed between the government and the rebels in Kessa, where fighting has killed hundreds.', 'Agreement', 'agreement.agreed'],
  ['Mediators announced a truce in Kessa, where fighting between rebels and troops has left scores dead.', 'Agreement', 'agreement.signed'],
  // Neighbours: a "where" clause in the past tense may be the news itself; the war's toll told alone stays a clash.
  ['Troops were deployed to Kessa, where gunmen killed five villagers on Sunday.', 'Attack', 'attack.kill-civilians'],
  ['Fighting between the army and the rebels has killed hundreds in Kessa.', 'Armed clash', 'clash.fighting'],
  // A foiled suicide attack or plot stays what the foiling rows read, though a death is told beside it (mentions.ts
  // FOILED_OBJECTS). Codebook: Disrupted weapons use covers attacks foiled before the weapon is used.
  ['Security forces foiled a suicide attack in Kessa, killing the bomber before he could detonate his vest.', 'Disrupted weapons use', 'disrupted.bombing-foiled'],
  // Neighbour: a plot foiled by arrests stays the arrests (a plot is no weapon kept for the foiling rows).
  ['Police foiled a plot to bomb a market in Kessa, arresting three men.', 'Arrests', 'arrest.by-state'],
  // Neighbour: a foiled bomb attack told with a death stays unread as a blast.
  ['Police thwarted an attack on a church in Kessa, killing two gunmen.', 'Armed clash', 'clash.forces-move-on-militants'],
], '2024-05-10');
