// Words that name a kind of administrative area, and the position words that tell a country's
// areas apart, in the languages GeoNames writes its admin1/admin2 names in and news repeats them in.
// Written from general knowledge of administrative vocabulary (the unit names in Wikipedia's "Table
// of administrative divisions by country" and GeoNames' own admin names: "Province du Gourma",
// "Daïra de Ténès", "Shahrestān-e Zanjān", "Qaḑā’ Sāmarrā’", "Degmada Baraawe", "Muhafazat Hadramaout").
// Watch for: a unit word that is also a common part of a proper name (City, Island: kept out), and
// the English local-government words that are part of the name itself: "Henry County", "Lincoln
// County", "Orleans Parish" are never "Henry", "Lincoln", "Orleans" (County, Parish, Borough,
// Township, Shire: kept out).

/** Unit words, folded, as the first or the last word(s) of an area's name. */
export const UNIT_WORDS: string[] = [
  // English
  'province', 'governorate', 'state', 'region', 'district', 'municipality', 'territory', 'department',
  'prefecture', 'zone', 'division', 'subdivision', 'sub district', 'subdistrict',
  'canton', 'commune', 'emirate', 'local government area', 'lga',
  'special region', 'autonomous region', 'capital district', 'capital territory', 'federal territory',
  'metropolitan municipality', 'rural municipality', 'urban municipality', 'district municipality', 'regional state', 'special wereda',
  // French, Spanish, Portuguese, Italian
  'departement', 'arrondissement', 'cercle', 'territoire', 'wilaya', 'daira',
  'provincia', 'departamento', 'municipio', 'distrito', 'estado', 'comuna', 'partido',
  'concelho', 'freguesia', 'regiao', 'comune', 'regione',
  // Arabic, Persian, Kurdish, Turkish, Somali, Amharic, South Asian, Russian and Ukrainian (romanised)
  'muhafazat', 'muhafazah', 'mintaqat', 'mintaqah', 'liwa', 'qada', 'qadaa', 'qaza', 'qeza', 'nahiyat', 'nahiya',
  'nahiyah', 'mudiriyat', 'baladiyat', 'baladiyah', 'ostan', 'shahrestan', 'bakhsh',
  'dehestan', 'wilayat', 'velayat', 'ilce', 'degmada', 'gobolka', 'woreda', 'wereda', 'awraja', 'kilil',
  'tehsil', 'taluk', 'taluka', 'upazila', 'mandal', 'oblast', 'oblys', 'raion', 'rayon', 'krai', 'okrug',
  'kabupaten', 'kota', 'regency',
];

/** Little words between a unit word and the name: "Province du Gourma", "Daïra d'Oran", "Qada of Sinjar". */
export const UNIT_LINKS: string[] = ['of', 'de', 'du', 'des', 'de la', 'de l', 'd', 'del', 'do', 'da', 'di', 'al', 'el', 'e'];

/**
 * Position words in an area's name, one row per meaning: the English word and adjective, then the
 * same word in the languages area names are written in (French, Spanish/Portuguese, Arabic
 * romanised). "Nord-Kivu" is North Kivu, "Kasai Oriental" East Kasai, "Shamal Darfur" North Darfur,
 * "Haut-Uele" Upper Uele. `first`: the forms written before the name; `last`: after it (Romance
 * and Arabic adjectives: "Kasai Oriental", "Kordofan ash-Shamali").
 */
export const POSITION_WORDS: Array<{ first: string[]; last: string[] }> = [
  { first: ['north', 'northern', 'nord', 'shamal'], last: ['norte', 'shamali'] },
  { first: ['south', 'southern', 'sud', 'janub', 'junub'], last: ['sur', 'sul', 'janubi'] },
  { first: ['east', 'eastern', 'est', 'sharq'], last: ['este', 'leste', 'oriental', 'orientale', 'sharqi'] },
  { first: ['west', 'western', 'ouest', 'gharb'], last: ['oeste', 'occidental', 'occidentale', 'gharbi'] },
  { first: ['central', 'centre', 'center', 'middle'], last: ['central', 'centre', 'centro', 'wasat'] },
  { first: ['upper', 'haut', 'haute', 'hauts', 'alto', 'alta'], last: [] },
  { first: ['lower', 'bas', 'basse', 'bajo', 'baja'], last: [] },
  { first: ['north west', 'northwest', 'nord ouest'], last: ['noroeste'] },
  { first: ['north east', 'northeast', 'nord est'], last: ['nordeste', 'noreste'] },
  { first: ['south west', 'southwest', 'sud ouest'], last: ['sudoeste', 'suroeste'] },
  { first: ['south east', 'southeast', 'sud est'], last: ['sudeste', 'sureste'] },
];
