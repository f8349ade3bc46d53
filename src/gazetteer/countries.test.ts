import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryName, isDemonym, lookupCountry } from './countries.js';

const rows: Array<[string, string | null, boolean]> = [
  ['Syria', 'SY', false],
  ['Syrian', 'SY', true],
  ['Iranian', 'IR', true],
  ['pro-Iranian', 'IR', true],
  ['anti-Israeli', 'IL', true],
  ['U.S.', 'US', false],
  ['the United States', 'US', false],
  ['American', 'US', true],
  ['Israeli', 'IL', true],
  ['Emirati', 'AE', true],
  ['UAE', 'AE', false],
  ['Britons', 'GB', true],
  ['Dutch', 'NL', true],
  ['Ivory Coast', 'CI', false],
  ['Congolese', 'CD', true],
  ['Oman', 'OM', false],
  ['Narnia', null, false],
  ['', null, false],
];

for (const [text, code, demonym] of rows) {
  test(`country of ${JSON.stringify(text)} is ${code}${demonym ? ' (demonym)' : ''}`, () => {
    assert.equal(lookupCountry(text)?.code ?? null, code);
    assert.equal(isDemonym(text), demonym);
  });
}

test('code to name', () => {
  assert.equal(countryName('SY'), 'Syria');
  assert.equal(countryName('il'), 'Israel');
  assert.equal(countryName('ZZ'), null);
});
