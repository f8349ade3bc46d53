// Scores an invented typing probe: rows whose `expect` is the first event's sub-event type ("none" for no event), as a
// string or as `{ subEventType }`. The probes were written for issue 13 from ACLED's codebook definitions and general news
// wording, never from an evaluation row: test/probes/strategic.jsonl (Strategic developments), clash.jsonl (the violence
// family), case7.jsonl (CASE-style demonstration and territory snippets), gap.jsonl (their boundaries). Prints each miss
// with the rule that typed it (unless --quiet), then the count.
//   node bin/sitrep.js extract --jsonl < test/probes/clash.jsonl | node scripts/probe-types.mjs test/probes/clash.jsonl [--quiet]
import { readFileSync } from 'node:fs';

const [setFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--quiet');
const jsonl = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const rows = jsonl(readFileSync(setFile, 'utf8'));
const out = new Map(jsonl(readFileSync(0, 'utf8')).map((o) => [o.id, o]));
let ok = 0;
for (const r of rows) {
  const want = typeof r.expect === 'string' ? r.expect : r.expect.subEventType;
  const e = out.get(r.id)?.events?.[0], got = e?.subEventType ?? 'none';
  if (got === want) ok++;
  else if (!quiet) console.log(`${r.id}: want ${want}, got ${got} [${(e?.why?.type ?? []).map((x) => x.rule).join(', ')}] :: ${r.text.slice(0, 140)}`);
}
console.log(`${setFile}: ${ok}/${rows.length} first sub-event types as expected (${(ok / rows.length).toFixed(3)})`);
