// The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. api.test.ts checks that
// every route the app answers is described here, so the two cannot drift apart.
import { FILTERS, type ParamDef } from '../filters/grammar.js';
import { EXPORT_FORMATS } from '../export/stream.js';
import { STATUSES, STANCES } from '../vocabulary.js';
import { INCIDENT_PARAMS, PAGE } from './params.js';
import { MAX_ACTIONS, REVIEW_BODY_ACTIONS } from './review-input.js';
import { REVIEW_STATES } from '../review/model.js';
import { FIELD_NAMES } from '../review/fields.js';
import { ACTOR_LIMIT } from './routes-stats.js';
import { TIME_BUCKETS } from '../store/store.js';
import { PLACE_GROUPINGS } from '../store/place-counts.js';

const str = { type: 'string' };
const int = { type: 'integer' };
const nullable = (t: string) => ({ type: [t, 'null'] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const q = (name: string, description: string, schema: object = str) => ({ name, in: 'query', required: false, description, schema });
/** A parameter of the filter grammar (src/filters/grammar.ts), described as the CLI's help describes it. */
const param = (d: ParamDef, defaults: Record<string, unknown> = {}) =>
  q(d.name, `${d.arg}: ${d.help}`, d.name in defaults ? { ...d.schema, default: defaults[d.name] } : d.schema);

const FILTER_PARAMS = FILTERS.map((d) => param(d));
const BAD = { 400: error('a parameter is unknown or invalid') };
const COUNTED = { incidents: int, fatalities: { ...int, description: 'the sum of the incidents\' best fatality figures' } };
const WRITE_ERRORS = {
  400: error('the body is not valid JSON or not an article'),
  401: error('a bearer token is needed'),
  403: error('the bearer token is wrong (E_BAD_TOKEN), the request comes from a page of another origin (E_CROSS_ORIGIN), or the Host is not one of this server\'s names (E_BAD_HOST)'),
  413: error('the body is over the size limit'),
  415: error('unsupported content type (text bodies only from the server\'s own pages or non-browser clients)'),
  422: error('the article cannot be read (empty, binary, bad date), or not within the per-article time budget (E_TIMEOUT) or heap limit (E_MEMORY)'),
  429: error('this client already has its share of reading requests in progress (Retry-After says when to try again)'),
  503: error('the server is reading as much as it takes at once (Retry-After says when to try again)'),
};
const articleBody = {
  required: true,
  content: {
    'application/json': { schema: ref('ArticleInput') },
    'text/plain': { schema: str },
    'text/html': { schema: str },
  },
};

export const openapi = {
  openapi: '3.1.0',
  info: { title: 'sitrep API', version: '0.1.0', description: 'Sourced, geolocated conflict incidents read from news articles.' },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'needed on POST when the server was started with --token' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } } } },
      Figure: { type: 'object', properties: { low: int, best: int, high: int, claims: { type: 'array', items: str, description: 'ids of the claims that gave the figure (an article\'s own figures)' } } },
      ArticleInput: {
        type: 'object', required: ['text'],
        properties: { id: str, text: str, title: str, published: { type: 'string', format: 'date' }, url: str, outlet: str },
      },
      Incident: {
        type: 'object',
        properties: {
          id: int, eventType: str, subEventType: str, dateStart: nullable('string'), dateEnd: nullable('string'), datePrecision: int,
          lat: nullable('number'), lon: nullable('number'), geoPrecision: nullable('integer'), country: nullable('string'),
          admin1: nullable('string'), location: nullable('string'), actor1: nullable('string'), actor2: nullable('string'),
          assocActors: { type: 'array', items: str }, fatalities: { oneOf: [ref('Figure'), { type: 'null' }] },
          injuries: { oneOf: [ref('Figure'), { type: 'null' }] },
          status: { type: 'string', enum: STATUSES }, sources: int, articles: int, outlets: { type: 'array', items: str },
          contradictions: int, summary: str,
          version: { ...int, description: 'bumped by every change; a review names the version it read' }, review: ref('Review'),
        },
      },
      Review: {
        type: 'object',
        description: 'what people decided: the state, the fields a person set (fusion never overwrites them), flags for another look',
        properties: {
          state: { type: 'string', enum: REVIEW_STATES }, reviewed: { type: 'boolean', description: 'confirmed or corrected by a person' },
          locked: { type: 'array', items: str }, flags: { type: 'array', items: str }, pinned: { type: 'boolean', description: 'a person merged or split it' },
          notes: int, by: nullable('string'), at: nullable('string'), priority: { type: 'number', description: 'its place in the review queue (sort=priority), higher first' },
        },
      },
      ReviewRecord: {
        type: 'object',
        description: 'one review action: who, when, what changed (old and new value), why, and the version it made',
        properties: {
          id: int, at: str, who: str, action: { type: 'string', enum: REVIEW_BODY_ACTIONS }, field: nullable('string'), oldValue: {}, newValue: {},
          why: nullable('string'), version: int, otherIncident: nullable('integer'), events: { type: 'array', items: int },
          reverts: nullable('integer'), revertedBy: nullable('integer'),
        },
      },
      ReviewBody: {
        type: 'object', required: ['version', 'by', 'actions'],
        properties: {
          version: { ...int, minimum: 1, description: 'the incident version the reviewer read; another version answers 409 E_STALE_VERSION' },
          by: { type: 'string', minLength: 1, maxLength: 100, description: 'who decides' },
          why: { type: 'string', maxLength: 2000, description: 'the reason (a note\'s text)' },
          actions: {
            type: 'array', minItems: 1, maxItems: MAX_ACTIONS, description: 'applied in order, all or none',
            items: {
              type: 'object', required: ['action'],
              properties: {
                action: { type: 'string', enum: REVIEW_BODY_ACTIONS },
                field: { type: 'string', enum: FIELD_NAMES, description: 'set: the field' },
                value: { type: ['string', 'null'], description: 'set: the value as on the command line (type names, YYYY-MM-DD[..YYYY-MM-DD][/P], LAT,LON[/P] or a place name, LOW-BEST-HIGH, a status); null lifts the lock' },
                incident: { ...int, description: 'merge: the incident merged in' },
                events: { type: 'array', items: int, description: 'split: the event ids (IncidentDetail sources[].events[].id) that leave' },
                review: { ...int, description: 'revert: the review action reversed' },
              },
            },
          },
        },
      },
      IncidentPage: {
        type: 'object',
        properties: { items: { type: 'array', items: ref('Incident') }, offset: int, limit: int, next: { ...nullable('integer'), description: `offset of the next page; null on the last page, or when it would be past ${PAGE.maxOffset}` } },
      },
      Claim: {
        type: 'object',
        properties: {
          articleId: int, claimId: str, outlet: nullable('string'),
          source: { type: 'object', properties: { name: str, text: str, kind: str } }, via: nullable('string'),
          cue: str, stance: { type: 'string', enum: STANCES }, hedged: { type: 'boolean' }, quote: str,
        },
      },
      FigureBasis: { type: 'object', properties: { value: int, articleId: int, outlet: nullable('string'), claimId: nullable('string'), source: nullable('string') } },
      Side: { type: 'object', properties: { articleId: int, outlet: nullable('string'), source: nullable('string'), detail: str, quote: nullable('string') } },
      IncidentDetail: {
        type: 'object',
        description: 'the dossier: claims by source with stance and hedging, the ranges of the dead and the injured and the claim behind each figure, sources with evidence sentences, contradictions, history',
        properties: {
          incident: ref('Incident'),
          claims: { type: 'array', items: ref('Claim') },
          fatalities: {
            type: 'object',
            properties: {
              range: { oneOf: [ref('Figure'), { type: 'null' }] },
              basis: { oneOf: [{ type: 'object', properties: { low: ref('FigureBasis'), best: ref('FigureBasis'), high: ref('FigureBasis') } }, { type: 'null' }] },
            },
          },
          injuries: {
            type: 'object',
            properties: {
              range: { oneOf: [ref('Figure'), { type: 'null' }] },
              basis: { oneOf: [{ type: 'object', properties: { low: ref('FigureBasis'), best: ref('FigureBasis'), high: ref('FigureBasis') } }, { type: 'null' }] },
            },
          },
          sources: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                articleId: int, title: nullable('string'), url: nullable('string'), outlet: nullable('string'), published: nullable('string'),
                copyOf: nullable('integer'), evidence: { type: 'array', items: { type: 'object', properties: { start: int, end: int, text: str } } },
                events: { type: 'array', items: { type: 'object', properties: { id: int, localId: str, subEventType: str,
                  why: { type: 'object', description: 'per coded field (type, location, date, actor1, actor2, fatalities, injuries, status): the rules that chose it, [{rule, text}]' } } } },
              },
            },
          },
          contradictions: { type: 'array', items: { type: 'object', properties: { kind: str, asserts: ref('Side'), disputes: ref('Side') } } },
          history: { type: 'array', items: { type: 'object', properties: { at: str, action: str, eventId: nullable('integer'), otherIncident: nullable('integer'), detail: str } } },
          reviews: { type: 'array', items: ref('ReviewRecord') },
        },
      },
      Article: { type: 'object', description: 'stored text with the spans of places, events and claims', properties: { id: int, text: str, places: { type: 'array' }, events: { type: 'array' }, claims: { type: 'array' } } },
      Extraction: { type: 'object', description: 'the reading of the article (docs/extraction.md; JSON Schema: docs/extraction.schema.json) plus the text the offsets refer to', properties: { id: str, text: str, places: { type: 'array' }, events: { type: 'array' }, claims: { type: 'array' } } },
      WatchedSource: {
        type: 'object',
        description: 'a source `sitrep watch` watches, with its health; times are ISO 8601 (UTC)',
        properties: {
          id: int, url: str, kind: { ...nullable('string'), description: 'rss, atom, jsonfeed, sitemap or page; null before the first poll' },
          feedUrl: { ...nullable('string'), description: 'the feed a page advertised, polled in its place' }, title: nullable('string'),
          status: { type: 'string', enum: ['new', 'ok', 'not-modified', 'error'] }, httpStatus: nullable('integer'),
          lastFetch: nullable('string'), lastOk: nullable('string'), nextPoll: nullable('string'),
          newItems: { ...int, description: 'items the last poll found new' }, items: int, pending: int, done: int, failed: int,
          failures: { ...int, description: 'failed polls in a row' },
          error: { oneOf: [{ type: 'object', properties: { code: str, message: str } }, { type: 'null' }] },
        },
      },
      IngestResult: { type: 'object', properties: { read: int, new: int, duplicate: int, failed: int, items: { type: 'array', items: { type: 'object' } } } },
    },
  },
  paths: {
    '/api/stats/time': {
      get: {
        summary: 'incidents and fatalities per day, ISO week or month and event type, for the filters',
        description: 'Undated incidents are left out. `start` is the first day of the bucket (a week starts on Monday). Buckets without incidents are absent.',
        parameters: [q('bucket', 'day (default), week or month', { type: 'string', enum: TIME_BUCKETS, default: 'day' }), ...FILTER_PARAMS],
        responses: {
          200: {
            description: 'the rows, by start then type',
            content: json({ type: 'object', properties: { bucket: str, rows: { type: 'array', items: { type: 'object', properties: { start: { type: 'string', format: 'date' }, type: str, ...COUNTED } } } } }),
          },
          ...BAD,
        },
      },
    },
    '/api/stats/actors': {
      get: {
        summary: 'the actors and actor pairs (actor1 → actor2) with most incidents, for the filters',
        description: 'An incident counts once for each of its actors. Filter by an actor with actor=, by a pair with dyad=ACTOR1|ACTOR2.',
        parameters: [q('limit', 'how many actors and pairs', { type: 'integer', minimum: 1, maximum: ACTOR_LIMIT.max, default: ACTOR_LIMIT.default }), ...FILTER_PARAMS],
        responses: {
          200: {
            description: 'most incidents first, then most fatalities',
            content: json({ type: 'object', properties: {
              actors: { type: 'array', items: { type: 'object', properties: { name: str, ...COUNTED } } },
              dyads: { type: 'array', items: { type: 'object', properties: { actor1: str, actor2: str, ...COUNTED } } },
            } }),
          },
          ...BAD,
        },
      },
    },
    '/api/stats/places': {
      get: {
        summary: 'incidents and fatalities per country or admin-1 area, under the same filters as /api/incidents',
        description: 'Counted by the store over the same filter as the incident list (the web map\'s choropleth). fatalities sums the ' +
          'incidents\' best figures; rows come most incidents first. Grouped by admin1, an incident placed in a country alone has admin1 null.',
        parameters: [q('by', 'country (default) or admin1', { type: 'string', enum: PLACE_GROUPINGS, default: 'country' }), ...FILTER_PARAMS],
        responses: {
          200: {
            description: 'the counts',
            content: json({
              type: 'object', properties: {
                by: { type: 'string', enum: PLACE_GROUPINGS },
                rows: { type: 'array', items: { type: 'object', required: ['country', 'incidents', 'fatalities'], properties: { country: nullable('string'), admin1: nullable('string'), incidents: int, fatalities: int } } },
              },
            }),
          },
          ...BAD,
        },
      },
    },
    '/api/places': {
      get: {
        summary: 'town labels for the map: the gazetteer\'s populated places in a box, largest first, above a population that falls as zoom grows',
        parameters: [
          { name: 'bbox', in: 'query', required: true, description: 'W,S,E,N (W > E crosses the antimeridian)', schema: str },
          { name: 'zoom', in: 'query', required: true, description: 'the map\'s zoom, 0 to 20', schema: { type: 'integer', minimum: 0, maximum: 20 } },
          q('limit', 'at most N places (default 150)', { type: 'integer', minimum: 1, maximum: 500 }),
        ],
        responses: {
          200: {
            description: 'the places',
            content: json({ type: 'object', properties: { zoom: int, places: { type: 'array', items: { type: 'object', properties: { name: str, lat: { type: 'number' }, lon: { type: 'number' }, population: int, country: nullable('string'), kind: str } } } } }),
          },
          ...BAD,
        },
      },
    },
    '/api/basemap': {
      get: {
        summary: 'the vector basemap this server was given (sitrep serve --basemap FILE.pmtiles): its path on this server, or null',
        responses: { 200: { description: 'the basemap', content: json({ type: 'object', properties: { pmtiles: nullable('string') } }) } },
      },
    },
    '/healthz': { get: { summary: 'liveness and store counts', responses: { 200: { description: 'ok', content: json({ type: 'object' }) } } } },
    '/api/openapi.json': { get: { summary: 'this document', responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } } },
    '/api/incidents': {
      get: {
        summary: 'fused incidents, filtered, sorted and paginated',
        description: 'Filtered, ordered and paged by the store through its indexes, so a page costs about the same at 1M ' +
          'incidents as at 100. Every order breaks ties by id, so pages do not overlap or skip. No total is counted (that would ' +
          `read every matching row): \`next\` is the offset of the following page, or null on the last. Offsets stop at ${PAGE.maxOffset}; ` +
          'to go further back, narrow the filters (e.g. until= the last date seen).',
        parameters: INCIDENT_PARAMS.map((d) => param(d, { sort: '-date', limit: PAGE.defaultLimit, offset: 0 })),
        responses: { 200: { description: 'a page', content: json(ref('IncidentPage')) }, ...BAD },
      },
    },
    '/api/incidents/{id}': {
      get: {
        summary: 'one incident\'s dossier',
        parameters: [{ name: 'id', in: 'path', required: true, schema: int }],
        description: 'An id merged away (by fusion or a person) is answered 307 to the incident that holds its reports now, with ' +
          'error E_MERGED and `incident` naming it; 307, not 301, since a person\'s merge can be reverted.',
        responses: {
          200: { description: 'the dossier', content: json(ref('IncidentDetail')) },
          307: { description: 'merged away (E_MERGED): Location is the incident that holds its reports', headers: { Location: { schema: { type: 'string' } } } },
          ...BAD, 404: error('no such incident'),
        },
      },
    },
    '/api/incidents/{id}/review': {
      post: {
        summary: 'a person\'s decision on an incident: confirm, reject, set a field, merge, split, note, revert',
        description: 'The decision wins for good: fusion, new reports and a new reader never overwrite a set field, never re-merge what ' +
          'was split nor split what was merged; reports that contradict a reviewed field flag the incident (review=flagged). The body names ' +
          'the version read: when someone changed the incident since, the answer is 409 E_STALE_VERSION and nothing is written.',
        security: [{ bearer: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: int }],
        requestBody: { required: true, content: json(ref('ReviewBody')) },
        responses: {
          200: { description: 'done', content: json({ type: 'object', properties: { incident: ref('Incident'), reviews: { type: 'array', items: ref('ReviewRecord') } } }) },
          400: error('the body or a value is invalid (E_BAD_REVIEW, E_REVIEW_VALUE)'),
          401: WRITE_ERRORS[401], 403: WRITE_ERRORS[403],
          404: error('no such incident, incident to merge, or review action (E_NOT_FOUND); an incident merged away (E_MERGED, naming where it went)'),
          409: error('the incident changed since the version read (E_STALE_VERSION), or the action cannot be reverted now (E_REVIEW_CONFLICT)'),
          413: WRITE_ERRORS[413], 415: error('send application/json'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'a stored article with the spans of its places, events and claims',
        parameters: [{ name: 'id', in: 'path', required: true, schema: int }],
        responses: { 200: { description: 'the article', content: json(ref('Article')) }, ...BAD, 404: error('no such article') },
      },
    },
    '/api/articles': {
      post: {
        summary: 'ingest one article, an array of them, or {articles:[...]}; idempotent',
        security: [{ bearer: [] }],
        requestBody: articleBody,
        responses: { 200: { description: 'nothing new', content: json(ref('IngestResult')) }, 201: { description: 'stored', content: json(ref('IngestResult')) }, ...WRITE_ERRORS },
      },
    },
    '/api/extract': {
      post: {
        summary: 'read one article; nothing is stored',
        security: [{ bearer: [] }],
        parameters: [q('published', 'publication date for text/plain bodies', { type: 'string', format: 'date' })],
        requestBody: articleBody,
        responses: { 200: { description: 'the extraction', content: json(ref('Extraction')) }, ...WRITE_ERRORS },
      },
    },
    '/api/sources': {
      get: {
        summary: 'the sources sitrep watch watches: last fetch, status, new items, errors, next poll',
        responses: {
          200: {
            description: 'every watched source, in the order added',
            content: json({ type: 'object', properties: { items: { type: 'array', items: ref('WatchedSource') }, summary: { type: 'object', properties: { sources: int, failing: int, pending: int } } } }),
          },
        },
      },
    },
    '/api/export': {
      get: {
        summary: 'the filtered incidents as ACLED CSV, UCDP GED CSV, GeoJSON or JSONL',
        parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: EXPORT_FORMATS } },
          q('csv', 'safe (default): in CSV, a text cell starting with = + - @ TAB or CR gets a leading \' so spreadsheets do not run it as a formula; raw: as stored', { type: 'string', enum: ['safe', 'raw'] }),
          ...FILTER_PARAMS],
        responses: {
          200: { description: 'the export', content: { 'text/csv': { schema: str }, 'application/geo+json': { schema: { type: 'object' } }, 'application/x-ndjson': { schema: str } } },
          ...BAD,
        },
      },
    },
  },
} as const;
