import { test } from 'node:test';
import assert from 'node:assert/strict';
import { causeClause, chargeSpan } from './protest-causes.js';
import { compileCues } from './cue-matcher.js';
import { CUES } from '../../lexicon/event-cues.js';

const cueMatcher = compileCues(CUES);
import { hasObjectOrAgent } from './crowd-sides.js';

// protest6: the spans protest-causes.ts sets aside and the objects crowd-sides.ts reads, one invented sentence a case.
const words = (s: string) => s.toLowerCase().replace(/([.,;:()])/g, ' $1 ').split(/\s+/).filter(Boolean);
const span = (s: string, w: string[], r: [number, number] | null) => (r ? w.slice(r[0], r[1]).join(' ') : null);

// [sentence, the cause clause set aside (null: none)]
const CAUSES: Array<[string, string | null]> = [
  ['Lawyers held a protest rally after one of their colleagues was shot dead in Lahore.', 'one of their colleagues was shot dead in lahore'],
  ['Residents staged a protest on Friday after gunmen killed 12 villagers in an attack.', 'gunmen killed 12 villagers in an attack'],
  // A demonstration named in the clause: the clause tells the protest itself.
  ['Two protesters died after police opened fire on the march.', null],
  // A state force in the clause: who it acted on is left to the protest rules.
  ['Protesters fled after police opened fire.', null],
  ['Hundreds marched in Nairobi on Saturday.', null],
];
for (const [s, expected] of CAUSES) {
  test(`protest6 cause clause: ${s}`, () => {
    const w = words(s);
    const hits = cueMatcher.match(w);
    const p = hits.find((h) => h.concept === 'PROTEST' || h.concept === 'PROTEST_WEAK')!;
    assert.equal(span(s, w, p ? causeClause(p, hits, w) : null), expected);
  });
}

// [sentence, the charge of the arrest (null: none)]
const CHARGES: Array<[string, string | null]> = [
  ['Police arrested 15 activists in Harare for organising last month\'s protests.', 'last month\'s protests'],
  ['A student leader was detained over his role in the quota reform protests.', 'the quota reform protests'],
  ['Police arrested 30 people taking part in an unauthorised protest.', null],
  ['Police detained 20 opposition leaders in Dhaka ahead of a planned rally.', 'a planned rally'],
];
for (const [s, expected] of CHARGES) test(`protest6 charge: ${s}`, () => { const w = words(s); assert.equal(span(s, w, chargeSpan(w)), expected); });

// [sentence, the kill verb, whether it takes an object or names its doer after "by"]
const OBJECTS: Array<[string, string, boolean]> = [
  ['Villagers killed a suspected thief in Nakuru.', 'killed', true],
  ['A suspected kidnapper was beaten to death by a crowd.', 'beaten', true],
  ['Family members killed in the attack were buried on Sunday.', 'killed', false],
  ['Three residents were killed, police said.', 'killed', false],
];
for (const [s, verb, expected] of OBJECTS) {
  test(`protest6 object or agent: ${s}`, () => {
    const w = words(s);
    const k = w.indexOf(verb);
    const end = w[k + 1] === 'to' && w[k + 2] === 'death' ? k + 3 : k + 1;
    assert.equal(hasObjectOrAgent({ concept: 'KILL', first: k, end }, w), expected);
  });
}
