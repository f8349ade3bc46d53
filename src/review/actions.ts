// The review actions on an incident: confirm, reject, set a field, merge another incident in, split
// events out, add a note, and revert any earlier action. Each runs in one transaction, names the
// incident version it read (a stale version is refused: E_STALE_VERSION, HTTP 409, never a silent
// overwrite), writes the review through the store (which keeps a person's fields from fusion) and adds
// one record to the incident's review history: who, when, what changed (old and new value), why.
import { describeIncident } from '../fuse/describe.js';
import { groupCopies } from '../fuse/copies.js';
import { refuseIncident } from '../fuse/index.js';
import type { Incident, ReviewAction, ReviewRecord, Store } from '../store/store.js';
import { FIELD_GROUPS, isHeld, NEW_REVIEW, pick, type FieldValue, type IncidentReview, type ReviewField } from './model.js';

/** An action refused: a code (the CLI prints it, the API answers with it) and the HTTP status it maps to. */
export class ReviewError extends Error {
  constructor(readonly code: string, message: string, readonly status: 400 | 404 | 409) {
    super(message);
  }
}

export type ReviewRequest =
  | { action: 'confirm' }
  | { action: 'reject' }
  /** `value` null: the lock is lifted and fusion's reading shows again. */
  | { action: 'set'; field: ReviewField; value: FieldValue | null }
  | { action: 'merge'; other: number }
  | { action: 'split'; events: number[] }
  | { action: 'note' }
  | { action: 'revert'; record: number };

export interface ReviewContext {
  who: string;
  why?: string | null;
  /** The version the person read; absent: the current one (a single writer, as on the command line). */
  version?: number;
}

export const MAX_WHO = 100;
export const MAX_WHY = 2000;

/** Applies `requests` in order, as one transaction: all of them, or none. Returns the incident and the records made. */
export async function review(store: Store, id: number, requests: ReviewRequest[], ctx: ReviewContext): Promise<{ incident: Incident; records: ReviewRecord[] }> {
  if (!ctx.who.trim() || ctx.who.length > MAX_WHO) throw new ReviewError('E_REVIEW_WHO', `a reviewer is named in 1 to ${MAX_WHO} characters`, 400);
  if (ctx.why && ctx.why.length > MAX_WHY) throw new ReviewError('E_REVIEW_VALUE', `a reason is at most ${MAX_WHY} characters`, 400);
  if (!requests.length) throw new ReviewError('E_REVIEW_ACTION', 'no review action given', 400);
  return store.transaction(async () => {
    let expect = ctx.version;
    const ids: number[] = [];
    for (const r of requests) {
      const current = await store.getIncident(id);
      if (!current) throw new ReviewError('E_NOT_FOUND', `no incident ${id}`, 404);
      if (expect != null && current.version !== expect) {
        throw new ReviewError('E_STALE_VERSION', `incident ${id} is at version ${current.version}, not ${expect}: someone changed it since it was read; reload it and review again`, 409);
      }
      ids.push(await apply(store, current, r, ctx));
      expect = undefined; // the later actions of one request follow the first
    }
    const incident = (await store.getIncident(id))!;
    const records = await Promise.all(ids.map(async (rid) => (await store.getReviewRecord(rid))!));
    return { incident, records };
  });
}

const stamp = (r: IncidentReview, ctx: ReviewContext, articles: number): IncidentReview => ({ ...r, by: ctx.who, at: new Date().toISOString(), articles });

/** Writes the review (compare-and-set on the version just read) or refuses the action as stale. */
async function write(store: Store, i: Incident, next: IncidentReview): Promise<number> {
  const v = await store.writeReview(i.id, next, i.version);
  if (v == null) throw new ReviewError('E_STALE_VERSION', `incident ${i.id} changed while it was being reviewed; reload it and review again`, 409);
  return v;
}

