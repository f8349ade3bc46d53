// settle-actors: an incident's two actors named as ACLED names them, with the rule behind each.
// An unnamed party takes the incident's country (its location's, else the article's focus country):
// "police" in Kenya → "Police Forces of Kenya", "gunmen" → "Unidentified Armed Group (Kenya)", and a
// bare "men" or "individuals" is the attacker when it acts and a civilian when it suffers. The event type
// then fixes what ACLED's codebook fixes: a protest's actor1 is its protesters, "Protesters (X)", and
// the force that intervenes its actor2; a riot's or a mob's actor1 is "Rioters (X)"; violence against
// civilians targets "Civilians (X)", by an "Unidentified Armed Group (X)" when the report names no one;
// an arrest is made by the police. The victim never becomes the attacker, and both sides are never the
// same party.
import { actorCountryName, COALITION_BY_COUNTRY, HERDERS_OF, isStateForceName, NAMED_GROUPS, SEPARATISTS_OF, SETTLERS_OF, stateForceName } from '../../lexicon/actors.js';
import type { Actor, EventType, Place, Reason } from '../../types.js';
import type { ActorMention } from './types.js';
import { extend } from '../extend.js';

export interface Settled {
  actor1: Actor | null;
  actor2: Actor | null;
  /** Parties named acting with actor1 (ACLED's associated actor). */
  assoc1: Actor[];
  why1: Reason[];
  why2: Reason[];
}

interface Named { actor: Actor; why: Reason[]; state: boolean; victim: boolean; crowd?: boolean; crowdOf?: Named }

/** Unnamed people who, in a demonstration, are its crowd: "residents burned tyres", "workers protested". */
const CROWD = new Set(['person', 'civilians', 'protesters', 'rioters']);

const GROUP_BY_ID = new Map(NAMED_GROUPS.map((g) => [g.id, g]));
/** Mentions of unnamed rivals ("rival clans", "inter-clan clashes"): a party of that kind on each side. */
const RIVALS = new Set(['generic.rival-communities', 'generic.rival-gangs', 'generic.rival-armed']);
/** The states leading a coalition in its theatre (Saudi Arabia and the UAE in Yemen's war, from 2015; acled13: the United States
 * in Syria, where ACLED names US forces, their patrols, columns and bases, as the Global Coalition Against Daesh). */
const COALITION_MEMBERS: Record<string, string[]> = { YE: ['SA', 'AE'], SY: ['US'] };

const PROTEST_FORCE = new Set(['Protest with intervention', 'Excessive force against protesters']);
/** Sub-event types whose perpetrator, when unnamed, ACLED codes as "Unidentified Armed Group (X)". */
const UNIDENTIFIED_BY_DEFAULT = new Set(['Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb',
  'Shelling/artillery/missile attack']);

/** The country most of the article's places lie in (names count twice, demonyms once). */
export function focusCountry(places: readonly Place[]): string | null {
  const n = new Map<string, number>();
  for (const p of places) if (p.country) n.set(p.country, (n.get(p.country) ?? 0) + (p.mention === 'demonym' ? 1 : 2));
  let best: string | null = null, top = 0;
  for (const [c, k] of n) if (k > top) { best = c; top = k; }
  return best;
}

/** Herders named by their trade ("herdsmen", "Fulani herders", "pastoralists"). */
const HERDER_WORDS = /\b(?:herdsm[ae]n|herders?|pastoralists?)\b/i;

/** "Civilians (Kenya)": a name with its country in parentheses, as ACLED writes unnamed parties. */
const paren = (s: string, c: string | null): string => (c ? `${s} (${actorCountryName(c)})` : s);

