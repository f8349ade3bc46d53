// The body of POST /api/incidents/{id}/review, checked field by field: a wrong shape is a 400 naming
// what is wrong, never a partial action. The field values are read later, against the incident, by
// the same reader as the command line's (src/review/fields.ts).
import { ApiError } from './errors.js';
import { MAX_WHO, MAX_WHY } from '../review/actions.js';

export const REVIEW_BODY_ACTIONS = ['confirm', 'reject', 'set', 'merge', 'split', 'note', 'revert'] as const;
export const MAX_ACTIONS = 20;

import type { RawAction, ReviewBody } from './shapes.js';
export type { RawAction, ReviewBody } from './shapes.js';

const bad = (message: string): never => { throw new ApiError(400, 'E_BAD_REVIEW', message); };
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

export function readReviewBody(v: unknown): ReviewBody {
  if (!v || typeof v !== 'object' || Array.isArray(v)) bad('send {"version": N, "by": "name", "actions": [{"action": "confirm"}, ...]} (or one action\'s fields in place of "actions")');
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['version', 'by', 'why', 'actions', 'action', 'field', 'value', 'incident', 'events', 'review'].includes(k)) bad(`unknown member "${k.slice(0, 40)}"`);
  if (!isId(o.version)) bad('"version" is required: the incident version the review was made on (a positive integer; the incident carries it)');
  if (typeof o.by !== 'string' || !o.by.trim() || o.by.length > MAX_WHO) bad(`"by" names the reviewer in 1 to ${MAX_WHO} characters`);
  if (o.why != null && (typeof o.why !== 'string' || o.why.length > MAX_WHY)) bad(`"why" is text of at most ${MAX_WHY} characters`);
  const list = o.actions !== undefined ? o.actions : o.action !== undefined ? [o] : undefined;
  if (!Array.isArray(list) || !list.length || list.length > MAX_ACTIONS) bad(`"actions" is a list of 1 to ${MAX_ACTIONS} actions`);
  return { version: o.version as number, by: (o.by as string).trim(), why: (o.why as string | undefined) ?? null, actions: (list as unknown[]).map(readAction) };
}

function readAction(a: unknown, i: number): RawAction {
  const at = `action ${i + 1}`;
  if (!a || typeof a !== 'object') bad(`${at} is an object with "action"`);
  const o = a as Record<string, unknown>;
  const kind = o.action;
  if (!REVIEW_BODY_ACTIONS.includes(kind as never)) bad(`${at}: "action" must be one of ${REVIEW_BODY_ACTIONS.join(', ')}`);
  switch (kind) {
    case 'set':
      if (typeof o.field !== 'string' || o.field.length > 40) bad(`${at}: "field" names the field to set`);
      if (o.value !== null && (typeof o.value !== 'string' || o.value.length > 300)) bad(`${at}: "value" is text (as on the command line: "5-6-8", "2024-05-02/1", "46.63,32.61") or null to lift the lock`);
      return { action: 'set', field: o.field as string, value: o.value as string | null };
    case 'merge':
      if (!isId(o.incident)) bad(`${at}: "incident" is the id of the incident to merge in`);
      return { action: 'merge', incident: o.incident as number };
    case 'split':
      if (!Array.isArray(o.events) || !o.events.length || o.events.length > 500 || !o.events.every(isId)) bad(`${at}: "events" lists the ids of the events to split off`);
      return { action: 'split', events: o.events as number[] };
    case 'revert':
      if (!isId(o.review)) bad(`${at}: "review" is the id of the review action to reverse`);
      return { action: 'revert', review: o.review as number };
    default:
      return { action: kind as 'confirm' | 'reject' | 'note' };
  }
}
