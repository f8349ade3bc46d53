// Scores the invented CASE-style snippets of the demonstration and territory families (test/probes/case7.jsonl: 150
// short wire-style reports from India, Pakistan, Nigeria, Kenya, Sudan, Iraq, Ukraine, Brazil, Thailand and others,
// written for issue 13 from ACLED's codebook definitions and general news phrasing, none from an evaluation file; each
// row's `expect` is the sub-event type the codebook gives it). Prints the share whose first event has that type, then
// the misses, one line each (with the rule that typed them).
//   node bin/sitrep.js extract --jsonl < test/probes/case7.jsonl | node scripts/probe-case7.mjs test/probes/case7.jsonl [--quiet]
import { readFileSync } from 'node:fs';

const [setFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--quiet');
const rows = readFileSync(setFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const out = new Map(readFileSync(0, 'utf8').split('\n').filter(Boolean).map((l) => { const o = JSON.parse(l); return [o.id, o]; }));
let ok = 0;
const misses = [];
for (const r of rows) {
  const e = out.get(r.id)?.events?.[0];
  const got = e?.subEventType ?? 'none';
  if (got === r.expect) ok++;
  else misses.push(`${r.id}  want ${r.expect}, got ${got} [${(e?.why?.type ?? []).map((x) => x.rule).join(', ')}]  ${r.text}`);
}
console.log(`case7 probes: ${ok}/${rows.length} subTypeAcc=${(ok / rows.length).toFixed(3)}`);
if (!quiet) for (const m of misses) console.log(m);
