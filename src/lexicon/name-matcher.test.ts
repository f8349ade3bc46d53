// namesMatcher answers as /\b(?:branches)\b/i.test does, one line per case: [branches, text]; and the
// armed groups' names (source-kinds.ts) on texts built from every branch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesMatcher } from './name-matcher.js';
import { GROUP_NAME_BRANCHES } from './source-kinds.js';

const CASES: [string[], string][] = [
  [['rebels?'], 'Rebel commanders said'],
  [['rebels?'], 'the rebelsx said'],
  [['houthi\\w*'], 'a Houthi-run ministry'],
  [['houthi\\w*'], 'Houthis said'],
  [['al\\s*-\\s*qaeda'], 'an al - Qaeda affiliate'],
  [['al\\s*-\\s*qaeda'], 'an al-qaedaist'],
  [['armed\\s*group'], 'the armedgroup'],
  [['armed\\s*group'], 'the armed\u00a0 group'],
  [["'yan\\s*sakai"], "the 'Yan Sakai militia"],
  [["'yan\\s*sakai"], "'Yan Sakai"],
  [['m\\s*-\\s*23', 'm23'], 'the M-23 rebels'],
  [['people\\s*\'s\\s*protection\\s*units'], "People 's Protection Units"],
  [['a\\(b\\)'], 'x a(b) y'],
  [['a\\(b\\)'], 'x a(b)y'],
  [['militia'], ''],
  [['militia'], 'MILITIA'],
];

test('namesMatcher answers as the alternation regular expression does', () => {
  for (const [branches, text] of CASES) {
    const re = new RegExp(`\\b(?:${branches.join('|')})\\b`, 'i');
    assert.equal(namesMatcher(branches)(text), re.test(text), `${branches.join('|')} on ${text}`);
  }
});

test('the armed groups\' names: the matcher and the regular expression agree', () => {
  const re = new RegExp(`\\b(?:${GROUP_NAME_BRANCHES.join('|')})\\b`, 'i');
  const matcher = namesMatcher(GROUP_NAME_BRANCHES);
  for (const b of GROUP_NAME_BRANCHES) {
    const s = b.replace(/\\s\*/g, ' ').replace(/\\w\*/g, 'xx').replace(/\\(.)/g, '$1').replace(/\?/g, '');
    for (const text of [s, s.toUpperCase(), `the ${s}'s men`, `x${s}`, `${s}x`, s.replace(/ /g, ''), s.slice(0, -1)]) {
      assert.equal(matcher(text), re.test(text), text);
    }
  }
});

test('namesMatcher refuses what it cannot answer exactly', () => {
  assert.throws(() => namesMatcher(['a|b']));
  assert.throws(() => namesMatcher(['a.b']));
  assert.throws(() => namesMatcher(['\\d+']));
});
