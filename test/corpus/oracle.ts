// What a perfect reader would extract from a generated article: the generator's own record of it,
// in the extraction contract's shape. Lets the store and fusion be tested apart from the reader.
import type { ArticleInput, ExtractionResult, Outcome } from '../../src/types.js';
import type { Corpus, OracleEvent } from './generate.js';
import { event } from '../helpers/build.js';
import type { Kind } from './templates.js';

export const ACLED_OF: Record<Kind, { type: 'Explosions/Remote violence' | 'Battles' | 'Protests'; sub: string }> = {
  strike: { type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  shelling: { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  clash: { type: 'Battles', sub: 'Armed clash' },
  protest: { type: 'Protests', sub: 'Peaceful protest' },
};

function toResult(id: string, events: OracleEvent[]): ExtractionResult {
  const claims: ExtractionResult['claims'] = [];
  const out = events.map((e, i) => {
    const cid = `c${i + 1}`;
    claims.push({ id: cid, source: { name: e.source, text: e.source, start: 0, end: 1, kind: 'other' }, cue: { text: 'said', start: 0, end: 1 },
      content: { start: 0, end: 1 }, stance: 'asserts', hedged: false, events: [`e${i + 1}`] });
    const { type, sub } = ACLED_OF[e.kind];
    return event(`e${i + 1}`, {
      type, sub, date: e.date, actor1: e.kind === 'protest' ? undefined : e.actor, actor2: e.enemy ?? undefined, dead: e.dead ?? undefined,
      place: { name: e.town.name, lat: e.town.lat, lon: e.town.lon, country: e.town.country, admin1: e.town.admin1 },
      status: e.kind === 'protest' ? 'unclaimed' : 'alleged',
    }, [cid]);
  });
  return { id, places: [], events: out, claims };
}

export function oracleExtract(corpus: Corpus): (input: ArticleInput) => Outcome<ExtractionResult> {
  return (input) => {
    const events = corpus.oracle.get(input.id);
    if (!events) return { ok: false, code: 'E_UNKNOWN', message: `not a corpus article: ${input.id}` };
    return { ok: true, value: toResult(input.id, events) };
  };
}
