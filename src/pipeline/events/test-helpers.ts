// Shared by the events table tests: a sentence segmented the way the pipeline does it, and a whole
// article read through claims and events over a few invented towns (and real demonyms, for actors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { findClaims } from '../claims/index.js';
import { findEvents } from './index.js';
import { extractArticle } from '../index.js';
import { getContext, type Context } from '../context.js';
import type { Doc, Place } from '../../types.js';
import type { SentenceReading } from './types.js';

export const docOf = (text: string, published?: string): Doc =>
  segment({ id: 't', text, fromHtml: false, ...(published ? { published } : {}) } as any);

/** Invented towns: name → [geonameid, lat, lon]. Dunmore is ~23 km from Arvella, Brennick ~78 km, Corvany ~620 km. */
const TOWNS: Record<string, [number, number, number]> = { Arvella: [1, 10, 10], Brennick: [2, 10.5, 10.5], Corvany: [3, 14, 14], Dunmore: [4, 10.15, 10.15] };
const DEMONYMS: Record<string, [string, number, number]> = { Chilean: ['CL', -30, -71], Peruvian: ['PE', -10, -76] };

let gazetteerContext: Context | null = null;
/** A whole article read through the pipeline over the real gazetteer (the per-round article tests, roundNN.test.ts); the context,
 * and the gazetteer with it, made once, when first asked. */
export function readOverGazetteer(text: string, published: string) {
  const r = extractArticle({ id: 't', text, published }, (gazetteerContext ??= getContext()));
  assert.ok(r.ok);
  return r.value;
}

export function readArticle(text: string, published = '2024-05-10') {
  const places: Place[] = [];
  for (const [name, [id, lat, lon]] of Object.entries(TOWNS)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      places.push({ text: name, start: m.index!, end: m.index! + name.length, name, geonameid: id, lat, lon, country: 'XA', admin1: null, featureCode: 'PPL' });
    }
  }
  for (const [name, [country, lat, lon]] of Object.entries(DEMONYMS)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      places.push({ text: name, start: m.index!, end: m.index! + name.length, name, geonameid: null, lat, lon, country, admin1: null, featureCode: 'PCLI', mention: 'demonym' });
    }
  }
  places.sort((a, b) => a.start - b.start);
  const doc = docOf(text, published);
  return findEvents(doc, places, findClaims(doc, places, {} as any), {} as any);
}

/** The first event's sub-event type and the rule that typed it ("Attack / attack.kill-civilians"), or `none` when the
 * article reads as no incident: what the per-family typing table tests compare each line with. */
export function firstTypeWithRule(text: string, published: string, none = 'none'): string {
  const e = readArticle(text, published).events[0];
  return e ? `${e.subEventType} / ${e.why?.type?.[0]?.rule}` : none;
}

/** One test per line of a per-family typing table: [report, expected first sub-event type ('none': no incident), the rule
 * that types it ('' for none; '*' for the sub-type only, whichever rule), and optionally the published date when the reading
 * depends on it], each compared with firstTypeWithRule as "Sub-type / rule" (or "none"). */
export function typingTable(label: string, cases: ReadonlyArray<readonly [string, string, string, string?]>, published = '2024-05-10'): void {
  for (const [text, expected, rule, date] of cases) {
    test(`${label} ${rule || 'none'}: ${text}`, () => {
      const got = firstTypeWithRule(text, date ?? published);
      if (rule === '*') assert.equal(got.split(' / ')[0], expected);
      else assert.equal(got, rule ? `${expected} / ${rule}` : expected);
    });
  }
}

/** One test per line: [report, a typing rule that must not type it (the first event's), published date?]. */
export function notTypingTable(label: string, cases: ReadonlyArray<readonly [string, string, string?]>, published = '2024-05-10'): void {
  for (const [text, rule, date] of cases) {
    test(`${label} not ${rule}: ${text}`, () => {
      const got = firstTypeWithRule(text, date ?? published);
      assert.ok(!got.endsWith(`/ ${rule}`), got);
    });
  }
}

/** One test per line of a non-event table: [report, the non-event rule (lexicon/non-events.ts) that leaves it out, published
 * date?]: the sentence read alone (no places, no claims) yields no incident, and the rule is among those that left it out. */
export function nonEventTable(label: string, cases: ReadonlyArray<readonly [string, string, string?]>, published = '2024-05-10'): void {
  for (const [text, rule, date] of cases) {
    test(`${label} ${rule}: ${text}`, () => {
      const trace: SentenceReading[] = [];
      const count = findEvents(docOf(text, date ?? published), [], [], {} as any, trace).events.length;
      const rules = trace.flatMap((s) => (s.notAnEvent ? [s.notAnEvent] : []));
      assert.equal(count, 0);
      assert.ok(rules.includes(rule), `expected ${rule}, got ${rules.join(', ') || 'no rule'}`);
    });
  }
}
