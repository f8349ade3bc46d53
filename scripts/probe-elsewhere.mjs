// Scores the invented reports from countries the ACLED dev set lacks (test/probes/elsewhere.jsonl: India,
// Pakistan, Nigeria, Niger, Cameroon, Iraq, Ukraine, Sudan, South Sudan, CAR, Libya, Palestine/Israel,
// Kenya, Ethiopia, Brazil, Indonesia, Turkey, Iran), written for issues 13/14 from general knowledge and
// ACLED's public actor-naming conventions, none from an evaluation file. Prints the figures the ACLED-notes
// scorer prints (same definitions: first event; loc25/loc161 against the row's rough point; loose actor
// match on the name's parts or the state force's country), then the misses, one line each.
//   node bin/sitrep.js extract --jsonl < test/probes/elsewhere.jsonl | node scripts/probe-elsewhere.mjs test/probes/elsewhere.jsonl [--quiet]
import { readFileSync } from 'node:fs';

const TYPE = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established',
    'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};
const typeOf = Object.fromEntries(Object.entries(TYPE).flatMap(([t, subs]) => subs.map((s) => [s, t])));
const CC = { nigeria: 'NG', india: 'IN', pakistan: 'PK', niger: 'NE', cameroon: 'CM', iraq: 'IQ', ukraine: 'UA', russia: 'RU', sudan: 'SD',
  'south sudan': 'SS', 'central african republic': 'CF', libya: 'LY', palestine: 'PS', israel: 'IL', kenya: 'KE', ethiopia: 'ET', eritrea: 'ER',
  brazil: 'BR', indonesia: 'ID', turkey: 'TR', iran: 'IR', 'united states': 'US',
  // world8's countries (test/probes/world8.jsonl)
  mexico: 'MX', colombia: 'CO', haiti: 'HT', ecuador: 'EC', peru: 'PE', bangladesh: 'BD', myanmar: 'MM', philippines: 'PH', thailand: 'TH',
  mozambique: 'MZ', rwanda: 'RW', chad: 'TD', afghanistan: 'AF', lebanon: 'LB', yemen: 'YE',
  // world13's countries (test/probes/world13.jsonl)
  somalia: 'SO', 'democratic republic of congo': 'CD', 'burkina faso': 'BF', mali: 'ML', syria: 'SY', honduras: 'HN', venezuela: 'VE',
  guatemala: 'GT', benin: 'BJ', togo: 'TG',
  // world14's countries (test/probes/world14.jsonl)
  'papua new guinea': 'PG', nepal: 'NP', eswatini: 'SZ', madagascar: 'MG', tanzania: 'TZ', uganda: 'UG', burundi: 'BI', georgia: 'GE',
  armenia: 'AM', azerbaijan: 'AZ', kosovo: 'XK', 'united kingdom': 'GB', tajikistan: 'TJ', kyrgyzstan: 'KG', egypt: 'EG', jordan: 'JO',
  algeria: 'DZ', tunisia: 'TN', morocco: 'MA', mauritania: 'MR', 'sri lanka': 'LK', zimbabwe: 'ZW', 'south africa': 'ZA', zambia: 'ZM',
  malawi: 'MW', angola: 'AO', guinea: 'GN', senegal: 'SN', ghana: 'GH', 'sierra leone': 'SL', liberia: 'LR', 'ivory coast': 'CI',
  bolivia: 'BO', chile: 'CL', nicaragua: 'NI', 'el salvador': 'SV', jamaica: 'JM', 'trinidad and tobago': 'TT', argentina: 'AR',
  cambodia: 'KH', malaysia: 'MY', 'new caledonia': 'NC', serbia: 'RS', sweden: 'SE', france: 'FR', 'solomon islands': 'SB' };

const norm = (s) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const compact = (s) => norm(s).replace(/[^a-z0-9]/g, '');
const km = (a, b) => { const r = Math.PI / 180, dl = (b.lat - a.lat) * r, dn = (b.lon - a.lon) * r;
  const h = Math.sin(dl / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dn / 2) ** 2; return 12742 * Math.asin(Math.min(1, Math.sqrt(h))); };
