import { typingTable } from '../pipeline/events/test-helpers.js';

// gap7 (issue 13): reports typed wrong in the invented probe test/probes/gap.jsonl, at the boundaries ACLED's codebook (2023,
// "Event Types and Sub-Event Types") draws: an armed side's declared course is a Change to group/activity; sides fighting for
// control of a place clash (no capture); a crowd that burns property is a mob; a protest's object is its grievance; an armed
// group that attacks vigilantes fights a communal militia; a participle after a comma has the subject of the act it follows.
// [report, expected first sub-event type, the rule that types it]: one line a case, invented reports in ACLED-note and wire
// styles from many countries, never evaluation rows ('none': no incident).
const CASES: Array<[string, string, string]> = [
  // An armed side's declared course (gap7 rows, sub-events-*.ts change.group-announces; declares.ts reads after the cue)
  ['On 12 November 2024, the M23 announced the creation of a parallel administration in Rutshuru (North Kivu).', 'Change to group/activity', 'change.group-announces'],
  ['On 27 November 2024, the Houthis announced that they would target all ships linked to Israel in the Red Sea.', 'Change to group/activity', 'change.group-announces'],
  ['On 3 March 2024, ISWAP fighters declared a new emirate in the villages around Marte (Borno).', 'Change to group/activity', 'change.group-announces'],
  // …whose agent is its subject, never a party named after the active verb (its object: typing.ts subjectAgent)
  ['Doctors Want Emergency Declared. The head of the clinic called on the government to act.', 'none', ''],
  // …and a threat is no change yet
  ['Al-Shabaab threatened to attack any town that hosts Kenyan troops, in a statement released on Tuesday.', 'none', ''],
  // A blockade an armed side lays (SIEGE, read whole over PROTEST's "blockade")
  ['On 12 May 2024, JNIM announced a blockade of the town of Djibo (Soum, Sahel).', 'Change to group/activity', 'change.group-besieges'],
  // Sides fighting for control of a place (CONTEST, read whole over TAKE_TERRITORY's "control of")
  ['On 9 April 2024, M23 rebels and FARDC soldiers fought for control of hills near Sake (Masisi, North Kivu).', 'Armed clash', 'clash.contest-for-control'],
  ['On 2 October 2024, the army battled ELN guerrillas for control of the highway near Tame (Arauca).', 'Armed clash', 'clash.contest-for-control'],
  // A crowd that burns or loots property, with no demonstration told (mob.crowd-destroys)
  ['A crowd torched a bus after it ran over a child in Dhaka on Wednesday, police said.', 'Mob violence', 'mob.crowd-destroys'],
  ['On 9 June 2024, an angry mob looted shops owned by traders from another community in Jos (Plateau).', 'Mob violence', 'mob.violence'],
  // A protest verb's direct object is its grievance from its first word (typing.ts dropGrievance)
  ['On 19 August 2024, residents held a sit-in in Quetta (Balochistan) to protest enforced disappearances.', 'Peaceful protest', 'protest.gathering'],
  // An armed group that attacks or kills vigilantes (clash.armed-group-on-vigilantes)
  ['On 11 February 2024, a group of bandits attacked a mining site guarded by vigilantes in Anka (Zamfara), killing three vigilantes.', 'Armed clash', 'clash.armed-group-on-vigilantes'],
  ['On 5 April 2024, Boko Haram insurgents killed four vigilantes in Gwoza (Borno).', 'Armed clash', 'clash.armed-group-on-vigilantes'],
  // …while a mob's own lynching stays mob violence
  ['On 12 January 2024, villagers lynched a suspected thief in Onitsha (Anambra).', 'Mob violence', 'mob.violence'],
  // A participle after a comma has the subject of the act it follows (act-agents.ts participleHead)
  ['On 11 August 2024, police fired live rounds at a crowd of mourners in Mandalay, killing two.', 'Attack', 'attack.killing'],
];

typingTable('gap7', CASES, '2024-12-31');
