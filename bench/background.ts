// Background paragraphs that lengthen the bench's articles to news length: context, humanitarian
// figures, diplomacy, economy, and quotes with their attribution ("..., said NAME, a ROLE at ORG").
// Written for the bench. A sentence takes a slot or a choice every few words, so that two articles
// share few five-word shingles: otherwise unrelated stories would look like wire copies to the
// near-duplicate detector, which real news does not.
import type { Town } from '../test/corpus/places.js';

const FIRST = ['Amina', 'Oleksandr', 'Fatima', 'Joseph', 'Mariam', 'Ibrahim', 'Nadia', 'Samuel', 'Leila', 'Viktor', 'Grace', 'Hassan', 'Iryna', 'Moussa', 'Sofia', 'Daniel', 'Aisha', 'Tomas', 'Rania', 'Peter', 'Halima', 'Yusuf', 'Elena', 'Kofi', 'Mona', 'Andriy', 'Zainab', 'Carlos', 'Noor', 'Emmanuel'];
const LAST = ['Mensah', 'Kovalenko', 'Haddad', 'Okafor', 'Diallo', 'Petrenko', 'Abdi', 'Mutasa', 'Rahman', 'Santos', 'Nasser', 'Ibrahimovic', 'Traore', 'Shevchenko', 'Osei', 'Karimi', 'Mwangi', 'Hussein', 'Lopez', 'Bondarenko', 'Keita', 'Farah', 'Aziz', 'Moreno', 'Adeyemi', 'Salem', 'Tkachenko', 'Ndiaye', 'Qureshi', 'Achieng'];
const ROLES = ['spokeswoman', 'spokesman', 'programme director', 'senior researcher', 'country director', 'field coordinator', 'regional analyst', 'deputy mayor', 'school principal', 'shop owner', 'nurse', 'teacher', 'farmer', 'lawyer', 'economist'];
const ORGS = ['the World Food Programme', 'the Norwegian Refugee Council', 'the International Rescue Committee', 'the Red Cross', 'a local aid group', 'the city council', 'the chamber of commerce', 'the regional university', 'a rights organisation', 'the teachers union', 'an independent think tank', 'the medical charity'];
const NEEDS = ['clean water', 'fuel for generators', 'school books', 'winter clothing', 'seed and fertiliser', 'insulin and other medicines', 'cash assistance', 'shelter materials', 'baby formula', 'mobile clinics'];
const TOPICS = ['the price of bread', 'the state of the roads', 'electricity supplies', 'the new school year', 'rents in the city', 'the harvest', 'bus services', 'the cost of fuel', 'hospital waiting lists', 'jobs for young people'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A sentence pattern: {a|b|c} picks one wording, $slot fills in a value. */
const SENTENCES = [
  '{About|Roughly|Some|More than} $num {families|households|people} {have left|fled|moved away from} $town {since|after} $month, {according to|figures from} $org {show|}.',
  '"{We need|What people need is|The priority is} $need {before|ahead of} $month," {said|says} $name, {a|the} $role {at|with|for} $org.',
  '$name, {a|the} $role {at|with} $org, {said|told reporters} that {deliveries of|supplies of} $need {had fallen|were down} by $pct percent {this year|since last year|over the summer}.',
  '{Talks|Negotiations} {between the two sides|on a ceasefire|over prisoner exchanges} {resumed|stalled|were postponed} in $month, {diplomats|officials|mediators} {said|told reporters}.',
  '{Residents|Traders|Parents} in $town {complain|say} that $topic {has become|is now} {their main worry|harder to manage|a daily struggle}.',
  '{The|A} {budget|plan|programme} {for|to rebuild} $town {approved|announced|drafted} in $month {sets aside|includes|promises} $num {million|thousand} {dollars|euros} for $need.',
  '"{It is|Life is|Everything is} {harder|more expensive|slower} {than|compared with} {a year ago|last winter|before}," {said|added} $name, {who|a $role who} {runs|works at|owns} {a bakery|a pharmacy|a repair shop|a clinic} {in|near} $town.',
  '{Aid agencies|Relief groups|Donors} {have pledged|promised|delivered} $num {tonnes of|boxes of|shipments of} $need {to|for} {the region|$town|displaced families} {since|in} $month.',
  '{Prices of|The cost of} $need {rose|climbed|jumped} $pct percent in $month, {the statistics office|$org|local traders} {said|reported}.',
  '{A|One} {survey|study|report} by $org {found|suggested|showed} that $pct percent of {households|families|young people} in $town {worry about|struggle with|cannot afford} $topic.',
  '$name {said|argued|noted} that $topic {would|could|might} {improve|recover|ease} {by|before} $month {if|provided} {funding arrives|roads reopen|the ceasefire holds}.',
  '{The|A} {local|regional} {council|authority|administration} {in|of} $town {has|says it has} {reopened|repaired|rebuilt} $num {schools|clinics|bridges|water points} {since|in} $year.',
  '{Schools|Markets|Clinics} in $town {reopened|resumed work|stayed open} {in|during} $month, {though|but} {attendance|trade|staffing} {remains|is still} {low|below normal|uneven}, $name {said|noted}.',
  '"{Nobody|No one} {here|in $town} {wants|asks for} {charity|handouts|pity}; {we want|people want|they want} $need," {said|says} $name.',
  '{The|A} {conflict|crisis} {in|around} {the region|$town} {began|escalated|deepened} in $year, and {has since|since then has} {displaced|uprooted|affected} {about|nearly|over} $num {people|families}.',
  '{Observers|Analysts|Diplomats} {expect|predict|warn} that $topic {will|may} {dominate|shape|weigh on} {the coming months|the next election|talks in $month}.',
];

const SLOT = /\$(num|pct|month|year|name|role|org|need|topic|town)/g;
const CHOICE = /\{([^{}]*)\}/g;

export type Rnd = () => number;

function fill(pattern: string, rnd: Rnd, town: Town): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const slots: Record<string, () => string> = {
    num: () => String(20 + Math.floor(rnd() * 48_000)),
    pct: () => String(3 + Math.floor(rnd() * 60)),
    month: () => pick(MONTHS),
    year: () => String(2011 + Math.floor(rnd() * 13)),
    name: () => `${pick(FIRST)} ${pick(LAST)}`,
    role: () => pick(ROLES),
    org: () => pick(ORGS),
    need: () => pick(NEEDS),
    topic: () => pick(TOPICS),
    town: () => town.name,
  };
  const chosen = pattern.replace(CHOICE, (_m, alts: string) => pick(alts.split('|')));
  return chosen.replace(SLOT, (_m, name: string) => slots[name]()).replace(/ {2,}/g, ' ').replace(/ ([.,])/g, '$1');
}

/** Background paragraphs of about `words` words in all (3 to 6 sentences each). */
export function background(rnd: Rnd, town: Town, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 3 + Math.floor(rnd() * 4);
    const para: string[] = [];
    for (let i = 0; i < n && count < words; i++) {
      const s = fill(SENTENCES[Math.floor(rnd() * SENTENCES.length)], rnd, town);
      para.push(s.charAt(0).toUpperCase() + s.slice(1));
      count += s.split(' ').length;
    }
    out.push(para.join(' '));
  }
  return out;
}
