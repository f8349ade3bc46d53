import { typingTable } from '../pipeline/events/test-helpers.js';

// world14 (issue 13): readings that generalise to countries and outlets the dev sets lack (ACLED codebook 2023, "Event Types
// and Sub-Event Types": Explosions/Remote violence, Protests). [report, expected first sub-event type, the rule that types it]:
// invented reports, never evaluation rows (more in test/probes/world14.jsonl).
typingTable('world14', [
  // Codebook: Grenade is a grenade "or any other similarly hand-thrown explosive, such as an IED that is thrown".
  ['A pipe bomb was thrown at police officers in Kessa on Tuesday night. No one was injured.', 'Grenade', 'grenade.bomb-thrown'],
  ['Two men on a motorbike hurled an explosive device at a shop in Arvella on Friday, wounding the owner.', 'Grenade', 'grenade.bomb-thrown'],
  // Neighbours: Remote explosive/landmine/IED (a device planted or hidden, no throwing told); a fire bomb thrown is no
  // explosive of this kind (FIREBOMB rules the row out).
  ['A bomb planted under a car exploded in Kessa on Tuesday, killing the driver.', 'Remote explosive/landmine/IED', 'explosive.device'],
  ['A grenade was thrown into a bar in Dorno on Saturday, wounding four people.', 'Grenade', 'grenade.thrown'],
  // Codebook: Protest with intervention is a peaceful protest that forces try to disperse or suppress, arrests among the means;
  // people detained as they gather at a place to state a demand are demonstrators.
  ['Police detained dozens of young people in Arvella on Saturday as they tried to gather in front of parliament to demand better hospitals.', 'Protest with intervention', 'protest.gathering-arrested'],
  ['Security forces arrested 30 people gathering outside the governor\'s office in Dorno to demand the release of a journalist.', 'Protest with intervention', 'protest.gathering-arrested'],
  // Neighbours: Arrests (no gathering told: a detention over words at a rally, or a raid).
  ['Police in Kessa arrested an opposition leader on Friday on charges of sedition, a police spokesperson said.', 'Arrests', 'arrest.by-state'],
  ['Police arrested five suspected gang members in a raid on a house in Arvella on Sunday.', 'Arrests', 'arrest.by-state'],
], '2024-05-10');
