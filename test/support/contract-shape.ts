// A small validator of the extraction contract (../shared/contract/extraction.md): required fields and
// their types, the closed vocabularies, offsets inside the text, sane figures and coordinates. Returns
// the list of problems (empty when the result is valid), so a fuzz failure says what broke where.
import { SUB_EVENTS } from '../../src/lexicon/sub-events.js';

const EVENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments']);
const SUB_TYPES = new Map(SUB_EVENTS.map((s) => [s.subEventType, s.eventType]));
const STATUS = new Set(['alleged', 'acknowledged', 'denied', 'unclaimed']);
const STANCE = new Set(['asserts', 'denies', 'declines_comment', 'disputes']);
const KINDS = new Set(['state_media', 'government', 'military', 'monitor', 'news_agency', 'analyst', 'anonymous', 'witness', 'other']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function contractProblems(r: any, text: string): string[] {
  const out: string[] = [];
  const bad = (where: string, what: string): void => { out.push(`${where}: ${what}`); };
  const str = (v: unknown): boolean => typeof v === 'string';
  const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
  const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
  const span = (s: any, where: string, withText: boolean): void => {
    if (!s || typeof s !== 'object') return bad(where, 'not an object');
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return bad(where, `offsets not integers (${s.start}, ${s.end})`);
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) return bad(where, `offsets ${s.start}..${s.end} outside 0..${text.length}`);
    if (withText) {
      if (!str(s.text)) return bad(where, 'text is not a string');
      if (text.slice(s.start, s.end) !== s.text) bad(where, `text ${JSON.stringify(s.text).slice(0, 60)} is not the text at ${s.start}..${s.end}`);
    }
  };
  const place = (p: any, where: string): void => {
    span(p, where, true);
    if (!strOrNull(p.name) || !strOrNull(p.country) || !strOrNull(p.admin1) || !strOrNull(p.featureCode)) bad(where, 'name/country/admin1/featureCode not string|null');
    if (p.geonameid !== null && !Number.isInteger(p.geonameid)) bad(where, 'geonameid not integer|null');
    if ((p.lat === null) !== (p.lon === null)) bad(where, 'one of lat/lon null');
    if (p.lat !== null && !(num(p.lat) && p.lat >= -90 && p.lat <= 90)) bad(where, `lat ${p.lat}`);
    if (p.lon !== null && !(num(p.lon) && p.lon >= -180 && p.lon <= 180)) bad(where, `lon ${p.lon}`);
  };
  const figure = (f: any, where: string): void => {
    if (f === null || f === undefined) return;
    if (!num(f.low) || !num(f.best) || !num(f.high)) return bad(where, `non-finite figure ${JSON.stringify(f)}`);
    if (!(f.low >= 0 && f.low <= f.best && f.best <= f.high)) bad(where, `not 0 ≤ low ≤ best ≤ high: ${JSON.stringify(f)}`);
  };
  const actor = (a: any, where: string): void => {
    if (a === null) return;
    if (!a || !str(a.name) || !str(a.text) || !strOrNull(a.country)) bad(where, `bad actor ${JSON.stringify(a)?.slice(0, 80)}`);
  };

  if (!r || typeof r !== 'object') return ['result: not an object'];
  if (!str(r.id)) bad('id', 'not a string');
  for (const k of ['places', 'events', 'claims']) if (!Array.isArray(r[k])) bad(k, 'not an array');
  if (out.length) return out;
  r.places.forEach((p: any, i: number) => place(p, `places[${i}]`));
  const eventIds = new Set<string>(r.events.map((e: any) => e.id));
  const claimIds = new Set<string>(r.claims.map((c: any) => c.id));
  r.events.forEach((e: any, i: number) => {
    const w = `events[${i}]`;
    if (!str(e.id)) bad(w, 'id not a string');
    if (!EVENT_TYPES.has(e.eventType)) bad(w, `eventType ${e.eventType}`);
    if (SUB_TYPES.get(e.subEventType) !== e.eventType) bad(w, `subEventType ${e.subEventType} under ${e.eventType}`);
    if (!STATUS.has(e.status)) bad(w, `status ${e.status}`);
    const d = e.date;
    if (!d || typeof d !== 'object') bad(w, 'no date object');
    else {
      if (![1, 2, 3].includes(d.precision)) bad(w, `date precision ${d.precision}`);
      for (const k of ['start', 'end'] as const) {
        if (d[k] !== null && !(str(d[k]) && DATE.test(d[k]) && !Number.isNaN(Date.parse(d[k])))) bad(w, `date.${k} ${d[k]}`);
      }
      if (d.start && d.end && d.start > d.end) bad(w, `date start ${d.start} after end ${d.end}`);
      if (!strOrNull(d.text)) bad(w, 'date.text not string|null');
    }
    if (e.location !== null) {
      place(e.location, `${w}.location`);
      if (![1, 2, 3].includes(e.location?.precision)) bad(w, `location precision ${e.location?.precision}`);
    }
    actor(e.actor1, `${w}.actor1`);
    actor(e.actor2, `${w}.actor2`);
    figure(e.fatalities, `${w}.fatalities`);
    figure(e.injuries, `${w}.injuries`);
    if (!Array.isArray(e.claims) || e.claims.some((c: unknown) => !claimIds.has(c as string))) bad(w, `claims ${JSON.stringify(e.claims)} not all known`);
    if (!Array.isArray(e.evidence)) bad(w, 'evidence not an array');
    else e.evidence.forEach((s: any, j: number) => span(s, `${w}.evidence[${j}]`, false));
    if (e.trigger !== undefined) span(e.trigger, `${w}.trigger`, true);
  });
  r.claims.forEach((c: any, i: number) => {
    const w = `claims[${i}]`;
    if (!str(c.id)) bad(w, 'id not a string');
    span(c.source, `${w}.source`, true);
    if (!str(c.source?.name)) bad(w, 'source.name not a string');
    if (!KINDS.has(c.source?.kind)) bad(w, `source.kind ${c.source?.kind}`);
    if (c.via !== undefined) span(c.via, `${w}.via`, true);
    span(c.cue, `${w}.cue`, true);
    span(c.content, `${w}.content`, false);
    if (!STANCE.has(c.stance)) bad(w, `stance ${c.stance}`);
    if (typeof c.hedged !== 'boolean') bad(w, 'hedged not boolean');
    if (!Array.isArray(c.events) || c.events.some((e: unknown) => !eventIds.has(e as string))) bad(w, `events ${JSON.stringify(c.events)} not all known`);
  });
  return out;
}

/** An error line of the contract: {id: string|null, error: {code: E_…, message: string}}. */
export function errorProblems(e: any): string[] {
  if (!e || typeof e !== 'object' || !e.error) return ['not an error object'];
  const out: string[] = [];
  if (!(e.id === null || typeof e.id === 'string')) out.push('id not string|null');
  if (typeof e.error.code !== 'string' || !/^E_[A-Z_]+$/.test(e.error.code)) out.push(`code ${e.error.code}`);
  if (typeof e.error.message !== 'string' || !e.error.message) out.push('no message');
  return out;
}
