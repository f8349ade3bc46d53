import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interaction, interCode } from './actor-kind.js';

// ACLED's actor types (codebook, "Inter codes"): [name, incident country, inter code] — one line a case.
const INTER: Array<[string, string | null, number]> = [
  ['Military Forces of Nigeria', 'NG', 1],
  ['Police Forces of the Philippines', 'PH', 1],
  ['Military Forces of Israel', 'SY', 8], // state forces outside their own country: external forces
  ['Military Forces of Russia', 'UA', 8],
  ['Military Forces of Yemen (Houthis)', 'YE', 1],
  ['Al Shabaab', 'SO', 2],
  ['Islamic State (Nigeria)', 'NG', 2],
  ['JNIM: Group for Support of Islam and Muslims', 'ML', 2],
  ['Unidentified Armed Group (Mali)', 'ML', 3],
  ['CJNG: Jalisco New Generation Cartel', 'MX', 3],
  ['Unidentified Gang (Haiti)', 'HT', 3],
  ['Fulani Ethnic Militia (Nigeria)', 'NG', 4],
  ['Marehan Clan Militia (Somalia)', 'SO', 4],
  ['Rioters (Chile)', 'CL', 5],
  ['Protesters (Kenya)', 'KE', 6],
  ['Civilians (Afghanistan)', 'AF', 7],
  ['Wagner Group', 'ML', 8],
  ['Private Security Forces (Kenya)', 'KE', 8],
  ['Global Coalition Against Daesh', 'SY', 8],
  ['', 'SY', 0],
];

// [inter1, inter2, interaction]: the smaller code first; one actor alone is sole action; no actor1, no interaction.
const INTERACTION: Array<[number, number, number]> = [
  [1, 2, 12],
  [2, 1, 12],
  [6, 1, 16],
  [3, 7, 37],
  [1, 0, 10],
  [6, 0, 60],
  [0, 7, 0],
  [0, 0, 0],
];

for (const [name, country, code] of INTER) test(`inter code: ${name || '(none)'} in ${country}`, () => assert.equal(interCode(name, country), code));
for (const [a, b, code] of INTERACTION) test(`interaction: ${a} and ${b}`, () => assert.equal(interaction(a, b), code));
