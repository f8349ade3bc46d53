// date-grammar: chrono-node's English date grammar, restated as data so that date-forms can read the
// common month-name dates without running chrono, and can tell when a window holds anything else chrono
// would read. Source: chrono-node 2.10.3 (MIT), locales/en/constants.js and the en parsers' patterns.
// Keep in step with the installed chrono-node: date-forms.test.ts reads each invented form both ways
// and fails when the two readings drift apart.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, 'jan.': 1, feb: 2, 'feb.': 2, mar: 3, 'mar.': 3, apr: 4, 'apr.': 4, jun: 6, 'jun.': 6, jul: 7, 'jul.': 7, aug: 8, 'aug.': 8,
  sep: 9, 'sep.': 9, sept: 9, 'sept.': 9, oct: 10, 'oct.': 10, nov: 11, 'nov.': 11, dec: 12, 'dec.': 12,
};
/** chrono drops a bare three-letter month ("Jan") unless it is a full name ("May"). */
export const FULL_MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTHS).slice(0, 12));

const WEEKDAYS = ['sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu', 'friday', 'fri', 'saturday', 'sat', 'weekend', 'weekday'];
/** ENCasualDateParser and ENCasualTimeParser words ("last night" ends in "night"). */
const CASUAL = ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
const TENS = ['twenty', 'thirty'];
const INTEGERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const UNITS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days',
  'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'];

/** chrono's matchAnyPattern: the longest alternative first. */
const anyOf = (words: Iterable<string>): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|').replace(/\./g, '\\.')})`;

/** chrono's ORDINAL_WORD_DICTIONARY: "first" … "thirty-first". */
export const ORDINAL_WORDS = [...ORDINALS, ...TENS.flatMap((t) => ORDINALS.slice(0, 9).flatMap((o) => [`${t} ${o}`, `${t}-${o}`]))].filter((w) => !/^thirty (?!first)|^thirty-(?!first)/.test(w));
const MONTH = anyOf(Object.keys(MONTHS));
const YEAR = '(?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}|[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))';
const NUMBER = `(?:${anyOf(INTEGERS)}|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
const ONE_UNIT = `${NUMBER}\\s{0,3}${anyOf(UNITS)}`;
const TIME_UNITS = `(?:(?:about|around)\\s{0,3})?${ONE_UNIT}(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}${ONE_UNIT}){0,10}`;

/** Every ordinal word holds one of these: a window without them reads the same with digits-only ordinals. */
export const ORDINAL_WORD = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
/** The two parsers that read a month name with its day (and year), as chrono compiles them (left boundary
 * first), but with digit ordinals only ("3rd", not "third"): the full alternation of ordinal words takes
 * tens of milliseconds to compile, and date-forms leaves windows holding one to chrono (ORDINAL_WORD).
 * LITTLE_ENDIAN's gaps of up to three spaces are written \\s* (unrolled, they cost 15 ms to compile): a
 * match without a longer run of spaces is the very match chrono's pattern makes (date-forms checks). */
const DIGIT_ORDINAL = '(?:[0-9]{1,2}(?:st|nd|rd|th)?)';
export const LITTLE_ENDIAN = new RegExp(`(\\W|^)(?:on\\s*)?(${DIGIT_ORDINAL})(?:\\s*(?:to|\\-|\\–|until|through|till)\\s*(${DIGIT_ORDINAL}))?` +
  `(?:-|/|\\s*(?:of)?\\s*)(${MONTH})(?:(?:-|/|,?\\s*)(${YEAR}(?!\\w)))?(?=\\W|$)`, 'i');
export const MIDDLE_ENDIAN = new RegExp(`(\\W|^)(${MONTH})(?:-|/|\\s*,?\\s*)(${DIGIT_ORDINAL})(?!\\s*(?:am|pm))\\s*(?:(?:to|\\-)\\s*(${DIGIT_ORDINAL})\\s*)?` +
  `(?:(?:-|/|\\s*,\\s*|\\s+)(${YEAR}))?(?=\\W|$)(?!\\:\\d)`, 'i');
export const MONTH_NAME = new RegExp(`(\\W|^)((?:in)\\s*)?(${MONTH})\\s*(?:(?:,|-|of)?\\s*(${YEAR})?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, 'i');

/** Any word chrono builds a date of by itself (months, weekdays, casual words), with the words chrono
 * lets run into it ("inmarch", "marchfirst", "lastnight"): where one stands, chrono may read a date. */
const LEAD = anyOf(['on', 'in', 'this', 'last', 'past', 'next', 'of', 'st', 'nd', 'rd', 'th', ...ORDINALS, ...TENS]);
const TAIL = anyOf(['of', 'this', 'last', 'past', 'next', 'week', 'to', 'and', ...ORDINALS, ...TENS]);
export const DATE_WORD = new RegExp(`(?<![a-z])${LEAD}*(${anyOf([...Object.keys(MONTHS), ...WEEKDAYS, ...CASUAL])})${TAIL}*(?![a-z])`, 'gi');

/** The relative forms ("two days ago", "within a week", "last month", "end of the month"): the patterns of
 * ENTimeUnitAgo/Later/Within/CasualRelative, ENRelativeDateFormat and ENEndOfCurrentMonth, in one. */
export const RELATIVE = new RegExp(`(?:\\W|^)(?:(?:(?:within|in|for|this|last|past|next|after|\\+|-)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${TIME_UNITS}(?=\\W|$))` +
  `|(?:${TIME_UNITS}\\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$))` +
  `|(?:(?:this|last|past|next|after\\s*this)\\s*${anyOf(UNITS)}(?=\\W|$))` +
  `|(?:(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month(?=\\W|$)))`, 'i');
/** What every RELATIVE match holds: a unit word right after a number or a modifier ("two days", "the
 * week", "last month"), the number possibly run into a lead word ("inthree days"), the unit ended, or run
 * into a suffix or the next number of a chain ("3 daysago", "2 daysand 3 hours"). chrono's "a"/"an"
 * must end a word unless after "half". Checked first: RELATIVE costs tens of milliseconds to compile. */
const NUMBER_START = `(?:${anyOf([...INTEGERS, 'few', 'several', 'the', 'couple', 'half'])}|an?(?![a-z])|\\d)`;
const NUMBER_END = `(?:${anyOf([...INTEGERS, 'few', 'several', 'the', 'couple', 'of', 'this', 'last', 'past', 'next'])}|half\\s*an?|an?(?![a-z]))`;
const RUN_ON = `(?:(?:ago|before|earlier|later|after|from|henceforth|forward|out)(?![a-z])|(?:and\\s*)?${NUMBER_START})`;
const GLUED_LEAD = anyOf(['within', 'in', 'for', 'about', 'around', 'roughly', 'approximately', 'just', 'this', 'last', 'past', 'next', 'after', 'and', 'a', 'couple']);
export const RELATIVE_HINT = new RegExp(`(?:\\d|(?<![a-z])${GLUED_LEAD}*${NUMBER_END})\\s*${anyOf(UNITS)}(?:(?![a-z])|${RUN_ON})`, 'i');
