// places: every toponym in the text, resolved against the gazetteer. (Placeholder until the geoparser lands.)
import type { Doc, Place } from '../../types.js';
import type { Context } from '../context.js';

export function findPlaces(_doc: Doc, _ctx: Context): Place[] {
  return [];
}
