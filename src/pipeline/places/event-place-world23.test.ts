// Table tests of round 23's where rules (issue 14), over the real gazetteer and the whole pipeline: a named place of detention,
// worship or learning, or a named mine, is a landmark of its town ("a landmark of X" is at X; lexicon/place-kinds.ts, with
// WordNet's other names for a prison, a place of worship and a school); a district filed under a province split from the one
// told (site-holders.ts splitFrom); the place of those whose act a participle follows (index.ts ownActs). Sentences invented from general knowledge of how reports are phrased, with
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
  // "Sugapa (Intan Jaya, Papua)": the gazetteer files Intan Jaya under Central Papua, carved out of Papua in 2022; the district holds.
  ['On 4 May 2020, the TPNPB shot dead a health worker in Sugapa (Intan Jaya, Papua).', 'Sugapa@ID p1 loc.x-paren-y'],
  // "Residents of Osh protested, demanding aid": the protesters' town is where they protested, though "demanding" makes them a source.
  ['Residents of Osh protested on Friday, demanding aid.', 'Osh@KG p1 loc.in-x,loc.town-of-area'],
  // Neighbour: a source's address stays no site ("police in Kabul said").
  ['Police in Kabul said on Friday that gunmen had killed two shopkeepers in a village.', 'none'],
];

whereTable('world23', CASES);
