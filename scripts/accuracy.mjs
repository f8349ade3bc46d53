#!/usr/bin/env node
// Runs ../shared/eval/score.mjs over the seed article and every dev set, and prints the README's
// accuracy table (markdown). Needs a built checkout (npm ci) and the shared evaluation folder.
//   node scripts/accuracy.mjs [--eval ../shared/eval]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const i = process.argv.indexOf('--eval');
const evalDir = i > 0 ? process.argv[i + 1] : '../shared/eval';
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`no score.mjs in ${evalDir}`);
  process.exit(2);
}

const sets = [
  ['seed/damascus-strikes.gold.json', ['checksPassed', 'checks'], 'every check passes'],
  ['dev/geo-trnews.jsonl', ['acc161EndToEnd', 'toponymPrecision', 'toponymRecall', 'medianKm'], 'acc161EndToEnd ≥ 0.80, precision ≥ 0.60'],
  ['dev/geo-geovirus.jsonl', ['acc161EndToEnd', 'toponymPrecision', 'toponymRecall', 'medianKm'], 'acc161EndToEnd ≥ 0.80, precision ≥ 0.60'],
  ['dev/geo-lgl.jsonl', ['acc161EndToEnd', 'toponymPrecision', 'toponymRecall', 'medianKm'], 'acc161EndToEnd ≥ 0.65, precision ≥ 0.60'],
  ['dev/geo-gwn.jsonl', ['acc161EndToEnd', 'toponymPrecision', 'toponymRecall', 'medianKm'], 'acc161EndToEnd ≥ 0.55, precision ≥ 0.60'],
  ['dev/events-case2021.jsonl', ['weightedF1', 'macroF1', 'disasterFalseAlarm', 'responsibilityClaimRecall'], 'weightedF1 ≥ 0.70, disasterFalseAlarm ≤ 0.10, responsibilityClaimRecall ≥ 0.80'],
  ['dev/attribution-polnear.jsonl', ['sourceF1', 'sourceP', 'sourceR', 'cueF1'], 'sourceF1 ≥ 0.55'],
  ['dev/events-wikievents.jsonl', ['attackRecall', 'attackerRecall', 'placeRecall', 'eventPrecision'], 'attackRecall ≥ 0.70; attackerRecall ≥ 0.70, placeRecall ≥ 0.60 (issues 14, 15)'],
  ['dev/events-acled-notes.jsonl', ['eventTypeAcc', 'subTypeAcc', 'loc161', 'loc25', 'geoPrecAgree', 'dateExact', 'actor1Match', 'actor2Match', 'fatExactClean'],
    'eventType ≥ 0.88, subType ≥ 0.80, loc161 ≥ 0.85, loc25 ≥ 0.70, geoPrec ≥ 0.75, date ≥ 0.95, actor1 ≥ 0.75, actor2 ≥ 0.65, fatalities ≥ 0.95'],
  ['dev/events-airwars.jsonl', ['subTypeOk', 'loc5', 'loc25', 'dateExact', 'killedInRange', 'actor1Country'],
    'subType ≥ 0.90, loc5 ≥ 0.75, loc25 ≥ 0.85, date ≥ 0.90, killedInRange ≥ 0.70, actor1Country ≥ 0.97'],
];

console.log('| set | figures | must reach | docs/s |');
console.log('| --- | --- | --- | --- |');
for (const [set, keys, target] of sets) {
  const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), join(evalDir, set), '--json'], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let fig;
  try { fig = JSON.parse(line); } catch { console.log(`| ${set} | failed: ${r.stdout.trim().slice(0, 120)} | ${target} | |`); continue; }
  const shown = keys.map((k) => `${k} ${fig[k]}`).join(', ');
  console.log(`| ${set.replace(/^(dev|seed)\//, '')} | ${shown} | ${target} | ${fig.docsPerSec ?? ''} |`);
}
