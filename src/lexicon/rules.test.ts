// The rule tables are data that say why: every row has a stable dotted id (unique across both tables),
// a one-line why, and the codebook's decisive cue and near neighbours for each sub-type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SUB_EVENTS } from './sub-events.js';
import { ARTICLE_RULES, NON_EVENT_RULES } from './non-events.js';
import { CUES } from './event-cues.js';
import { CONCEPT_ROLES } from './concept-roles.js';

const DOTTED = /^[a-z]+(\.[a-z0-9-]+)+$/;
const ids = [...SUB_EVENTS.flatMap((d) => d.rules.map((r) => r.id)), ...[...NON_EVENT_RULES, ...ARTICLE_RULES].map((r) => r.id)];

test('rule ids are dotted and unique', () => {
  for (const id of ids) assert.match(id, DOTTED, id);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
});

test('every rule says why, citing the codebook or general English, and has a score', () => {
  for (const d of SUB_EVENTS) for (const r of d.rules) {
    assert.match(r.why, /^(Codebook|General English)/, r.id);
    assert.ok(r.score > 0, r.id);
  }
  for (const r of [...NON_EVENT_RULES, ...ARTICLE_RULES]) assert.match(r.why, /^(Codebook|General English)/, r.id);
});

test('each of ACLED\'s 25 sub-types names its decisive cue and its neighbours', () => {
  assert.equal(SUB_EVENTS.length, 25);
  for (const d of SUB_EVENTS) assert.ok(d.definition && d.decisive && d.neighbours, d.subEventType);
});

test('every concept a rule names has cue words or is set by the reader, and a row of roles', () => {
  const named = new Set(SUB_EVENTS.flatMap((d) => d.rules.flatMap((r) => [...r.all, ...(r.any ?? []), ...(r.none ?? []), ...(r.object ? [r.object] : [])])));
  for (const c of named) assert.ok(c in CUES && c in CONCEPT_ROLES, c);
});
