import { typingTable } from '../pipeline/events/test-helpers.js';

// clash10 (issue 13): the boundary between Armed clash, Attack and Mob violence, decided by the target's kind (an armed actor
// or a civilian) and the perpetrator's kind (an organised armed group or a mob). ACLED codebook 2023: an Armed clash is armed,
// organised sides engaging each other, and killing a member of a state force or an armed group counts even when he does not
// fight back; an Attack is an organised armed group's violence on civilians; Mob violence is rioters' (people acting outside
// an organised group) violence on people or property. [report, expected first sub-event type, the rule that types it]: one
// line a case, invented reports, never evaluation rows (more in test/probes/clash10.jsonl).
const CASES: Array<[string, string, string]> = [
  // One member of a force told by his service or rank is an armed target (event-cues.ts STATE_FORCE, clash10 singulars)
  ['On 4 May 2024, unidentified gunmen shot dead a jawan in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, unidentified gunmen shot dead a constable in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, unidentified gunmen shot dead a serviceman in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed a lieutenant colonel in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed a sentry at a base in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed a cop in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed a conscript in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed a detective in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen killed a naval officer in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, gunmen on a motorcycle killed a security officer in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, suspected cartel members killed a prison custodian in Arvella.', 'Armed clash', 'clash.kill-forces'],
  // A passive's subject is what was done to, not the object of a participle after it (typing.ts participleObject)
  ['On 4 May 2024, a policeman guarding a church was shot dead by gunmen in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
  ['On 4 May 2024, five people, including a soldier, were killed by gunmen in Arvella.', 'Armed clash', 'clash.kill-armed-patient'],
  // A person identified in the same phrase as a force's or armed group's member is that member (identified-members.ts)
  ['On 4 May 2024, unknown gunmen killed a man, a member of the Taliban, in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, unknown gunmen killed a man affiliated with the Houthis in Arvella.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 May 2024, unknown gunmen killed a man, a former member of the Taliban, in Arvella.', 'Attack', 'attack.kill-civilians'],
  // …a civilian beside them stays an Attack
  ['On 4 May 2024, gunmen killed the brother of a constable in Arvella.', 'Attack', 'attack.killing-by-armed'],
  ['On 4 May 2024, gunmen killed a retired sergeant in Arvella.', 'Attack', 'attack.kill-civilians'],
  ['On 4 May 2024, gunmen killed a police sergeant who was off duty in Arvella.', 'Attack', 'attack.kill-civilians'],
  // A force's members wounded by an armed side (clash.wound-forces); civilians wounded stay an Attack
  ['On 4 May 2024, gunmen wounded two police officers in Arvella.', 'Armed clash', 'clash.wound-forces'],
  ['On 4 May 2024, gunmen wounded two traders in Arvella.', 'Attack', 'attack.on-civilians'],
  // A killing's participle that describes a noun tells an earlier death when the sentence tells its own killing (non-acts.ts)
  ['On 4 May 2024, relatives of a murdered boy killed the suspect in Arvella.', 'Mob violence', 'mob.crowd-kills-anyone'],
  ['On 4 May 2024, the bodies of two murdered men were found in Arvella.', 'Attack', 'attack.killing'],
  ['On 4 May 2024, the family of a murdered man attacked the home of the suspect in Arvella, injuring his wife.', 'Mob violence', 'mob.crowd-wounds'],
  // People told as "members of the community" act together as a crowd (event-cues.ts CROWD)
  ['On 4 May 2024, members of the community killed two suspected armed robbers in Arvella.', 'Mob violence', 'mob.crowd-kills-anyone'],
  // A charge told in a clause of cause is the charge still, no act (hit-readings.ts dropCharges)
  ['On 4 May 2024, a local man was lynched by residents in Arvella after he was accused of rape.', 'Mob violence', 'mob.violence'],
  ['On 4 May 2024, soldiers were accused of raping two women in Arvella.', 'Sexual violence', 'sexual.violence'],
  ['On 4 May 2024, locals burnt to death a man caught stealing a motorcycle in Arvella.', 'Mob violence', 'mob.crowd-burns'],
  // Whom the killers took the victims for is no party: civilians mistaken for insurgents are civilians
  ['On 4 May 2024, soldiers shot dead two fishermen near Arvella, mistaking them for insurgents.', 'Attack', 'attack.killing'],
];

typingTable('clash10', CASES, '2024-05-10');
