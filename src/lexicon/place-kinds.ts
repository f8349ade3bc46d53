// Words that say what kind of place a name is ("Idlib province", "Azra district", "the village of X") and
// the words that join a place to the place that holds it ("X (Y, Z)", "X in Y", "X area of Y", "X, south of Y").
// Provenance: written for this project from general knowledge of how wire services and monitors name places
// (administrative units by country: governorate, oblast, upazila, woreda, LGA, barangay…) and from ACLED's
// codebook on spatial precision: 1 the named town, 2 a part of a region or near a town (coded to a town that
// stands for the area, e.g. the district capital), 3 only the province (coded to the provincial capital).
// All entries lower case; compared with lower-cased words.

/** First-level units: a name followed (or preceded: "the province of X") by one is a province (ACLED precision 3). */
export const ADMIN1_WORDS = new Set(['province', 'provinces', 'governorate', 'governorates', 'state', 'region', 'oblast', 'krai',
  'kray', 'wilaya', 'wilayat', 'emirate', 'departement', 'department', 'canton']);

/** Second-level units: a district of a province (ACLED precision 2, coded to the district's seat). */
export const ADMIN2_WORDS = new Set(['district', 'districts', 'municipality', 'municipalities', 'municipio', 'commune', 'county', 'township',
  'upazila', 'upazilla', 'tehsil', 'taluk', 'raion', 'rayon', 'woreda', 'zone', 'territory', 'lga', 'subdistrict', 'sub-district',
  'prefecture', 'sub-prefecture', 'subprefecture', 'parish', 'chiefdom', 'sector', 'cercle', 'circle', 'division', 'subcounty',
  'sub-county', 'locality', 'mudiriyah', 'nahiya', 'nahia', 'qada', 'caza', 'directorate', 'uezd', 'hromada',
  // the Congo's units below the territory (chefferie/chieftaincy, secteur, groupement, collectivité)
  'chieftaincy', 'chiefdoms', 'chefferie', 'groupement', 'collectivity', 'collectivite',
  // geo11: Indonesia's second level, the regency (kabupaten), as English news names it ("Puncak regency, Papua")
  'regency', 'regencies', 'kabupaten']);

/** Adjectives that may stand between a name and its unit word and leave the unit its kind: "Kurram border district",
 * "the Hayash tribal region", "Kurdistan autonomous region" (general English; only before a province or district word). */
export const AREA_ADJ = new Set(['border', 'frontier', 'tribal', 'rural', 'remote', 'restive', 'mountainous', 'coastal', 'autonomous',
  'neighbouring', 'neighboring']);

/** A settlement: the town itself (ACLED precision 1). */
export const TOWN_WORDS = new Set(['city', 'town', 'village', 'villages', 'hamlet', 'settlement', 'kebele',
  'barangay', 'tambon', 'ward', 'borough', 'municipal']);

/** A part of a town: the event is at the town (precision 1), not somewhere around it. */
export const QUARTER_WORDS = new Set(['neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'quarter', 'quarters',
  'suburb', 'suburbs', 'district', 'districts', 'block', 'street', 'square', 'centre', 'center', 'downtown',
  'part', 'parts', 'section', 'sector', 'zone', 'colonia', 'hay', 'hayy', 'mahalla']);

/** where20: the shops and services of a town's streets. In lower case they are landmarks inside the town ("a Dhaka cafe" is
 * in Dhaka); capitalised after a name they make it the shop's own name, after its owner or a town elsewhere as often as after
 * its own ("the Berlin Cafe" in Ouagadougou), as a street word does (places/context-rules.ts). */
export const SHOP_WORDS: ReadonlySet<string> = new Set(['cafe', 'café', 'supermarket', 'bakery', 'pharmacy', 'clinic', 'restaurant']);

/** Landmarks inside a town: "the X hospital", "X's market" are at X (precision 1). world23: with the other names of a place of
 * detention, worship or learning (WordNet: correctional institution, place of worship, educational institution). */
export const LANDMARK_IN_TOWN = new Set(['hospital', 'market', 'mosque', 'church', 'school', 'university', 'prison', 'jail', 'square', 'airport',
  'bridge', 'port', 'station', 'stadium', 'bank', 'mall', 'courthouse', 'hotel', 'roundabout', 'tower', ...SHOP_WORDS,
  'penitentiary', 'gaol', 'jailhouse', 'cathedral', 'temple', 'synagogue', 'madrasa', 'madrassa', 'seminary', 'college']);

/** Landmarks at the edge of a town or out of it: "the X camp", "the X checkpoint" are near X (precision 2). */
export const LANDMARK_NEAR_TOWN = new Set(['camp', 'camps', 'base', 'checkpoint', 'checkpoints', 'front', 'frontline', 'frontlines',
  'crossing', 'dam', 'junction', 'axis', 'outpost', 'barracks', 'garrison',
  // world23: a mine named after its place ("the Grasberg mine in Papua", "the Rubaya mines") is a pit near the town.
  'mine', 'mines',
  // "Darbasiyah countryside", "the Karak area", "Abu Rasin area in al-Hasakeh": the land around a town, ACLED's
  // "near a town" or "part of a region" (precision 2); but "the Tabbaneh area of Tripoli" is a quarter of the town
  // (hierarchy.ts reads "area of" so).
  'countryside', 'outskirts', 'environs', 'area', 'areas']);

