// Table tests for world8 (issues 13/14): parties named as ACLED names them in countries the dev sets barely cover. A movement
// that became a country's de facto government is that state's force from the day it took power (settle-actors.ts
// DE_FACTO_AUTHORITIES): the Taliban since 15 August 2021, as police for arrests; before then, the insurgent Taliban.
// Invented reports (never evaluation rows). Each row: [report, published, expected "actor1 > actor2 | rule of actor1 or 2"].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../index.js';
import { getContext } from '../context.js';

const ctx = getContext();
function first(text: string, published: string): string {
  const r = extractArticle({ id: 't', text, published }, ctx);
  assert.ok(r.ok);
  const e = r.value.events[0];
  return e ? `${e.actor1?.name ?? '-'} > ${e.actor2?.name ?? '-'}` : 'no event';
}

const CASES: Array<[string, string, string]> = [
  ["On 14 January 2025, Taliban intelligence detained a women's rights activist in Herat city (Herat, Herat).", '2025-01-15', 'Police Forces of Afghanistan > Civilians (Afghanistan)'],
  ['On 22 June 2025, NRF fighters attacked a Taliban checkpoint in Bazarak (Bazarak, Panjshir). 2 Taliban members were killed.', '2025-06-23', 'NRF: National Resistance Front of Afghanistan > Military Forces of Afghanistan'],
  // …and before the fall of Kabul, the insurgent Taliban
  ['On 3 May 2019, Taliban fighters attacked an army checkpoint in Kunduz (Kunduz), killing four soldiers.', '2019-05-04', 'Taliban > Military Forces of Afghanistan'],
];

test('de facto authorities named as the state they govern', () => {
  const bad = CASES.map(([text, pub, want]) => [text, want, first(text, pub)]).filter(([, want, got]) => want !== got);
  assert.deepEqual(bad, []);
});
