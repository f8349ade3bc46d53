// `sitrep extract --explain` names the rule behind each event of the bundled examples, and that rule is a
// row of the typing table (src/lexicon/sub-events.ts), so `grep -rn ID src/` finds what it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline/index.js';
import { getContext } from '../src/pipeline/context.js';
import { formatTable } from '../src/cli/table.js';
import { SUB_EVENTS } from '../src/lexicon/sub-events.js';
import { NON_EVENT_RULES, ARTICLE_RULES } from '../src/lexicon/non-events.js';
import type { SentenceReading } from '../src/pipeline/events/types.js';

const examples: Array<{ file: string; published: string }> = JSON.parse(readFileSync('examples/index.json', 'utf8'));
const typingRules = new Map(SUB_EVENTS.flatMap((d) => d.rules.map((r) => [r.id, d.subEventType] as const)));
const nonEventRules = new Set([...NON_EVENT_RULES, ...ARTICLE_RULES].map((r) => r.id));

for (const { file, published } of examples) {
  test(`--explain names the rule behind each event of ${file}`, () => {
    const trace: SentenceReading[] = [];
    const result = extractArticle({ id: file, text: readFileSync(`examples/${file}`, 'utf8'), published }, getContext(), trace);
    if (!result.ok) throw new Error(result.message);
    const table = formatTable(result.value, { explain: true, sentences: trace });
    for (const e of result.value.events) {
      const rule = e.why?.type?.[0]?.rule;
      assert.ok(rule, `${e.id} has no typing rule`);
      assert.equal(typingRules.get(rule), e.subEventType, `${e.id}: rule ${rule} gives ${typingRules.get(rule)}, not ${e.subEventType}`);
      assert.match(table, new RegExp(`${e.id}\\s+type\\s+${rule.replace(/\./g, '\\.')}`));
    }
    // A sentence left out names its non-event rule, and the table shows it.
    for (const s of trace.filter((x) => x.notAnEvent)) {
      assert.ok(nonEventRules.has(s.notAnEvent!), s.notAnEvent!);
      assert.ok(table.includes(s.notAnEvent!));
    }
  });
}

test('the flood example is read as no incident, and says which rule left its sentences out', () => {
  const trace: SentenceReading[] = [];
  const result = extractArticle({ id: 'flood', text: readFileSync('examples/alexandria-flood.txt', 'utf8'), published: '2026-05-04' }, getContext(), trace);
  if (!result.ok) throw new Error(result.message);
  assert.equal(result.value.events.length, 0);
  assert.ok(trace.length > 0 && trace.every((s) => s.notAnEvent));
});

// fix15: the grouping rule that keeps a strike back apart, and the claim rule that reads a passive's subject as its content,
// name their ids in `why` (docs/extraction.md), and the table lists them.
test('--explain names the strike-back grouping rule and the passive-claim content rule', () => {
  const read = (text: string) => {
    const result = extractArticle({ id: 'fix15', text, published: '2024-05-10' }, getContext(), []);
    if (!result.ok) throw new Error(result.message);
    return { events: result.value.events, table: formatTable(result.value, { explain: true }) };
  };
  const back = read('The RSF shelled the city of Omdurman on Monday, killing 10 civilians. The army responded with air strikes on RSF positions in Omdurman.');
  assert.equal(back.events.length, 2);
  assert.deepEqual(back.events[1].why?.type?.map((r) => r.rule), ['air.strike', 'type.strike-back']);
  assert.match(back.table, /e2\s+type\s+type\.strike-back/);
  const claimed = read('Gunmen killed 12 soldiers in an attack on an army post near Kessa on Monday. The attack was claimed by the Kessa Liberation Front on Tuesday.');
  assert.equal(claimed.events[0].why?.status?.[0]?.rule, 'claim.passive-subject');
  assert.match(claimed.table, /e1\s+status\s+claim\.passive-subject\s+"claimed"/);
  // Neighbours: a strike on another party joins no rule; a claim by an active verb names no passive rule.
  const plain = read('Gunmen killed 12 soldiers in an attack on an army post near Kessa on Monday. The Kessa Liberation Front claimed the attack on Tuesday.');
  assert.ok(!plain.events.some((e) => e.why?.status?.some((r) => r.rule === 'claim.passive-subject')));
});
