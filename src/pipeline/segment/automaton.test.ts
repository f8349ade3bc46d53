import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fastModel } from './model.js';
import { compileMachine } from './automaton.js';

const require = createRequire(import.meta.url);
const Cache = require('wink-nlp/src/cache.js');
const fsm = require('wink-nlp/src/automaton.js');

// The table automaton must find exactly the patterns wink's finds, on the model's own machines. Token
// sequences are drawn (a fixed seed) from each machine's own events, the hints, unknown ids, the ignored
// token, and tags as strings (the POS updater writes pattern names into the tags).
test('the table automaton recognises what wink-nlp’s automaton does, on the model’s machines', () => {
  const model = fastModel();
  const core = model.core();
  const cache = Cache(core, model.featureFn);
  const sbd = model.sbd();
  const pos = model.pos();
  const machines: Array<[string, string | undefined, any]> = [
    ...sbd.machines.map((json: string) => [json, undefined, sbd.transformers[0]] as [string, undefined, any]),
    ...pos.machines.map((json: string) => [json, cache.value(0), pos.transformers[0]] as [string, string, any]),
  ];
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  let matches = 0;
  for (const [json, ignore, transform] of machines) {
    const wink = ignore === undefined ? fsm(cache) : fsm(cache, ignore);
    wink.importJSON(json);
    const ours = compileMachine(json, cache, ignore);
    assert.ok(ours);
    const events = Object.keys(JSON.parse(json)[2][0]).map(Number).filter((e) => e < 2070000);
    const ignored = cache.lookup(ignore ?? '\n')[0];
    for (let trial = 0; trial < 3000; trial++) {
      const n = 1 + random(14);
      const tokens: any[] = [];
      const raw: number[] = [];
      for (let k = 0; k < n; k++) {
        const pick = random(10);
        const event = pick < 6 ? events[random(events.length)] : pick < 7 ? random(40) : pick < 8 ? ignored : String(1 + random(16));
        tokens.push(event);
        raw.push(random(3) ? 2 + random(50) : 0, random(2), 0, 0);
      }
      const expected = wink.recognize(tokens.slice(), transform, raw);
      matches += expected.length;
      assert.deepEqual(ours!.recognize(tokens.slice(), transform, raw), expected, JSON.stringify(tokens));
    }
  }
  assert.ok(matches > 1000, `only ${matches} patterns met: the draws do not exercise the machines`);
});
