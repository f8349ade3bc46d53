#!/usr/bin/env node
// Scores the reader on each half of the coded dev sets (score.mjs --half a|b) and on the other sets
// whole, and prints one line per set and half: the figures the accuracy issues set targets for.
// Read the failures of one half only; a rule lands when it also helps the half you did not read.
//   node scripts/halves.mjs [--eval ../shared/eval] [--cmd "node bin/sitrep.js extract --jsonl"] [--sets acled,airwars,...]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const evalDir = arg('--eval', '../shared/eval');
const cmd = arg('--cmd', 'node bin/sitrep.js extract --jsonl');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`no score.mjs in ${evalDir}`);
  process.exit(2);
}

// [short name, set, halves?, figures shown]
const SETS = [
  ['seed', 'seed/damascus-strikes.gold.json', false, ['checksPassed', 'checks', 'failing']],
  ['case', 'dev/events-case2021.jsonl', true, ['weightedF1', 'macroF1', 'disasterFalseAlarm', 'responsibilityClaimRecall']],
  ['acled', 'dev/events-acled-notes.jsonl', true, ['eventTypeAcc', 'subTypeAcc', 'loc25', 'loc161', 'geoPrecAgree', 'dateExact', 'actor1Match', 'actor2Match', 'fatExactClean']],
  ['airwars', 'dev/events-airwars.jsonl', true, ['subTypeOk', 'loc5', 'loc25', 'dateExact', 'killedInRange', 'actor1Country']],
  ['wiki', 'dev/events-wikievents.jsonl', false, ['attackRecall', 'attackerRecall', 'placeRecall', 'eventPrecision']],
  ['polnear', 'dev/attribution-polnear.jsonl', false, ['sourceF1', 'cueF1']],
  ['trnews', 'dev/geo-trnews.jsonl', false, ['acc161EndToEnd', 'toponymPrecision']],
  ['geovirus', 'dev/geo-geovirus.jsonl', false, ['acc161EndToEnd', 'toponymPrecision']],
  ['lgl', 'dev/geo-lgl.jsonl', false, ['acc161EndToEnd', 'toponymPrecision']],
  ['gwn', 'dev/geo-gwn.jsonl', false, ['acc161EndToEnd', 'toponymPrecision']],
];
const only = arg('--sets', null)?.split(',');

for (const [short, set, halves, keys] of SETS) {
  if (only && !only.includes(short)) continue;
  for (const half of halves ? ['a', 'b'] : [null]) {
    const args = [join(evalDir, 'score.mjs'), join(evalDir, set), '--json', '--cmd', cmd, ...(half ? ['--half', half] : [])];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    let fig;
    try { fig = JSON.parse(line); } catch { console.log(`${short}${half ? ' ' + half : ''}: failed: ${r.stdout.trim().slice(0, 200)} ${r.stderr.slice(-300)}`); continue; }
    console.log(`${(short + (half ? ' ' + half : '')).padEnd(10)} ${keys.map((k) => `${k}=${JSON.stringify(fig[k])}`).join(' ')}`);
  }
}
