// Number words and vague quantities as they appear in casualty reports, with the low/best/high range
// a coder reads from each. Vague ranges follow ACLED's fatality guidance: "dozens" is coded low
// ("several" as 3, "dozens" as 24); best is the low end.
// Provenance: English number words; the ranges are this project's reading of vague quantities.

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, single: 1, both: 2, couple: 2, pair: 2,
};

export const VAGUE_QUANTITIES: Record<string, { low: number; best: number; high: number }> = {
  several: { low: 3, best: 3, high: 9 },
  few: { low: 2, best: 3, high: 5 },
  some: { low: 2, best: 3, high: 9 },
  dozens: { low: 24, best: 24, high: 99 },
  scores: { low: 40, best: 40, high: 99 },
  hundreds: { low: 200, best: 200, high: 999 },
  many: { low: 3, best: 10, high: 99 },
  numerous: { low: 3, best: 10, high: 99 },
};

/** Words that make a figure a floor or a ceiling. */
export const LOWER_BOUND = ['at least', 'more than', 'over', 'upwards of', 'no fewer than', 'not less than', 'in excess of'];
export const UPPER_BOUND = ['up to', 'as many as', 'at most', 'nearly', 'almost', 'less than', 'fewer than', 'under'];
export const APPROXIMATE = ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'nearly'];

/** Words after a count that say it counts the dead or the injured. */
export const DEAD_CUES = ['kill*', 'dead', 'died', 'die', 'dies', 'death*', 'slain', 'lost their lives', 'lost his life',
  'lost her life', 'perished', 'shot dead', 'massacred', 'executed', 'beheaded', 'murdered', 'bodies', 'fatalit*', 'martyr*', 'gunned down', 'lifeless'];
export const INJURED_CUES = ['wound*', 'injur*', 'hurt', 'hospitali*', 'maimed'];
