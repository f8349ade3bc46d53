// An article read again by a new reader version: its old reading is replaced and its events fused again.
// A person's decisions hold across it (src/review): an event of an incident a person reviewed, merged or
// split goes back to that incident (same article, same event id), never re-fused elsewhere; its fields
// are read again under the person's locked values, which stay. Incidents left without reports go, unless
// a person reviewed them: those are flagged for another look.
import type { ExtractionResult } from '../types.js';
import type { Store } from '../store/store.js';
import { isHeld } from '../review/model.js';
import { fuseArticle, refuseIncident } from './index.js';

export async function rereadArticle(store: Store, articleId: number, result: ExtractionResult): Promise<number[]> {
  const before = await store.clearExtraction(articleId);
  const members = await store.saveExtraction(articleId, result);
  const home = new Map<string, number>();
  const touched = new Set<number>();
  for (const b of before) {
    if (b.incidentId == null) continue;
    touched.add(b.incidentId);
    const incident = await store.getIncident(b.incidentId);
    if (incident && isHeld(incident.review)) home.set(b.localId, b.incidentId);
  }
  const out: number[] = [];
  const rest = [];
  for (const m of members) {
    const id = home.get(m.localId);
    if (id == null) { rest.push(m); continue; }
    await store.assignEvent(m.id, id);
    out.push(id);
  }
  out.push(...(await fuseArticle(store, rest)));
  for (const id of new Set([...touched, ...out])) {
    const incident = await store.getIncident(id);
    if (!incident) continue;
    if ((await store.incidentMembers(id)).length) await refuseIncident(store, id);
    else if (isHeld(incident.review)) await store.flagIncident(id, `article ${articleId} was read again and no longer tells of this incident`);
    else await store.deleteIncident(id);
  }
  return out;
}
