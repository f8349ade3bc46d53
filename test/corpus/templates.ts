// Sentence pools for the generated corpus, written for a rule-based reader: one clear trigger per
// incident sentence, the town by name, an explicit date, "X said" attributions, a single death toll.
// Every pool has several wordings so that two outlets never tell an incident in the same words.
import type { Town } from './places.js';

export type Kind = 'strike' | 'shelling' | 'clash' | 'protest';

export interface Slots {
  town: Town;
  date: string; // "12 March"
  actor: string; // the attacker as written ("Russian forces")
  enemy: string; // the other side in a clash
  dead: number | null;
  source: string; // who gives the toll
}

type Line = (s: Slots) => string;

const toll = (n: number): string => (n === 1 ? 'one person' : `${n} people`);

export const LEADS: Record<Kind, Line[]> = {
  strike: [
    (s) => `A drone strike by ${s.actor} hit a residential block in ${s.town.name} on ${s.date}`,
    (s) => `${cap(s.actor)} carried out an air strike on ${s.town.name} on ${s.date}, damaging several homes`,
    (s) => `Warplanes operated by ${s.actor} bombed the outskirts of ${s.town.name} on ${s.date}`,
    (s) => `An airstrike attributed to ${s.actor} struck a market area in ${s.town.name} on ${s.date}`,
    (s) => `Drones launched by ${s.actor} attacked a fuel depot on the edge of ${s.town.name} on ${s.date}`,
    (s) => `A drone struck a bus station in ${s.town.name} on ${s.date} in an attack blamed on ${s.actor}`,
  ],
  shelling: [
    (s) => `${cap(s.actor)} shelled ${s.town.name} on ${s.date}, hitting houses near the centre`,
    (s) => `Artillery fire from ${s.actor} struck ${s.town.name} on ${s.date}`,
    (s) => `A missile launched by ${s.actor} hit an apartment building in ${s.town.name} on ${s.date}`,
    (s) => `Rockets fired by ${s.actor} landed in a neighbourhood of ${s.town.name} on ${s.date}`,
    (s) => `Mortar rounds fired by ${s.actor} slammed into a school yard in ${s.town.name} on ${s.date}`,
    (s) => `${cap(s.actor)} pounded the northern districts of ${s.town.name} with artillery on ${s.date}`,
  ],
  clash: [
    (s) => `Fighting broke out between ${s.actor} and ${s.enemy} in ${s.town.name} on ${s.date}`,
    (s) => `${cap(s.actor)} clashed with ${s.enemy} on the edge of ${s.town.name} on ${s.date}`,
    (s) => `Heavy clashes between ${s.enemy} and ${s.actor} were reported in ${s.town.name} on ${s.date}`,
    (s) => `${cap(s.enemy)} and ${s.actor} exchanged fire in ${s.town.name} on ${s.date}`,
    (s) => `${cap(s.actor)} attacked positions held by ${s.enemy} outside ${s.town.name} on ${s.date}`,
    (s) => `Gun battles between ${s.actor} and ${s.enemy} raged for hours in ${s.town.name} on ${s.date}`,
  ],
  protest: [
    (s) => `Hundreds of people protested in ${s.town.name} on ${s.date} against rising bread prices`,
    (s) => `Demonstrators marched through ${s.town.name} on ${s.date}, demanding the release of detained teachers`,
    (s) => `Residents of ${s.town.name} held a peaceful rally on ${s.date} over power cuts`,
    (s) => `A crowd gathered in the main square of ${s.town.name} on ${s.date} to protest against fuel shortages`,
    (s) => `Students staged a sit-in outside the university in ${s.town.name} on ${s.date} over unpaid grants`,
    (s) => `Several hundred shopkeepers rallied in ${s.town.name} on ${s.date} against a new market tax`,
  ],
};

/** Tails that finish a lead (which has no full stop) with the toll and who gave it, in the same sentence. */
export const TOLLS: Line[] = [
  (s) => `, killing ${toll(s.dead!)}, ${s.source} said.`,
  (s) => `, killing ${toll(s.dead!)}, according to ${s.source}.`,
  (s) => `, leaving ${toll(s.dead!)} dead, ${s.source} said.`,
  (s) => `; ${s.source} said ${toll(s.dead!)} ${s.dead === 1 ? 'was' : 'were'} killed.`,
];

export const NO_TOLL: Line[] = [
  (s) => `, ${s.source} said.`,
  (s) => `, according to ${s.source}.`,
];

export const DETAILS: Line[] = [
  () => 'Emergency crews worked through the night to clear the rubble.',
  () => 'Photographs shared online showed a burning building and shattered windows.',
  () => 'Several shops along the main road were left without roofs.',
  () => 'Ambulances took the wounded to the regional hospital.',
  () => 'Local volunteers set up a shelter in a school gym for families who lost their homes.',
  () => 'Power was cut to parts of the area for several hours.',
  () => 'A water pumping station nearby was also damaged.',
  () => 'Firefighters said the blaze was put out by morning.',
  () => 'Rescue workers searched the debris for survivors until dawn.',
  () => 'Families spent the night in basements and metro stations.',
];

export const PROTEST_DETAILS: Line[] = [
  () => 'The march ended without incident in the late afternoon.',
  () => 'Organisers said they would return next week if nothing changed.',
  () => 'Police watched from a distance and made no arrests.',
  () => 'Speakers called on the authorities to publish a plan within a month.',
  () => 'Many of the marchers carried handwritten signs.',
];

export const CONTEXT: Line[] = [
  (s) => `${s.town.name} has been hit repeatedly in recent months.`,
  (s) => `The area around ${s.town.name} lies close to the front line.`,
  (s) => `Residents of ${s.town.name} say attacks have become more frequent since the winter.`,
  () => 'The claims could not be independently verified.',
  () => 'Aid groups have warned of worsening conditions for civilians in the region.',
  (s) => `Schools in ${s.town.name} have moved classes online for the rest of the term.`,
];

/** Unrelated news: places and dates, no conflict incident. */
export const UNRELATED: ((town: Town, date: string) => string)[] = [
  (t, d) => `The port of ${t.name} handled a record volume of grain in the week to ${d}, the harbour authority said. Shipping firms expect exports to rise further before the summer.`,
  (t, d) => `A new children's library opened in ${t.name} on ${d}. The city council said the building had been restored with donations from residents.`,
  (t, d) => `Farmers around ${t.name} began the wheat harvest on ${d}, earlier than usual after a warm spring. Prices at the local market fell slightly.`,
  (t, d) => `The regional orchestra gave a concert in ${t.name} on ${d} to raise money for the municipal hospital. Tickets sold out within hours.`,
  (t, d) => `Heavy rain flooded several streets in ${t.name} on ${d}, the weather service said. Schools remained open.`,
  (t, d) => `Engineers finished repairing the main bridge into ${t.name} on ${d}, the transport ministry said, reopening the road to lorries.`,
];

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
