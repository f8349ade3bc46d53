// Table tests for Ukrainian and Russian areas named by their adjective (slavic-areas.ts), over the real gazetteer:
// [one-word name, expected "name@country feature" of the first answer, or '' for none]. Invented uses, general knowledge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey, loadGazetteer } from '../../gazetteer/index.js';
import { adjectivalArea } from './slavic-areas.js';

const gaz = loadGazetteer();
const CASES: Array<[string, string]> = [
  ['Kupianskyi', 'Kupiansk Raion@UA ADM2'], // -sk stem keeps its "sk"
  ['Pokrovskyi', 'Pokrovsk Raion@UA ADM2'],
  ['Nikopolskyi', 'Nikopol Raion@UA ADM2'], // "-skyi" after the stem
  ['Polohivskyi', 'Polohy Raion@UA ADM2'], // "-iv-" inserted after a final -y
  ['Bakhmutskyy', 'Bakhmut Raion@UA ADM2'], // another romanisation of the ending
  ['Kharkivska', 'Kharkiv@UA ADM1'], // the oblast's feminine adjective
  ['Donetska', 'Donetsk@UA ADM1'],
  ['Zelensky', ''], // a surname of the same shape: no area of that stem
  ['Kowalska', ''],
  ['Kharkiv', ''], // no adjectival ending: the gazetteer's own look-up answers it
];

test('areas named by their adjective', () => {
  const show = (w: string): string => {
    const p = adjectivalArea(gaz, foldKey(w))[0];
    return p ? `${gaz.nameOf(p.entry)}@${gaz.countryOf(p.entry)} ${gaz.featureOf(p.entry)}` : '';
  };
  assert.deepEqual(CASES.map(([w]) => [w, show(w)]), CASES);
});