async function record(store: Store, i: Incident, ctx: ReviewContext, r: { action: ReviewAction; field?: ReviewField | null; oldValue?: unknown; newValue?: unknown;
  otherIncident?: number | null; events?: number[]; reverts?: number | null }): Promise<number> {
  const version = (await store.getIncident(i.id))?.version ?? i.version;
  return store.addReviewRecord({
    incidentId: i.id, who: ctx.who, action: r.action, field: r.field ?? null, oldValue: r.oldValue ?? null, newValue: r.newValue ?? null,
    why: ctx.why ?? null, version, otherIncident: r.otherIncident ?? null, events: r.events ?? [], reverts: r.reverts ?? null,
  });
}

const hasLocks = (r: IncidentReview): boolean => Object.keys(r.locked).length > 0;

async function apply(store: Store, i: Incident, r: ReviewRequest, ctx: ReviewContext): Promise<number> {
  const old = i.review;
  switch (r.action) {
    case 'confirm':
    case 'reject': {
      // Looked at: the flags are answered. A confirmed incident with corrected fields is "corrected".
      const state = r.action === 'reject' ? 'rejected' : hasLocks(old) ? 'corrected' : 'confirmed';
      await write(store, i, stamp({ ...old, state, flags: [] }, ctx, i.articles));
      return record(store, i, ctx, { action: r.action, oldValue: { state: old.state, flags: old.flags }, newValue: { state } });
    }
    case 'set': {
      const locked = { ...old.locked };
      if (r.value) locked[r.field] = r.value;
      else delete locked[r.field];
      const state = old.state === 'rejected' ? 'rejected' : hasLocks({ ...old, locked }) ? 'corrected' : old.state === 'corrected' ? 'confirmed' : old.state;
      const shown = pick(i, r.field);
      await write(store, i, stamp({ ...old, locked, state, flags: [] }, ctx, i.articles));
      return record(store, i, ctx, { action: 'set', field: r.field, oldValue: { value: shown, locked: old.locked[r.field] ?? null, state: old.state }, newValue: r.value });
    }
    case 'note': {
      if (!ctx.why?.trim()) throw new ReviewError('E_REVIEW_VALUE', 'a note needs its text', 400);
      await write(store, i, { ...old, notes: old.notes + 1 });
      return record(store, i, ctx, { action: 'note' });
    }
    case 'merge': return merge(store, i, r.other, ctx);
    case 'split': return split(store, i, r.events, ctx);
    case 'revert': return revert(store, i, r.record, ctx);
  }
}

/** Merge: `other`'s reports join this incident and `other` is gone; a person's merge fusion never splits again. */
async function merge(store: Store, i: Incident, otherId: number, ctx: ReviewContext): Promise<number> {
  if (otherId === i.id) throw new ReviewError('E_REVIEW_VALUE', 'an incident cannot be merged with itself', 400);
  const other = await store.getIncident(otherId);
  if (!other) throw new ReviewError('E_NOT_FOUND', `no incident ${otherId} to merge`, 404);
  const moved = (await store.incidentMembers(otherId)).map((m) => m.id);
  // What was the other's own (its fusion history, its review records): a revert gives them back with its id.
  const own = { history: (await store.history(otherId)).map((h) => h.id), reviews: (await store.reviewRecords(otherId)).map((r) => r.id) };
  await write(store, i, stamp({ ...i.review, pinned: true }, ctx, i.articles));
  await store.absorbIncident(i.id, otherId);
  await refuseIncident(store, i.id);
  // The merged incident's id may be bookmarked or linked: its own records say where it went.
  await store.addReviewRecord({
    incidentId: otherId, who: ctx.who, action: 'merge', field: null, oldValue: null, newValue: { into: i.id }, why: ctx.why ?? null,
    version: other.version, otherIncident: i.id, events: moved, reverts: null,
  });
  return record(store, i, ctx, {
    action: 'merge', otherIncident: otherId, events: moved,
    oldValue: { pinned: i.review.pinned, other: { review: other.review, version: other.version, ...own } }, newValue: { pinned: true },
  });
}