/** world13: groups by the acronyms they share ("SNA": the Somali National Army and the Syrian National Army). */
const BY_ACRONYM = new Map<string, (typeof NAMED_GROUPS)[number][]>();
for (const g of NAMED_GROUPS) for (const a of g.acronyms ?? []) BY_ACRONYM.set(a.toUpperCase(), [...(BY_ACRONYM.get(a.toUpperCase()) ?? []), g]);
/** The group of the incident's country that shares the acronym a mention was written with, if another group's row read it. */
function acronymSibling(m: ActorMention, country: string): (typeof NAMED_GROUPS)[number] | null {
  const written = m.text.split(/[\s(]/)[0].toUpperCase().replace(/S$/, '');
  const rows = BY_ACRONYM.get(written) ?? BY_ACRONYM.get(m.text.split(/[\s(]/)[0].toUpperCase());
  if (!rows || rows.length < 2 || !rows.some((g) => g.id === m.rule)) return null;
  return rows.find((g) => g.country === country) ?? null;
}

/** Round 32: countries one name stands for ("Congo", "the Congolese army": the Democratic Republic or the Republic; Reuters and
 * AFP write "Congo" for the former): a party so named is of the one the incident happened in. */
const SHARED_NAME: Readonly<Record<string, string>> = { CG: 'CD', CD: 'CG' };
/** An actor's name, country and the rules behind it, in the role it plays (1 acts, 2 is acted on). */
function nameOf(m: ActorMention, role: 1 | 2, country: string | null, eventType: EventType, subEventType: string): Named {
  const span: Reason = { rule: m.role ?? 'actor.mention', start: m.start, end: m.end, text: m.text };
  const why: Reason[] = [span, { rule: m.rule }];
  if (m.country && country && SHARED_NAME[m.country] === country && /\bcongo/i.test(m.text) && (m.generic || m.rule === 'actor.country-force-noun')) {
    m = extend(m, { country, name: m.generic ? m.name : stateForceName(m.name.startsWith('Police') ? 'police' : 'military', country) });
    why.push({ rule: 'actor.country-of-shared-name' });
  }
  const actor: Actor = { name: m.name, text: m.text, country: m.country, start: m.start, end: m.end };
  const sib = country && m.country && m.country !== country ? acronymSibling(m, country) : null;
  if (sib) {
    actor.name = sib.name;
    actor.country = sib.country;
    why.push({ rule: 'actor.acronym-of-country' });
    m = extend(m, { name: sib.name, country: sib.country, inter: sib.inter, rule: sib.id, perCountry: sib.perCountry });
  }
  let state = m.inter === 1 || isStateForceName(actor.name);
  let victim = false;
  if (m.generic) {
    const c = m.country ?? country;
    actor.country = c;
    let kind = m.generic;
    // Riot control and arrests are police work: "security forces dispersed the protesters" (ACLED codes the police).
    if (kind === 'military' && (eventType === 'Protests' || eventType === 'Riots' || subEventType === 'Arrests') && /secur|guard/i.test(m.text)) {
      kind = 'police';
      why.push({ rule: 'actor.security-forces-police' });
    }
    switch (kind) {
      case 'military': case 'police': actor.name = c ? stateForceName(kind, c) : `${kind === 'military' ? 'Military' : 'Police'} Forces`; state = true; break;
      case 'armed': actor.name = paren('Unidentified Armed Group', c); break;
      case 'islamist': actor.name = paren('Islamist Militia', c); break;
      case 'rebels': {
        // Round 31: "separatist fighters" where one movement is the country's separatism (SEPARATISTS_OF) are its fighters.
        const g = c && /separatis|secessionis/i.test(m.text) ? GROUP_BY_ID.get(SEPARATISTS_OF[c] ?? '') : undefined;
        if (g) { actor.name = g.name; why.push({ rule: 'actor.separatists-of-country' }); } else actor.name = paren('Rebels', c);
        break;
      }
      case 'gang': actor.name = paren('Unidentified Gang', c); break;
      case 'private-security': actor.name = paren('Private Security Forces', c); break;
      case 'settlers': {
        // Unqualified "settlers" in an occupied territory are the occupying state's (lexicon/actors.ts SETTLERS_OF).
        const of = m.country ?? (country ? SETTLERS_OF[country] : undefined) ?? c;
        actor.name = paren('Settlers', of);
        actor.country = of;
        break;
      }
      case 'communal': {
        // Herders who are killed or struck are civilians by their trade (ACLED: an identity militia is armed men acting
        // for a people, not the people); unnamed herdsmen who act are, in West and Central Africa, Fulani (HERDERS_OF).
        const herders = HERDER_WORDS.test(m.text);
        if (herders && role === 2 && (eventType === 'Violence against civilians' || eventType === 'Explosions/Remote violence')) {
          actor.name = paren('Civilians', c); victim = true; why.push({ rule: 'actor.herders-as-victims' }); break;
        }
        const people = m.label ?? (herders && c ? HERDERS_OF[c] : undefined);
        if (people && !m.label) why.push({ rule: 'actor.herders-of-country' });
        actor.name = paren(people ? `${people} ${m.label ? m.style ?? 'Ethnic' : 'Ethnic'} Militia` : `Unidentified ${m.style ?? 'Communal'} Militia`, c); break;
      }
      case 'protesters': actor.name = paren('Protesters', c); break;
      case 'rioters': actor.name = paren('Rioters', c); break;
      case 'civilians': actor.name = paren('Civilians', c); victim = true; break;
      case 'coalition': {
        // "The coalition": the one that fights where the incident is.
        const g = c ? GROUP_BY_ID.get(COALITION_BY_COUNTRY[c] ?? '') : undefined;
        actor.name = g?.name ?? 'Coalition Forces';
        actor.country = g?.country ?? null;
        why.push({ rule: g ? 'actor.coalition-of-the-theatre' : 'actor.coalition-unnamed' });
        break;
      }
      case 'person':
        // Unnamed people who act are an unidentified armed group; who suffer, civilians.
        actor.name = paren(role === 1 ? 'Unidentified Armed Group' : 'Civilians', c);
        victim = role === 2;
        why.push({ rule: role === 1 ? 'actor.unnamed-perpetrators' : 'actor.unnamed-victims-civilians' });
        break;
    }
  } else if (state && m.country && country && COALITION_MEMBERS[country]?.includes(m.country)) {
    // A coalition member's own forces in the coalition's theatre ("Saudi forces shelled …" in Yemen) act as the coalition.
    const g = GROUP_BY_ID.get(COALITION_BY_COUNTRY[country]);
    if (g) {
      actor.name = g.name;
      why.push({ rule: 'actor.coalition-member' });
    }
  } else if (m.perCountry && country) {
    // "Islamic State (Nigeria)": a group with a branch per country is named with the incident's.
    actor.name = `${m.name} (${actorCountryName(country)})`;
    actor.country ??= country;
  }
  return { actor, why, state, victim, crowd: CROWD.has(m.generic ?? '') };
}

/** The crowd named in a demonstration ("residents", "workers", "a group of people") as ACLED names it. */
function crowdAs(x: Named, as: 'Protesters' | 'Rioters', country: string | null): Named & { crowdOf?: Named } {
  const c = x.actor.country ?? country;
  return { actor: extend(x.actor, { name: c ? `${as} (${actorCountryName(c)})` : as, country: c }), why: [...x.why, { rule: as === 'Protesters' ? 'actor.crowd-protesters' : 'actor.crowd-rioters' }], state: false, victim: false, crowdOf: x } as Named & { crowdOf?: Named };
}

/** A default party the report implies but does not name ("Protesters (Chile)"), with the rule that implies it. */
function implied(name: string, country: string | null, rule: string, state = false, victim = false): Named {
  const full = !country ? name.replace(/ \(%\)| of %/, '') : name.startsWith('Police Forces of') ? stateForceName('police', country) : name.replace('%', actorCountryName(country));
  return { actor: { name: full, text: '', country }, why: [{ rule }], state, victim };
}

/** world8: armed movements that became a country's de facto government, from the day they took power. ACLED codes
 * their forces as that country's state forces from then on ("Military Forces of Afghanistan (2021-)"), their
 * detentions as Arrests by its police. */
export const DE_FACTO_AUTHORITIES: ReadonlyArray<{ id: string; group: string; country: string; from: string; why: string }> = [
  { id: 'actor.de-facto-taliban', group: 'group.taliban', country: 'AF', from: '2021-08-15',
    why: "ACLED: since the fall of Kabul (15 August 2021) the Taliban's forces are coded as Afghanistan's state forces (Military/Police Forces of Afghanistan (2021-))" },
];

/** A party that governs de facto on the incident's day, in the country it governs, named as that state's force (police
 * for arrests). */
function asDeFacto(x: Named | null, day: string | undefined, country: string | null, subEventType: string): Named | null {
  if (!x || !day) return x;
  for (const d of DE_FACTO_AUTHORITIES) {
    if (day < d.from || country !== d.country || x.actor.name !== GROUP_BY_ID.get(d.group)?.name) continue;
    const name = stateForceName(subEventType === 'Arrests' ? 'police' : 'military', d.country);
    return extend(x, { actor: extend(x.actor, { name, country: d.country }), why: [...x.why, { rule: d.id }], state: true });
  }
  return x;
}

/** acled13: a state's forces that fought in a country as part of an alliance's mission, until the mission ended. ACLED names
 * them by the alliance: US forces (their air and drone strikes too) in Afghanistan until the withdrawal of 30 August 2021 are
 * "NATO: North Atlantic Treaty Organization" (the ISAF and Resolute Support missions); the country stays the state's. */
export const ALLIANCE_MISSIONS: ReadonlyArray<{ id: string; state: string; group: string; country: string; until: string; why: string }> = [
  { id: 'actor.alliance-mission-nato', state: 'US', group: 'ext.nato', country: 'AF', until: '2021-08-30',
    why: 'ACLED: US forces in Afghanistan under NATO (ISAF, Resolute Support) are coded as NATO until the withdrawal' },
];
function asAllianceMission(x: Named | null, day: string | undefined, country: string | null): Named | null {
  if (!x || !day) return x;
  for (const d of ALLIANCE_MISSIONS) {
    if (day > d.until || country !== d.country || x.actor.name !== stateForceName('military', d.state)) continue;
    const g = GROUP_BY_ID.get(d.group);
    if (g) return extend(x, { actor: extend(x.actor, { name: g.name }), why: [...x.why, { rule: d.id }] });
  }
  return x;
}

/** Words that name a state's armed force, not the state: its forces keep their name in an agreement. */
const FORCE_TEXT = /\b(?:army|armies|military|militaries|troops|soldiers|servicem[ae]n|personnel|forces|police|commanders?|officers?|gendarm\w*|guards?|navy|air force|generals?|snipers?|units?)\b/i;
/** A state party of an agreement named by its country or government ("Armenia", "the Colombian government"): its government. Only
 * a state's own forces by their plain name: a named force ("Rada: Special Deterrence Force") or a de facto one ("Military Forces of
 * Yemen (Houthis)") keeps its name. */
function asGovernment(x: Named | null): Named | null {
  const cc = x?.actor.country;
  if (!x?.state || !cc || FORCE_TEXT.test(x.actor.text) || (x.actor.name !== stateForceName('military', cc) && x.actor.name !== stateForceName('police', cc))) return x;
  const name = stateForceName('government', cc);
  return name === x.actor.name ? x : extend(x, { actor: extend(x.actor, { name }), why: [...x.why, { rule: 'actor.agreement-government' }] });
}

/** The incident's actors named and checked against the event type's conventions. */
export function settleActors(a1: ActorMention | null, a2: ActorMention | null, eventType: EventType, subEventType: string, country: string | null, day?: string,
  civilianTarget = false, crowdsBothSides = false, civilianVictims = false): Settled {
  let one = asAllianceMission(asDeFacto(a1 ? nameOf(a1, 1, country, eventType, subEventType) : null, day, country, subEventType), day, country);
  let two = asAllianceMission(asDeFacto(a2 ? nameOf(a2, 2, country, eventType, subEventType) : null, day, country, subEventType), day, country);
  // The victim never becomes the attacker: civilians named as the agent of violence are its target.
  if (one?.victim && eventType !== 'Protests' && eventType !== 'Riots' && eventType !== 'Strategic developments') {
    if (!two) two = a1 ? nameOf(a1, 2, country, eventType, subEventType) : null;
    if (two) two.why.push({ rule: 'actor.victim-not-attacker' });
    one = null;
  }
  // ACLED codebook, disrupted weapons use: explosives that go off in their makers' hands ("killed when the mines they
  // were planting exploded prematurely") are coded to the group that handled them, as actor1 with no actor2.
  if (subEventType === 'Disrupted weapons use' && !one && two && !two.victim && !two.state) {
    one = extend(two, { why: [...two.why, { rule: 'actor.own-device' }] });
    two = null;
  }
  if (eventType === 'Protests') {
    // ACLED: a demonstration's actor1 is its protesters (the crowd named, "workers", "residents"); the force that intervenes is actor2.
    const force = [one, two].find((x) => x?.state) ?? null;
    const protesters = [one, two].find((x) => x && /^Protesters\b/.test(x.actor.name)) ?? (one?.crowd ? crowdAs(one, 'Protesters', country) : undefined);
    one = protesters ?? implied('Protesters (%)', country, 'actor.protesters-default');
    two = PROTEST_FORCE.has(subEventType) ? force ?? implied('Police Forces of %', country, 'actor.intervening-police-default', true) : null;
  } else if (eventType === 'Riots') {
    // A riot's or a mob's actor1 is "Rioters (X)"; whoever they fought or attacked is actor2.
    const rioters = [one, two].find((x) => x && /^Rioters\b/.test(x.actor.name)) ?? (one?.crowd ? crowdAs(one, 'Rioters', country) : undefined);
    const other = [two, one].find((x) => x && x !== rioters && x !== rioters?.crowdOf && !/^(Rioters|Protesters)\b/.test(x.actor.name)) ?? null;
    one = rioters ?? implied('Rioters (%)', country, 'actor.rioters-default');
    two = other;
    // riot14: two crowds that fight each other are rioters on both sides; the people hurt are among them, no civilians
    // apart (codebook: Mob violence, rioters against rioters). A force or an armed group named as the other side stays.
    if (subEventType === 'Mob violence' && crowdsBothSides && (!two || two.victim || two.crowd)) {
      two = implied('Rioters (%)', country, 'actor.rioters-both-sides');
    }
    if (!two && subEventType === 'Mob violence') two = implied('Civilians (%)', country, 'actor.mob-victims-civilians', false, true);
    // acled13: rioters who damage or attack what belongs to civilians (a bank, a shop, a house, workers) act on civilians.
    if (!two && subEventType === 'Violent demonstration' && civilianTarget) two = implied('Civilians (%)', country, 'actor.riot-civilian-target', false, true);
  } else if (eventType === 'Violence against civilians') {
    if (!two) two = implied('Civilians (%)', country, 'actor.victims-civilians', false, true);
    if (!one && UNIDENTIFIED_BY_DEFAULT.has(subEventType)) one = implied('Unidentified Armed Group (%)', country, 'actor.unidentified-default');
  } else if (eventType === 'Explosions/Remote violence' && !two && civilianVictims) {
    // world32: a shelling, strike or blast whose sentences tell civilians or their homes hit ("shelled residential areas … a woman
    // and her two children were killed", "damaging a hotel and several houses"), with no other side named, acted on civilians.
    two = implied('Civilians (%)', country, 'actor.remote-civilian-victims', false, true);
    if (!one && UNIDENTIFIED_BY_DEFAULT.has(subEventType)) one = implied('Unidentified Armed Group (%)', country, 'actor.unidentified-default');
  } else if (!one && UNIDENTIFIED_BY_DEFAULT.has(subEventType)) {
    one = implied('Unidentified Armed Group (%)', country, 'actor.unidentified-default');
  } else if (subEventType === 'Arrests' || subEventType === 'Looting/property destruction') {
    // Arrests are made by the police; those arrested, and those whose goods are looted, are civilians unless named.
    if (!one && subEventType === 'Arrests') one = implied('Police Forces of %', country, 'actor.arrests-police-default', true);
    // world30: goods taken or homes burned by no one named ("a raid by dahalo cattle rustlers … saw 120 zebu stolen") were taken by
    // an armed group ACLED names unidentified, as it names an attack's unnamed doers.
    if (!one && subEventType === 'Looting/property destruction') one = implied('Unidentified Armed Group (%)', country, 'actor.unidentified-default');
    if (!two) two = implied('Civilians (%)', country, subEventType === 'Arrests' ? 'actor.arrested-civilians' : 'actor.looted-civilians', false, true);
  }
  // ACLED codebook, strategic developments: the party that acts (deploys, patrols, sets up a base, releases) is
  // actor1; one read only as acted on ("troops were deployed", "a base was set up by …") is that party.
  // (dwu13) The side whose weapon was intercepted is acted on, whoever intercepted it (weapon-owner.ts): it stays actor2.
  // (world33: never civilians, who are acted on: "the bodies of civilians" found in a grave name no one who acted.)
  if (eventType === 'Strategic developments' && !one && two && !two.victim && !two.crowd && !two.why.some((w) => w.rule === 'actor.weapon-owner') &&
    !/^Civilians\b/.test(two.actor.name)) {
    one = extend(two, { why: [...two.why, { rule: 'actor.development-party' }] });
    two = null;
  }
  // "Clashes between rival clans": an unnamed party of the same kind on each side.
  // ("clashes between armed groups": a plural unnamed party alone between the two sides is on both.)
  // ("two rival clans engaged in clashes" read as the clashes' object: the rivals are both sides all the same.)
  if (eventType === 'Battles' && !one && a2 && RIVALS.has(a2.rule)) {
    one = nameOf(a2, 1, country, eventType, subEventType);
    two = null;
  }
  const side = a1 ?? (one && a2 && RIVALS.has(a2.rule) ? a2 : null);
  const plural = !!side?.generic && side.role === 'actor.between-sides' && /s$/.test(side.text);
  const rivals = eventType === 'Battles' && !!one && (!two || two.victim) && !!side && (RIVALS.has(side.rule) || plural);
  if (rivals) two = extend(one!, { actor: { ...one!.actor }, why: [{ rule: 'actor.rival-sides', start: side!.start, end: side!.end, text: side!.text }] });
  // Round 31: ACLED codebook, Agreement: a state that signs or agrees acts as its government ("Armenia and Azerbaijan signed a
  // border deal": Government of Armenia), not as its forces, unless its words name a force ("army commanders agreed a truce").
  if (subEventType === 'Agreement') (one = asGovernment(one)), (two = asGovernment(two));
  // Both sides are never the same party.
  const bothRioters = two?.why.some((w) => w.rule === 'actor.rioters-both-sides') ?? false;
  if (!rivals && !bothRioters && one && two && one.actor.name === two.actor.name) {
    one.why.push({ rule: 'actor.same-party-dropped', start: two.actor.start, end: two.actor.end, text: two.actor.text });
    two = null;
    // world32: the attackers read as the victims' side ("were shot dead when armed men burst into their home") leave the victims
    // the default's civilians, as in any attack on civilians.
    if (eventType === 'Violence against civilians') two = implied('Civilians (%)', country, 'actor.victims-civilians', false, true);
  }
  // Associated actors: named with actor1 as it acts, and neither side itself.
  const assoc1: Actor[] = [];
  if (one && a1?.assoc) {
    for (const m of a1.assoc) {
      const a = nameOf(m, 1, country, eventType, subEventType).actor;
      if (a.name !== one.actor.name && a.name !== two?.actor.name && !assoc1.some((x) => x.name === a.name)) assoc1.push(a);
    }
  }
  return { actor1: one?.actor ?? null, actor2: two?.actor ?? null, assoc1, why1: one?.why ?? [], why2: two?.why ?? [] };
}
