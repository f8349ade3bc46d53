// claims: who said what. (Placeholder until the attribution reader lands.)
import type { Claim, Doc, Place } from '../../types.js';
import type { Context } from '../context.js';

export function findClaims(_doc: Doc, _places: Place[], _ctx: Context): Claim[] {
  return [];
}
