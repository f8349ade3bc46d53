// mob11 (issue 13): "members of …" read by what follows it. ACLED's codebook decides Mob violence by who acts: rioters are
// people acting together outside an organised armed group (inter 5), whoever names them. "Members of the Kisii community
// attacked …", "killed by members of his community": the community word is a civilian one (event-cues.ts CIVILIAN, the
// victims' reading), so the people who act were read as no party at all and their violence fell to Attack. Told as who acts,
// the members of anything that is no force or armed group are a crowd; the members of a force or an armed group ("members
// of the ADF", "members of the security forces", "members of a self-defence group") are that side. Told as who is acted on,
// the phrase names no party of its own: what follows it is read as before ("gunmen killed members of the community":
// civilians). Pure function of the cue hits; no state. Provenance: written for this project.
import type { Concept } from '../../lexicon/event-cues.js';
import type { CueHit } from './cue-matcher.js';

/** How many words after "members of" the group they belong to may start: "members of [the local Kisii] community". */
const COMPLEMENT_REACH = 4;
/** The parties a group named after "members of" may be that make its members that side, not a crowd. */
const ARMED: ReadonlySet<string> = new Set(['state', 'nonstate', 'target']);

/** The party of "members of …" starting at `first`, read as an agent (`asAgent`: a crowd when what follows is people, a
 * community or a crowd, that side when it is a force or an armed group) or not (what follows is read on its own: null); null
 * when no "members of" starts at `first` or nothing known follows it. */
export function membersOfParty<P extends string>(hits: readonly CueHit<Concept>[], first: number, partyAt: (f: number) => P | null,
  asAgent: boolean, crowd: P | null): P | null {
  const members = hits.find((h) => h.first === first && h.concept === 'MEMBERS_OF');
  if (!members) return null;
  const starts = [...new Set(hits.filter((h) => h.first >= members.end && h.first < members.end + COMPLEMENT_REACH).map((h) => h.first))].sort((a, b) => a - b);
  for (const f of starts) {
    const p = partyAt(f);
    if (p && ARMED.has(p)) return p;
    if (p) return asAgent ? crowd : null;
  }
  // Nothing named after it ("members of the group", the armed group told before): no reading of its own.
  return null;
}
