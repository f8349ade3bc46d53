// sitrep incident ID: the dossier of one incident — what, where, when, who, the fatality range and who
// gave each figure, claims by source with their stance, the evidence sentences, and (--history) fusion.
import type { Dossier, FigureBasis, HistoryEntry, Incident, ReviewRecord } from '../store/store.js';
import type { Figure } from '../types.js';
import { formatReviewRecord, reviewLine } from './review.js';
import { incidentRecord } from '../export/records.js';
import { CliError, type Command } from './command.js';
import { DB_OPTION, openForCli } from './options.js';
import { missingIncident } from './missing-incident.js';

export const incidentCommand: Command = {
  name: 'incident',
  usage: ['incident ID [--history] [--format text|json] [--db PATH]'],
  about: `Prints the dossier of incident ID (the id in the first column of sitrep events): the fused type, date,
place, actors and fatality range with the source behind each figure; every report with its outlet; the
claims by source with stance and hedging; the sentences each report was read from; contradictions.`,
  options: [{
    title: 'Options',
    options: {
      history: { type: 'boolean', help: 'also list every create, join, merge and split fusion made of this incident, and every review action (numbered: sitrep review ID --revert N)', default: false },
      format: { type: 'string', arg: 'FMT', help: 'text or json', default: 'text' },
      ...DB_OPTION,
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new CliError('incident takes one incident ID', 'E_USAGE');
    if (!/^\d{1,15}$/.test(positionals[0])) throw new CliError(`an incident ID is a number, got "${positionals[0]}"`, 'E_USAGE');
    const format = String(values.format);
    if (format !== 'text' && format !== 'json') throw new CliError(`unknown --format ${format} (text or json)`, 'E_USAGE');
    const store = await openForCli(values, true);
    try {
      const id = Number(positionals[0]);
      const dossier = await store.dossier(id);
      if (!dossier) throw await missingIncident(store, id);
      const history = values.history ? await store.history(id) : null;
      const reviews = values.history ? await store.reviewRecords(id) : null;
      if (format === 'json') io.stdout.write(JSON.stringify({ ...incidentRecord(dossier), ...(history ? { history, reviews } : {}) }, null, 2) + '\n');
      else io.stdout.write(formatDossier(dossier, history, reviews));
    } finally {
      await store.close();
    }
    return 0;
  },
};

export function formatDossier(d: Dossier, history: HistoryEntry[] | null, reviews: ReviewRecord[] | null = null): string {
  const i = d.incident;
  const f = i.fatalities;
  const out: string[] = [];
  out.push(`Incident ${i.id}: ${i.subEventType} (${i.eventType})`, `  ${i.summary}`, '');
  out.push(`  when      ${i.dateStart ?? '?'}${i.dateEnd && i.dateEnd !== i.dateStart ? ` to ${i.dateEnd}` : ''} (time precision ${i.datePrecision})`);
  out.push(`  where     ${[i.locationName, i.admin1, i.country].filter(Boolean).join(', ') || '?'}${i.lat != null ? ` (${i.lat.toFixed(4)}, ${i.lon!.toFixed(4)}; geo precision ${i.geoPrecision})` : ''}`);
  out.push(`  who       ${i.actor1 ?? '?'} → ${i.actor2 ?? '—'}${i.assocActors.length ? ` (also named: ${i.assocActors.join('; ')})` : ''}`);
  out.push(`  status    ${i.status}`);
  out.push(`  review    ${reviewLine(i)}`);
  out.push(`  sources   ${i.sources} independent, ${i.articles} article${i.articles === 1 ? '' : 's'}: ${i.outlets.join('; ') || '—'}`);
  const who = (x: FigureBasis): string => {
    const where = x.claimId ? `article ${x.articleId}, claim ${x.claimId}` : `article ${x.articleId}`;
    const name = x.source ?? x.outlet;
    return name ? `${name} (${where})` : where;
  };
  const toll = (label: string, t: Figure | null, b: Incident['fatalityBasis']) => {
    if (t && b) out.push(`  ${label}low ${t.low} — ${who(b.low)}`, `            best ${t.best} — ${who(b.best)}`, `            high ${t.high} — ${who(b.high)}`);
    // A figure a person set has no report behind it (src/review).
    else if (t) out.push(`  ${label}low ${t.low}, best ${t.best}, high ${t.high} — set by a person`);
    else out.push(`  ${label}no figure reported`);
  };
  toll('killed    ', f, i.fatalityBasis);
  toll('injured   ', i.injuries ?? null, i.injuryBasis ?? null);
  if (i.contradictions.length) {
    out.push('', 'Contradictions');
    for (const c of i.contradictions) out.push(`  ${c.kind}: ${c.asserts.source ?? '?'} (${c.asserts.detail}) vs ${c.disputes.source ?? '?'} (${c.disputes.detail})`);
  }
  const bySource = new Map<string, string[]>();
  for (const m of d.members) {
    for (const c of m.claims) {
      const key = `${c.source.name} (${c.source.kind})`;
      if (!bySource.has(key)) bySource.set(key, []);
      bySource.get(key)!.push(`${c.stance}${c.hedged ? ', hedged' : ''} — “${c.cue.text}” in article ${m.articleId}${m.outlet ? ` (${m.outlet})` : ''}`);
    }
  }
  if (bySource.size) {
    out.push('', 'Claims by source');
    for (const [source, lines] of bySource) out.push(`  ${source}`, ...[...new Set(lines)].map((l) => `    ${l}`));
  }
  out.push('', 'Reports');
  for (const m of d.members) {
    const e = m.event;
    out.push(`  [article ${m.articleId}${m.group !== m.articleId ? `, copy of ${m.group}` : ''}] ${m.outlet ?? '(no outlet)'} ${m.published ?? ''} ${m.title ? `“${m.title}”` : ''}`.trimEnd());
    out.push(`    event ${m.localId} (#${m.id}): ${e.subEventType}, ${e.date.start ?? '?'}, ${e.location?.name ?? e.location?.text ?? '?'}, ${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '—'}, ${e.fatalities ? `${e.fatalities.low}/${e.fatalities.best}/${e.fatalities.high} killed` : 'no figure'}, ${e.status}`);
    for (const c of m.claims) {
      out.push(`    claim ${c.id}: ${c.source.name} (${c.source.kind}) ${c.stance}${c.hedged ? ', hedged' : ''} — cue “${c.cue.text}”`);
    }
    for (const s of m.evidence) out.push(`    > ${s.replace(/\s+/g, ' ').trim()}`);
  }
  if (history) {
    out.push('', 'History (fusion)');
    for (const h of history) out.push(`  ${h.at}  ${h.action.padEnd(6)} ${h.detail}`);
  }
  if (reviews) {
    out.push('', 'Review history');
    if (!reviews.length) out.push('  (nobody has reviewed it)');
    for (const r of reviews) out.push(formatReviewRecord(r));
  }
  return out.join('\n') + '\n';
}
