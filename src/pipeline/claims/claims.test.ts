// Table tests for the attribution reader: one invented news sentence a line, never taken from an
// evaluation file. [sentence, source text as written, cue text, stance, hedged]; a null source means
// the sentence holds no attribution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { findClaims } from './index.js';
import { surnameOnly } from './assemble.js';
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
  // No one claimed: a negated claim of responsibility with no party attributes nothing to anyone.
  ['No group has yet claimed responsibility for the bombing.', null, '', 'asserts', false],
  ['No one has claimed the attack.', null, '', 'asserts', false],
  // A reply in kind is an act: "responded with" / "replied by" and a means is no speech.
  ['The army responded with air strikes on rebel positions near the town.', null, '', 'asserts', false],
  ['Police replied by firing tear gas at the crowd.', null, '', 'asserts', false],
  // probe5 (claim.source-after-list): the last noun of a list in the content is no name the source describes
  ['A landmine killed a woman and two children, a local medical source said.', 'a local medical source', 'said', 'asserts', false],
  ['The men were flogged for adultery and theft, the Supreme Court said.', 'the Supreme Court', 'said', 'asserts', false],
  // Nor does a named party's negated claim: the narrator tells that it made none, not what it said (no denial put in its mouth).
  ['The group has not claimed responsibility for the ambush.', null, '', 'asserts', false],
  ['The group did not claim the attack.', null, '', 'asserts', false],
  ['The rebels never admitted the killings at the market.', null, '', 'asserts', false],
  ['The Taliban did not claim the bombing but said their fighters were in the area.', 'The Taliban', 'said', 'asserts', false],
  ['A stray shell slammed into the roof of the clinic before dawn.', null, '', 'asserts', false],
  ['A car bomb blamed on separatists wrecked the customs office.', null, '', 'asserts', false],
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
  ['The Pentagon declined to comment, but a U.S. official, speaking on condition of anonymity, said the strike hit a depot.', 'a U.S. official, speaking on condition of anonymity', 'said', 'asserts', false],
  ['Kyiv said its forces repelled the assault, a claim Moscow denied.', 'Moscow', 'denied', 'denies', false],
  ['A spokesman for the UN Office for the Coordination of Humanitarian Affairs (OCHA) said convoys were halted.', 'A spokesman for the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'said', 'asserts', false],
  ['Officials would say nothing about the casualties.', null, '', 'asserts', false],
  ['The Daily Herald reports that the checkpoint was abandoned.', 'The Daily Herald', 'reports', 'asserts', false],
  ['Casualty reports from the front were grim.', null, '', 'asserts', false],
  ['The storm flooded the valley, with no injuries reported.', null, '', 'asserts', false],
  ['The commander, believed to be in his forties, fled across the border.', null, '', 'asserts', false],
  ['A man reported to have led the cell was arrested in the capital.', null, '', 'asserts', false],
  ['Soldiers detailed to the checkpoint came under fire.', null, '', 'asserts', false],
  ['The fund raised its forecast by 0.2 percentage points to 3.1 percent.', null, '', 'asserts', false],
  ['Critics point to the rising toll in the villages.', 'Critics', 'point to', 'asserts', false],
  ['Nine people died when a shell hit the clinic, the Civil Defence, also known as the Blue Vests, said.', 'the Civil Defence, also known as the Blue Vests', 'said', 'asserts', false],
  ['The army said it hit rebel positions, a claim the rebels said was false.', 'the rebels', 'said', 'disputes', false],
  ['The army said it hit rebel positions, a claim the rebels said was false.', 'The army', 'said', 'asserts', false],
  ["The group's spokesman said on Telegram that it had nothing to do with the bombing.", "The group's spokesman", 'said', 'denies', false],
  ['As the minister put it, the siege is over.', 'the minister', 'put it', 'asserts', false],
  ['He put it on the table and left.', null, '', 'asserts', false],
  ['The colonel continued: “We will hold the line.”', 'The colonel', 'continued', 'asserts', false],
  ['Even Turkey, a member of the alliance, said the raid was a mistake.', 'Turkey, a member of the alliance', 'said', 'asserts', false],
  ['Rep. Ann Cole (R-N.C.) said the vote was delayed.', 'Rep. Ann Cole (R-N.C.)', 'said', 'asserts', false],
  ['Mr. Haddad, who in 2019 said the ceasefire would hold, was arrested.', 'who', 'said', 'asserts', false],
  ['Residents and a security source said the commander was detained at the airport.', 'Residents and a security source', 'said', 'asserts', false],
  ['The 5th Brigade declined to comment on the clashes.', 'The 5th Brigade', 'declined to comment', 'declines_comment', false],
  ['The spokesman just this week announced a pause in the offensive.', 'The spokesman', 'announced', 'asserts', false],
  ['“It was a massacre,” ― Omar Haddad, a teacher from the town.', 'Omar Haddad, a teacher from the town', '―', 'asserts', false],
  // world14: a participle phrase cue after a comma hangs from the clause's subject, not the whole clause before it.
  ['Dozens of teachers staged a sit-in in Arvella on Wednesday, calling for the release of detained colleagues.', 'Dozens of teachers', 'calling for', 'asserts', false],
  ['Hundreds of farmers marched in Kessa on Monday calling for lower fuel prices.', 'Hundreds of farmers', 'calling for', 'asserts', false],
];

