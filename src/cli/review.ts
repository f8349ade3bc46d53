// sitrep review ID: a person's decision on an incident — confirm it, reject it (not an incident), set a
// field, merge another incident in, split events out, add a note, or revert an earlier action. Each is
// recorded (who, when, what changed, why) and wins over fusion for good (src/review/).
import { userInfo } from 'node:os';
import type { Incident, ReviewRecord } from '../store/store.js';
import { review, ReviewError, type ReviewRequest } from '../review/actions.js';
import { FieldError, FIELD_NAMES, fieldOf, readFieldValue } from '../review/fields.js';
import { describeValue, type FieldValue, type ReviewField } from '../review/model.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { CliError, type Command } from './command.js';
import { DB_OPTION, openForCli } from './options.js';
import { missingIncident } from './missing-incident.js';

const id = (raw: string, what: string): number => {
  if (!/^\d{1,15}$/.test(raw.trim())) throw new CliError(`${what} is a number, got "${raw}"`, 'E_USAGE');
  return Number(raw);
};

export const reviewCommand: Command = {
  name: 'review',
  usage: [
    'review ID --confirm | --reject | --set FIELD=VALUE... | --merge ID2 | --split EVENT... | --note TEXT | --revert N [--why TEXT] [--by NAME] [--version N]',
  ],
  about: `Records a person's decision on incident ID, which fusion never overwrites: re-ingesting, new reports
joining, re-fusion and a new reader keep a set field, never re-merge what was split nor split what was
merged; new reports that contradict a reviewed field flag the incident for another look (sitrep events
--review flagged). Every action is in \`sitrep incident ID --history\` and can be reverted (--revert N).

Fields for --set: ${FIELD_NAMES.join(', ')}. Values: type and sub-type by ACLED's names; date YYYY-MM-DD or
YYYY-MM-DD..YYYY-MM-DD, optionally /1 /2 /3 for the time precision; location LAT,LON or NAME@LAT,LON or a
place name ("Kherson, UA"), optionally /1 /2 /3 for the geo precision; actor1/actor2 a name or none;
fatalities and injuries N, LOW-HIGH or LOW-BEST-HIGH, or none; status alleged, acknowledged, denied or unclaimed.
FIELD= with no value lifts the lock: fusion's reading shows again.

--version N refuses the action (E_STALE_VERSION, exit 1) when the incident is no longer at version N:
someone else changed it since you read it.`,
  options: [{
    title: 'Actions (one kind a run; --set and --split may repeat)',
    options: {
      confirm: { type: 'boolean', help: 'the reading is right' },
      reject: { type: 'boolean', help: 'not an incident: it leaves the lists and exports (sitrep events --review rejected shows it)' },
      set: { type: 'string', arg: 'FIELD=VALUE', multiple: true, help: 'correct a field (see above); it is locked against fusion' },
      merge: { type: 'string', arg: 'ID2', help: 'incident ID2 is the same incident: its reports join ID' },
      split: { type: 'string', arg: 'EVENT', multiple: true, help: 'this event (its number in sitrep incident ID) is another incident: it leaves ID for one of its own' },
      note: { type: 'string', arg: 'TEXT', help: 'a note in the history' },
      revert: { type: 'string', arg: 'N', help: 'reverse review action N (numbered in sitrep incident ID --history)' },
    },
  }, {
    title: 'Options',
    options: {
      why: { type: 'string', arg: 'TEXT', help: 'the reason, kept with the action' },
      by: { type: 'string', arg: 'NAME', help: 'who decides (default $SITREP_REVIEWER, else the login name)' },
      version: { type: 'string', arg: 'N', help: 'the incident version you read (sitrep incident ID shows it)' },
      format: { type: 'string', arg: 'FMT', help: 'text or json', default: 'text' },
      ...DB_OPTION,
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new CliError('review takes one incident ID', 'E_USAGE');
    const incidentId = id(positionals[0], 'an incident ID');
    const format = String(values.format);
    if (format !== 'text' && format !== 'json') throw new CliError(`unknown --format ${format} (text or json)`, 'E_USAGE');
    const sets = (values.set as string[] | undefined) ?? [];
    const splits = ((values.split as string[] | undefined) ?? []).map((e) => id(e, 'an EVENT'));
    const kinds = [values.confirm && 'confirm', values.reject && 'reject', sets.length && 'set', values.merge !== undefined && 'merge',
      splits.length && 'split', values.note !== undefined && 'note', values.revert !== undefined && 'revert'].filter(Boolean);
    if (kinds.length !== 1) {
      throw new CliError(kinds.length ? `one kind of action a run, got ${kinds.map((k) => `--${k}`).join(' and ')}` : 'no action: give --confirm, --reject, --set, --merge, --split, --note or --revert', 'E_USAGE');
    }
    const who = String(values.by ?? (process.env.SITREP_REVIEWER || safeLogin()));
    const version = values.version !== undefined ? id(String(values.version), '--version') : undefined;
    const note = values.note !== undefined ? String(values.note) : undefined;
    const store = await openForCli(values, true);
    try {
      const incident = await store.getIncident(incidentId);
      if (!incident) throw await missingIncident(store, incidentId);
      const requests: ReviewRequest[] = [];
      if (values.confirm) requests.push({ action: 'confirm' });
      if (values.reject) requests.push({ action: 'reject' });
      if (values.merge !== undefined) requests.push({ action: 'merge', other: id(String(values.merge), '--merge ID2') });
      if (splits.length) requests.push({ action: 'split', events: splits });
      if (note !== undefined) requests.push({ action: 'note' });
      if (values.revert !== undefined) requests.push({ action: 'revert', record: id(String(values.revert), '--revert N') });
      // Several --set are read in order against the incident as each leaves it (type, then a sub-type of it).
      let shown: Incident = incident;
      for (const s of sets) {
        const eq = s.indexOf('=');
        if (eq < 1) throw new CliError(`--set takes FIELD=VALUE, got "${s}"`, 'E_USAGE');
        let field: ReviewField;
        let value: FieldValue | null;
        try {
          field = fieldOf(s.slice(0, eq));
          const raw = s.slice(eq + 1);
          value = raw.trim() === '' ? null : readFieldValue(field, raw, shown, () => loadGazetteer());
        } catch (err) {
          if (err instanceof FieldError) throw new CliError(err.message, 'E_USAGE');
          throw err;
        }
        requests.push({ action: 'set', field, value });
        if (value) shown = { ...shown, ...value };
      }
      const done = await review(store, incidentId, requests, { who, why: note ?? (values.why as string | undefined) ?? null, version });
      if (format === 'json') io.stdout.write(JSON.stringify(done, null, 2) + '\n');
      else io.stdout.write(done.records.map((r) => formatReviewRecord(r)).join('\n') + `\nincident ${incidentId}: ${reviewLine(done.incident)}\n`);
    } catch (err) {
      if (err instanceof ReviewError) throw new CliError(err.message, err.code, err.status === 400 ? 2 : 1);
      throw err;
    } finally {
      await store.close();
    }
    return 0;
  },
};

function safeLogin(): string {
  try { return userInfo().username || 'unknown'; } catch { return 'unknown'; }
}

/** The review in one line: its state, version, locked fields, flags. */
export function reviewLine(i: Incident): string {
  const r = i.review;
  const locked = Object.keys(r.locked);
  return [`${r.state}, version ${i.version}`, r.by ? `by ${r.by} ${r.at?.slice(0, 16).replace('T', ' ') ?? ''}`.trimEnd() : null,
    locked.length ? `locked: ${locked.join(', ')}` : null, r.pinned ? 'membership fixed by a person' : null,
    r.flags.length ? `FLAGGED: ${r.flags.join('; ')}` : null].filter(Boolean).join('; ');
}

/** One review action as a history line: number, when, who, what changed, why. */
export function formatReviewRecord(r: ReviewRecord): string {
  const what = ((): string => {
    const old = r.oldValue as any;
    switch (r.action) {
      case 'set': return `set ${r.field}: ${describeValue(r.field!, old?.value)} → ${r.newValue ? describeValue(r.field!, r.newValue as FieldValue) : "fusion's reading"}`;
      case 'confirm': case 'reject': return `${r.action} (was ${old?.state ?? '?'})`;
      // The merged incident's own record of it names where it went (newValue.into).
      case 'merge': return (r.newValue as any)?.into != null ? `merged into incident ${r.otherIncident} (events ${r.events.join(', ')})`
        : `merge: incident ${r.otherIncident} joined (events ${r.events.join(', ')})`;
      case 'split': return r.newValue && (r.newValue as any).from != null ? `split from incident ${r.otherIncident} (events ${r.events.join(', ')})` : `split: events ${r.events.join(', ')} became incident ${r.otherIncident}`;
      case 'note': return 'note';
      case 'revert': return (r.newValue as any)?.restored != null ? `revert of action ${r.reverts}: back from incident ${r.otherIncident}, under its own id` : `revert of action ${r.reverts}`;
    }
  })();
  return `  #${r.id} ${r.at.slice(0, 19).replace('T', ' ')}  ${r.who}  ${what}${r.why ? ` — “${r.why}”` : ''}${r.revertedBy != null ? ` [reverted by #${r.revertedBy}]` : ''}  (v${r.version})`;
}
