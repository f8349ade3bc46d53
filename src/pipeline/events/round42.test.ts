import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOverGazetteer } from './test-helpers.js';

// Round 42 (issue 13: a drill, a plan or a tally is no incident): reports that tell no incident, or whose incident is typed by a
// detail, as an invented set of wire copy from 57 countries showed them misread. Invented reports, read through the whole pipeline
// over the real gazetteer. Each failed on round 41's build but those marked kept, which guard what a rule must not take.
const read = (text: string, published = '2024-05-10') => readOverGazetteer(text, published);
const types = (text: string, published?: string) => read(text, published).events.map((e) => e.subEventType);

test('round42 a story whose lead is a price war or a game keeps its later words of war figures of speech', () => {
  assert.deepEqual(types('Price war turns bloody as discounter fires first shot\n\n' +
    'A discount grocer launched an all-out assault on the country\'s two big supermarket chains on Tuesday, slashing prices on 300 staples.'), []);
  assert.deepEqual(types('The home side tore their city rivals apart 4-0 on Sunday, with their striker scoring a hat-trick in the derby. ' +
    'Fans took over the streets of the old town until the early hours to celebrate.'), []);
});

test('round42 kept: a story of play that names gunmen, and a riot of fans, are still read', () => {
  assert.deepEqual(types('The striker scored twice in the derby on Sunday. Gunmen shot dead a fan outside the stadium in Lagos after the match.'), ['Attack']);
  assert.ok(types('The striker scored twice in the derby on Sunday. Hundreds of fans rioted outside the stadium in Cairo after the match, ' +
    'torching cars and throwing stones at police.').some((t) => t === 'Violent demonstration' || t === 'Mob violence'));
});

test('round42 a lead that tells drones shot down is armed: the damage its debris did is no disaster story', () => {
  assert.deepEqual(types('Russian air defence units shot down nine Ukrainian drones over the Kursk region overnight, the Defence Ministry said on Monday. ' +
    'The governor said falling debris damaged the roof of a warehouse in a village, but no one was hurt.'), ['Disrupted weapons use']);
});

test('round42 an act named with a past month or year as its possessive is an earlier incident the report points to', () => {
  assert.deepEqual(types('The UN envoy told the Security Council on Thursday that the deadlock risked unravelling security gains, pointing to ' +
    'last August\'s deadly clashes between armed groups in Tripoli.'), []);
  assert.deepEqual(types('The minister recalled last year\'s attack on the border post in a speech in Niamey on Monday.'), []);
});

test('round42 kept: last week\'s attack told with its toll is the news', () => {
  assert.deepEqual(types('Last week\'s attack on an army base near Menaka killed 12 soldiers, officials said on Monday.'), ['Armed clash']);
});

test('round42 a share of many acts is a statistic of a tally', () => {
  assert.deepEqual(types('Guayas province, home to the port of Guayaquil, accounted for almost half of the killings, the ministry said.'), []);
  assert.deepEqual(types('Gunmen were behind 40 percent of the attacks in the province, the report said.'), []);
});

test('round42 an era named by its acts ("the days of bombs") remembers, it tells no act; a span of days of fighting does', () => {
  assert.deepEqual(types('In a short speech, the president said the country must never again return to the days of bombs in its buses and trains.'), []);
  assert.deepEqual(types('The army retook the town of Kidal on Tuesday after three days of fighting with rebels, the army said.'), ['Government regains territory']);
});

test('round42 a blast and fire at a chemical park is an industrial accident, no chemical weapon', () => {
  assert.deepEqual(types('ESSEN, Germany - An explosion and fire at a chemical park in the Ruhr injured four workers on Wednesday night, the operator said.'), []);
});

test('round42 a ban on a trade is no change to a group\'s activity; a party banned is', () => {
  assert.deepEqual(types('The health ministry banned the sale of cooked food at markets in Lilongwe on Monday to curb the outbreak.'), []);
  assert.deepEqual(types('The government banned the opposition party on Monday, the interior ministry said in Lilongwe.'), ['Change to group/activity']);
});

test('round42 an arrest for a robbery, told by the verb "robbed", is policing', () => {
  assert.deepEqual(types('AUCKLAND - Three teenagers have been arrested after a jewellery store in south Auckland was robbed at gunpoint on Monday, police said.'), []);
});

test('round42 agents of an intelligence service arresting a party\'s activists are a state force: Arrests', () => {
  const e = read('Agents of the SEBIN intelligence service arrested four members of the opposition Voluntad Popular party in Barquisimeto on Tuesday night, the party said.').events[0];
  assert.equal(e?.subEventType, 'Arrests');
  assert.match(e?.actor1?.name ?? '', /Forces of Venezuela/);
});

test('round42 landowners angry over unpaid royalties who block a highway and burn a vehicle demonstrate violently', () => {
  assert.deepEqual(types('Landowners angry over unpaid royalties from a gas project blocked the Highlands Highway in Hela Province on Monday and set fire to ' +
    'a company vehicle and a police truck, police said.').slice(0, 1), ['Violent demonstration']);
});

test('round42 a call on sides to agree reaches no agreement', () => {
  assert.deepEqual(types('The envoy urged the rival governments in Tripoli and the east to agree on a roadmap to elections on Thursday.'), []);
});

test('round42 a participle after a preposition\'s object describes it: a protest for people arrested years ago met no arrest', () => {
  assert.deepEqual(types('Several hundred land defenders rallied outside the courthouse in Prince George on Friday ahead of a hearing for three people ' +
    'arrested at a pipeline blockade in 2021.'), ['Peaceful protest']);
  assert.deepEqual(types('Hundreds of students marched in Dhaka on Sunday demanding the release of activists detained last week.'), ['Peaceful protest']);
});

