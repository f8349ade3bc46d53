// A human-readable view of one extraction result (`sitrep extract --format table`).
import type { ExtractionResult } from '../types.js';

export function formatTable(r: ExtractionResult): string {
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
  lines.push('', `Claims (${r.claims.length})`);
  lines.push(...grid(['id', 'source', 'kind', 'cue', 'stance', 'hedged', 'incidents'], r.claims.map((c) => [
    c.id, c.source.name, c.source.kind, c.cue.text, c.stance, c.hedged ? 'yes' : '', c.events.join(','),
  ])));
  return lines.join('\n') + '\n';
}

function grid(head: string[], rows: string[][]): string[] {
  if (!rows.length) return ['  (none)'];
  const clip = (s: string): string => (s.length > 40 ? s.slice(0, 39) + '…' : s);
  const all = [head, ...rows.map((r) => r.map(clip))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => '  ' + r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}