for (const [sentence, source, cue, stance, hedged] of CASES) {
  test(`claims: ${sentence}`, () => {
    const claims = read(sentence);
    if (source === null) return assert.deepEqual(claims.map((c) => c.cue.text), []);
    const c = claims.find((x) => x.cue.text === cue && x.source.text === source) ?? claims.find((x) => x.cue.text === cue);
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

test('claims: "X, citing Y" keeps Y as the claim\'s via, not as a claim of its own', () => {
  const claims = read('State television reported the blast, citing a local police chief.');
  assert.deepEqual(claims.map((c) => [c.source.text, c.cue.text, c.via?.text]), [['State television', 'reported', 'a local police chief']]);
  assert.equal(claims[0].source.kind, 'state_media');
});

test('claims: a country or capital that speaks is its government (needs the places stage)', () => {
  const text = 'Moscow denied the report on Friday.';
  const doc = segment({ id: 't', text, fromHtml: false });
  const place = { text: 'Moscow', start: 0, end: 6, name: 'Moscow', geonameid: 524901, lat: 55.75, lon: 37.62, country: 'RU', admin1: 'Moscow', featureCode: 'PPLC' };
  assert.equal(findClaims(doc, [place], {} as Context)[0]?.source.kind, 'government');
  assert.equal(findClaims(doc, [], {} as Context)[0]?.source.kind, 'other');
});

test('claims: a bracketed acronym names the organisation, a party-and-state tag does not', () => {
  assert.equal(read('The Tripoli Support Mission (TSM) said the talks resumed.')[0]?.source.name, 'TSM');
  assert.equal(read('Sen. Ann Cole (D-Ore.) said the talks resumed.')[0]?.source.name, 'Sen. Ann Cole');
});

test('claims: the chain of a report is kept in via: quoted … as saying, citing, cited by', () => {
  const text = 'The state agency quoted a military source as saying that two drones were downed.';
  const [c, ...rest] = read(text);
  assert.deepEqual([c.source.text, c.via?.text, rest.length], ['The state agency', 'a military source', 0]);
  assert.equal(text.slice(c.content.start, c.content.end), 'two drones were downed.');
  assert.equal(read('The Interior Ministry, citing early figures, said 12 people died.')[0]?.via?.text, 'early figures');
  const cited = read('Two people were killed, according to a local official cited by a news agency.');
  assert.deepEqual(cited.map((x) => [x.source.text, x.via?.text]), [['a local official', 'a news agency']]);
});

test('claims: a wire dateline opening the sentence is not part of what the source said', () => {
  const text = 'KANDOR, Veloria, March 3 — Two bridges were blown up overnight, the interior ministry said.';
  const [c] = read(text);
  assert.equal(text.slice(c.content.start, c.content.end), 'Two bridges were blown up overnight');
});

test('claims (world8): an AP dateline before the source is no content before it; what follows the cue is', () => {
  for (const text of ['KANDOR, Veloria (AP) — The rebel army said Tuesday it had captured the border post.', 'KANDOR (AP) — The rebel army said it had captured the border post.']) {
    const [c] = read(text);
    assert.match(text.slice(c.content.start, c.content.end), /it had captured the border post\.$/);
  }
});

test('claims: the next attribution in a sentence ends the content of the one before', () => {
  const text = 'The ministry claimed its jets hit a depot, but the rebels dismissed the claim as propaganda.';
  const [a, b] = read(text);
  assert.equal(text.slice(a.content.start, a.content.end), 'its jets hit a depot');
  assert.deepEqual([a.stance, b.stance], ['asserts', 'disputes']);
});

test('claims: "it said" after a clause takes the clause subject as its name; "asked not to be named" is no claim', () => {
  assert.equal(read('The Syrian Observatory counted 40 dead in the raids, it said on Sunday.')[0]?.source.name, 'SOHR');
  const claims = read('An official, who asked not to be named, said two drones were shot down.');
  assert.deepEqual(claims.map((c) => [c.cue.text, c.source.kind]), [['said', 'anonymous']]);
});

test('claims: a surname alone is the person met before in full', () => {
  const claims = read('Defence Minister Omar Saleh said the border was sealed. Later, Saleh told reporters the talks had failed.');
  assert.deepEqual(claims.map((c) => [c.source.name, c.source.kind]), [['Omar Saleh', 'government'], ['Omar Saleh', 'government']]);
});

test('claims: spokesmen of armed groups are neither government nor military', () => {
  assert.equal(read('A Taliban spokesman said the fighters withdrew.')[0]?.source.kind, 'other');
  assert.equal(read('An army spokesman said the fighters withdrew.')[0]?.source.kind, 'military');
});

test('claims: a title with a name in apposition is named by the person, and "he" later takes that name', () => {
  const claims = read('The regional governor, Omar Sadiq, said the port was hit. He added that two workers died.');
  assert.deepEqual(claims.map((c) => [c.source.name, c.source.kind]), [['Omar Sadiq', 'government'], ['Omar Sadiq', 'government']]);
});

test('claims: "X said … and denied …" gives two claims of the same source', () => {
  const claims = read('The ministry said its forces struck depots used by the rebels and denied hitting civilians.');
  assert.deepEqual(claims.map((c) => [c.source.text, c.cue.text, c.stance]), [['The ministry', 'said', 'asserts'], ['The ministry', 'denied', 'denies']]);
});

test('claims: a verification note hedges the claims of the sentence before it, not earlier ones', () => {
  const claims = read('Police said the road was open. The army said it shelled the depot. The claim could not be independently verified.');
  assert.deepEqual(claims.map((c) => c.hedged), [false, true]);
});

test('claims: a belief reported inside another claim is content, not a claim of its own', () => {
  const claims = read('The commander said he believes the town will fall within days.');
  assert.deepEqual(claims.map((c) => c.cue.text), ['said']);
});

test('claims: ids are c1, c2, … in reading order; empty input gives none', () => {
  assert.deepEqual(read('Police said one man was arrested. Witnesses said he was unarmed.').map((c) => c.id), ['c1', 'c2']);
  assert.deepEqual(read('   '), []);
});

test('claims: odd input never throws and stays fast in shape (one huge unpunctuated sentence)', () => {
  const odd = ['“', '”', '"', "''", '—', ':', ',', 'said', 'according to', 'he said', '(', ')', 'the', 'officials', 'and', 'saying'];
  let text = '';
  for (let i = 0; i < 4000; i++) text += odd[(i * 7 + (i >> 3)) % odd.length] + ' ';
  const claims = read(text);
  for (const c of claims) {
    assert.ok(c.source.start <= c.source.end && c.cue.start < c.cue.end && c.content.start <= c.content.end);
    assert.equal(text.slice(c.cue.start, c.cue.end), c.cue.text);
  }
  assert.deepEqual(read('“”""::,,'), []);
});

// Found by the stress fuzzer (test/trust/fuzz-extract.test.ts): a closing bracket opening a sentence.
test('claims: a sentence that opens with a closing bracket before its source does not throw', () => {
  for (const text of ['), the ministry said. 10^400 killed.', ') , the ministry said.']) {
    assert.doesNotThrow(() => read(text), text);
  }
});

test('claims: a closing bracket glued to the source of a denial does not throw', () => {
  assert.doesNotThrow(() => read(')Officials denied the report.'));
});

test('surnameOnly reads what its regular expression captured, one line per case', () => {
  const RE = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)$/;
  for (const name of ['Macron', 'Mr. Macron', 'Mr Macron', 'Mrs. Doe', 'Mrs Doe', 'Ms Doe', 'Dr.  Doe', 'Dr\u00a0Doe', 'Drake', 'Mrs', 'Mr.', 'Mr ',
    'Dr.Doe', 'Mr. Jo Doe', "O'Neil", 'Al-Amin', 'Doe’s', 'M', 'officials', 'Mr. doe', 'Mr.  ', 'Msgr Doe', 'Mr. D', 'A1', 'Né', '']) {
    assert.equal(surnameOnly(name), RE.exec(name)?.[1], name);
  }
});

test('claims: a passive claim\'s content is its subject; the words after its agent are the attribution', () => {
  const text = 'The attack was claimed by the Arvella Brigades on Monday in a statement posted online.';
  const [c] = read(text);
  assert.equal(c.source.text, 'the Arvella Brigades');
  assert.equal(text.slice(c.content.start, c.content.end), 'The attack');
});