test('round42 kept: police who disperse a rally and arrest people intervene in it', () => {
  assert.deepEqual(types('Police fired tear gas to disperse a rally in Dhaka on Sunday and arrested 12 people.'), ['Protest with intervention']);
});

test('round42 a takeover battle is a market\'s: a "raid" on a company and a "bruising battle" for its shareholders are no incidents', () => {
  assert.deepEqual(types('Chemicals group fends off hostile takeover\n\nThe board of a specialty chemicals maker in Leverkusen rejected a hostile takeover bid on ' +
    'Friday, calling the offer from a rival "an opportunistic raid". The bidder said it would go to shareholders, setting the stage for a bruising battle.'), []);
});

test('round42 marchers beating drums beat no one', () => {
  assert.deepEqual(types('Thousands of teachers marched to the Plaza de Mayo in Buenos Aires on Tuesday, beating drums and carrying banners against a pay freeze.'),
    ['Peaceful protest']);
});

test('round42 jets roaring over a national day\'s parade strike nothing', () => {
  assert.deepEqual(types('JAKARTA - Fighter jets roared over the capital and tanks rolled past the presidential palace on Saturday as Indonesia marked ' +
    'Armed Forces Day with its largest parade in a decade.'), []);
});

test('round42 killings survivors recount at a commemoration are remembered, not news', () => {
  assert.deepEqual(types('Rwanda began a week of national mourning on Sunday to mark 30 years since the genocide. Survivors recounted the killings in ' +
    'testimonies broadcast across the country.'), []);
});

test('round42 a call on sides named with a possessive to agree reaches no agreement', () => {
  assert.deepEqual(types('The UN envoy urged Libya\'s rival governments on Monday to agree on a unified budget and a roadmap to elections.'), []);
});

// From half a of the never-read nonev43 set (its half b stays unread).
test('round42 a war declared on an ill is no war', () => {
  assert.deepEqual(types('WINNIPEG - The provincial government declared war on corruption in public procurement on Thursday, tabling a bill to create an ' +
    'integrity commissioner. The opposition dismissed it as "fighting words without ammunition".'), []);
  assert.deepEqual(types('Health workers in Lilongwe are fighting against cholera in crowded wards, and the battle against malaria goes on, the ministry said.'), []);
});

test('round42 fans who take over the streets take no territory; rebels who take over a town do', () => {
  assert.deepEqual(types('Fans took over the streets of Suva on Sunday night after the national side won the final.'), []);
  assert.ok(types('Rebels took over the town of Kidal on Sunday after the army withdrew, residents said.').length > 0);
});

test('round42 a march in a holiday\'s parade is no protest, and a story that leads with one keeps its headline\'s march the parade\'s', () => {
  assert.deepEqual(types('Veterans and serving personnel marched in the Anzac Day parade in Darwin on Thursday.'), []);
  assert.deepEqual(types('Veterans march along Darwin Esplanade\n\nDARWIN - Thousands lined the Esplanade on Thursday as veterans marched in the Anzac Day parade.'), []);
});

test('round42 kept: protesters who march during a holiday\'s parade protest', () => {
  assert.deepEqual(types('Protesters marched during the Independence Day parade in Nairobi on Tuesday, chanting slogans against the president.'), ['Peaceful protest']);
});

test('round42 an arrest for siphoning money is policing', () => {
  assert.deepEqual(types('Federal police arrested 14 people in five states on Thursday in an operation against a ring accused of siphoning money from retirees.'), []);
});

test('round42 blank fire and smoke grenades of an exercise met no protest; police smoke grenades at protesters did', () => {
  assert.deepEqual(types('Troops staged an annual exercise at a bridge near Jonava on Thursday. Residents had been warned of blank fire and smoke grenades.'), []);
  assert.deepEqual(types('Police fired smoke grenades at protesters in Vilnius on Thursday.'), ['Protest with intervention']);
});

test('round42 the battle against an epidemic is no clash: the gunmen who then attack the clinic are the news', () => {
  assert.deepEqual(types('Health workers in Titao had been fighting a cholera outbreak for weeks, but on Thursday night the battle moved from the wards to the gate. ' +
    'Gunmen on motorcycles entered the treatment centre and shot dead two nurses, a health official said.'), ['Attack']);
});

test('round42 a blizzard that bombards a base is weather; troops who bombard positions in one shell them', () => {
  assert.deepEqual(types('A blizzard with gusts above 180 km/h bombarded the research station for three days, damaging a fuel store, the polar programme said.'), []);
  assert.deepEqual(types('Troops bombarded rebel positions near Kidal during a sandstorm on Monday, the army said.'), ['Shelling/artillery/missile attack']);
});

test('round42 people seized as they returned from an outing are abducted, not displaced people returning', () => {
  assert.deepEqual(types('Armed men seized eight pupils and a teacher on a road near Bafut on Monday as they returned from a school outing, officials said.').slice(0, 1),
    ['Abduction/forced disappearance']);
});

test('round42 an incident told as last week\'s background gives the lead to the day\'s incident told after it', () => {
  assert.deepEqual(types('BANNU, Pakistan - Security had been tightened across the province after militants ambushed a police convoy in Lakki Marwat last week. ' +
    'On Saturday morning, a man walked up to a police checkpoint outside Bannu and detonated explosives strapped to his body, killing three policemen.',
  '2024-05-12').slice(0, 1), ['Suicide bomb']);
});

test('round42 kept: the day\'s incident told first stays first, before last week\'s', () => {
  assert.deepEqual(types('Militants ambushed a police convoy near Bannu on Saturday, killing four officers. Last week a suicide bomber killed two people in Tank.',
    '2024-05-12').slice(0, 1), ['Armed clash']);
});
