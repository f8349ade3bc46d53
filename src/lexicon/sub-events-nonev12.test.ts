import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from '../pipeline/events/index.js';
import { docOf, typingTable } from '../pipeline/events/test-helpers.js';
import type { SentenceReading } from '../pipeline/events/types.js';

// nonev12 (issue 13): reports that are no ACLED event though they name one — an arrest for an ordinary crime, a diplomatic act
// about an earlier attack (lexicon/non-events.ts, nonevent.crime.*, nonevent.diplomacy*) — beside the real incidents told with the
// same words. Invented reports in ACLED-note and wire styles (Bolivia, Fiji, Laos, Moldova, Gabon, Nepal and elsewhere), never
// evaluation rows.

/** The non-event rules that left a sentence out, and how many incidents were read. */
function read(text: string): { count: number; rules: string[] } {
  const trace: SentenceReading[] = [];
  const count = findEvents(docOf(text, '2024-05-10'), [], [], {} as any, trace).events.length;
  return { count, rules: trace.flatMap((s) => (s.notAnEvent ? [s.notAnEvent] : [])) };
}

// [report, the non-event rule that leaves it out]
const NONE: Array<[string, string]> = [
  ['Police in Santa Cruz arrested three men suspected of robbery at a jewellery shop on Friday.', 'nonevent.crime.arrest'],
  ['Customs officers in Suva caught two crew members of a yacht carrying 40 kilograms of methamphetamine.', 'nonevent.crime.charge'],
  ['Two bank clerks were caught in Chisinau embezzling deposits.', 'nonevent.crime.charge'],
  ['The government of Gabon imposed sanctions on two officers over the bombing of a market last year.', 'nonevent.diplomacy'],
  ['Two envoys were expelled in response to the alleged nerve agent attack on an exiled businessman.', 'nonevent.diplomacy'],
  ['The ministry listed the stockpiles of chemical weapons held at two depots.', 'nonevent.diplomacy'],
  ['The foreign ministry condemned last week\'s bombing of the border post.', 'nonevent.diplomacy.condemned-earlier'],
];

for (const [text, rule] of NONE) {
  test(`nonev12 ${rule}: ${text}`, () => {
    const got = read(text);
    assert.equal(got.count, 0);
    assert.ok(got.rules.includes(rule), `expected ${rule}, got ${got.rules.join(', ') || 'no rule'}`);
  });
}

// Incidents kept beside the same words: [report, first sub-event type, the rule that types it]
typingTable('nonev12', [
  // an arrest of a politically significant person, whatever the charge, or one tied to an armed group
  ['Police in Kathmandu arrested an opposition lawmaker on fraud charges on Tuesday, his party said.', 'Arrests', 'arrest.by-state'],
  ['Police arrested two men on suspicion of smuggling rifles to the rebels in the east.', 'Arrests', 'arrest.by-state'],
  // an attack told by its own verb beside the diplomatic reaction to it
  ['Rebels shelled a clinic in the town on Tuesday, killing three; the envoy of the UN condemned the shelling.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  ['Talks collapsed on Monday after gunmen attacked a village, killing five farmers.', 'Attack', 'attack.kill-civilians'],
  // a condemnation of an attack not told as earlier may be its only report: kept
  ['The governor condemned the bombing of a bus station in the town on Sunday that killed four people.', 'Remote explosive/landmine/IED', 'explosive.device'],
], '2024-05-10');
