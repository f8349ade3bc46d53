// Is a reading valid? First against the output's JSON Schema (docs/extraction.schema.json: fields, types,
// the closed vocabularies, a sub-event type under its event type), then for what a schema cannot say:
// offsets inside the text and the text at them, sane figures and dates, both coordinates or neither,
// ids that refer to something. Returns the list of problems (empty when the result is valid), so a
// failure says what broke where.
import { readFileSync } from 'node:fs';
import { schemaProblems } from './json-schema.js';
import { isCalendarDate } from '../../src/filters/grammar.js';

export const EXTRACTION_SCHEMA = JSON.parse(readFileSync(new URL('../../docs/extraction.schema.json', import.meta.url), 'utf8'));
// The schema's two branches apart, so that a problem is reported in full rather than as "matches none of oneOf".
const RESULT = { $defs: EXTRACTION_SCHEMA.$defs, $ref: '#/$defs/result' };
const ERROR = { $defs: EXTRACTION_SCHEMA.$defs, $ref: '#/$defs/error' };

export function contractProblems(r: any, text: string): string[] {
  const shape = schemaProblems(RESULT, r);
  if (shape.length) return shape;
  const out: string[] = [];
  const bad = (where: string, what: string): void => { out.push(`${where}: ${what}`); };
  const span = (s: any, where: string, withText: boolean): void => {
    if (!(s.start <= s.end && s.end <= text.length)) return bad(where, `offsets ${s.start}..${s.end} outside 0..${text.length}`);
    if (withText && text.slice(s.start, s.end) !== s.text) bad(where, `text ${JSON.stringify(s.text).slice(0, 60)} is not the text at ${s.start}..${s.end}`);
  };
  const place = (p: any, where: string): void => {
    span(p, where, true);
    if ((p.lat === null) !== (p.lon === null)) bad(where, 'one of lat/lon null');
  };
  const figure = (f: any, where: string): void => {
    if (f && !(f.low <= f.best && f.best <= f.high)) bad(where, `not low ≤ best ≤ high: ${JSON.stringify(f)}`);
  };
  r.places.forEach((p: any, i: number) => place(p, `places[${i}]`));
  const eventIds = new Set<string>(r.events.map((e: any) => e.id));
  const claimIds = new Set<string>(r.claims.map((c: any) => c.id));
  r.events.forEach((e: any, i: number) => {
    const w = `events[${i}]`;
    for (const k of ['start', 'end'] as const) if (e.date[k] !== null && !isCalendarDate(e.date[k])) bad(w, `date.${k} ${e.date[k]}`);
    if (e.date.start && e.date.end && e.date.start > e.date.end) bad(w, `date start ${e.date.start} after end ${e.date.end}`);
    if (e.location !== null) place(e.location, `${w}.location`);
    figure(e.fatalities, `${w}.fatalities`);
    figure(e.injuries, `${w}.injuries`);
    if (e.claims.some((c: string) => !claimIds.has(c))) bad(w, `claims ${JSON.stringify(e.claims)} not all known`);
    e.evidence.forEach((s: any, j: number) => span(s, `${w}.evidence[${j}]`, false));
    if (e.trigger !== undefined) span(e.trigger, `${w}.trigger`, true);
    for (const [field, reasons] of Object.entries(e.why ?? {}) as [string, any[]][]) {
      reasons.forEach((x, j) => { if (x.start !== undefined && x.end !== undefined) span({ text: x.text, ...x }, `${w}.why.${field}[${j}]`, x.text !== undefined); });
    }
  });
  r.claims.forEach((c: any, i: number) => {
    const w = `claims[${i}]`;
    span(c.source, `${w}.source`, true);
    if (c.via !== undefined) span(c.via, `${w}.via`, true);
    span(c.cue, `${w}.cue`, true);
    span(c.content, `${w}.content`, false);
    if (c.events.some((e: string) => !eventIds.has(e))) bad(w, `events ${JSON.stringify(c.events)} not all known`);
  });
  return out;
}

/** An error line: {id: string|null, error: {code: E_…, message: string}}. */
export function errorProblems(e: any): string[] {
  return schemaProblems(ERROR, e);
}
