// Table tests of the event's place at a named place of detention, worship or learning (world23, issue 14: "a landmark of X"
// is at X; lexicon/place-kinds.ts LANDMARK_IN_TOWN, with WordNet's other names for a prison, a place of worship and a school),
// over the real gazetteer and the whole pipeline. Sentences invented from general knowledge of how reports are phrased, with
// real places. Each row: [sentence, expected "name@country pPrecision rule,rule,…" of the first event].
import { whereTable } from './test-helpers.js';

const CASES: Array<[string, string]> = [
  // A capitalised name before the landmark noun is the landmark's own ("the Litoral penitentiary"), a region abroad as often as
  // not: the town the landmark is in is the site.
  ['Gunmen killed six inmates inside the Litoral penitentiary in Guayaquil on Tuesday.', 'Guayaquil@EC p1 loc.x-in-y,loc.landmark-of-x'],
  ['Soldiers raided the Medina madrasa in Peshawar on Friday and detained 12 students.', 'Peshawar@PK p1 loc.x-in-y,loc.landmark-of-x'],
  // A mine named after its place is a pit near the town or in the area told after it.
  ['Workers at the Grasberg mine in Papua went on strike on Monday.', 'Papua@ID p2 loc.admin-fallback,loc.admin-seat'],
  // Neighbours: a landmark's name that is no place leaves the town the site; the prison word that always was a landmark.
  ['A bomb exploded outside the Saint Joseph cathedral in Goma on Sunday, wounding four worshippers.', 'Goma@CD p1 loc.admin-fallback'],
  ['Gunmen killed six inmates inside the Litoral prison in Guayaquil on Tuesday.', 'Guayaquil@EC p1 loc.x-in-y,loc.landmark-of-x'],
];

whereTable('world23', CASES);
