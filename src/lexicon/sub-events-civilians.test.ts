// Violence against civilians (sub-events-civilians.ts): one table per sub-type (codebook order), one line per case [report, expected first
// sub-event type, the rule that types it ('*': the sub-type only)].
// Invented reports in ACLED-note and wire styles, written from the codebook and general knowledge, never evaluation rows;
// `// <round>:` marks the round that wrote the rows below it (its probes: test/probes/<round>.jsonl). A row's 4th element
// is its published date, where the reading depends on it (else 2024-05-10). Regrouped from the per-round files by tidy16.
import { describe } from 'node:test';
import { typingTable } from '../pipeline/events/test-helpers.js';

describe('Sexual violence', () => {
  typingTable('Sexual violence', [
    // case4:
    ['A militia commander was accused of defiling a 14-year-old girl in the camp.', 'Sexual violence', '*'],
    ['Fighters held women as sex slaves in the captured villages.', 'Sexual violence', '*'],
    // clash7: …but an accusation told with its own "be" is the report's (alleged) act, and a charge ends at the verb
    ['Soldiers were accused of raping women during a raid on a village near Kumbo.', 'Sexual violence', 'sexual.violence'],
    // clash10: A charge told in a clause of cause is the charge still, no act (hit-readings.ts dropCharges)
    ['On 4 May 2024, soldiers were accused of raping two women in Arvella.', 'Sexual violence', 'sexual.violence'],
  ]);
});

