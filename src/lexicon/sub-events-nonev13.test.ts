import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from '../pipeline/events/index.js';
import { docOf, readArticle, typingTable } from '../pipeline/events/test-helpers.js';
import type { SentenceReading } from '../pipeline/events/types.js';

// nonev13 (issue 13): accidents and disasters told in the shapes that generalise — the outcome in a participle clause after a long
// accident clause, a hazard told as the cause, a crowd crush, a depot blast, a crash on a training flight, a cause ruled out —
// beside blasts someone set off at the same kinds of site, which stay events (lexicon/non-events.ts SET_OFF). Invented reports
// with invented places (Arvella, Kessa, Dorno), never evaluation rows.

/** The non-event rules that left a sentence out, and how many incidents were read. */
function read(text: string): { count: number; rules: string[] } {
  const trace: SentenceReading[] = [];
  const count = findEvents(docOf(text, '2024-05-10'), [], [], {} as any, trace).events.length;
  return { count, rules: trace.flatMap((s) => (s.notAnEvent ? [s.notAnEvent] : [])) };
}

// [report, the non-event rule that leaves it out]
const NONE: Array<[string, string]> = [
  // the outcome in a participle clause belongs to the accident of the main clause, however long that clause
  ['A minibus carrying farm workers plunged off a narrow bridge into the river outside Kessa, killing 14 people.', 'nonevent.accident.traffic'],
  ['A garden wall collapsed on a group of children playing in a yard in Dorno, killing three of them.', 'nonevent.accident.mining'],
  ['Part of a shopping centre under construction collapsed on a crowd of workers in Arvella, killing nine of them.', 'nonevent.accident.mining'],
  // the accident told in a clause after the outcome, opened by "after" or "when"
  ['The bodies of nine fishermen were recovered from the lake near Arvella on Monday after their wooden boat capsized.', 'nonevent.accident.traffic'],
  // a bare death (no attacker, weapon or victim's kind) in a sentence that names an accident is the accident's
  ['A ferry sank in the strait off Kessa on Sunday night; the harbour master said 40 were missing and 11 were dead.', 'nonevent.accident.traffic'],
  // failures of a machine or a supply, a dam that gives way
  ['Twelve patients died in a hospital in Dorno when the oxygen supply failed during a power outage.', 'nonevent.accident.industrial'],
  ['Hundreds of families were evacuated from Arvella after the dam wall cracked on Friday.', 'nonevent.disaster.flood-storm'],
  // a hazard told as the cause of the blast
  ['The explosion that killed two cooks at a hotel in Kessa on Monday was caused by a leaking gas pipe, the fire service said.', 'nonevent.accident.industrial'],
  // a crowd crush is a stampede's deaths
  ['Eleven pilgrims were crushed to death at the gate of a shrine in Arvella on Friday.', 'nonevent.accident.traffic'],
  // a blast at a depot or warehouse with no one said to have set it off
  ['A blast at an ammunition depot near Dorno killed two soldiers; the army said hot weather was to blame.', 'nonevent.accident.industrial'],
  // a military aircraft that crashed on a training flight: no strike
  ['Two pilots were killed when their fighter jet crashed during a training flight near Kessa.', 'nonevent.drill'],
  // a political word set aside ("ruled out arson") tells nothing that happened
  ['A fire that gutted a market in Arvella was caused by a short circuit, police said, ruling out arson.', 'nonevent.negated'],
];

for (const [text, rule] of NONE) {
  test(`nonev13 ${rule}: ${text}`, () => {
    const got = read(text);
    assert.equal(got.count, 0);
    assert.ok(got.rules.includes(rule), `expected ${rule}, got ${got.rules.join(', ') || 'no rule'}`);
  });
}

// Incidents kept at the same kinds of site, because someone set them off: [report, first sub-event type, the rule that types it]
typingTable('nonev13', [
  ['A bomb planted at a brick factory in Kessa exploded on Sunday, killing two workers.', 'Remote explosive/landmine/IED', 'explosive.device'],
  ['An explosive device hidden in a fuel tanker went off at a police post near Dorno, killing three officers.', 'Remote explosive/landmine/IED', 'explosive.device'],
  ['An attack on a chemical plant near Arvella killed three workers on Tuesday.', 'Attack', 'attack.kill-civilians'],
  // "bomb disposal" names the experts, not a bomb: the gas blast stays an accident, and a real bomb beside a depot stays a bomb
  ['Militants detonated a roadside bomb outside a fuel depot in Kessa, wounding four soldiers.', 'Remote explosive/landmine/IED', 'explosive.device'],
], '2024-05-10');

test('nonev13: bomb disposal experts at a gas blast tell no bomb', () => {
  assert.equal(readArticle('Bomb disposal experts said the blast that wrecked a restaurant in Dorno was caused by a gas cylinder.').events.length, 0);
});
