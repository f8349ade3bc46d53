// groupedAlternation: the grouped expression finds what the plain alternation finds, at the same place,
// with the same branch winning, one line per case: [branches, ignoreCase, text].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupedAlternation } from './alternation.js';

const CASES: Array<[string[], boolean, string]> = [
  [['al\\s*-\\s*qaeda', 'al\\s*qaida', 'ansar dine', 'houthis?'], true, 'fighters of Al-Qaeda attacked'],
  [['al\\s*-\\s*qaeda', 'al\\s*qaida', 'ansar dine', 'houthis?'], true, 'the Houthi movement'],
  [['al\\s*-\\s*qaeda', 'al\\s*qaida', 'ansar dine', 'houthis?'], true, 'no group named here'],
  [['syrian observatory for human rights', 'syrian observatory', 'sana'], true, 'The Syrian Observatory for Human Rights said'],
  [['syrian observatory', 'syrian observatory for human rights'], true, 'The Syrian Observatory for Human Rights said'],
  [['médecins sans frontières', 'Médecins du monde', 'msf'], true, 'MÉDECINS SANS FRONTIÈRES teams'],
  [['élysée', 'Elysee'], true, "l'Élysée a dit"],
  [['HTS', 'Hamas', 'hts'], false, 'HTS and hts'],
  [['a', 'ab', 'abc'], true, 'xx ABC'],
  [["'yan sakai", 'yan bindiga'], true, "the 'Yan Sakai vigilantes"],
  [['\\bwar', 'warlord'], true, 'a warlord'], // opens with an escape: joined as it is
  [['a|b', 'ab'], true, 'ab'], // holds a '|': joined as it is
];

test('grouped by first character, the alternation matches as before', () => {
  for (const [branches, ignoreCase, text] of CASES) {
    const flags = ignoreCase ? 'i' : '';
    const plain = new RegExp(`(?<![\\w-])(?:${branches.join('|')})`, flags).exec(text);
    const grouped = new RegExp(`(?<![\\w-])(?:${groupedAlternation(branches, ignoreCase)})`, flags).exec(text);
    assert.deepEqual(grouped && [grouped.index, grouped[0]], plain && [plain.index, plain[0]], `${branches.join('|')} on "${text}"`);
  }
});

test('branches that open with an escape or hold a bar are left as they are', () => {
  assert.equal(groupedAlternation(['\\bwar', 'warlord'], true), '\\bwar|warlord');
  assert.equal(groupedAlternation(['a|b', 'ab'], true), 'a|b|ab');
  assert.equal(groupedAlternation(['rebel', 'rebels', 'raid'], true), 'r(?:ebel|ebels|aid)');
  assert.equal(groupedAlternation(['Rebel', 'rebels'], false), 'Rebel|rebels');
});
