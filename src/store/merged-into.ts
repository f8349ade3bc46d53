// An incident id is for good (migration 7): once merged away, a bookmark, a link or an export row still
// names it. This answers such an id with the incident that holds its reports now, following merges of
// merges (12 into 7, later 7 into 3), so the CLI and the API can say where it went instead of "not found".
import type { Store } from './store.js';

/** Merges followed at most: a chain longer than this is no user's history, and the bound ends any cycle. */
const MAX_STEPS = 32;

/**
 * The standing incident that incident `id`'s reports went to, and the ids passed on the way (`id` first), or
 * null when `id` stands itself, was never merged (deleted when its reports were read otherwise), or leads
 * nowhere that stands.
 */
export async function standingIncident(store: Pick<Store, 'getIncident' | 'mergedInto'>, id: number): Promise<{ id: number; via: number[] } | null> {
  if (await store.getIncident(id)) return null;
  const via = [id];
  let at = id;
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = await store.mergedInto(at);
    if (next == null || via.includes(next)) return null;
    if (await store.getIncident(next)) return { id: next, via };
    via.push(next);
    at = next;
  }
  return null;
}

/** "incident 12 was merged into incident 7" (through 9, when it went by another merge). */
export function mergedMessage(found: { id: number; via: number[] }): string {
  const [first, ...rest] = found.via;
  return `incident ${first} was merged into incident ${found.id}${rest.length ? ` (through ${rest.join(', ')})` : ''}`;
}