/** Split: these events leave the incident for a new one of their own; fusion never merges the two again. */
async function split(store: Store, i: Incident, events: number[], ctx: ReviewContext): Promise<number> {
  const members = await store.incidentMembers(i.id);
  const ids = new Set(events);
  const out = members.filter((m) => ids.has(m.id));
  const unknown = events.filter((e) => !members.some((m) => m.id === e));
  if (!events.length || unknown.length) throw new ReviewError('E_REVIEW_VALUE', `events ${unknown.join(', ') || '(none)'} are not reports of incident ${i.id}; its events are ${members.map((m) => m.id).join(', ')}`, 400);
  if (out.length === members.length) throw new ReviewError('E_REVIEW_VALUE', `splitting every event out of incident ${i.id} leaves it empty; reject it instead`, 400);
  await write(store, i, stamp({ ...i.review, pinned: true }, ctx, i.articles));
  const newId = await store.createIncident(describeIncident(await groupCopies(store, out)));
  for (const m of out) await store.assignEvent(m.id, newId);
  const created = (await store.getIncident(newId))!;
  await store.writeReview(newId, stamp({ ...NEW_REVIEW, pinned: true }, ctx, created.articles), created.version);
  await refuseIncident(store, i.id);
  await store.addReviewRecord({
    incidentId: newId, who: ctx.who, action: 'split', field: null, oldValue: null, newValue: { from: i.id }, why: ctx.why ?? null,
    version: (await store.getIncident(newId))!.version, otherIncident: i.id, events: out.map((m) => m.id), reverts: null,
  });
  return record(store, i, ctx, { action: 'split', otherIncident: newId, events: out.map((m) => m.id), oldValue: { pinned: i.review.pinned }, newValue: { pinned: true, into: newId } });
}

/**
 * Reverses an earlier action of this incident, as a new action of its own (the history keeps both).
 * Only the latest standing action on the same thing can be reversed (a field's latest setting, the latest
 * verdict, the latest merge or split), so a reversal never lands on a state the person did not see.
 */
