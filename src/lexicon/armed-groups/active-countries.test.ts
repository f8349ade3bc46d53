// The active-countries table: every row names a group of the lexicon, with country codes and a why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIVE_COUNTRIES, activeCountriesOf, isGroupId } from './active-countries.js';
import { NAMED_GROUPS } from './index.js';

test('every active-countries row names a lexicon group, in ISO codes other than its home, with a why', () => {
  const seen = new Set<string>();
  for (const row of ACTIVE_COUNTRIES) {
    assert.ok(isGroupId(row.id), row.id);
    assert.ok(!seen.has(row.id), `${row.id} twice`);
    seen.add(row.id);
    assert.ok(row.why.length > 10, row.id);
    const home = NAMED_GROUPS.find((g) => g.id === row.id)!.country;
    for (const c of row.countries) assert.match(c, /^[A-Z]{2}$/, row.id);
    assert.ok(!row.countries.includes(home ?? ''), `${row.id} lists its home`);
  }
});

test('a group with no row fights nowhere else', () => assert.deepEqual(activeCountriesOf('group.hamas'), []));
