import { typingTable } from '../pipeline/events/test-helpers.js';

// last7 (issue 13): the demonstration boundary (ACLED codebook 2023, "Event Types and Sub-Event Types"): demonstrators who
// throw stones, rocks or bricks act violently (Violent demonstration); a violent deed told as what they protest ("the burning
// of their homes") is their grievance, not their act (Peaceful protest), also past a bracketed place in ACLED's note style.
// [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more in
// test/probes/last.jsonl).
const CASES: Array<[string, string, string]> = [
  // Stones or rocks thrown by demonstrators rule out a peaceful protest met with force (sub-events.ts protest.lethal-force* none
  // STONING), even when officers are hurt; bricks thrown are a riot's stones (event-cues.ts RIOT)
  ['Residents protesting power cuts in Mosul threw rocks at security forces on Sunday, injuring two officers.', 'Violent demonstration', 'riot.protest-stoning'],
  ['On 6 March 2024, traders protesting the demolition of their stalls hurled rocks at municipal officials in Kano.', 'Violent demonstration', 'riot.protest-stoning'],
  ['On 22 July 2024, Shia protesters threw bricks at police in Karachi (Sindh) during a demonstration against the arrest of a cleric.', 'Violent demonstration', 'riot.protest-violence'],
  // A deed told as a noun with its "of" inside what is protested is the grievance (typing.ts nominalDeed)
  ['On 7 September 2024, villagers protesting the burning of their homes by soldiers marched to the district office in Rakhine.', 'Peaceful protest', 'protest.gathering'],
  ['On 11 March 2024, women marched in Bamenda (Nord-Ouest) to denounce the burning of their village by soldiers.', 'Peaceful protest', 'protest.gathering'],
  ['On 22 August 2024, Christians in Jaranwala (Punjab) held a sit-in to condemn the torching of churches by a mob last year.', 'Peaceful protest', 'protest.gathering'],
  // …past a bracketed place (protest-objects.ts)
  ['On 6 May 2024, students demonstrated in Nsukka (Enugu) over the vandalism of their hostel by cultists.', 'Peaceful protest', 'protest.gathering'],
  // …while the demonstrators' own violence stays theirs
  ['On 22 August 2024, Christians protesting the torching of a church by a mob blocked the Faisalabad road with burning tyres.', 'Violent demonstration', 'riot.protest-violence'],
];

typingTable('last7', CASES, '2024-12-31');
