// The geo-precision rules the event stage applies over a place's own feature (site-precision.ts), each with its id
// (named in `why.location`, so `--explain` shows it) and the codebook definition it implements. ACLED codebook,
// geo_precision: 1 the source reports a particular town and its coordinates are known; 2 the activity took place
// in a small part of a region, a general area is mentioned, or it took place near a town (coded to a town that
// stands for the area); 3 a larger region is mentioned, or only the closest natural location ("border area",
// forest, sea), or nothing finer than the province (coded to the provincial capital).
export interface PrecisionRule {
  id: string;
  precision: 1 | 2 | 3;
  why: string;
}

/** "along the border between Zamfara and Katsina states", "the Kano-Jigawa border": a border area of provinces. */
export const BORDER_OF_AREAS: PrecisionRule = {
  id: 'prec.border-of-areas', precision: 3,
  why: 'ACLED codebook, geo_precision 3: no town told, only the closest natural location such as a "border area" of a larger region',
};

/** "in Jalalabad, Behsud, Surkh Rod and Kama districts of Nangarhar province": several districts of one province told together. */
export const DISTRICTS_OF_PROVINCE: PrecisionRule = {
  id: 'prec.districts-of-province', precision: 3,
  why: 'ACLED codebook, geo_precision 3: the activity spans several districts, so only the larger region (the province, at its capital) is known',
};

/** "arrested 40 people throughout Kirundo province. The arrests took place in A, B, C and D": the incident spread over the
 * province; the towns told after it do not narrow it to the first of them. */
export const SPREAD_OVER_PROVINCE: PrecisionRule = {
  id: 'prec.spread-over-province', precision: 3,
  why: 'ACLED codebook, geo_precision 3: the activity is told across a larger region (the province, at its capital), not at one town',
};

/** geo11: "Libertador municipality in Caracas", "the Hodan district of Mogadishu": a district or municipality told inside a
 * city (not a province of the city's name: "Bagrami district of Kabul" is Kabul province's) is a part of the city. */
export const AREA_OF_CITY: PrecisionRule = {
  id: 'prec.area-of-city', precision: 1,
  why: 'ACLED codebook, geo_precision 1: the source names a particular town; a district of a city, like its neighbourhood, is coded to the city',
};

export const PRECISION_RULES: readonly PrecisionRule[] = [BORDER_OF_AREAS, DISTRICTS_OF_PROVINCE, SPREAD_OVER_PROVINCE, AREA_OF_CITY];
