// Scores the invented violence-family reports (test/probes/clash.jsonl: Armed clash, Attack, Mob violence, Abduction, Looting,
// from Nigeria, India, Pakistan, Ukraine, Sudan, Cameroon, Iraq, Brazil, Kenya and others), written for issue 13 (clash7)
// from ACLED's codebook definitions and general knowledge of news wording, none from an evaluation file. Prints the first
// event's sub-type agreement and, unless --quiet, each miss with the rule that typed it.
//   node bin/sitrep.js extract --jsonl < test/probes/clash.jsonl | node scripts/probe-clash.mjs test/probes/clash.jsonl [--quiet]
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const out = new Map(readFileSync(0, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((o) => [o.id, o]));
let ok = 0;
const misses = [];
for (const r of rows) {
  const e = out.get(r.id)?.events?.[0];
  const got = e?.subEventType ?? 'none';
  if (got === r.expect.subEventType) ok++;
  else misses.push(`${r.id}: want ${r.expect.subEventType}, got ${got} [${(e?.why?.type ?? []).map((x) => x.rule).join(',')}] :: ${r.text.slice(0, 140)}`);
}
if (!process.argv.includes('--quiet')) for (const m of misses) console.log(m);
console.log(`clash n=${rows.length} subTypeAcc=${Math.round((ok / rows.length) * 1000) / 1000} (${ok}/${rows.length})`);