async function revert(store: Store, i: Incident, recordId: number, ctx: ReviewContext): Promise<number> {
  const rec = await store.getReviewRecord(recordId);
  if (!rec || rec.incidentId !== i.id) throw new ReviewError('E_NOT_FOUND', `incident ${i.id} has no review action ${recordId}`, 404);
  if (rec.revertedBy != null) throw new ReviewError('E_REVIEW_CONFLICT', `review action ${recordId} was already reverted (by ${rec.revertedBy})`, 409);
  if (rec.action === 'revert') throw new ReviewError('E_REVIEW_CONFLICT', 'a reversal is not reverted: do the action again instead', 409);
  const kind = (x: ReviewRecord): string => (x.action === 'confirm' || x.action === 'reject' ? 'verdict' : x.action === 'set' ? `set:${x.field}` : x.action === 'note' ? `note:${x.id}` : 'members');
  const later = (await store.reviewRecords(i.id)).filter((x) => x.id > rec.id && x.revertedBy == null && x.action !== 'revert' && kind(x) === kind(rec));
  if (later.length) throw new ReviewError('E_REVIEW_CONFLICT', `review action ${recordId} was followed by action ${later[later.length - 1].id} on the same ${kind(rec).replace(/:.*/, '')}: revert that first`, 409);
  const old = i.review;
  const before = (rec.oldValue ?? {}) as Record<string, any>;
  let undo: Record<string, unknown> = {};
  switch (rec.action) {
    case 'confirm':
    case 'reject': {
      const state = before.state === 'confirmed' && hasLocks(old) ? 'corrected' : before.state === 'corrected' && !hasLocks(old) ? 'confirmed' : before.state;
      await write(store, i, { ...old, state, by: ctx.who, at: new Date().toISOString() });
      undo = { state };
      break;
    }
    case 'set': {
      const locked = { ...old.locked };
      const field = rec.field!;
      if (before.locked) locked[field] = before.locked;
      else delete locked[field];
      // With no lock left, the verdict the set found comes back (a correction of an unreviewed incident made it "corrected").
      const prior = before.state === 'corrected' ? 'confirmed' : before.state ?? old.state;
      const state = old.state === 'rejected' ? 'rejected' : hasLocks({ ...old, locked }) ? 'corrected' : old.state === 'corrected' ? prior : old.state;
      await write(store, i, { ...old, locked, state, by: ctx.who, at: new Date().toISOString() });
      undo = { field, locked: before.locked ?? null };
      break;
    }
    case 'note':
      await write(store, i, { ...old, notes: Math.max(0, old.notes - 1) });
      break;
    case 'merge': {
      // The merged incident comes back under its own id (bookmarks, links and exports name it) with its
      // reports, its own review, its fusion history and review records; both keep the merge and its reversal.
      const members = (await store.incidentMembers(i.id)).filter((m) => rec.events.includes(m.id));
      if (!members.length) throw new ReviewError('E_REVIEW_CONFLICT', `the events merged in by action ${recordId} are no longer in incident ${i.id}`, 409);
      await write(store, i, { ...old, pinned: before.pinned || (await membershipStands(store, i.id, rec.id)) });
      const fields = describeIncident(await groupCopies(store, members));
      const ownId = rec.otherIncident;
      // A store from before ids were kept for good may have given the id to another incident since: a new id then.
      const back = ownId != null && !(await store.getIncident(ownId)) ? await store.createIncident(fields, ownId) : await store.createIncident(fields);
      if (back === ownId) await store.moveRecords(back, { history: before.other?.history ?? [], reviews: before.other?.reviews ?? [] });
      for (const m of members) await store.assignEvent(m.id, back);
      const restored = (await store.getIncident(back))!;
      await store.writeReview(back, { ...NEW_REVIEW, ...(before.other?.review ?? {}), pinned: true }, restored.version);
      await refuseIncident(store, i.id);
      // The restored incident's own records: "merged into i" is reversed by this revert, told there too.
      const into = (await store.reviewRecords(back)).filter((x) => x.action === 'merge' && x.otherIncident === i.id && x.revertedBy == null).pop();
      const mirror = await store.addReviewRecord({
        incidentId: back, who: ctx.who, action: 'revert', field: null, oldValue: { mergedInto: i.id }, newValue: { restored: back, from: i.id },
        why: ctx.why ?? null, version: (await store.getIncident(back))!.version, otherIncident: i.id, events: members.map((m) => m.id), reverts: into?.id ?? rec.id,
      });
      if (into) await store.setRevertedBy(into.id, mirror);
      undo = { restoredAs: back, events: members.map((m) => m.id) };
      break;
    }
    case 'split': {
      // The split-off events return; their incident goes when nothing else joined it since.
      const otherId = rec.otherIncident!;
      const members = (await store.incidentMembers(otherId)).filter((m) => rec.events.includes(m.id));
      if (!members.length) throw new ReviewError('E_REVIEW_CONFLICT', `the events split off by action ${recordId} are no longer in incident ${otherId}`, 409);
      await write(store, i, { ...old, pinned: before.pinned || (await membershipStands(store, i.id, rec.id)) });
      for (const m of members) await store.assignEvent(m.id, i.id);
      const left = await store.incidentMembers(otherId);
      if (left.length) await refuseIncident(store, otherId);
      else await store.deleteIncident(otherId);
      await refuseIncident(store, i.id);
      undo = { events: members.map((m) => m.id), removed: left.length ? null : otherId };
      break;
    }
  }
  const id = await record(store, i, ctx, { action: 'revert', reverts: rec.id, field: rec.field, oldValue: rec.newValue, newValue: undo, otherIncident: rec.otherIncident, events: rec.events });
  await store.setRevertedBy(rec.id, id);
  return id;
}

/** Does another standing merge or split of this incident (not `except`) still fix its membership? */
async function membershipStands(store: Store, id: number, except: number): Promise<boolean> {
  return (await store.reviewRecords(id)).some((x) => x.id !== except && x.revertedBy == null && (x.action === 'merge' || x.action === 'split'));
}

export { FIELD_GROUPS, isHeld };
