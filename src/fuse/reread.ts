// An article read again by a new reader version: its old reading is replaced and its events fused again.
// Incident ids are what analysts bookmark, link and export, so an incident keeps its id unless its
// reading truly changed:
// - Each new event is paired with the old event it replaces (reread-match.ts: shared evidence sentences,
//   else fusion's own type/date/place/party test; one-to-one, best first).
// - A person's decisions hold (src/review): a new event whose old one was in an incident a person reviewed,
//   merged or split goes back to that incident, never re-fused elsewhere; its fields are read again under
//   the person's locked values, which stay. (An old event of such an incident that pairs with none takes
//   the new event of its local id, if that one is unpaired, as before pairing.)
// - An unreviewed incident takes its new event back when the new reading still fits it (matchScore with
//   the place optional, as for one story's copies; reread-match.ts rereadScore): not materially changed,
//   the same id.
// - Otherwise the new event is fused afresh (it may now join another incident); only if it would start a
//   new incident and its old one has no report left does it take the old one's id instead: the same
//   report of the same happening, read better, is no new incident. Re-read one at a time, an incident's
//   reports that all read otherwise bring it back whole: the incident the first started returns to the
//   old id when the last one leaves it (index.ts takeBack).
// - Incidents left without reports go, unless a person reviewed them: those are flagged for another look.
import type { ExtractionResult } from '../types.js';
import type { MemberEvent, Store } from '../store/store.js';
import { isHeld } from '../review/model.js';
import { fuseArticle, refuseIncident } from './index.js';
import { eventFootprint, incidentFootprint } from './footprint.js';
import { pairReadings, rereadScore, type Reading } from './reread-match.js';

export async function rereadArticle(store: Store, articleId: number, result: ExtractionResult): Promise<number[]> {
  const published = (await store.getArticle(articleId))?.published ?? null;
  const was = (await store.getExtraction(articleId))?.events ?? [];
  await store.clearExtraction(articleId);
  const members = await store.saveExtraction(articleId, result);
  const old: (Reading & { incidentId: number | null })[] = was.map((e) => ({ localId: e.id, event: e, published, incidentId: e.incidentId }));
  const touched = new Set<number>();
  const held = new Set<number>();
  for (const id of new Set(old.map((o) => o.incidentId))) {
    if (id == null) continue;
    touched.add(id);
    const incident = await store.getIncident(id);
    if (incident && isHeld(incident.review)) held.add(id);
  }
  const oldOf = new Map<number, number>(); // new member index → old event index
  for (const p of pairReadings(members, old)) oldOf.set(p.next, p.old);
  // A reviewed incident's old event that pairs with none falls back to the new event of its local id.
  const paired = new Set(oldOf.values());
  old.forEach((o, j) => {
    if (paired.has(j) || o.incidentId == null || !held.has(o.incidentId)) return;
    const i = members.findIndex((m) => m.localId === o.localId);
    if (i >= 0 && !oldOf.has(i)) oldOf.set(i, j);
  });

  const out: number[] = [];
  const rest: MemberEvent[] = [];
  const taken = new Set<number>();
  const reuse = new Map<number, number>();
  for (const [i, m] of members.entries()) {
    const j = oldOf.get(i);
    const id = j == null ? null : old[j].incidentId;
    const incident = id == null ? null : await store.getIncident(id);
    if (!incident) { rest.push(m); continue; }
    const keep = held.has(incident.id) || rereadScore(eventFootprint(m), incidentFootprint(incident)) != null;
    if (!keep) { reuse.set(m.id, incident.id); rest.push(m); continue; }
    await store.assignEvent(m.id, incident.id);
    await store.addHistory({ incidentId: incident.id, action: 'join', eventId: m.id, otherIncident: null, detail: `article ${articleId} read again: event ${m.localId} replaces event ${old[j!].localId}` });
    taken.add(incident.id);
    out.push(incident.id);
  }
  out.push(...(await fuseArticle(store, rest, { taken, reuse })));
  for (const id of new Set([...touched, ...out])) {
    const incident = await store.getIncident(id);
    if (!incident) continue;
    if ((await store.incidentMembers(id)).length) await refuseIncident(store, id);
    else if (isHeld(incident.review)) await store.flagIncident(id, `article ${articleId} was read again and no longer tells of this incident`);
    else await store.deleteIncident(id);
  }
  return out;
}
