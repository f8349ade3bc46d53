import { typingTable } from '../pipeline/events/test-helpers.js';

// clash12 (issue 13): who the victims are decides Armed clash against Attack when the report names more than one kind of
// victim or a defending side. ACLED codebook 2023: an Armed clash is armed, organised sides engaging each other (attacks on
// armed agents are Battles even when one-sided); an Attack is an organised armed group's violence on unarmed civilians; Mob
// violence is rioters'. [report, expected first sub-event type, the rule that types it]: one line a case, invented reports,
// never evaluation rows (more in test/probes/clash12.jsonl).
const CASES: Array<[string, string, string]> = [
  // An armed side picked out among the victims by "including" / "among them" (included-victims.ts); civilians, kin, the former stay civilians
  ['On 4 May 2024, insurgents killed five people, including three soldiers, in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
  ['On 4 May 2024, gunmen killed twelve people in Arvella, among them two policemen.', 'Armed clash', 'clash.kill-armed-patient'],
  ['On 4 May 2024, gunmen killed five people, including two teachers, in Arvella.', 'Attack', 'attack.kill-civilians'],
  ['On 4 May 2024, gunmen killed five people, including the wife of a soldier, in Arvella.', 'Attack', 'attack.kill-civilians'],
  ['On 4 May 2024, gunmen killed five people, including a former soldier, in Arvella.', 'Attack', 'attack.kill-civilians'],
  // An armed side told as another conjunct of the victims (included-victims.ts coordinatedArmedParty)
  ['On 4 May 2024, a policeman and a civilian were shot dead by gunmen in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
  ['On 4 May 2024, bandits killed a farmer and two soldiers in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
  ['On 4 May 2024, bandits killed a farmer and his two sons in Arvella.', 'Attack', 'attack.kill-civilians'],
  // Defenders who resist (clash.armed-side-resisted); villagers who resist and a suspect who resists arrest are no armed side
  ['On 4 May 2024, armed men raided Arvella and the local militia resisted; two villagers were killed.', 'Armed clash', 'clash.armed-side-resisted'],
  ['On 4 May 2024, gunmen attacked Arvella and killed three villagers who resisted.', 'Attack', 'attack.kill-civilians'],
  ['On 4 May 2024, police shot dead a suspect who resisted arrest in Arvella.', 'Attack', 'attack.killing'],
  // A force told by its unit (STATE_FORCE: brigade, battalion, regiment), paramilitaries, security agents; a fire brigade is civilian
  ['On 4 May 2024, gunmen killed two members of the 45th Battalion in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, assailants killed two paramilitaries in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed two security agents in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen attacked a fire brigade team in Arvella, killing two firefighters.', 'Attack', 'attack.kill-civilians'],
  // Someone stoned to death by people who are no armed side (mob.stoned-to-death); militants who stone stay an armed group's Attack
  ['On 4 May 2024, people in Arvella stoned to death a man suspected of stealing a goat.', 'Mob violence', 'mob.stoned-to-death'],
  ['On 4 May 2024, a man accused of theft was stoned to death in Arvella.', 'Mob violence', 'mob.stoned-to-death'],
  ['On 4 May 2024, militants stoned a woman to death in Arvella for adultery.', 'Attack', 'attack.kill-civilians'],
];

typingTable('clash12', CASES, '2024-05-10');
