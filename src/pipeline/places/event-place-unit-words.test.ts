// Table tests of the event's place: admin-unit words some countries use, home namesakes, a neighbourhood with no holder
// (round 16's where rules, issue 14), over the real gazetteer and the whole pipeline. Sentences invented from general
// knowledge of how reports are phrased, with real places. Each row: [sentence, expected "name@country pPrecision
// rule,rule,…" of the first event].
import { whereTable } from './test-helpers.js';

const CASES: Array<[string, string]> = [
  // A unit word only some countries use (lexicon/place-kinds.ts UNIT_WORD_COUNTRIES) selects that country's reading, and its
  // kind counts at home only: "Mendi woreda" is Ethiopia's Mendi, not Papua New Guinea's district of the name.
  ['Gunmen killed four farmers in Mendi woreda on Sunday, local officials said.', 'Mendī@ET p2 loc.near-x,loc.x-district'],
  ['Clashes between rival militias left six people dead in the Gedo woreda on Monday.', 'Gēdo@ET p2 loc.near-x,loc.x-district'],
  ['Bandits abducted 12 passengers in Bogoro LGA on Friday, police said.', 'Bogoro@NG p2 loc.near-x,loc.x-district,loc.admin-seat'],
  ['Police fired rubber bullets at protesters in Raipur upazila on Monday.', 'Rāipur@BD p2 loc.near-x,loc.x-district'],
  ['Unidentified gunmen stormed a village in Nioro cercle, killing three herders.', 'Nioro Cercle@ML p2 loc.near-x,loc.x-district,loc.admin-seat'],
  // Neighbours: the same names with their own holders or another unit word keep their readings.
  ['Tribal fighting near Mendi in Southern Highlands province killed five men on Sunday.', 'Mendi@PG p2 loc.x-in-y'],
  ['Al-Shabaab fighters attacked a military base in Gedo region on Sunday.', 'Gedo@SO p3 loc.in-x,loc.x-province,loc.admin-seat'],
  ['Thousands of farmers marched in Raipur, Chhattisgarh, on Monday.', 'Raipur@IN p1 loc.x-comma-y'],
  ['Police detained 30 students at a protest in Bogor, West Java, on Tuesday.', 'Bogor@ID p1 loc.x-comma-y'],
  // A name read abroad whose article's other names all read in one country takes its namesake there near them.
  ['Government shelling hit Talin and Kafr Zita on Sunday, killing three civilians.', 'Tālīn@SY p1 loc.named-x'],
  ['Rioters clashed with soldiers in Tripoli on Monday after protesters blocked roads in Tyre and Qana.', 'Tripoli@LB p1 loc.in-x'],
  // Neighbours: the country abroad told ("Libyan"), the other names in the big namesake's country, or none near at home.
  ['Rival militias clashed in Tripoli and Misrata on Sunday, Libyan officials said.', 'Tripoli@LY p1 loc.in-x'],
  ['Thousands of people marched in Tallinn and Tartu on Saturday against the new fuel tax.', 'Tallinn@EE p1 loc.in-x'],
  ['Police in Paris dispersed a march against the war on Saturday, a day after a similar protest in Washington.', 'Paris@FR p1 loc.in-x'],
  // A name told as a neighbourhood ("the Hamra neighbourhood"), read as a town in a country no other name of the article lies
  // in, is a quarter the gazetteer lacks: read at the article's one town (ACLED codes a neighbourhood to its town).
  ['Israeli strikes hit the Hamra neighbourhood on Tuesday, killing six people, medics in Gaza said.', 'Gaza@PS p1 loc.named-x'],
  ['Shelling hit the Rashidiya neighbourhood on Friday, killing six people, officials in Mosul said.', 'Mosul@IQ p1 loc.named-x'],
  // Neighbours: another name in the quarter's reading's country keeps it; "the X neighbourhood of Y" is Y's (its holder).
  ['Police clashed with smugglers in the Hamra neighbourhood on Friday, officials in Mafraq said.', 'Al Ḩamrā’@JO p1 loc.in-x'],
  ['An airstrike destroyed a home in the Daraj neighbourhood of Gaza City on Tuesday, killing five people.', 'Gaza@PS p1 loc.admin-fallback'],
];

whereTable('where16', CASES);
