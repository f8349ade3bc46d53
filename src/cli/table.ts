// A human-readable view of one extraction result (`sitrep extract --format table`).
import type { ExtractionResult, WhyField } from '../types.js';
import type { SentenceReading } from '../pipeline/events/types.js';

/** The fields `--explain` lists, in the order a reader checks them. */
const WHY_FIELDS: WhyField[] = ['type', 'location', 'date', 'actor1', 'actor2', 'fatalities', 'injuries', 'status'];

export function formatTable(r: ExtractionResult & { text?: string }, opts: { explain?: boolean; sentences?: readonly SentenceReading[] } = {}): string {
  const lines: string[] = [];
  lines.push(`# ${r.id}${r.published ? `  (published ${r.published})` : ''}`);
  lines.push('', `Places (${r.places.length})`);
  lines.push(...grid(['text', 'resolved to', 'country', 'admin1', 'feature', 'lat,lon'], r.places.map((p) => [
    p.text, p.name ?? '—', p.country ?? '', p.admin1 ?? '', p.featureCode ?? '', p.lat == null ? '' : `${p.lat.toFixed(3)},${p.lon!.toFixed(3)}`,
  ])));
  lines.push('', `Incidents (${r.events.length})`);
  lines.push(...grid(['id', 'type', 'date', 'where', 'actor1 → actor2', 'dead', 'status', 'claims'], r.events.map((e) => [
    e.id, e.subEventType, e.date.start ?? '?', e.location?.name ?? e.location?.text ?? '?',
    `${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '—'}`,
    e.fatalities ? (e.fatalities.low === e.fatalities.high ? String(e.fatalities.best) : `${e.fatalities.low}-${e.fatalities.high}`) : '',
    e.status, e.claims.join(','),
  ])));
  if (opts.explain) {
    lines.push('', 'Why (the rule behind each coded field, and the words it matched)');
    const rows: string[][] = [];
    for (const e of r.events) {
      for (const field of WHY_FIELDS) {
        for (const reason of e.why?.[field] ?? []) rows.push([e.id, field, reason.rule, reason.text == null ? '' : `"${reason.text}"`]);
      }
    }
    lines.push(...grid(['id', 'field', 'rule', 'matched'], rows, 72));
    // The sentences an incident word was read in but that report no incident, and the rule that said so.
    const dropped = (opts.sentences ?? []).filter((s) => s.notAnEvent);
    if (dropped.length) {
      lines.push('', 'Not incidents (the non-event rule behind each sentence left out)');
      lines.push(...grid(['rule', 'would be', 'matched'], dropped.map((s) => [s.notAnEvent!, `${s.subEventType} (${s.rule})`, `"${s.trigger}"`]), 72));
    }
  }
  lines.push('', `Claims (${r.claims.length})`);
  lines.push(...grid(['id', 'source', 'kind', 'cue', 'stance', 'hedged', 'incidents'], r.claims.map((c) => [
    c.id, c.source.name, c.source.kind, c.cue.text, c.stance, c.hedged ? 'yes' : '', c.events.join(','),
  ])));
  return lines.join('\n') + '\n';
}

function grid(head: string[], rows: string[][], width = 40): string[] {
  if (!rows.length) return ['  (none)'];
  const clip = (s: string): string => (s.length > width ? s.slice(0, width - 1) + '…' : s);
  const all = [head, ...rows.map((r) => r.map(clip))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => '  ' + r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}
