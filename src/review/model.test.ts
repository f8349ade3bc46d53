// The review model, one line per case: when fusion's new reading of a locked field flags the incident
// (it moved, and no longer fits the person's value) and when it does not; the queue's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEW_REVIEW, overlay, pick, reviewPriority, type FieldValue, type IncidentReview, type ReviewField } from './model.js';
import { describeIncident } from '../fuse/describe.js';
import { newMember } from '../store/rows.js';
import { result, type EventSpec } from '../../test/helpers/build.js';
import type { IncidentFields } from '../store/store.js';

const TOWN = { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY', geonameid: 501 };
const fields = (spec: EventSpec): IncidentFields =>
  describeIncident([newMember(1, 1, result('k', [spec]).events[0], { outlet: 'A', published: '2024-03-11', copyOf: null }, [])]);

/** The person's value for `field` set over a first reading; fusion then reads `next`: flagged? */
function flagged(field: ReviewField, mine: FieldValue, first: EventSpec, next: EventSpec): boolean {
  const r: IncidentReview = { ...NEW_REVIEW, state: 'corrected', locked: { [field]: mine } };
  const locked = overlay(fields(first), r).review; // as a person's write leaves it
  const after = overlay(fields(next), locked);
  assert.deepEqual(pick(after.fields, field), pick({ ...fields(next), ...mine } as IncidentFields, field), 'the person\'s value is shown');
  return after.review.flags.length > 0;
}

const toll = (low: number, best: number, high: number): FieldValue => ({ fatalities: { low, best, high }, fatalityBasis: null });
const CASES: [string, ReviewField, FieldValue, EventSpec, EventSpec, boolean][] = [
  ['a toll inside the person\'s range', 'fatalities', toll(5, 6, 8), { place: TOWN, dead: 3 }, { place: TOWN, dead: 7 }, false],
  ['a toll beyond the person\'s range', 'fatalities', toll(5, 6, 8), { place: TOWN, dead: 3 }, { place: TOWN, dead: 40 }, true],
  ['fusion unchanged, though it disagrees', 'fatalities', toll(5, 6, 8), { place: TOWN, dead: 3 }, { place: TOWN, dead: 3 }, false],
  ['a reading near the person\'s place', 'location', { lat: 34.51, lon: 40.12, geoPrecision: 1 }, { place: { ...TOWN, geonameid: 9 } }, { place: TOWN }, false],
  ['a reading far from the person\'s place', 'location', { lat: 34.51, lon: 40.12, geoPrecision: 1 }, { place: TOWN }, { place: { ...TOWN, geonameid: 7, lat: 36.2, lon: 37.1 } }, true],
  ['another actor read', 'actor1', { actor1: 'Air Force of Testland' }, { place: TOWN, actor1: 'Navy' }, { place: TOWN, actor1: 'Army' }, true],
  ['a day inside the person\'s span', 'date', { dateStart: '2024-03-08', dateEnd: '2024-03-12', datePrecision: 2 }, { place: TOWN, date: '2024-03-01' }, { place: TOWN, date: '2024-03-10' }, false],
  ['a day outside it', 'date', { dateStart: '2024-03-08', dateEnd: '2024-03-12', datePrecision: 2 }, { place: TOWN, date: '2024-03-01' }, { place: TOWN, date: '2024-03-20' }, true],
];

test('review model: a contradicting new reading flags the incident, the person\'s value stays', () => {
  for (const [name, field, mine, first, next, want] of CASES) assert.equal(flagged(field, mine, first, next), want, name);
});

test('review model: the queue puts flagged first, then what is at stake and least sure; reviewed ones leave it', () => {
  const small = fields({ place: TOWN, dead: 1, actor1: 'Army' });
  const big = fields({ place: TOWN, dead: 50, actor1: 'Army' });
  const vague = fields({ place: { ...TOWN, precision: 3 }, dead: 1 });
  assert.ok(reviewPriority(big, NEW_REVIEW) > reviewPriority(small, NEW_REVIEW));
  assert.ok(reviewPriority(vague, NEW_REVIEW) > reviewPriority(small, NEW_REVIEW));
  assert.ok(reviewPriority(small, { ...NEW_REVIEW, flags: ['x'] }) > reviewPriority(big, NEW_REVIEW));
  assert.equal(reviewPriority(big, { ...NEW_REVIEW, state: 'confirmed' }), -1);
});
