// The SQLite schema as an ordered list of migrations. PRAGMA user_version holds how many have run;
// a migration is never edited once released — a change is a new entry at the end.
import { watchTables } from '../watch.js';

/** The incident columns the common filters and sorts read (see migration 2). */
const FILTERED = ['date_start', 'day_hi', 'fat_best', 'sources', 'country', 'event_type', 'status', 'lat', 'lon'];

export const MIGRATIONS: string[] = [
  // 1: articles, what was read from them, incidents and the links between them.
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    url TEXT UNIQUE,
    text_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet TEXT,
    published TEXT,
    ingested TEXT NOT NULL,
    origin TEXT,
    text TEXT NOT NULL,
    copy_of INTEGER REFERENCES articles(id)
  );
  CREATE INDEX articles_copy_of ON articles(copy_of);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

  -- MinHash signature and its LSH band keys, for near-duplicate (syndicated copy) lookup.
  CREATE TABLE signatures (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, minhash BLOB NOT NULL);
  CREATE TABLE bands (key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
  CREATE INDEX bands_key ON bands(key, article_id);

  CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT, geonameid INTEGER, lat REAL, lon REAL, country TEXT, admin1 TEXT, feature_code TEXT
  );
  CREATE INDEX places_article ON places(article_id);

  CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL);
  CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT);

  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision INTEGER NOT NULL,
    day_lo INTEGER, day_hi INTEGER,
    lat REAL, lon REAL, cell INTEGER, geo_precision INTEGER,
    country TEXT, admin1 TEXT, location_name TEXT,
    actor1 TEXT, actor2 TEXT,
    fat_low INTEGER, fat_best INTEGER, fat_high INTEGER,
    status TEXT NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
    data TEXT NOT NULL,
    created TEXT NOT NULL, updated TEXT NOT NULL
  );
  CREATE INDEX incidents_cell_day ON incidents(cell, day_lo);
  CREATE INDEX incidents_day ON incidents(day_lo);
  CREATE INDEX incidents_country ON incidents(country);

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    incident_id INTEGER REFERENCES incidents(id),
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision INTEGER,
    lat REAL, lon REAL, geo_precision INTEGER, country TEXT,
    actor1_id INTEGER REFERENCES actors(id), actor2_id INTEGER REFERENCES actors(id),
    fat_low INTEGER, fat_best INTEGER, fat_high INTEGER,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (article_id, local_id)
  );
  CREATE INDEX events_incident ON events(incident_id);

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    stance TEXT NOT NULL, hedged INTEGER NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (article_id, local_id)
  );
  CREATE INDEX claims_source ON claims(source_id);
  CREATE TABLE event_claims (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, claim_id)
  );

  CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    event_id INTEGER,
    other_incident INTEGER,
    detail TEXT NOT NULL
  );
  CREATE INDEX history_incident ON history(incident_id);
  `,
  // 2: indexes for the incident queries of the API and `sitrep events`, which order and page in SQL
  // (query.ts, query-plan.ts): each sort key, and the two commonest filters with the date, then id (the
  // tie-break), each carrying the other filters' columns so that a walk along it tests them in the index,
  // never reading the rows (a row with its JSON is ~1 KB, an index entry ~60 bytes); a filter sorted by
  // another key walks that key's index. Every index costs fusion a write per incident update, hence
  // no index per filter and key. Also the grid cell with the coordinates, so a small box is counted,
  // filtered and sorted in the index alone; the sort keys by id, for the incidents of a rare word's
  // articles; the longest date span, so that a "since" filter bounds the date index.
  `
  DROP INDEX incidents_country;
  ${[
    ['incidents_date', 'date_start, id'], ['incidents_fatalities', 'fat_best, id'], ['incidents_sources', 'sources, id'],
    ['incidents_country_date', 'country, date_start, id'], ['incidents_type_date', 'event_type COLLATE NOCASE, date_start, id'],
    ['incidents_geo', 'cell, lat, lon'], ['incidents_keys', 'id'],
  ].map(([name, lead]) => `CREATE INDEX ${name} ON incidents(${lead}, ${FILTERED.filter((c) => !lead.includes(c)).join(', ')});`).join('\n  ')}
  CREATE INDEX incidents_span ON incidents(day_hi - day_lo);
  CREATE INDEX events_article_incident ON events(article_id, incident_id);
  `,
  // 3: injuries beside fatalities, as low/best/high columns of events and incidents (the figures themselves
  // live in each row's JSON, as every field does); events stored before this migration take theirs from
  // their JSON, incidents get theirs at their next fusion update.
  `
  ALTER TABLE events ADD COLUMN inj_low INTEGER;
  ALTER TABLE events ADD COLUMN inj_best INTEGER;
  ALTER TABLE events ADD COLUMN inj_high INTEGER;
  UPDATE events SET inj_low = json_extract(data, '$.injuries.low'), inj_best = json_extract(data, '$.injuries.best'),
    inj_high = json_extract(data, '$.injuries.high') WHERE json_extract(data, '$.injuries') IS NOT NULL;
  ALTER TABLE incidents ADD COLUMN inj_low INTEGER;
  ALTER TABLE incidents ADD COLUMN inj_best INTEGER;
  ALTER TABLE incidents ADD COLUMN inj_high INTEGER;
  UPDATE incidents SET inj_low = json_extract(data, '$.injuries.low'), inj_best = json_extract(data, '$.injuries.best'),
    inj_high = json_extract(data, '$.injuries.high') WHERE json_extract(data, '$.injuries') IS NOT NULL;
  `,
  // 4: `sitrep watch`: each watched source's poll state and the items it listed (src/store/watch.ts); the
  // language of an article, when known (one not in English is stored unread).
  `
  ALTER TABLE articles ADD COLUMN language TEXT;
  ${watchTables('INTEGER', 'INTEGER')}
  `,
  // 5 (review, issue 18): a person's review of an incident beside fusion's reading — the incident's version
  // (optimistic concurrency: a stale write is refused), its review as JSON and the columns the review
  // filters and the queue's order read; one record per review action. The incident indexes are made
  // again carrying review_state, so the default filter (every incident but the rejected) is tested in the
  // index as the other filters are (see migration 2).
  `
  ALTER TABLE incidents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE incidents ADD COLUMN review TEXT;
  ALTER TABLE incidents ADD COLUMN review_state TEXT NOT NULL DEFAULT 'unreviewed';
  ALTER TABLE incidents ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE incidents ADD COLUMN review_priority REAL;
  ${['incidents_date', 'incidents_fatalities', 'incidents_sources', 'incidents_country_date', 'incidents_type_date', 'incidents_geo', 'incidents_keys']
    .map((name) => `DROP INDEX ${name};`).join('\n  ')}
  ${[
    ['incidents_date', 'date_start, id'], ['incidents_fatalities', 'fat_best, id'], ['incidents_sources', 'sources, id'],
    ['incidents_country_date', 'country, date_start, id'], ['incidents_type_date', 'event_type COLLATE NOCASE, date_start, id'],
    ['incidents_geo', 'cell, lat, lon'], ['incidents_keys', 'id'],
  ].map(([name, lead]) => `CREATE INDEX ${name} ON incidents(${lead}, ${[...FILTERED, 'review_state'].filter((c) => !lead.includes(c)).join(', ')});`).join('\n  ')}
  CREATE INDEX incidents_review_queue ON incidents(review_priority DESC, id) WHERE review_state = 'unreviewed' OR flagged = 1;
  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    why TEXT,
    version INTEGER NOT NULL,
    other_incident INTEGER,
    events TEXT,
    reverts INTEGER,
    reverted_by INTEGER
  );
  CREATE INDEX reviews_incident ON reviews(incident_id, id);
  `,
  // 6 (charts, issue 17): the actor pairs with the filters' columns, so the charts' counts by actor and pair
  // (stats.ts: one GROUP BY actor1, actor2) walk this index alone, in its order, without a sort or reading
  // a row (~2 KB at 1M incidents: 16 s for a full count by actor before, 0.5 s along this index).
  `
  CREATE INDEX incidents_actors ON incidents(actor1, actor2, ${[...FILTERED, 'review_state'].join(', ')});
  `,
  // 7 (incident ids are for good): the highest incident id ever given. SQLite gives a new row the largest
  // rowid + 1, so deleting the newest incident (merged away, or left without reports) handed its id to the
  // next one: a bookmark, a link or an export of the old id then named another incident, and a reverted
  // merge could not bring the merged incident back under its own id. New incidents take their id from here
  // (incidents.ts create), as PostgreSQL's sequence already does. Seeded from every id a row still names.
  `
  CREATE TABLE incident_ids (last INTEGER NOT NULL);
  INSERT INTO incident_ids (last) SELECT max(
    coalesce((SELECT max(id) FROM incidents), 0), coalesce((SELECT max(incident_id) FROM history), 0),
    coalesce((SELECT max(other_incident) FROM history), 0), coalesce((SELECT max(incident_id) FROM reviews), 0),
    coalesce((SELECT max(other_incident) FROM reviews), 0), coalesce((SELECT max(incident_id) FROM events), 0));
  `,
  // 8 (an id merged away still leads somewhere): fusion's merges by the incident they took away, so a link
  // or bookmark of that id is answered with the incident that holds its reports now (merged-into.ts), in an
  // index look-up rather than a scan of the whole history. Partial: merges are a small share of the rows.
  `
  CREATE INDEX history_merged ON history(other_incident) WHERE action = 'merge';
  `,
];