const STATE_RE = /^(?:former )?(military|police) forces of (?:the )?(.+?)(?:\s*\(|$)/;
const FORCE_WORDS = /forces|army|military|soldier|troop|police|idf|navy|air force|gendarm|marines|national guard|security/i;
// The same loose match as ACLED's scorer: a part of one name inside the other, or the same state force of the same country.
function actorMatch(gold, pred) {
  if (!gold || !pred) return false;
  const g = norm(gold), base = g.replace(/\([^)]*\)/g, ' '), head = g.split('(')[0];
  const gv = [base, head, ...base.split(':')].map(compact).filter((s) => s.length >= 3);
  const pv = [pred.name, pred.text, norm(pred.name).replace(/\([^)]*\)/g, ' '), ...(String(pred.name ?? '').match(/\(([^)]*)\)/g) ?? [])].map(compact).filter((s) => s.length >= 3);
  for (const a of gv) for (const b of pv) if (a.includes(b) || b.includes(a)) return true;
  const m = STATE_RE.exec(g);
  if (m) {
    const cc = CC[m[2].trim()], pm = STATE_RE.exec(norm(pred.name));
    if (pm && pm[1] === m[1] && (pm[2].trim() === m[2].trim() || (cc && CC[pm[2].trim()] === cc))) return true;
    if (m[1] === 'military' && cc && pred.country === cc && FORCE_WORDS.test((pred.name ?? '') + ' ' + (pred.text ?? ''))) return true;
  }
  return false;
}

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const out = new Map(readFileSync(0, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((o) => [o.id, o]));
const quiet = process.argv.includes('--quiet');
const c = { et: 0, st: 0, l25: 0, l161: 0, date: 0, a1: 0, a1n: 0, a2: 0, a2n: 0, fat: 0 };
const misses = [];
for (const r of rows) {
  const x = r.expect, evs = out.get(r.id)?.events ?? [], e = evs[0], why = [];
  if (e?.eventType === typeOf[x.subEventType]) c.et++;
  if (e?.subEventType === x.subEventType) c.st++; else why.push(`type ${e?.subEventType ?? 'none'}`);
  const d = e?.location?.lat != null ? km(e.location, x) : Infinity;
  if (d <= 25) c.l25++;
  if (d <= 161) c.l161++;
  if (d > 25) why.push(`loc ${e?.location?.name ?? '-'}${Number.isFinite(d) ? ` ${Math.round(d)}km` : ''}`);
  if (e?.date?.start === x.date) c.date++; else why.push(`date ${e?.date?.start ?? '-'}`);
  if (x.actor1) { c.a1n++; if (actorMatch(x.actor1, e?.actor1)) c.a1++; else why.push(`a1 ${e?.actor1?.name ?? '-'} (want ${x.actor1})`); }
  if (x.actor2) { c.a2n++; if (actorMatch(x.actor2, e?.actor2)) c.a2++; else why.push(`a2 ${e?.actor2?.name ?? '-'} (want ${x.actor2})`); }
  const s = evs.reduce((t, v) => t + (Number.isFinite(v?.fatalities?.best) ? v.fatalities.best : 0), 0);
  if (s === x.fatalities) c.fat++; else why.push(`fat ${s} (want ${x.fatalities})`);
  if (why.length) misses.push(`${r.id}: ${why.join('; ')}`);
}
const n = rows.length, f = (a, b) => (b ? Math.round((a / b) * 1000) / 1000 : null);
if (!quiet) for (const m of misses) console.log(m);
console.log(`elsewhere n=${n} eventTypeAcc=${f(c.et, n)} subTypeAcc=${f(c.st, n)} loc25=${f(c.l25, n)} loc161=${f(c.l161, n)} dateExact=${f(c.date, n)} ` +
  `actor1Match=${f(c.a1, c.a1n)} actor2Match=${f(c.a2, c.a2n)} fatExact=${f(c.fat, n)}`);
