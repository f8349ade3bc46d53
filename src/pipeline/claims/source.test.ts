// Table tests for source names and kinds: [source phrase as written, expected name, expected kind].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource, readWords, readWordsByParts } from './source.js';
import type { SourceKind } from '../../types.js';

const CASES: Array<[string, string, SourceKind]> = [
  ['The Syrian Arab News Agency (SANA)', 'SANA', 'state_media'],
  ['an unnamed military source', 'military source', 'anonymous'],
  ['a military spokeswoman', 'military spokeswoman', 'military'],
  ['most analysts', 'analysts', 'analyst'],
  ['The Syrian military', 'Syrian military', 'military'],
  ['the state-run IRNA news agency', 'IRNA', 'state_media'],
  ['the Defence Ministry', 'Defence Ministry', 'military'],
  ['two residents', 'residents', 'witness'],
  ['Human Rights Watch', 'HRW', 'monitor'],
  ['The Associated Press', 'AP', 'news_agency'],
  ['the Foreign Ministry spokesman', 'Foreign Ministry spokesman', 'government'],
  ['The Syrian Observatory for Human Rights', 'SOHR', 'monitor'],
  ['the Kremlin', 'Kremlin', 'government'],
  ['a senior fellow at a think tank', 'fellow at a think tank', 'analyst'],
  ['Maria Lopez', 'Maria Lopez', 'other'],
  ['state television', 'state television', 'state_media'],
  ['The Daily Herald', 'Daily Herald', 'news_agency'],
  ['French Interior Minister Jeanne Roux', 'Jeanne Roux', 'government'],
  ['District mayor Paul Marchand', 'Paul Marchand', 'government'],
  ['Taliban spokesman Qari Yusuf', 'Qari Yusuf', 'other'],
  ['what the foreign minister', 'foreign minister', 'government'],
  // probe5: a country's Red Crescent society is not the ICRC
  ['the Palestinian Red Crescent', 'Palestinian Red Crescent', 'monitor'],
  ['the Syrian Arab Red Crescent (SARC)', 'Syrian Arab Red Crescent', 'monitor'],
  ['the International Committee of the Red Cross', 'ICRC', 'monitor'],
];

for (const [text, name, kind] of CASES) {
  test(`source: ${text}`, () => {
    const r = readSource(text, text, text);
    assert.equal(r.name, name);
    assert.equal(r.kind, kind);
  });
}

test('source: "X\'s sources" keeps the chain in via', () => {
  const r = readSource('the Observatory’s sources', 'the Observatory’s sources', '');
  assert.equal(r.name, 'Observatory');
  assert.equal(r.via?.text, 'sources');
  assert.equal(r.via?.kind, 'anonymous');
});

test('source: anonymity in the surrounding words makes any source anonymous', () => {
  assert.equal(readSource('officials', 'officials', 'officials who spoke on condition of anonymity said').kind, 'anonymous');
});

test('source: a phrase read by parts (its core, then the tail after its comma) reads as it does whole', () => {
  const cases: Array<[string, string]> = [
    ['Fatima Santos', ', a shop owner with the Norwegian Refugee Council'],
    ['the spokesman', ', Ali Reza Hassan'],
    ['a commander', ', who leads the Return'],
    ['the Return', ', Reclamation, Rehabilitation spokesman'],
    ['a return', ', reclamation and rehabilitation commander'],
    ['Ahmed Ali', ', a state-run television reporter'],
    ['Ahmed Ali', ', a spokesman for the Syrian Observatory for Human Rights'],
    ['the Observatory’s sources', ', monitors'],
    ['an official', ', the army'],
    ['a government official', ', an al-Shabaab commander'],
    ['The Daily', ', News reporters'],
    ['officials', ''],
  ];
  for (const [core, tail] of cases) assert.deepEqual(readWordsByParts(core, core + tail), readWords(core, core + tail), core + tail);
});
