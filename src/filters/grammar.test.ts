// The filter grammar, one line per case: what each raw value reads as, and the words a refused one gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiName, cliName, FILTERS, FilterError, isCalendarDate, limitParam, readQuery, SORT } from './grammar.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../vocabulary.js';

const DEFS = [...FILTERS, SORT, limitParam(500)];
const read = (raw: Record<string, string>) => readQuery(raw, DEFS, cliName);
const refusal = (raw: Record<string, string>, say = cliName): string => {
  try {
    readQuery(raw, DEFS, say);
  } catch (err) {
    if (err instanceof FilterError) return err.message;
    throw err;
  }
  return 'accepted';
};

const ACCEPTED: [Record<string, string>, object][] = [
  [{ since: '2024-02-29', until: '2024-03-01' }, { since: '2024-02-29', until: '2024-03-01' }],
  [{ country: ' ua ' }, { country: 'UA' }],
  [{ type: 'explosions/remote VIOLENCE' }, { type: 'Explosions/Remote violence' }],
  [{ 'sub-type': 'air/drone strike' }, { subType: 'Air/drone strike' }],
  [{ type: 'Battles', 'sub-type': 'Armed clash' }, { type: 'Battles', subType: 'Armed clash' }],
  [{ actor: '  rebel ' }, { actor: 'rebel' }],
  [{ dyad: ' Rebels of X | Police Forces of Y ' }, { dyad: { actor1: 'Rebels of X', actor2: 'Police Forces of Y' } }],
  [{ near: '48.7, 37.5 ,10' }, { near: { lat: 48.7, lon: 37.5, km: 10 } }],
  [{ bbox: '170,-20,-170,-10' }, { bbox: { minLon: 170, minLat: -20, maxLon: -170, maxLat: -10 } }], // across the antimeridian
  [{ 'min-sources': '1' }, { minSources: 1 }],
  [{ status: 'denied' }, { status: 'denied' }],
  [{ sort: '-fatalities', limit: '20' }, { sort: '-fatalities', limit: 20 }],
];

const REFUSED: [Record<string, string>, RegExp][] = [
  [{ type: 'Air/drone strike' }, /^--type takes an event type; "Air\/drone strike" is a sub-event type \(of Explosions\/Remote violence\): filter by it with --sub-type$/],
  [{ type: 'foo' }, new RegExp(`^--type must be one of the 6 event types: ${EVENT_TYPES.join(', ').replace(/\//g, '\\/')}; got "foo"$`)],
  [{ 'sub-type': 'Battles' }, /^--sub-type takes a sub-event type; "Battles" is an event type: filter by it with --type$/],
  [{ 'sub-type': 'drone' }, /^--sub-type must be one of the 25 sub-event types: Armed clash, .*; got "drone"$/],
  [{ type: 'Battles', 'sub-type': 'Air/drone strike' }, /^--sub-type "Air\/drone strike" is a sub-event type of Explosions\/Remote violence, not of Battles$/],
  [{ since: '2024-02-31' }, /^--since must be a calendar date YYYY-MM-DD, got "2024-02-31"$/],
  [{ until: 'yesterday' }, /^--until must be a calendar date/],
  [{ since: '2024-05-01', until: '2024-04-01' }, /^--until must be on or after --since \(2024-05-01\)/],
  [{ country: 'Syria' }, /^--country must be a two-letter ISO 3166-1 code/],
  [{ 'min-sources': '0' }, /^--min-sources must be a whole number from 1 to 10000, got "0"$/],
  [{ 'min-sources': '-1' }, /^--min-sources must be a whole number/],
  [{ near: '1,2' }, /^--near must be 3 comma-separated numbers LAT,LON,KM/],
  [{ near: '95,0,10' }, /^--near needs LAT in \[-90, 90\]/],
  [{ near: '1,2,1e3' }, /^--near must be 3 comma-separated numbers/],
  [{ near: ',,5' }, /^--near must be 3 comma-separated numbers/],
  [{ bbox: '10,50,0,40' }, /^--bbox is W,S,E,N with S ≤ N/],
  [{ bbox: '0,0,190,10' }, /^--bbox is W,S,E,N/],
  [{ actor: '   ' }, /^--actor must be non-empty text of at most 200 characters/],
  [{ dyad: 'Rebels of X' }, /^--dyad must be two actor names joined by "\|"/],
  [{ dyad: 'A|B|C' }, /^--dyad must be two actor names joined by "\|"/],
  [{ dyad: 'A| ' }, /^--dyad must be two actor names joined by "\|"/],
  [{ text: 'x'.repeat(201) }, /^--text must be non-empty text/],
  [{ status: 'maybe' }, /^--status must be one of alleged, acknowledged, denied, unclaimed; got "maybe"$/],
  [{ sort: 'size' }, /^--sort must be one of -date, date/],
  [{ limit: '0' }, /^--limit must be a whole number from 1 to 500/],
];

test('filter grammar: accepted values read as the store filter', () => {
  for (const [raw, want] of ACCEPTED) assert.deepEqual(read(raw), want, JSON.stringify(raw));
});

test('filter grammar: a refused value is named, with the valid values or the right parameter', () => {
  for (const [raw, want] of REFUSED) assert.match(refusal(raw), want, JSON.stringify(raw));
});

test('filter grammar: the API is told the same words, naming its parameters its own way', () => {
  for (const [raw] of REFUSED) {
    const cli = refusal(raw);
    assert.equal(refusal(raw, apiName), cli.replace(/--([a-z-]+)/g, 'parameter "$1"'), JSON.stringify(raw));
  }
});

test('filter grammar: every sub-event type belongs to one of the six event types', () => {
  assert.equal(SUB_EVENT_TYPES.length, 25);
  for (const s of SUB_EVENT_TYPES) assert.ok((EVENT_TYPES as readonly string[]).includes(s.eventType), s.subEventType);
});

test('calendar dates: real days only', () => {
  for (const [s, ok] of [['2024-02-29', true], ['2023-02-29', false], ['2024-02-31', false], ['2024-13-01', false], ['2024-1-01', false], ['0000-01-01', false], ['1899-12-31', false], ['2100-12-31', true]] as const) {
    assert.equal(isCalendarDate(s), ok, s);
  }
});
