// Checks the invented place reports (test/probes/where.jsonl, written for issue 14 from general knowledge
// of how reports are phrased; none from an evaluation file): each line's expected country, optional point
// (within 25 km) and ACLED geo-precision against the first event's location. Prints the misses and the tally.
//   node bin/sitrep.js extract --jsonl < test/probes/where.jsonl | node scripts/probe-where.mjs test/probes/where.jsonl
import { readFileSync } from 'node:fs';
const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const out = new Map(readFileSync(0, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((o) => [o.id, o]));
const km = (a, b) => { const r = Math.PI / 180, dl = (b[0] - a[0]) * r, dn = (b[1] - a[1]) * r;
  const h = Math.sin(dl / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(dn / 2) ** 2; return 12742 * Math.asin(Math.min(1, Math.sqrt(h))); };
let ok = 0, n = 0;
for (const r of rows) {
  const loc = out.get(r.id)?.events?.[0]?.location, x = r.expect, why = [];
  if (!loc) why.push('no location');
  else {
    if (x.country && loc.country !== x.country) why.push(`country ${loc.country}`);
    if (x.near && !(loc.lat != null && km([loc.lat, loc.lon], x.near) <= 25)) why.push(`point ${loc.lat},${loc.lon}`);
    if (x.precision && loc.precision !== x.precision) why.push(`precision ${loc.precision}`);
  }
  n++;
  if (why.length) console.log(`miss ${r.id}: ${why.join('; ')} (got ${loc?.name ?? '-'} "${loc?.text ?? ''}" ${(out.get(r.id)?.events?.[0]?.why?.location ?? []).map((w) => w.rule).join(',')})`);
  else ok++;
}
console.log(`where probes: ${ok}/${n}`);