describe('Attack', () => {
  typingTable('Attack', [
    // acled6: …and not when the patient is unarmed (neighbour: Attack): a possessor's kin, people who left the force (target-kind.ts)
    ['On 5 May 2022, gunmen killed a soldier\'s wife in her home in Kaduna (Kaduna).', 'Attack', 'attack.kill-civilians'],
    ['On 15 April 2021, militants killed the brother of a soldier in a village near Kaya.', 'Attack', 'attack.kill-civilians'],
    ['On 5 May 2022, unidentified gunmen shot dead two former Boko Haram fighters in a rehabilitation camp in Gombe (Gombe).', 'Attack', 'attack.kill-civilians'],
    ['Gunmen shot dead a retired army colonel outside his home in Peshawar on Friday.', 'Attack', 'attack.kill-civilians'],
    ['Unknown assailants shot at the house of a local police chief in Zacatecas; his wife was injured.', 'Attack', 'attack.harm-civilians'],
    ['On 9 August 2021, armed men shot at a minibus near a police station in Kirkuk, wounding three passengers.', 'Attack', 'attack.harm-civilians'],
    // Ordinary crime is no event, unless a force acted (lexicon/non-events.ts nonevent.crime, unlessForceActs: a force's raid)
    ['On 2 May 2021, a drug suspect was killed during a police raid in Caloocan, Metro Manila.', 'Attack', 'attack.killing'],
    // clash7: An abduction with a killing is an Attack
    ['On 1 May 2024, gunmen abducted a farmer in Kajuru (Kaduna) and killed him.', 'Attack', 'attack.abducted-and-killed'],
    ['On 23 October 2024, militants kidnapped and shot dead a shopkeeper in Bannu (Khyber Pakhtunkhwa).', 'Attack', 'attack.abducted-and-killed'],
    ['On 23 February 2024, bandits abducted a farmer in Kankara (Katsina) and shot him dead.', 'Attack', 'attack.abducted-and-shot-dead'],
    // A force told as an owner is no party (hit-readings.ts dropOwners)
    ['On 14 April 2024, gunmen attacked the house of a police officer in Orlu (Imo) and killed his two sons.', 'Attack', 'attack.kill-civilians'],
    // An ambush on civilians is an attack; on a force, a clash
    ['On 12 December 2024, unknown gunmen ambushed a passenger vehicle on the Juba-Nimule road, killing three civilians.', 'Attack', 'attack.ambush-on-civilians'],
    // world23: a commercial vehicle, a minibus or a taxi carries civilians or their goods (event-cues.ts CIVILIAN).
    ['Unknown gunmen ambushed a commercial truck near Dorno on Tuesday, killing the driver and looting goods.', 'Attack', 'attack.ambush-on-civilians'],
    ['Gunmen ambushed a minibus near Dorno on Tuesday, killing four commuters.', 'Attack', 'attack.ambush-on-civilians'],
    // world23: an occupying state's settlers are a side of their own, no crowd: their stones at farmers are an Attack.
    ['On 1 May 2024, Israeli settlers attacked Palestinian farmers with stones near Nablus, injuring two.', 'Attack', 'attack.on-civilians'],
    // The attack's own object decides, not a force named elsewhere (clash.militants-attack-forces reads the patient)
    ['On 4 June 2024, militants attacked a shopkeeper near an army camp in Poonch (Jammu and Kashmir).', 'Attack', 'attack.noun'],
    ['On 30 September 2024, military troops raided a village in Myinmu (Sagaing) and killed five villagers suspected of supporting the PDF.', 'Attack', 'attack.kill-civilians'],
    // Community and self-defence forces are armed sides; a people word that begins a force's name is part of it
    ['On 25 November 2024, gunmen opened fire on a passenger convoy in Kurram (Khyber Pakhtunkhwa), killing 42 people.', 'Attack', 'attack.kill-civilians'],
    // gap7: A participle after a comma has the subject of the act it follows (act-agents.ts participleHead)
    ['On 11 August 2024, police fired live rounds at a crowd of mourners in Mandalay, killing two.', 'Attack', 'attack.killing'],
    // strat7: …not when people are hurt: looting beside harm is violence against civilians (loot.* rules leave it)
    ['On 4 June 2023, bandits looted shops in Gusau market (Zamfara) and wounded two traders.', 'Attack', 'attack.harm-civilians'],
    ['Gunmen looted the village of Ungwan Rimi in Kaduna state on Tuesday, leaving several residents injured, police said.', 'Attack', 'attack.on-civilians'],
    // case8: "shot" before its object is the verb (segment/pos-repair.ts): a trailing ", residents said" names the speaker only.
    ['Soldiers shot dead two civilians at a checkpoint in Rakhine state, residents said.', 'Attack', 'attack.kill-civilians'],
    // clash8: Off duty, told after the force's noun
    ['On 3 April 2024, a policeman was shot dead by unknown gunmen while off duty in Aba (Abia). 1 fatality.', 'Attack', 'attack.kill-civilians'],
    ['On 9 May 2024, an army officer on leave was killed by gunmen at his home in Jos (Plateau). 1 fatality.', 'Attack', 'attack.kill-civilians'],
    ['On 12 June 2024, gunmen killed a police sergeant who was off duty at the time in Kisumu (Kisumu). 1 fatality.', 'Attack', 'attack.kill-civilians'],
    ['On 3 April 2024, soldiers shot dead a policeman who was off duty in Aba (Abia). 1 fatality.', 'Attack', 'attack.kill-civilians'],
    // "local" before a rank "of" a force is the force's own member (hit-readings.ts localRanks)
    ['On 4 March 2024, unidentified gunmen killed a local shopkeeper in Arvella. 1 fatality.', 'Attack', 'attack.kill-civilians'],
    // …and their violence on civilians an attack
    ['On 3 April 2024, armed robbers shot dead a trader in Onitsha (Anambra). 1 fatality.', 'Attack', 'attack.kill-civilians'],
    // world8: A camp of the displaced is civilians' (event-cues CIVILIAN), no base an armed side is engaged at
    ['NYALA (Reuters) - The paramilitary RSF attacked a displacement camp outside Nyala on Sunday, killing 12 people, aid workers said.', 'Attack', 'attack.kill-civilians'],
    // case9s: "fired against" names the target, as "fired on" does (HARM_ACT).
    ['On 4 May 2023, the army fired against refugees trying to escape from the camps in Tindouf.', 'Attack', 'attack.assault-civilians'],
    // clash9: …a later killing elsewhere is ACLED's next event, not the attack fought
    ['On 4 May 2024, gunmen attacked a village near Arvella and killed a herder. Troops later killed two of the attackers in Brennick.', 'Attack', 'attack.kill-civilians'],
    // A force's member abducted and killed is an armed side's dead; a civilian's is an Attack
    ['On 4 May 2024, militants kidnapped and shot dead a shopkeeper in Arvella.', 'Attack', 'attack.abducted-and-killed'],
    // Former combatants are civilians
    ['On 4 May 2024, unidentified gunmen killed a former FARC combatant in Arvella. 1 fatality.', 'Attack', 'attack.kill-civilians'],
    // case10x: An attack told first with its dead only as "people", then as the same attackers' assault on a force (group-mentions.ts
    // targetRevealed): one Armed clash; the same lead followed by an attack on civilians stays an Attack.
    ['On 4 May 2024, nine people were killed in an attack by rebels in Arvella. The rebels attacked a village and killed nine civilians.', 'Attack', 'attack.kill-civilians'],
    // clash10: A person identified in the same phrase as a force's or armed group's member is that member (identified-members.ts)
    ['On 4 May 2024, unknown gunmen killed a man, a former member of the Taliban, in Arvella.', 'Attack', 'attack.kill-civilians'],
    // …a civilian beside them stays an Attack
    ['On 4 May 2024, gunmen killed the brother of a constable in Arvella.', 'Attack', 'attack.killing-by-armed'],
    ['On 4 May 2024, gunmen killed a retired sergeant in Arvella.', 'Attack', 'attack.kill-civilians'],
    ['On 4 May 2024, gunmen killed a police sergeant who was off duty in Arvella.', 'Attack', 'attack.kill-civilians'],
    // A force's members wounded by an armed side (clash.wound-forces); civilians wounded stay an Attack
    ['On 4 May 2024, gunmen wounded two traders in Arvella.', 'Attack', 'attack.on-civilians'],
    // A killing's participle that describes a noun tells an earlier death when the sentence tells its own killing (non-acts.ts)
    ['On 4 May 2024, the bodies of two murdered men were found in Arvella.', 'Attack', 'attack.killing'],
    // Whom the killers took the victims for is no party: civilians mistaken for insurgents are civilians
    ['On 4 May 2024, soldiers shot dead two fishermen near Arvella, mistaking them for insurgents.', 'Attack', 'attack.killing'],
    // mob11: Rivals and opponents who kill or stab someone are a crowd; gunmen of a rival gang stay an armed side
    ['On 4 May 2024, gunmen of a rival gang shot dead a shopkeeper in Arvella. 1 fatality.', 'Attack', 'attack.kill-civilians'],
    // Someone beaten by a crowd, told by a participle (mob.beaten-by-crowd); a headline's passive with no doer names no crowd
    ['On 4 May 2024, a trader was beaten by unidentified gunmen who stormed his shop in Arvella. 1 injury.', 'Attack', 'attack.on-civilians'],
    // People named by their trade, faith or age who beat or kill are a crowd (CROWD); as who is attacked they are civilians
    ['On 4 May 2024, gunmen attacked fishermen on a lake near Arvella, killing three. 3 fatalities.', 'Attack', 'attack.killing-by-armed'],
    // "members of …" read by what follows it (members-of.ts): a community's members who act are a crowd, an armed group's that side
    ['On 4 May 2024, members of the ADF attacked a village near Arvella, killing 7 civilians. 7 fatalities.', 'Attack', 'attack.kill-civilians'],
    ['On 4 May 2024, gunmen killed three members of the community in Arvella. 3 fatalities.', 'Attack', 'attack.kill-civilians'],
    ['On 4 May 2024, members of the Kisii community were attacked near Arvella, with six injured.', 'Attack', 'attack.on-civilians'],
    // recall11: kill.v.1's troponyms (KILL): butcher, exterminate, mow down.
    ['Armed bandits butchered eleven villagers in a village near Bakura on Sunday night.', 'Attack', 'attack.kill-civilians'],
    ['A gang mowed down nine people at a market in Lae on Sunday.', 'Attack', 'attack.kill-civilians'],
    ['Rebels exterminated the residents of a hamlet near Beni.', 'Attack', 'attack.kill-civilians'],
    // attack.fired-on-civilians: a force fires its weapons at civilians' homes (the weapon between is the instrument).
    ['Militia forces fired machine guns at homes in Taiz city on Monday.', 'Attack', 'attack.fired-on-civilians'],
    ['Government-aligned forces fired machine guns at houses in a village of Hajjah province on Thursday.', 'Attack', 'attack.fired-on-civilians'],
    // clash12: An armed side picked out among the victims by "including" / "among them" (included-victims.ts); civilians, kin, the former stay civilians
    ['On 4 May 2024, gunmen killed five people, including two teachers, in Arvella.', 'Attack', 'attack.kill-civilians'],
    ['On 4 May 2024, gunmen killed five people, including the wife of a soldier, in Arvella.', 'Attack', 'attack.kill-civilians'],
    ['On 4 May 2024, gunmen killed five people, including a former soldier, in Arvella.', 'Attack', 'attack.kill-civilians'],
    // An armed side told as another conjunct of the victims (included-victims.ts coordinatedArmedParty)
    ['On 4 May 2024, bandits killed a farmer and his two sons in Arvella.', 'Attack', 'attack.kill-civilians'],
    // Defenders who resist (clash.armed-side-resisted); villagers who resist and a suspect who resists arrest are no armed side
    ['On 4 May 2024, gunmen attacked Arvella and killed three villagers who resisted.', 'Attack', 'attack.kill-civilians'],
    ['On 4 May 2024, police shot dead a suspect who resisted arrest in Arvella.', 'Attack', 'attack.killing'],
    // A force told by its unit (STATE_FORCE: brigade, battalion, regiment), paramilitaries, security agents; a fire brigade is civilian
    ['On 4 May 2024, gunmen attacked a fire brigade team in Arvella, killing two firefighters.', 'Attack', 'attack.kill-civilians'],
    // Someone stoned to death by people who are no armed side (mob.stoned-to-death); militants who stone stay an armed group's Attack
    ['On 4 May 2024, militants stoned a woman to death in Arvella for adultery.', 'Attack', 'attack.kill-civilians'],
    // nonev12: an attack told by its own verb beside the diplomatic reaction to it
    ['Talks collapsed on Monday after gunmen attacked a village, killing five farmers.', 'Attack', 'attack.kill-civilians'],
    // nonev13: Incidents kept at the same kinds of site, because someone set them off: [report, first sub-event type, the rule that types it]
    ['An attack on a chemical plant near Arvella killed three workers on Tuesday.', 'Attack', 'attack.kill-civilians'],
    // world13: Codebook: Attack is violence by an armed, organised group against unarmed civilians; the force named in a relative
    // clause's passive ("who had been red-tagged by the army") did that clause's act, and is no victim of the killing.
    ['On 7 May 2024, a farmer leader who had been red-tagged by the army was shot dead by gunmen in Arvella.', 'Attack', 'attack.kill-civilians'],
    // recall14: A threat done, told beside the act it came with.
    ['On 3 May 2024, militiamen threatened and beat farmers in Arvella.', 'Attack', 'attack.assault-civilians'],
    // acled15: Neighbours: Attack (the victims are civilians, a former member, a member's kin), Mob violence (a crowd killed someone
    // "accused of being" an armed man).
    ['On 13 June 2024, armed men killed two men in Dorno. The victims were farmers returning from their fields. 2 fatalities.', 'Attack', 'attack.kill-civilians'],
    ['On 16 June 2024, unknown gunmen killed a man in Kessa. The victim was a former member of the rebel militia. 1 fatality.', 'Attack', 'attack.kill-civilians'],
    ['On 16 June 2024, unknown gunmen killed a woman in Kessa. The victim was the wife of a police officer. 1 fatality.', 'Attack', 'attack.kill-civilians'],
    // Neighbour: Attack (passengers and armed men from a place are victims and an armed side, no crowd).
    ['On 1 July 2024, armed men from a rival tribe attacked a settlement near Kessa, killing five women and children. 5 fatalities.', 'Attack', 'attack.kill-civilians'],
    // Neighbour: Attack (no fight told, or a fight told at another place).
    ['On 5 May 2024, armed men killed two farmers in Dorno. Clashes were also reported in Arvella the same day.', 'Attack', 'attack.kill-civilians'],
    // Neighbours: Armed clash (no crowd told), Attack (the attackers named; a crowd's later act on property is another act).
    ['On 2 May 2024, a farmer was killed by gunmen in Arvella. Residents later burned the house of a suspect.', 'Attack', 'attack.kill-civilians'],
    // case16: Neighbours: a "where" clause in the past tense may be the news itself; the war's toll told alone stays a clash.
    ['Troops were deployed to Kessa, where gunmen killed five villagers on Sunday.', 'Attack', 'attack.kill-civilians'],
    // acled16: Codebook: Attack is violence by an armed, organised group on unarmed civilians; a convoy named by what it carries or whom it
    // serves is civilians' vehicles (the civilian name hides TARGET_MIL's "convoy", typing.ts longestOnly).
    ['On 4 May 2023, an unidentified armed group attacked an aid convoy near Arvella, wounding two aid workers.', 'Attack', 'attack.on-civilians'],
    ['On 4 May 2023, gunmen attacked a humanitarian convoy near Kessa and killed a driver.', 'Attack', 'attack.kill-civilians'],
    // Neighbours: Attack (the robbed are killed or hurt), Abduction (people taken).
    ['On 3 May 2023, gunmen robbed traders of their money near Kessa and shot one of them dead.', 'Attack', 'attack.kill-civilians'],
    // nonev16: Neighbours: a killing investigated but told with its own place and day is still news of it (non-events.ts
    // ownSetting); a killing told by a verb with its subject stays an Attack beside an arrest.
    ['Police are investigating the killing of a trader in Kessa on Monday.', 'Attack', '*'],
    ['Gunmen shot dead a shopkeeper in Dorno on Friday, and police later arrested two suspects.', 'Attack', '*'],
    // sides17: neighbours of the pronoun reading: the antecedent is a civilian, or no "when" clause tells one.
    ['A farmer was injured when gunmen opened fire on him in Kessa.', 'Attack', 'attack.on-civilians'],
    ['Soldiers arrested a man and beat him in Dorno.', 'Attack', 'attack.arrest-and-assault'],
    ['A soldier\'s wife was injured when gunmen shot her in Kessa.', 'Attack', '*'],
  ]);
});

