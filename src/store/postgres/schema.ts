// The PostgreSQL schema as an ordered list of migrations, recorded in schema_migrations (one row per
// migration run). A migration is never edited once released — a change is a new entry at the end.
// The tables mirror the SQLite ones (src/store/sqlite/schema.ts) so that `sitrep migrate` copies rows
// one to one; JSON documents are kept as text, byte for byte what the SQLite store keeps.
import { watchTables } from '../watch.js';

export const MIGRATIONS: string[] = [
  // 1: articles, what was read from them, incidents and the links between them.
  `
  CREATE TABLE articles (
    id BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL,
    url TEXT UNIQUE,
    text_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet TEXT,
    published TEXT,
    ingested TEXT NOT NULL,
    origin TEXT,
    text TEXT NOT NULL,
    copy_of BIGINT REFERENCES articles(id),
    -- PostgreSQL's own full-text search: 'simple' (no stemming) matches what SQLite's unicode61 does.
    tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
  );
  CREATE INDEX articles_copy_of ON articles(copy_of);
  CREATE INDEX articles_tsv ON articles USING GIN (tsv);

  CREATE TABLE signatures (article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, minhash BYTEA NOT NULL);
  CREATE TABLE bands (key BIGINT NOT NULL, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
  CREATE INDEX bands_key ON bands(key, article_id);

  CREATE TABLE places (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT, geonameid BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT, feature_code TEXT
  );
  CREATE INDEX places_article ON places(article_id);

  CREATE TABLE sources (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL);
  CREATE TABLE actors (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT);

  CREATE TABLE incidents (
    id BIGSERIAL PRIMARY KEY,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision INTEGER NOT NULL,
    day_lo INTEGER, day_hi INTEGER,
    lat DOUBLE PRECISION, lon DOUBLE PRECISION, cell INTEGER, geo_precision INTEGER,
    country TEXT, admin1 TEXT, location_name TEXT,
    actor1 TEXT, actor2 TEXT,
    fat_low INTEGER, fat_best INTEGER, fat_high INTEGER,
    status TEXT NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
    data TEXT NOT NULL,
    created TEXT NOT NULL, updated TEXT NOT NULL
  );
  -- Fusion's candidate lookup (grid cell + day) and the spatial filters (a plain lat/lon index: no PostGIS needed).
  CREATE INDEX incidents_cell_day ON incidents(cell, day_lo);
  CREATE INDEX incidents_lat_lon ON incidents(lat, lon);
  CREATE INDEX incidents_day ON incidents(day_lo);
  CREATE INDEX incidents_country ON incidents(country);

  CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    incident_id BIGINT REFERENCES incidents(id),
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision INTEGER,
    lat DOUBLE PRECISION, lon DOUBLE PRECISION, geo_precision INTEGER, country TEXT,
    actor1_id BIGINT REFERENCES actors(id), actor2_id BIGINT REFERENCES actors(id),
    fat_low INTEGER, fat_best INTEGER, fat_high INTEGER,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (article_id, local_id)
  );
  CREATE INDEX events_incident ON events(incident_id);

  CREATE TABLE claims (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    source_id BIGINT NOT NULL REFERENCES sources(id),
    stance TEXT NOT NULL, hedged INTEGER NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (article_id, local_id)
  );
  CREATE INDEX claims_source ON claims(source_id);
  CREATE TABLE event_claims (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, claim_id)
  );
  CREATE INDEX event_claims_claim ON event_claims(claim_id);

  CREATE TABLE history (
    id BIGSERIAL PRIMARY KEY,
    incident_id BIGINT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    event_id BIGINT,
    other_incident BIGINT,
    detail TEXT NOT NULL
  );
  CREATE INDEX history_incident ON history(incident_id);
  `,
  // 2: the work queue `sitrep enqueue` fills and `sitrep worker` drains (see queue.ts).
  `
  CREATE TABLE queue (
    id BIGSERIAL PRIMARY KEY,
    url TEXT,
    text_hash TEXT NOT NULL,
    input TEXT NOT NULL,               -- the ArticleInput as JSON
    origin TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    leased_until TIMESTAMPTZ,
    taken_by TEXT,                     -- the worker holding (or last holding) the lease
    done_by TEXT,
    outcome TEXT,                      -- 'new' or 'duplicate' once done
    article_id BIGINT,
    error TEXT,
    enqueued TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished TIMESTAMPTZ
  );
  -- Enqueueing is idempotent like ingest: one entry per URL and per normalised text.
  CREATE UNIQUE INDEX queue_url ON queue(url) WHERE url IS NOT NULL;
  CREATE UNIQUE INDEX queue_text_hash ON queue(text_hash);
  CREATE INDEX queue_pending ON queue(id) WHERE state = 'pending';
  `,
  // 3: the API's orders and pages (query.ts), as SQLite's migration 2 gives them: one index per sort key in
  // the exact order query.ts asks for (NULLS FIRST ascending; walked backwards it is DESC NULLS LAST), so a
  // page is read from the index head instead of sorting every match; the two commonest filters with the
  // date; the events of an article by incident, for the text filter's EXISTS.
  `
  CREATE INDEX incidents_date ON incidents(date_start NULLS FIRST, id);
  CREATE INDEX incidents_fatalities ON incidents(fat_best NULLS FIRST, id);
  CREATE INDEX incidents_sources ON incidents(sources, id);
  CREATE INDEX incidents_country_date ON incidents(country, date_start NULLS FIRST, id);
  CREATE INDEX incidents_type_date ON incidents(lower(event_type), date_start NULLS FIRST, id);
  CREATE INDEX events_article_incident ON events(article_id, incident_id);
  `,
  // 4: injuries beside fatalities, as SQLite's migration 3 adds them: low/best/high columns of events and
  // incidents, filled for events already stored from their JSON; incidents get theirs at their next update.
  `
  ALTER TABLE events ADD COLUMN inj_low INTEGER, ADD COLUMN inj_best INTEGER, ADD COLUMN inj_high INTEGER;
  UPDATE events SET inj_low = (data::jsonb #>> '{injuries,low}')::int, inj_best = (data::jsonb #>> '{injuries,best}')::int,
    inj_high = (data::jsonb #>> '{injuries,high}')::int WHERE jsonb_typeof(data::jsonb -> 'injuries') = 'object';
  ALTER TABLE incidents ADD COLUMN inj_low INTEGER, ADD COLUMN inj_best INTEGER, ADD COLUMN inj_high INTEGER;
  UPDATE incidents SET inj_low = (data::jsonb #>> '{injuries,low}')::int, inj_best = (data::jsonb #>> '{injuries,best}')::int,
    inj_high = (data::jsonb #>> '{injuries,high}')::int WHERE jsonb_typeof(data::jsonb -> 'injuries') = 'object';
  `,
  // 5: `sitrep watch`: each watched source's poll state and the items it listed (src/store/watch.ts); the
  // language of an article, when known (one not in English is stored unread). As SQLite's migration 4.
  `
  ALTER TABLE articles ADD COLUMN language TEXT;
  ${watchTables('BIGSERIAL', 'BIGINT')}
  `,
  // 6 (review, issue 18): a person's review of an incident beside fusion's reading, as SQLite's migration 5:
  // the incident's version, its review as JSON, the columns the review filters and the queue read, and
  // one record per review action.
  `
  ALTER TABLE incidents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE incidents ADD COLUMN review TEXT;
  ALTER TABLE incidents ADD COLUMN review_state TEXT NOT NULL DEFAULT 'unreviewed';
  ALTER TABLE incidents ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE incidents ADD COLUMN review_priority DOUBLE PRECISION;
  CREATE INDEX incidents_review_queue ON incidents(review_priority DESC NULLS LAST, id) WHERE review_state = 'unreviewed' OR flagged = 1;
  CREATE INDEX incidents_review_state ON incidents(review_state) WHERE review_state <> 'unreviewed';
  CREATE TABLE reviews (
    id BIGSERIAL PRIMARY KEY,
    incident_id BIGINT NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    why TEXT,
    version INTEGER NOT NULL,
    other_incident BIGINT,
    events TEXT,
    reverts BIGINT,
    reverted_by BIGINT
  );
  CREATE INDEX reviews_incident ON reviews(incident_id, id);
  `,
  // 7 (charts, issue 17): the actor pairs, for the charts' counts by actor and pair (stats.ts), as SQLite's
  // migration 6.
  `
  CREATE INDEX incidents_actors ON incidents(actor1, actor2, fat_best, review_state);
  `,
  // 8: fusion's merges by the incident they took away, as SQLite's migration 8 (merged-into.ts).
  `
  CREATE INDEX history_merged ON history(other_incident) WHERE action = 'merge';
  `,
];
