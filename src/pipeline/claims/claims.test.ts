// Table tests for the attribution reader: one invented news sentence a line, never taken from an
// evaluation file. [sentence, source text as written, cue text, stance, hedged]; a null source means
// the sentence holds no attribution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { findClaims } from './index.js';
import type { Claim, Stance } from '../../types.js';
import type { Context } from '../context.js';

const read = (text: string): Claim[] => findClaims(segment({ id: 't', text, fromHtml: false }), [], {} as Context);

const CASES: Array<[string, string | null, string, Stance, boolean]> = [
  ['The health ministry said on Tuesday that four people were killed in the shelling.', 'The health ministry', 'said', 'asserts', false],
  ['“We will respond at a time of our choosing,” a government spokesman told reporters.', 'a government spokesman', 'told', 'asserts', false],
  ['Three civilians died in the raid, according to the local council.', 'the local council', 'according to', 'asserts', false],
  ['According to state television, the convoy was hit near the border crossing.', 'state television', 'According to', 'asserts', false],
  ['The army declined to comment on the report.', 'The army', 'declined to comment', 'declines_comment', false],
  ['A police spokeswoman would not comment on the arrests.', 'A police spokeswoman', 'would not comment', 'declines_comment', false],
  ['The rebel group denied any role in the bombing of the market.', 'The rebel group', 'denied', 'denies', false],
  ['The militants claimed responsibility for the ambush in a statement posted online.', 'The militants', 'claimed responsibility', 'asserts', false],
  ['Residents said the fighting lasted for hours, but the account could not be independently verified.', 'Residents', 'said', 'asserts', true],
  ['Experts believe the casualty figures released by the ministry are exaggerated.', 'Experts', 'believe', 'disputes', true],
  ['“The bridge was destroyed,” said Colonel Ahmed Rashid, a spokesman for the regional command.', 'Colonel Ahmed Rashid, a spokesman for the regional command', 'said', 'asserts', false],
  ['Jane Doe, a nurse at the district hospital, said the wards were overflowing.', 'Jane Doe, a nurse at the district hospital', 'said', 'asserts', false],
  ['It was reported that the airport had been closed to civilian flights.', '', 'It was reported', 'asserts', true],
  ['He said the talks had collapsed after midnight.', 'He', 'said', 'asserts', false],
  ['Officials who spoke on condition of anonymity said the drone was shot down.', 'Officials who spoke on condition of anonymity', 'said', 'asserts', false],
  ['Witnesses told a local radio station that gunmen opened fire on the crowd.', 'Witnesses', 'told', 'asserts', false],
  ['The report was published on Monday by a think tank in London.', null, '', 'asserts', false],
  ['A group called the Popular Front has emerged in the south.', null, '', 'asserts', false],
  ['The foreign ministry dismissed the allegations as baseless.', 'The foreign ministry', 'dismissed', 'disputes', false],
  ['The ministry rejected the accusation in a brief statement.', 'The ministry', 'rejected', 'denies', false],
  ['Analysts say the offensive is likely to stall before winter.', 'Analysts', 'say', 'asserts', true],
  ['The spokesman added: “There will be no ceasefire.”', 'The spokesman', 'added', 'asserts', false],
  ['“The city is quiet now,” he told the broadcaster.', 'he', 'told', 'asserts', false],
  ['The governor of the province, Ali Hassan, said two schools were damaged.', 'The governor of the province, Ali Hassan', 'said', 'asserts', false],
  ['Recently, the army publicly admitted that it had shelled the village.', 'the army', 'admitted', 'asserts', false],
  ['Two soldiers were wounded, the defence ministry said in a statement.', 'the defence ministry', 'said', 'asserts', false],
  ['The agency, which is run by the state, reported that the dam was breached.', 'The agency, which is run by the state', 'reported', 'asserts', false],
  ['Rebels took credit for downing the helicopter.', 'Rebels', 'took credit', 'asserts', false],
  ['The insurgents have denied they were behind the attack and said the footage was fabricated.', 'The insurgents', 'denied', 'denies', false],
  ['Intelligence officials suspect the militia was supplied from abroad.', 'Intelligence officials', 'suspect', 'asserts', true],
  ['A poll released on Sunday shows support for the truce has fallen.', 'A poll released on Sunday', 'shows', 'asserts', false],
  ['MINISTER: We are not at war with our neighbours.', 'MINISTER', ':', 'asserts', false],
];

for (const [sentence, source, cue, stance, hedged] of CASES) {
  test(`claims: ${sentence}`, () => {
    const claims = read(sentence);
    if (source === null) return assert.deepEqual(claims.map((c) => c.cue.text), []);
    const c = claims.find((x) => x.cue.text === cue);
    assert.ok(c, `no claim with cue "${cue}" in ${JSON.stringify(claims.map((x) => x.cue.text))}`);
    assert.equal(c.source.text, source);
    assert.equal(sentence.slice(c.source.start, c.source.end), source);
    assert.equal(sentence.slice(c.cue.start, c.cue.end), cue);
    assert.equal(c.stance, stance);
    assert.equal(c.hedged, hedged);
    assert.deepEqual(c.events, []);
  });
}

test('claims: a cue inside a quotation belongs to the quoted speaker, not the article', () => {
  const claims = read('“They said the road was open, but it was not,” the driver said.');
  assert.deepEqual(claims.map((c) => [c.source.text, c.cue.text]), [['the driver', 'said']]);
});

test('claims: a "said" split off by an abbreviation still finds its speaker', () => {
  const claims = read('“We are ready,” Rep. Jane Roe (D-Ore.) said Monday.');
  assert.equal(claims[0]?.source.text, 'Rep. Jane Roe (D-Ore.)');
});

test('claims: content is what follows the cue, or what precedes a trailing attribution', () => {
  const text = 'Two soldiers were wounded, the ministry said.';
  const [c] = read(text);
  assert.equal(text.slice(c.content.start, c.content.end), 'Two soldiers were wounded');
  const text2 = 'The ministry said that two soldiers were wounded.';
  const [d] = read(text2);
  assert.equal(text2.slice(d.content.start, d.content.end), 'two soldiers were wounded.');
});

test('claims: ids are c1, c2, … in reading order; empty input gives none', () => {
  assert.deepEqual(read('Police said one man was arrested. Witnesses said he was unarmed.').map((c) => c.id), ['c1', 'c2']);
  assert.deepEqual(read('   '), []);
});