/** Words joining a place to the place that holds it, after the first and before the second ("X in Y"). */
export const HOLDER_LINKS = new Set(['in', 'of', 'inside', 'within']);

/** Words joining a place to the town it lies near ("X near Y", "X outside Y"); compass words join only with
 * "of" ("X, south of Y"), and "km"/"miles" with "of"/"from" ("X, 5 km from Y"). */
export const NEAR_LINKS = new Set(['near', 'outside', 'around', 'nearby', 'vicinity', 'close', 'next']);
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'km', 'kilometres', 'kilometers', 'miles', 'kms']);

/** Words that may stand between a place and its holder without changing the relation ("in the southern countryside of"). */
export const LINK_FILLER = new Set(['the', 'a', 'of', 'in', 'located', 'situated', 'which', 'is', 'lies', 'part', 'parts', 'heart', 'middle',
  'centre', 'center', 'central', 'upper', 'lower', 'greater', 'its', 'administrative', 'rural', 'countryside', 'outskirts', 'suburbs',
  'periphery', 'edge', 'edges', 'surroundings', 'environs', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'far', 'province', 'provinces', 'on',
  // Round 38: "Bambari, capital of the Ouaka prefecture", "El Fasher, the capital of North Darfur", "Bor, the seat of Jonglei": a
  // town told as the capital or seat of an area lies in it (WordNet 3.1 "capital" n.3, the seat of government of an area).
  'capital', 'seat',
  // Round 39: "Macomia, the district headquarters in Cabo Delgado province": a town named as its district's seat.
  'headquarters']);

/**
 * where16: unit words only some countries' administrations use, with those countries (ISO 3166 alpha-2). A name
 * followed by one ("Mendi woreda", "Dandi LGA", "Raipur upazila") is that country's unit: a reader of "X woreda" looks
 * in Ethiopia, as a reader of "X, Ethiopia" would, whatever namesakes abroad are larger. Written from general knowledge
 * of the administrative divisions (Wikipedia's "Table of administrative divisions by country"): woreda and kebele
 * (Ethiopia's districts and wards), local government area (Nigeria's; Australia's councils too), upazila (Bangladesh's
 * sub-districts), tehsil/taluka (India's and Pakistan's), mandal (India's), cercle (Mali's, Morocco's), raion/rayon
 * (Ukraine, Russia, Belarus, Moldova, Azerbaijan, Kazakhstan, Kyrgyzstan), hromada (Ukraine's communities), barangay
 * (the Philippines'), tambon/amphoe (Thailand's), kabupaten/regency (Indonesia's), shahrestan/dehestan/bakhsh (Iran's),
 * degmada (Somalia's districts), payam (South Sudan's), sub-county (Uganda's, Kenya's). Words many countries share
 * (district, province, governorate, commune, county) are not here.
 */
export const UNIT_WORD_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['woreda', 'woredas', 'wereda', 'weredas', 'kebele', 'kebeles'].map((w) => [w, ['ET']] as const),
  ...['lga', 'lgas', 'local government area', 'local government areas'].map((w) => [w, ['NG', 'AU']] as const),
  ...['upazila', 'upazilas', 'upazilla', 'upazillas'].map((w) => [w, ['BD']] as const),
  ...['tehsil', 'tehsils', 'taluka', 'talukas', 'taluk', 'taluks'].map((w) => [w, ['IN', 'PK']] as const),
  ...['mandal', 'mandals'].map((w) => [w, ['IN']] as const),
  ...['cercle', 'cercles'].map((w) => [w, ['ML', 'MA']] as const),
  ...['raion', 'raions', 'rayon', 'rayons'].map((w) => [w, ['UA', 'RU', 'BY', 'MD', 'AZ', 'KZ', 'KG']] as const),
  ...['hromada', 'hromadas'].map((w) => [w, ['UA']] as const),
  ...['barangay', 'barangays'].map((w) => [w, ['PH']] as const),
  ...['tambon', 'amphoe'].map((w) => [w, ['TH']] as const),
  ...['kabupaten', 'regency', 'regencies'].map((w) => [w, ['ID']] as const),
  ...['shahrestan', 'dehestan', 'bakhsh'].map((w) => [w, ['IR']] as const),
  ...['degmada'].map((w) => [w, ['SO']] as const),
  ...['payam', 'payams'].map((w) => [w, ['SS']] as const),
  ...['sub-county', 'subcounty', 'sub-counties', 'subcounties'].map((w) => [w, ['UG', 'KE']] as const),
]);
