// Incremental fusion: each event of a newly stored article joins the incident it tells of, or starts
// one. Candidates come from the store's space-time index (grid cell + day range) and from the incidents
// of the article's syndication group — never from a scan of all incidents. Every create, join, merge
// and split is written to the incident's history.
import { cellsAround, fusionLockKeys } from '../store/grid.js';
import type { Incident, MemberEvent, Store } from '../store/store.js';
import { describeIncident } from './describe.js';
import { eventFootprint, incidentFootprint } from './footprint.js';
import { matchScore, PLACE_RADIUS_KM, type Footprint } from './match.js';

import { groupCopies } from './copies.js';
import { isHeld } from '../review/model.js';

export { detectCopy, groupCopies } from './copies.js';

/** How an article read again (reread.ts) fuses the events it did not give straight back to their incidents. */
export interface RefuseOptions {
  /** Incidents this article's other events already are in. */
  taken?: Iterable<number>;
  /** A member's old incident (by member id), whose id it takes rather than start a new incident when that one has no report left. */
  reuse?: ReadonlyMap<number, number>;
}

/** Fuses every event of one article (its `members`, as saveExtraction returned them). Returns incident ids. */
export async function fuseArticle(store: Store, members: MemberEvent[], opts: RefuseOptions = {}): Promise<number[]> {
  const taken = new Set<number>(opts.taken); // an article's distinct events are distinct incidents by its own telling
  const reuse = opts.reuse ?? new Map<number, number>();
  const reserved = new Set(reuse.values());
  const out: number[] = [];
  if (store.lockCells) {
    // Every cell this article's lookups will read, locked at once in one sorted order (no deadlock).
    const keys = members.flatMap((m) => {
      const l = lookupOf(eventFootprint(m));
      return l ? fusionLockKeys(l.cells, l.dayLo, l.dayHi) : [];
    });
    if (keys.length) await store.lockCells(keys);
  }
  for (const m of members) {
    // An old incident kept for one re-read event is no candidate for the article's others.
    const skip = reserved.size ? new Set([...taken, ...[...reserved].filter((r) => r !== reuse.get(m.id))]) : taken;
    const id = await fuseEvent(store, m, skip, reuse.get(m.id));
    taken.add(id);
    out.push(id);
  }
  return out;
}

/** The grid cells and days an event's candidate lookup reads, or null when it has no place or date. */
function lookupOf(fp: Footprint): { cells: number[]; dayLo: number; dayHi: number } | null {
  if (fp.lat == null || fp.lon == null || fp.dayLo == null || !fp.geoPrecision) return null;
  return { cells: cellsAround(fp.lat, fp.lon, PLACE_RADIUS_KM[fp.geoPrecision] + PLACE_RADIUS_KM[3]), dayLo: fp.dayLo, dayHi: fp.dayHi ?? fp.dayLo };
}

async function candidates(store: Store, m: MemberEvent, fp: Footprint): Promise<{ incident: Incident; copy: boolean }[]> {
  const found = new Map<number, { incident: Incident; copy: boolean }>();
  const look = lookupOf(fp);
  if (look) {
    for (const incident of await store.candidateIncidents({ eventType: fp.eventType, ...look })) {
      found.set(incident.id, { incident, copy: false });
    }
  }
  // Copies of one wire story tell of the same incidents even when this copy lost the place name.
  for (const id of await store.incidentsOfGroup(m.group)) {
    const incident = found.get(id)?.incident ?? (await store.getIncident(id));
    if (incident) found.set(id, { incident, copy: true });
  }
  return [...found.values()];
}

