import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOverGazetteer } from './test-helpers.js';

// Round 38 (issue 13): article-level readings the round's invented sets (case46–48, notes50–51, news52) showed were missing, as
// general rules. Invented reports, read through the whole pipeline over the real gazetteer.
const read = (text: string, published: string) => readOverGazetteer(text, published).events;

test('round38 a title joins the lead\'s incident of its own kind, past a reaction the lead opens with', () => {
  const text = 'Two soldiers killed by roadside bomb north of Baghdad\n\nThe army said on Monday it had opened an investigation into a deadly blast and sent reinforcements to the area. A roadside bomb struck an army patrol near Tarmiyah late on Sunday, killing two soldiers and wounding three others, a security source said.';
  const events = read(text, '2024-04-16');
  assert.equal(events[0].subEventType, 'Remote explosive/landmine/IED');
  assert.equal(events[0].date?.start, '2024-04-14');
  assert.ok(events[0].why?.type?.some((w) => w.rule === 'type.title-told-in-lead'));
  assert.equal(events.filter((e) => e.subEventType === 'Remote explosive/landmine/IED').length, 1);
});

test('round38 debris of drones shot down is no accident: the interception stands', () => {
  const text = 'Ukrainian air defences shot down 12 Russian drones over Odesa early on Wednesday, the military\'s southern command said. Falling debris damaged a warehouse in the city\'s port district, but no casualties were reported.';
  const events = read(text, '2024-06-20');
  assert.equal(events[0]?.subEventType, 'Disrupted weapons use');
});
