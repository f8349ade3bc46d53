import { typingTable } from '../pipeline/events/test-helpers.js';

// clash7 (issue 13): the violence family's boundaries (ACLED codebook 2023, "Event Types and Sub-Event Types"): a fight whose
// subject names both sides (a crowd's sides are rioters: Mob violence; forces' sides are armed: Armed clash); "with" a weapon
// names no other side; only armed sides exchange fire; an abduction with a killing is an Attack; people carried off by an
// armed group are abducted. [report, expected first sub-event type, the rule that types it]: one line a case, invented
// reports in ACLED-note and wire styles from many countries, never evaluation rows (more in test/probes/clash.jsonl).
const CASES: Array<[string, string, string]> = [
  // A fight verb whose coordinated subject is both sides (fight-sides.ts subjectHoldsSides)
  ['On 22 February 2024, supporters of the APC and the PDP clashed at a polling unit in Ikeja (Lagos). Several people were injured.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 2 May 2024, supporters of the TMC and the BJP clashed in Sandeshkhali (North 24 Parganas, West Bengal). Ten people were injured.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 7 July 2024, youths of Ife and Modakeke clashed in Ile-Ife (Osun), leaving three dead.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 12 April 2024, supporters of the BJP and the Congress clashed in Bhopal (Madhya Pradesh). The police used force to disperse them.', 'Mob violence', 'mob.crowd-clashes'],
  ['Supporters of the ODM and the Jubilee Party clash in Kisumu ahead of the vote.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 6 October 2024, Ukrainian and Russian forces fought near Vuhledar (Donetsk). Both sides reported losses.', 'Armed clash', 'clash.attack-on-forces'],
  // "with" a weapon is the instrument (fight-sides.ts withInstrument)
  ['On 2 June 2024, residents of two neighbouring villages fought with sticks and knives over farmland in Sennar (Sennar), leaving two dead.', 'Mob violence', 'mob.crowd-attacks'],
  // Only armed sides exchange fire (GUNFIGHT): vigilantes in a gunfight are no mob
  ['On 19 August 2024, vigilantes engaged armed bandits in a gun battle at Tsafe (Zamfara), leaving five bandits dead.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 9 September 2024, armed herders and vigilantes exchanged fire in Bokkos (Plateau), leaving four dead.', 'Armed clash', 'clash.fighting-bare'],
  // An abduction with a killing is an Attack
  ['On 1 May 2024, gunmen abducted a farmer in Kajuru (Kaduna) and killed him.', 'Attack', 'attack.abducted-and-killed'],
  ['On 23 October 2024, militants kidnapped and shot dead a shopkeeper in Bannu (Khyber Pakhtunkhwa).', 'Attack', 'attack.abducted-and-killed'],
  ['On 23 February 2024, bandits abducted a farmer in Kankara (Katsina) and shot him dead.', 'Attack', 'attack.abducted-and-shot-dead'],
  // …and with no further violence, an abduction
  ['On 7 March 2024, bandits abducted 287 pupils from a school in Kuriga (Kaduna).', 'Abduction/forced disappearance', 'abduction.kidnap'],
  // People carried off by an armed group
  ['On 15 January 2024, gunmen invaded Bwari (FCT) and whisked away a family of six.', 'Abduction/forced disappearance', 'abduction.carried-off'],
  ['On 20 May 2024, armed men whisked away a Catholic priest from his parish house in Gwagwalada (FCT).', 'Abduction/forced disappearance', 'abduction.carried-off'],
  // People told as armed are an armed group (hit-readings.ts armedPeople)
  ['On 18 April 2024, armed youths burned down houses in Tonj (Warrap). No casualties were reported.', 'Looting/property destruction', 'loot.demolished'],
  ['On 2 March 2024, armed youths from Jonglei attacked cattle camps guarded by armed herders in Pibor (Greater Pibor). Fighting left 12 dead.', 'Armed clash', 'clash.attack-on-forces'],
  // A charge tells no act (hit-readings.ts dropCharges)
  ['On 18 May 2024, residents lynched a man suspected of rape in Campina Grande (Paraiba).', 'Mob violence', 'mob.violence'],
  ['A mob beat to death a man accused of kidnapping a child in Kano on Friday.', 'Mob violence', 'mob.violence'],
  // …but an accusation told with its own "be" is the report's (alleged) act, and a charge ends at the verb
  ['Soldiers were accused of raping women during a raid on a village near Kumbo.', 'Sexual violence', 'sexual.violence'],
  ['Two men suspected of cattle theft were beaten to death by villagers in Nakuru on Sunday.', 'Mob violence', 'mob.crowd-kills'],
  // A force told as an owner is no party (hit-readings.ts dropOwners)
  ['On 14 April 2024, gunmen attacked the house of a police officer in Orlu (Imo) and killed his two sons.', 'Attack', 'attack.kill-civilians'],
  // An ambush on civilians is an attack; on a force, a clash
  ['On 12 December 2024, unknown gunmen ambushed a passenger vehicle on the Juba-Nimule road, killing three civilians.', 'Attack', 'attack.ambush-on-civilians'],
  ['On 8 May 2024, al-Shabaab militants ambushed a Kenya Defence Forces patrol near Lamu (Lamu). A soldier was killed.', 'Armed clash', 'clash.fighting'],
  // A crowd that attacks anything is rioting
  ['On 16 October 2024, villagers attacked a forest department team in Gadchiroli (Maharashtra), injuring two officials.', 'Mob violence', 'mob.crowd-attacks-anything'],
  // The attack's own object decides, not a force named elsewhere (clash.militants-attack-forces reads the patient)
  ['On 4 June 2024, militants attacked a shopkeeper near an army camp in Poonch (Jammu and Kashmir).', 'Attack', 'attack.noun'],
  ['On 30 September 2024, military troops raided a village in Myinmu (Sagaing) and killed five villagers suspected of supporting the PDF.', 'Attack', 'attack.kill-civilians'],
  ['On 16 June 2024, Boko Haram fighters attacked a military post in Mora (Mayo-Sava, Extreme-Nord). A soldier was killed.', 'Armed clash', 'clash.militants-attack-forces'],
  // State forces moving on a place where an armed group is told engage it
  ['Troops raided a school in Bama, saying Boko Haram insurgents had used it as a hideout.', 'Armed clash', 'clash.forces-move-on-militants'],
  // Community and self-defence forces are armed sides; a people word that begins a force's name is part of it
  ['On 2 May 2024, militants attacked a village, killing three members of the local self-defence group in Seno (Sahel).', 'Armed clash', 'clash.kill-armed-patient'],
  ['On 1 October 2024, unknown gunmen killed a village defence guard in Kathua (Jammu and Kashmir).', 'Armed clash', 'clash.kill-forces'],
  ['On 25 November 2024, gunmen opened fire on a passenger convoy in Kurram (Khyber Pakhtunkhwa), killing 42 people.', 'Attack', 'attack.kill-civilians'],
  // Civilians who fight each other are a crowd fighting itself (fight-sides.ts civiliansFightEachOther)
  ['On 7 July 2024, rival student groups attacked each other with machetes at a university in Benin City (Edo).', 'Mob violence', 'mob.crowd-attacks'],
  ['On 19 August 2024, fishermen from two villages clashed over fishing rights in Lake Albert, injuring six.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 19 June 2024, members of two rival families fought over a water channel in Sheikhupura (Punjab). Three people were injured.', 'Mob violence', 'mob.crowd-attacks'],
  // Fire and blows exchanged (news wording): snipers are armed sides, blows a brawl
  ['On 8 June 2024, pro-Houthi forces and pro-Hadi forces exchanged sniper fire on the Hays front (Al Hudaydah).', 'Armed clash', 'clash.fighting'],
  ['On 30 July 2024, members of two families exchanged blows in Baalbek, injuring three people.', 'Mob violence', 'mob.crowd-attacks'],
  // An attack on a building or mast with its destruction and no one harmed destroys property (loot.attack-on-property)
  ['On 9 March 2024, gunmen attacked a telecommunications mast in Ihiala (Anambra) and set it on fire.', 'Looting/property destruction', 'loot.attack-on-property'],
  ['On 2 May 2024, unidentified gunmen attacked a school in Ekondo-Titi (Ndian, Sud-Ouest) and burned classrooms.', 'Looting/property destruction', 'loot.attack-on-property'],
  ['On 14 April 2024, gunmen attacked the house of a police officer in Orlu (Imo) and set it ablaze. No one was hurt.', 'Looting/property destruction', 'loot.attack-on-property'],
  // …not when people are attacked ("officer" is no office)
  ['On 30 April 2024, armed men attacked two police officers in Cardenas and set their car ablaze.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 2 March 2024, bandits raided Kauran Namoda (Zamfara) and carted away livestock and foodstuffs.', 'Looting/property destruction', 'loot.seized-goods'],
];

typingTable('clash7', CASES, '2024-12-31');