async function fuseEvent(store: Store, m: MemberEvent, taken: Set<number>, formerly?: number): Promise<number> {
  const fp = eventFootprint(m);
  const scored = (await candidates(store, m, fp))
    .filter((c) => !taken.has(c.incident.id))
    .map((c) => ({ ...c, score: matchScore(fp, incidentFootprint(c.incident), c.copy) }))
    .filter((c): c is typeof c & { score: number } => c.score != null)
    .sort((a, b) => a.score - b.score || a.incident.id - b.incident.id);
  // Read again and fitting no incident: the report's old incident, left without reports, is this one read better.
  if (!scored.length && formerly != null && (await store.getIncident(formerly)) && !(await store.incidentMembers(formerly)).length) {
    await store.assignEvent(m.id, formerly);
    await store.addHistory({ incidentId: formerly, action: 'join', eventId: m.id, otherIncident: null, detail: `article ${m.articleId} read again: event ${m.localId} read otherwise, the incident's reading replaced` });
    await store.updateIncident(formerly, describeIncident(await groupCopies(store, [m])));
    return formerly;
  }
  if (!scored.length) {
    const id = await store.createIncident(describeIncident([m]));
    await store.assignEvent(m.id, id);
    // Read again: the incident its report was in is named, so that its other reports, read again later, bring it back (takeBack).
    await store.addHistory({ incidentId: id, action: 'create', eventId: m.id, otherIncident: formerly ?? null, detail: `from article ${m.articleId} event ${m.localId}${formerly != null ? `, read again (its report was in incident ${formerly})` : ''}` });
    return id;
  }
  const target = formerly != null && (await takeBack(store, scored[0].incident, formerly)) ? formerly : scored[0].incident.id;
  // A person's decisions about the incident hold (src/review): a new report still joins it, but fusion
  // neither merges it with another nor splits members off it; it flags it for another look instead.
  const held = isHeld(scored[0].incident.review);
  await store.assignEvent(m.id, target);
  await store.addHistory({ incidentId: target, action: 'join', eventId: m.id, otherIncident: null, detail: `article ${m.articleId} event ${m.localId} (score ${scored[0].score.toFixed(1)})` });
  // Independent sources are counted over the incident's own articles (copies.ts copyGroups), not from the
  // copy links ingest recorded, which depend on the order articles came in.
  let members = await groupCopies(store, await store.incidentMembers(target));
  let fields = describeIncident(members);
  await store.updateIncident(target, fields);
  // The new report may bridge incidents that were told apart before (a vague report made precise).
  for (const other of scored.slice(1)) {
    if (other.incident.id === target || taken.has(other.incident.id)) continue;
    if (matchScore(incidentFootprint(fields), incidentFootprint(other.incident)) == null) continue;
    const b = await store.incidentMembers(other.incident.id);
    const articles = new Set(members.map((x) => x.articleId));
    if (b.some((x) => articles.has(x.articleId))) continue;
    if (held || isHeld(other.incident.review)) {
      const why = `article ${m.articleId} links incidents ${target} and ${other.incident.id}, which a person keeps apart`;
      for (const id of [target, other.incident.id]) if (isHeld((id === target ? scored[0] : other).incident.review)) await store.flagIncident(id, why);
      continue;
    }
    await store.absorbIncident(target, other.incident.id);
    await store.addHistory({ incidentId: target, action: 'merge', eventId: m.id, otherIncident: other.incident.id, detail: `incident ${other.incident.id} merged in: article ${m.articleId} links them` });
    members = await groupCopies(store, [...members, ...b]);
    fields = describeIncident(members);
    await store.updateIncident(target, fields);
  }
  if (held) {
    const here = incidentFootprint(fields);
    const outliers = members.filter((x) => matchScore(eventFootprint(x), here, true) == null);
    if (outliers.length && outliers.length < members.length) {
      await store.flagIncident(target, `events ${outliers.map((o) => o.id).join(', ')} no longer fit the incident fusion reads, which a person keeps whole`);
    }
  } else await splitOutliers(store, target, fields, members);
  return target;
}

/**
 * Reports re-read one at a time, each read otherwise (a new reader version types them all anew): the first
 * fits its incident no more and starts one of its own; when the last leaves the old incident without
 * reports and fits the one the first started, that one comes back under the old id, as if they had been
 * re-read together. Ids are for good: a bookmark of the incident still names its reports. Not when a person
 * reviewed the new one (their decision holds) or the old one still has reports.
 */
async function takeBack(store: Store, started: Incident, formerly: number): Promise<boolean> {
  if (started.id === formerly || isHeld(started.review) || !(await store.getIncident(formerly))) return false;
  if ((await store.incidentMembers(formerly)).length) return false;
  if (!(await store.history(started.id)).some((h) => h.action === 'create' && h.otherIncident === formerly)) return false;
  await store.absorbIncident(formerly, started.id);
  await store.addHistory({ incidentId: formerly, action: 'merge', eventId: null, otherIncident: started.id, detail: `incident ${started.id} merged in: started when a report of this one was read again, and its other reports, read again, tell of it too` });
  return true;
}

/**
 * A more precise report can move an incident's date or place so far that an earlier, vaguer member no
 * longer fits it; such members are split off into their own incident rather than left mis-fused.
 */
/**
 * Re-fusion of one incident: its fields read again from its members (after a person moved members in
 * or out, or the reader read them again). A person's locked fields stay (the store keeps them).
 */
export async function refuseIncident(store: Store, id: number): Promise<void> {
  const members = await store.incidentMembers(id);
  if (members.length) await store.updateIncident(id, describeIncident(await groupCopies(store, members)));
}

export async function splitOutliers(store: Store, id: number, fields: ReturnType<typeof describeIncident>, members: MemberEvent[]): Promise<void> {
  if (members.length < 2) return;
  const here = incidentFootprint(fields);
  const outliers = members.filter((m) => matchScore(eventFootprint(m), here, true) == null);
  if (!outliers.length || outliers.length === members.length) return;
  const newId = await store.createIncident(describeIncident(await groupCopies(store, outliers)));
  for (const o of outliers) await store.assignEvent(o.id, newId);
  const ids = outliers.map((o) => o.id).join(', ');
  await store.addHistory({ incidentId: id, action: 'split', eventId: null, otherIncident: newId, detail: `events ${ids} no longer fit and became incident ${newId}` });
  await store.addHistory({ incidentId: newId, action: 'split', eventId: null, otherIncident: id, detail: `split from incident ${id}: events ${ids}` });
  await store.updateIncident(id, describeIncident(await groupCopies(store, members.filter((m) => !outliers.includes(m)))));
}
