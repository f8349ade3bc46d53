// Scores an invented probe whose rows carry the expected first sub-event type (or "none") as `expect`
// (test/probes/strategic.jsonl: strat7's Strategic developments family and its neighbours, written for issue 13 from
// ACLED's codebook definitions and general news wording, never from an evaluation row). Prints each miss, then the count.
//   node bin/sitrep.js extract --jsonl < test/probes/strategic.jsonl | node scripts/probe-types.mjs test/probes/strategic.jsonl
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const out = new Map(readFileSync(0, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((o) => [o.id, o]));
let ok = 0;
for (const r of rows) {
  const e = out.get(r.id)?.events?.[0], got = e?.subEventType ?? 'none';
  if (got === r.expect) ok++;
  else console.log(`${r.id}: want ${r.expect}, got ${got} ${(e?.why?.type ?? []).map((x) => x.rule).join(',')}`);
}
console.log(`${process.argv[2]}: ${ok}/${rows.length} first sub-event types as expected`);