describe('Abduction/forced disappearance', () => {
  typingTable('Abduction/forced disappearance', [
    // acled6: Abduction: a ransom is asked only for someone held (neighbour: Arrests)
    ['On 11 May 2021, Ambazonian separatists seized a school principal in Kumbo (Bui, North-West) and demanded a ransom.', 'Abduction/forced disappearance', 'abduction.ransom'],
    ['Bandits are holding a farmer and his two sons for ransom in Zamfara State, relatives said on Sunday.', 'Abduction/forced disappearance', 'abduction.ransom'],
    // clash7: …and with no further violence, an abduction
    ['On 7 March 2024, bandits abducted 287 pupils from a school in Kuriga (Kaduna).', 'Abduction/forced disappearance', 'abduction.kidnap'],
    // People carried off by an armed group
    ['On 15 January 2024, gunmen invaded Bwari (FCT) and whisked away a family of six.', 'Abduction/forced disappearance', 'abduction.carried-off'],
    ['On 20 May 2024, armed men whisked away a Catholic priest from his parish house in Gwagwalada (FCT).', 'Abduction/forced disappearance', 'abduction.carried-off'],
    // world8: …while a group that holds no government still abducts
    ['On 25 April 2025, BLA militants detained 3 NADRA employees at a roadblock near Panjgur (Balochistan).', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
    // dwu14: Neighbours: Other (one side hands over the dead, no exchange), Abduction (hostages seized to be exchanged: a ransom or a kidnap).
    ['Gunmen kidnapped four engineers near Kessa and demanded a ransom in exchange for their release.', 'Abduction/forced disappearance', 'abduction.kidnap'],
    // batt15b: Codebook: detentions by non-state armed groups are abductions, not arrests.
    ['Rebels captured two soldiers near Dorno on Monday.', 'Abduction/forced disappearance', 'abduction.group-captures-people'],
    // Codebook: Abduction/forced disappearance is the taking of people; a vehicle hijacked with people aboard takes them.
    ['Armed men hijacked a minibus near Arvella on Sunday and later released the passengers, police said.', 'Abduction/forced disappearance', 'abduction.vehicle-hijacked-with-people'],
    ['Gunmen hijacked a bus carrying 30 passengers near Kessa on Monday, police said.', 'Abduction/forced disappearance', 'abduction.vehicle-hijacked-with-people'],
    // fix15: Neighbours: an abduction told beside the release, a ransom, a passive abduction of the day.
    ['Gunmen abducted ten passengers near Kessa on Thursday and released two of them later, police said.', 'Abduction/forced disappearance', 'abduction.kidnap'],
    ['The hostages were freed on Sunday after a ransom was paid, relatives said.', 'Abduction/forced disappearance', 'abduction.kidnap'],
    ['A man was abducted from his home in Dorno on Monday and was released on Tuesday.', 'Abduction/forced disappearance', 'abduction.kidnap'],
    // loot15: Neighbours: Abduction/forced disappearance (people taken beside the goods), Disrupted weapons use (weapons impounded).
    ['On 3 May 2024, bandits kidnapped two farmers and rustled their cattle in Kessa.', 'Abduction/forced disappearance', 'abduction.kidnap'],
    // fix16: Codebook: Abduction/forced disappearance is the taking of people by an armed group (Arrests: by state forces); people seized
    // are taken, no goods (hit-readings.ts seizedPeople).
    ['Insurgents seized four officials from their car near Kessa on Monday, local sources said.', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
    ['Gunmen seized two aid workers from their vehicle on the road to Arvella on Tuesday.', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
    ['Militants seized a village chief and his son from their home in Dorno overnight.', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
    // acled16: Neighbours: Attack (the robbed are killed or hurt), Abduction (people taken).
    ['On 3 May 2023, gunmen abducted 12 passengers from a bus near Dorno.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  ]);
});
