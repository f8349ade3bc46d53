import { typingTable } from '../pipeline/events/test-helpers.js';

// world8 (issue 13): detentions by a de facto authority are Arrests (ACLED codebook, 2023: Arrests are detentions by state
// forces or other actors exercising de facto control of a territory); a group's detentions elsewhere stay abductions.
// [report, expected first sub-event type, the rule that types it]: one line a case, invented reports, never evaluation rows.
const CASES: Array<[string, string, string]> = [
  ["On 14 January 2025, Taliban intelligence detained a women's rights activist in Herat city (Herat, Herat).", 'Arrests', 'arrest.by-de-facto-authority'],
  ['SANAA, Yemen — Houthi rebels detained dozens of people in the capital Sanaa on Thursday for celebrating the anniversary of the revolution.', 'Arrests', 'arrest.by-de-facto-authority'],
  ['On 6 June 2025, Houthi security forces detained 4 UN staff members in Sanaa (Amanat al Asimah).', 'Arrests', 'arrest.by-de-facto-authority'],
  // A camp of the displaced is civilians' (event-cues CIVILIAN), no base an armed side is engaged at
  ['NYALA (Reuters) - The paramilitary RSF attacked a displacement camp outside Nyala on Sunday, killing 12 people, aid workers said.', 'Attack', 'attack.kill-civilians'],
  // …while a group that holds no government still abducts
  ['On 25 April 2025, BLA militants detained 3 NADRA employees at a roadblock near Panjgur (Balochistan).', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
];

typingTable('world8', CASES, '2025-12-31');
