// POST /api/incidents/{id}/review over the Store: the body's field values read against the incident (as
// the command line reads them), then the actions in one transaction; a refusal becomes an ApiError.
import type { Incident, Store } from '../store/store.js';
import type { FieldValue } from '../review/model.js';
import { review, ReviewError, type ReviewRequest } from '../review/actions.js';
import { FieldError, fieldOf, readFieldValue } from '../review/fields.js';
import { loadGazetteer } from '../gazetteer/index.js';
import type { ReviewBody } from './review-input.js';
import { ApiError } from './errors.js';
import { mergedMessage, standingIncident } from '../store/merged-into.js';
import { toApiIncident, toApiReviewRecord } from './to-api.js';
import type { ApiIncident, ApiReviewRecord } from './shapes.js';

export async function reviewFromBody(store: Store, id: number, body: ReviewBody): Promise<{ incident: ApiIncident; reviews: ApiReviewRecord[] }> {
  const current = await store.getIncident(id);
  if (!current) {
    // Never applied to where it went: the reviewer read another incident than the one standing there now.
    const moved = await standingIncident(store, id);
    throw moved ? new ApiError(404, 'E_MERGED', `${mergedMessage(moved)}; review that one`) : new ApiError(404, 'E_NOT_FOUND', `no incident ${id}`);
  }
  let shown: Incident = current;
  const requests: ReviewRequest[] = [];
  for (const a of body.actions) {
    try {
      switch (a.action) {
        case 'set': {
          const field = fieldOf(a.field);
          const value: FieldValue | null = a.value == null || a.value.trim() === '' ? null : readFieldValue(field, a.value, shown, () => loadGazetteer());
          requests.push({ action: 'set', field, value });
          if (value) shown = { ...shown, ...value };
          break;
        }
        case 'merge': requests.push({ action: 'merge', other: a.incident }); break;
        case 'split': requests.push({ action: 'split', events: a.events }); break;
        case 'revert': requests.push({ action: 'revert', record: a.review }); break;
        default: requests.push({ action: a.action });
      }
    } catch (err) {
      if (err instanceof FieldError) throw new ApiError(400, err.code, err.message);
      throw err;
    }
  }
  try {
    const done = await review(store, id, requests, { who: body.by, why: body.why, version: body.version });
    return { incident: toApiIncident(done.incident), reviews: done.records.map(toApiReviewRecord) };
  } catch (err) {
    if (err instanceof ReviewError) throw new ApiError(err.status, err.code, err.message);
    throw err;
  }
}
