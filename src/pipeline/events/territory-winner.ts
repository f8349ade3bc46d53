// territory-winner (fix16, issue 13): the territory sub-types say who won the place (ACLED codebook 2023: Government regains
// territory is government forces or their affiliates winning control of a location; Non-state actor overtakes territory is a
// non-state group winning it), and their actor1 is the winner. When typing read the winner as the subject of the territory verb
// ("The army re-entered Kessa, two weeks after it fell to insurgents": the state regains it) but roles.ts took another clause's
// party ("insurgents", after "fell to"), the nearest party of the winning kind named before the trigger is actor1, and the party
// read first, of the other kind, the loser: actor2. Pure; returns its inputs when nothing applies. Provenance: written for this project.
import { isStateForceName } from '../../lexicon/actors.js';
import type { ActorMention } from './types.js';
import { extend } from '../extend.js';

export const TERRITORY_WINNER_RULE = 'actor.territory-winner';
const WINNER: Readonly<Record<string, 'state' | 'nonstate'>> = {
  'Government regains territory': 'state',
  'Non-state actor overtakes territory': 'nonstate',
};
const NONSTATE_KINDS: ReadonlySet<string> = new Set(['armed', 'islamist', 'rebels', 'gang', 'communal']);

function kindOf(m: ActorMention): 'state' | 'nonstate' | null {
  if (m.inter === 1 || m.generic === 'military' || m.generic === 'police' || (!m.generic && m.name && isStateForceName(m.name))) return 'state';
  if ((m.inter !== undefined && m.inter >= 2 && m.inter <= 4) || NONSTATE_KINDS.has(m.generic ?? '')) return 'nonstate';
  return null;
}

export function territoryWinner(subEventType: string, trigger: number, actor1: ActorMention | null, actor2: ActorMention | null,
  actors: readonly ActorMention[], inSources: (m: ActorMention) => boolean, passive = false): { actor1: ActorMention | null; actor2: ActorMention | null } {
  const want = WINNER[subEventType];
  if (!want || !actor1) return { actor1, actor2 };
  const had = kindOf(actor1);
  if (had === want || had === null) return { actor1, actor2 };
  let winner: ActorMention | null = null;
  for (const m of actors) if (m.tokEnd <= trigger && kindOf(m) === want && !inSources(m)) winner = m;
  // case31: none named before it, but the trigger a passive with no agent told ("the town insurgents had held has been recaptured, …
  // crediting an operation with Mozambican forces") and the other party read of the winning kind: the party named before a passive
  // held the place, and the two were read the wrong way round.
  if (!winner) return passive && actor2 && kindOf(actor2) === want ? { actor1: extend(actor2, { role: TERRITORY_WINNER_RULE }), actor2: actor1 } : { actor1, actor2 };
  return { actor1: extend(winner, { role: TERRITORY_WINNER_RULE }), actor2: actor2 && kindOf(actor2) === want ? actor1 : actor2 ?? actor1 };
}
