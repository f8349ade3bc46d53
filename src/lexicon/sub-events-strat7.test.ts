import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTypeWithRule } from '../pipeline/events/test-helpers.js';

// strat7 (issue 13): the Strategic developments family and its neighbours (ACLED codebook 2023, "Event Types and Sub-Event
// Types"). The decisive cue of each, and what it is kept apart from:
//   - Change to group/activity: an armed side changes itself or how it acts, with no violence told: recruits or arms people,
//     names a new leader, lays a curfew, lockdown, ban or stay-at-home order on people, hands in its weapons, moves troops
//     (neighbours: Attack / Armed clash, when violence is told; Abduction, forced recruitment; Agreement, fighters surrender).
//   - Headquarters or base established: a group sets up a base, or makes a building its base (neighbour: the strike on it;
//     Looting, a house taken "to use as a base" is taken, not yet a base).
//   - Agreement: sides agree to, sign or reach a ceasefire, pause, deal or accord (neighbours: Abduction, the hostages a deal
//     frees; Armed clash, the fighting a deal is "to end").
//   - Looting/property destruction: property looted, burnt, razed or taken, people evicted, no one harmed (neighbours: Attack,
//     people harmed; Mob violence, a crowd does it).
//   - Disrupted weapons use: weapons or explosives found, seized, defused, cleared or destroyed before use, missiles, drones
//     and jets intercepted or downed (neighbours: the remote-violence sub-types, the weapon went off; Arrests).
//   - Other: a coup (over the arrest of its leader), displacement, communications cut.
// [report, expected first sub-event type, the rule that types it]: one line a case, invented reports in ACLED-note and wire
// styles from Nigeria, Cameroon, Sudan, Somalia, Kenya, India, Pakistan, Iraq, Ukraine, Israel/Palestine, Brazil and elsewhere,
// never evaluation rows.
const CASES: Array<[string, string, string]> = [
  // Change to group/activity
  ["On 12 March 2023, ISWAP launched a recruitment drive in villages around Monguno (Borno), offering cash to young men who join the group.", "Change to group/activity", "change.recruitment"],
  ["On 2 June 2022, two factions of the Ambazonia separatist movement announced their merger into a single armed group in Bamenda (North-West).", "Change to group/activity", "change.deployment-by-force"],
  ["On 18 August 2023, the Tehreek-e-Taliban Pakistan named a new deputy leader after the death of its commander, the group said in a statement.", "Change to group/activity", "change.leadership"],
  ["On 9 January 2024, some 200 fighters of a local militia handed over their weapons to the army in Bangassou (Mbomou) as part of the disarmament programme.", "Change to group/activity", "change.arms-handover"],
  ["On 21 April 2023, Al-Shabaab imposed a curfew on residents of Jilib (Middle Juba), banning movement after dark.", "Change to group/activity", "change.group-restricts"],
  ["On 5 October 2022, separatist fighters imposed a two-week lockdown on Kumba (South-West), ordering all shops and schools to close.", "Change to group/activity", "change.group-restricts"],
  ["On 14 February 2023, JNIM militants banned the sale of cigarettes and music in markets around Djibo and ordered women to wear veils.", "Change to group/activity", "change.group-restricts"],
  ["On 3 July 2023, the Indian Army deployed additional troops to Moreh (Tengnoupal, Manipur) following tensions along the border.", "Change to group/activity", "change.deployment-by-force"],
  ["On 11 November 2022, a new armed group calling itself the Popular Defence Front announced its formation in South Darfur.", "Change to group/activity", "change.group"],
  ["On 30 May 2023, the Rapid Support Forces appointed a new commander for its troops in Nyala (South Darfur).", "Change to group/activity", "change.deployment-by-force"],
  ["On 7 September 2023, Wagner Group fighters withdrew from their positions in Bakhmut and relocated to bases in Luhansk region.", "Change to group/activity", "change.deployment-by-force"],
  ["On 16 March 2022, Kataib Hezbollah announced that it was suspending its operations against US forces in Iraq.", "Change to group/activity", "change.group"],
  ["On 1 February 2024, Sudanese Armed Forces began arming civilians and recruiting volunteers in Kassala under a popular mobilisation campaign.", "Change to group/activity", "change.recruitment"],
  ["On 8 June 2023, the Maoists dissolved their local area committee in Bijapur district (Chhattisgarh), according to a statement.", "Change to group/activity", "change.group"],
  ["On 7 May 2023, the Indian Army and Assam Rifles moved additional columns into Churachandpur district (Manipur) to restore order.", "Change to group/activity", "change.forces-sent"],
  ["The Eastern Security Network was formed by IPOB in December 2020, the group announced in a statement.", "Change to group/activity", "change.deployment-by-force"],
  ["On 9 August 2021, IPOB declared a sit-at-home order across the South-East every Monday until the release of its leader.", "Change to group/activity", "change.group-restricts"],
  ["On 1 October 2022, Ambazonian separatists imposed a ghost town on Bamenda (Mezam, North-West) ahead of independence day.", "Change to group/activity", "change.group-restricts"],
  // …security measures and shows of force (neighbour: Peaceful protest, a road shut by traders)
  ["On 3 May 2023, the Pakistani army closed the Torkham border crossing after tensions with Afghan forces.", "Change to group/activity", "change.force-closes-crossing"],
  ["On 3 May 2023, heavily armed Wagner fighters paraded through the streets of Bangui.", "Change to group/activity", "change.force-posture"],
  ["On 3 May 2023, Houthi forces erected earth barriers on the road between Taiz and Aden.", "Change to group/activity", "change.force-posture"],
  ["On 3 May 2023, the RSF stationed dozens of combat vehicles around the airport in El Fasher (North Darfur).", "Change to group/activity", "change.force-posture"],
  ["Traders shut the main road in Kisumu on Monday in protest against new market fees.", "Peaceful protest", "protest.gathering"],
  // …the fight that prompted a move is its cause (movement-causes.ts), unless it tells casualties
  ["On 3 May 2023, the Nigerian army deployed troops to Mangu (Plateau) after clashes between Fulani and Mwaghavul youths.", "Change to group/activity", "change.deployment-by-force"],
  ["On 5 May 2023, Russian forces sent reinforcements to the frontline near Bakhmut (Donetsk) after heavy fighting.", "Change to group/activity", "change.forces-sent"],
  ["On 7 June 2023, RSF reinforcements arrived in El Geneina (West Darfur) following clashes with Masalit militias the day before.", "Change to group/activity", "change.deployment-by-force"],
  ["On 7 June 2023, troops were deployed to Kuki villages in Churachandpur (Manipur) after clashes killed five people.", "Armed clash", "clash.fighting"],
  // Headquarters or base established
  ["On 4 May 2023, Boko Haram fighters set up a new camp in the Sambisa forest near Bama (Borno), residents said.", "Headquarters or base established", "base.established"],
  ["On 19 August 2022, the Russian army established a military base in the outskirts of Melitopol (Zaporizhzhia).", "Headquarters or base established", "base.established"],
  ["On 27 January 2023, Al-Shabaab militants established a base in the village of Ceel Dheere after government troops left.", "Headquarters or base established", "base.established"],
  ["On 10 March 2024, RSF fighters turned a hospital in El Geneina (West Darfur) into their headquarters.", "Headquarters or base established", "base.building-used"],
  ["On 15 June 2023, Ambazonian fighters opened a new training camp in the bush near Batibo (North-West), local sources said.", "Headquarters or base established", "base.established-presence"],
  ["Bandits have set up camps in forests near Zurmi in Zamfara state, from where they raid villages, residents told reporters on Monday.", "Headquarters or base established", "base.established"],
  ["On 18 February 2023, ISWAP fighters used a primary school in Malam Fatori (Borno) as their base.", "Headquarters or base established", "base.building-used"],
  // Agreement
  ["Kenyan police said on Tuesday that about 40 members of the Mungiki sect had renounced violence and surrendered their arms in Murang'a county.", "Agreement", "agreement.agreed"],
  ["On 6 April 2023, the Nigerian government and the Niger Delta militants signed a peace agreement in Yenagoa (Bayelsa).", "Agreement", "agreement.signed"],
  ["On 20 May 2023, the Sudanese army and the RSF signed a seven-day ceasefire in Jeddah, brokered by Saudi Arabia and the US.", "Agreement", "agreement.signed"],
  ["On 3 January 2024, Ukraine and Russia exchanged 230 prisoners of war near the Belarus border.", "Agreement", "agreement.prisoners-exchanged"],
  ["Elders of the Pokot and Turkana communities agreed to a truce on Saturday in Kapedo (Turkana) after months of cattle raids.", "Agreement", "agreement.pact-agreed"], // dwu10: the raids that led to the truce are its cause (deal-causes.ts)
  ["On 11 July 2023, the Pakistani government and the Baloch tribal elders reached an agreement to reopen the Chaman border crossing after talks in Quetta.", "Agreement", "agreement.reached"],
  ["On 2 December 2023, the two sides agreed to a four-day humanitarian pause in Gaza to allow the release of hostages.", "Agreement", "agreement.pact-agreed"],
  ["Iraqi Kurdish and federal forces reached a deal on Thursday on the joint administration of Sinjar (Nineveh).", "Agreement", "agreement.reached"],
  ["On 14 June 2023, Fulani and Tiv community leaders signed a peace accord in Makurdi (Benue) to end clashes over farmland.", "Agreement", "agreement.signed"],
  // Looting/property destruction
  ["On 8 May 2023, suspected Kuki militants torched 15 houses in Sugnu (Kakching, Manipur). No casualties were reported.", "Looting/property destruction", "loot.looting"],
  ["On 14 September 2022, RSF soldiers looted shops and vehicles in the main market of Geneina (West Darfur).", "Looting/property destruction", "loot.looting"],
  ["On 2 March 2023, bandits rustled more than 300 cattle from herders in Kankara (Katsina).", "Looting/property destruction", "loot.seized-goods"],
  ["On 19 June 2023, separatist fighters burned down a government school in Bali (Mezam, North-West). Nobody was hurt.", "Looting/property destruction", "loot.demolished"],
  ["On 25 July 2022, unknown men destroyed a telecommunications mast in Gamboru (Borno).", "Looting/property destruction", "loot.stolen"],
  ["On 10 October 2023, Israeli forces demolished two Palestinian homes in Hebron, saying they lacked building permits.", "Looting/property destruction", "loot.demolished"],
  ["On 3 August 2023, Houthi forces confiscated the house of a businessman in Sanaa and turned it over to a loyalist.", "Looting/property destruction", "loot.property-seized"],
  ["On 17 April 2023, militiamen set fire to farmland and granaries in Tawila (North Darfur).", "Looting/property destruction", "loot.looting"],
  ["On 12 January 2024, Al-Shabaab militants seized a truck loaded with food aid near Beledweyne (Hiraan).", "Looting/property destruction", "loot.seized-goods"],
  ["On 29 November 2022, suspected IPOB members set ablaze the office of the electoral commission in Orlu (Imo). No one was injured.", "Looting/property destruction", "loot.looting"],
  ["On 5 June 2023, garimpeiros destroyed the medical post of a Yanomami community in Roraima, Brazil.", "Looting/property destruction", "loot.stolen"],
  ["On 4 February 2024, gunmen vandalised a power substation in Bannu (Khyber Pakhtunkhwa), cutting electricity to the district.", "Looting/property destruction", "loot.looting"],
  ["On 6 March 2023, gunmen attacked Kwall village (Bassa, Plateau) and set several houses on fire. No one was hurt.", "Looting/property destruction", "loot.raid-sets-on-fire"],
  ["On 21 August 2023, armed men raided a Fulani settlement near Bokkos (Plateau) and made off with 150 cows.", "Looting/property destruction", "loot.seized-goods"],
  ["On 2 May 2023, Houthi forces evicted a family from their home in Sanaa and seized the house.", "Looting/property destruction", "loot.evicted-from-property"],
  ["On 11 September 2023, RSF fighters occupied and plundered homes in Bahri (Khartoum) after residents fled.", "Looting/property destruction", "loot.looting"],
  // …not when people are hurt: looting beside harm is violence against civilians (loot.* rules leave it)
  ["On 4 June 2023, bandits looted shops in Gusau market (Zamfara) and wounded two traders.", "Attack", "attack.harm-civilians"],
  ["Gunmen looted the village of Ungwan Rimi in Kaduna state on Tuesday, leaving several residents injured, police said.", "Attack", "attack.on-civilians"],
  // Disrupted weapons use
  ["On 6 May 2023, the Pakistani bomb disposal squad defused an IED planted near a police station in Dera Ismail Khan.", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 14 March 2023, troops recovered a weapons cache including 12 AK-47 rifles and 2,000 rounds of ammunition in Kalabalge (Borno).", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 29 December 2023, Ukrainian air defence intercepted 27 Shahed drones over Kyiv region.", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 22 October 2023, Israeli forces shot down a rocket fired from Gaza towards Ashkelon.", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 9 July 2023, the security forces carried out a controlled detonation of a car bomb found near Kirkuk.", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 1 August 2022, Indian troops seized arms and explosives from a militant hideout in Poonch district (Jammu and Kashmir).", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 17 November 2023, police recovered two hand grenades and a pistol from an abandoned house in Imphal West (Manipur).", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 3 March 2024, deminers cleared 40 landmines from farmland near Izium (Kharkiv).", "Disrupted weapons use", "disrupted.weapons-cleared"],
  ["On 15 February 2023, Cameroonian soldiers dismantled an improvised explosive device on the road to Kumbo (Bui, North-West).", "Disrupted weapons use", "disrupted.device-foiled"],
  ["On 20 September 2023, Kenyan police found and safely detonated an explosive device buried on the Mandera-Elwak road.", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 7 April 2023, Iraqi counter-terrorism forces destroyed a stockpile of explosives belonging to Islamic State in the Hamrin mountains.", "Disrupted weapons use", "disrupted.weapons-cleared"],
  ["On 30 August 2023, Russia said its air defences downed two Ukrainian drones approaching Moscow.", "Disrupted weapons use", "disrupted.weapons-seized"],
  ["On 14 May 2023, Ukrainian forces shot down a Russian Su-34 fighter jet over Bryansk region.", "Disrupted weapons use", "disrupted.intercepted"],
  ["On 5 January 2024, the Iraqi army found and dismantled an explosives-laden vehicle in Tarmiyah (Baghdad).", "Disrupted weapons use", "disrupted.device-foiled"],
  ["A roadside bomb planted by suspected Maoists was defused by CRPF personnel on the Dantewada-Sukma road on Saturday.", "Disrupted weapons use", "disrupted.defused"],
  ["On 12 November 2023, Sudanese army engineers removed unexploded shells from a residential area in Omdurman.", "Disrupted weapons use", "disrupted.explosives-cleared"],
  ["Security forces foiled a terror bid by recovering an IED on the Srinagar-Jammu highway in Pulwama on Sunday.", "Disrupted weapons use", "disrupted.weapons-seized"], // case9s: the seizing verb told after "foiled" is read too; its object, the device, is what was disrupted.
  ["Sappers removed a landmine planted on the road to Kostiantynivka (Donetsk) on 4 July 2023.", "Disrupted weapons use", "disrupted.weapons-cleared"],
  ["The army foiled an infiltration bid along the Line of Control in Kupwara on Tuesday, killing two militants.", "Armed clash", "clash.kill-forces"],
  // Other
  ["On 26 July 2023, members of the presidential guard detained President Bazoum and announced a coup in Niamey.", "Other", "other.coup-detains"],
  ["On 13 May 2023, a mass grave containing 87 bodies was discovered near Geneina (West Darfur).", "Other", "other.mass-grave"],
  ["On 4 April 2023, thousands of residents fled Tawila (North Darfur) fearing attacks, according to OCHA.", "Other", "other.people-fled"],
  ["On 5 August 2019, authorities cut internet and mobile services across Jammu and Kashmir.", "Other", "other.media-silenced"],
  // Shelling/artillery/missile attack
  ["On 10 October 2022, Russian forces launched a massive missile strike on Kyiv, hitting energy facilities.", "Shelling/artillery/missile attack", "shell.rocket-harm"],
  ["On 2 May 2023, the Sudanese army launched artillery attacks on RSF positions in Omdurman.", "Shelling/artillery/missile attack", "shell.artillery"],
  ["On 11 April 2024, Hezbollah launched a barrage of rockets at northern Israel. No injuries were reported.", "Shelling/artillery/missile attack", "shell.rocket-harm"],
  ["On 19 June 2023, Russian forces shelled Kherson city, damaging several houses. No casualties were reported.", "Shelling/artillery/missile attack", "shell.artillery"],
  ["On 23 May 2023, the RSF fired artillery shells at residential areas of El Obeid (North Kordofan), destroying several houses.", "Shelling/artillery/missile attack", "shell.artillery"],
  ["On 9 March 2023, Russia launched 81 missiles at Ukrainian cities, hitting power plants in Kharkiv and Odesa.", "Shelling/artillery/missile attack", "shell.rocket-harm"],
];

// Non-events: a plan, a drill, a tally, a threat, a proposal, a published video (no one "released").
const NONE: string[] = [
  'Police foiled an escape bid by inmates at the Kuje prison.',
  "The army said on Monday it plans to deploy more troops to Zamfara state next month.",
  "Indian and Pakistani troops held joint military drills near the border on Thursday.",
  "Since January, bandits have burned more than 200 houses across Zamfara state, according to a tally by Amnesty International.",
  "Al-Shabaab threatened to attack any town that hosts Kenyan troops, in a statement released on Tuesday.",
  "The government said it was considering a ceasefire proposal put forward by the African Union.",
  "Boko Haram released a video on Sunday showing fighters training in the forest.",
  "Police urged residents to report suspicious objects, saying militants might plant explosives during the festival.",
];

const firstWithRule = (text: string) => firstTypeWithRule(text, '2023-12-01');

for (const [text, expected, rule] of CASES) {
  test(`strat7 ${rule}: ${text}`, () => assert.equal(firstWithRule(text), `${expected} / ${rule}`));
}
for (const text of NONE) test(`strat7 no event: ${text}`, () => assert.equal(firstWithRule(text), 'none'));
