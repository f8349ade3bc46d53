// Types shared by every stage. The output shapes (Place, ConflictEvent, Claim, ExtractionResult) are
// documented in docs/extraction.md, field for field, and described by docs/extraction.schema.json.

/** A half-open range of UTF-16 code units in the article text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** One article as it enters the pipeline (after decoding; `text` may still be HTML). */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  published?: string; // YYYY-MM-DD
  /** The date to read against when the article gives none of its own (no `published`, no date in its
   * HTML metadata): `sitrep ingest --published` for a batch of files. A dateline comes after it. */
  publishedDefault?: string;
  url?: string;
  outlet?: string;
  /** The article's language (BCP 47: "en", "fr", "und-Arab") when known, as `sitrep watch` finds it. One not
   * English is stored with its text and language but not read (no places, events or claims): the rules read English. */
  language?: string;
}

/** A failure that is expected and reported, never thrown across a boundary. */
export interface Failure {
  ok: false;
  code: string; // E_EMPTY, E_BINARY, E_ENCODING, E_TOO_LARGE, E_BAD_JSON, E_NO_TEXT, ...
  message: string;
}
export type Outcome<T> = { ok: true; value: T } | Failure;

// ---- segmentation -----------------------------------------------------------------------------

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADP, NUM, PUNCT, ...). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, quoted_phrase, tabCRLF, ... */
  type: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last token of the sentence. */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

/** The article after normalize + segment: what every later stage reads. */
export interface Doc {
  id: string;
  text: string;
  title?: string;
  published?: string;
  url?: string;
  outlet?: string;
  /** Where `published` came from when the article did not give it: its dateline (`date.dateline`). */
  publishedFrom?: Reason;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph spans (blank-line separated). */
  paragraphs: Span[];
  /** wink-nlp's lexeme index of each token, -1 for a token whose text is not its lexeme's (segment/tokens.ts):
   * a token's word identity, by which the reader's vocabulary finds its lower-cased word with no hashing
   * (pipeline/word-ids.ts). Absent from a Doc not made by segment. */
  lexemes?: Int32Array;
}

// ---- places -----------------------------------------------------------------------------------

/** A toponym in the text and the gazetteer entry it resolves to (lat/lon null when unresolved). */
export interface Place extends Span {
  text: string;
  name: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  country: string | null; // ISO 3166-1 alpha-2
  admin1: string | null; // admin1 name
  featureCode: string | null; // GeoNames feature code (PPL, PPLC, ADM1, PCLI, CONT, AIRP, ...)
  /** How the toponym appears: a plain name, or an adjective of nationality ("Syrian"). */
  mention?: 'name' | 'demonym';
}

/** An event's location: a resolved place with ACLED geo_precision (1 town, 2 near/part of region, 3 region). */
export interface EventLocation extends Place {
  precision: 1 | 2 | 3;
}

// ---- events and claims ------------------------------------------------------------------------

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

export interface EventDate {
  start: string | null; // YYYY-MM-DD
  end: string | null;
  precision: 1 | 2 | 3; // ACLED time_precision: 1 day, 2 week/range, 3 month
  text: string | null;
}

export interface Actor {
  name: string; // normalised, ACLED style: "Military Forces of Israel"
  text: string; // as written
  country: string | null;
  start?: number;
  end?: number;
}

export interface Figure {
  low: number;
  best: number;
  high: number;
  /** Ids of the claims that gave this figure (events stage; absent when the narrator gives it). */
  claims?: string[];
  /** When sources differ: the claims that gave each bound (an empty list: the narrator gave it). */
  claimsBy?: { low: string[]; best: string[]; high: string[] };
  /** Where the count stands in the text (events stage). */
  at?: number;
}

export type EventStatus = 'alleged' | 'acknowledged' | 'denied' | 'unclaimed';

/** The coded fields of an event that can say which rule chose them. */
export type WhyField = 'type' | 'location' | 'date' | 'actor1' | 'actor2' | 'fatalities' | 'injuries' | 'status';

/** One rule that chose (part of) a coded field, and the words it matched: `sitrep extract --explain`.
 * `rule` is the id of a rule row in src/lexicon/ (or a named rule in the stage's code), e.g.
 * "air.warplane" or "loc.x-in-y-province". */
export interface Reason {
  rule: string;
  /** The words the rule matched, when it matched words (offsets into the text, end exclusive). */
  start?: number;
  end?: number;
  text?: string;
}

/** Why each coded field of an event holds what it holds: the rules that chose it, in the order applied. */
export type EventWhy = Partial<Record<WhyField, Reason[]>>;

export interface ConflictEvent {
  id: string;
  eventType: EventType;
  subEventType: string;
  date: EventDate;
  location: EventLocation | null;
  actor1: Actor | null;
  actor2: Actor | null;
  /** Parties the report names acting with actor1 ("accompanied by X", "X and Y attacked"): ACLED's assoc_actor_1. */
  assocActor1?: Actor[];
  fatalities: Figure | null;
  injuries?: Figure | null;
  status: EventStatus;
  claims: string[];
  evidence: Span[];
  /** The word or phrase the event was read from. */
  trigger?: Span & { text: string };
  /** Which rule chose each coded field (docs/extraction.md, "why"). */
  why?: EventWhy;
}

export type SourceKind =
  | 'state_media'
  | 'government'
  | 'military'
  | 'monitor'
  | 'news_agency'
  | 'analyst'
  | 'anonymous'
  | 'witness'
  | 'other';

export type Stance = 'asserts' | 'denies' | 'declines_comment' | 'disputes';

export interface ClaimSource extends Span {
  name: string;
  text: string;
  kind: SourceKind;
}

export interface Claim {
  id: string;
  source: ClaimSource;
  cue: Span & { text: string };
  content: Span;
  stance: Stance;
  hedged: boolean;
  events: string[];
  /** "X, citing Y" / "X's sources": the source X relied on. */
  via?: ClaimSource;
}

export interface ExtractionResult {
  id: string;
  title?: string;
  published?: string;
  places: Place[];
  events: ConflictEvent[];
  claims: Claim[];
}

export interface ExtractionError {
  id: string | null;
  error: { code: string; message: string };
}
