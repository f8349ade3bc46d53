// events: the incidents the article reports, linked to the claims that back or dispute them.
// (Placeholder until the incident reader lands.)
import type { Claim, ConflictEvent, Doc, Place } from '../../types.js';
import type { Context } from '../context.js';

export function findEvents(_doc: Doc, _places: Place[], claims: Claim[], _ctx: Context): { events: ConflictEvent[]; claims: Claim[] } {
  return { events: [], claims };
}
