import { typingTable } from '../pipeline/events/test-helpers.js';

// case15 (issue 13): CASE-style short reports of the demonstration family, weapons seized with the people carrying them, and
// places lost (ACLED codebook 2023, "Event Types and Sub-Event Types"). [report, expected first sub-event type, the rule that
// types it]: invented reports, never evaluation rows (more in test/probes/case15.jsonl).
typingTable('case15', [
  // Codebook: Violent demonstration is demonstrators engaging in violence, clashes with police among it; a reciprocal fight verb
  // makes the demonstrators fight whoever is its subject.
  ['Police clashed with protesters in Kampala on Monday.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
  ['Security forces clashed with demonstrators in Baghdad on Sunday, killing two.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
  ['Police scuffled with protesters outside parliament in Kampala.', 'Violent demonstration', 'riot.forces-clash-with-demonstrators'],
  // Neighbours: Protest with intervention and Excessive force (the force only disperses or fires), Armed clash (the force fights troops).
  ['Police fired tear gas to disperse hundreds of protesters in Lahore.', 'Protest with intervention', 'protest.dispersed'],
  ['Soldiers opened fire on unarmed protesters in Khartoum, killing four.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Troops clashed with rebels near Kessa on Sunday.', 'Armed clash', 'clash.fighting'],
  // Codebook: Disrupted weapons use covers weapons seized before use; people taken with weapons on them had them seized.
  ['Two militants were arrested with explosives in Arvella, police said.', 'Disrupted weapons use', 'disrupted.caught-with-weapons'],
  ['Police arrested a man carrying a hand grenade in Imphal on Friday.', 'Disrupted weapons use', 'disrupted.arrested-carrying-weapons'],
  ['Police thwarted a terror attack in Kessa by arresting a man carrying a suicide vest.', 'Disrupted weapons use', 'disrupted.arrested-with-vest'],
  ['Police foiled a plot to bomb a market in Arvella, recovering two suicide vests.', 'Disrupted weapons use', 'disrupted.vest-seized'],
  ['Landmines were cleared from the village of Arvella on Tuesday.', 'Disrupted weapons use', 'disrupted.explosives-cleared-passive'],
  // Neighbours: Arrests (people with no weapon named), Suicide bomb (the vest went off), Remote explosive (the device went off).
  ['Police arrested five suspected members of the gang in a raid in Dorno on Thursday.', 'Arrests', 'arrest.by-state'],
  ['A suicide bomber wearing an explosive vest blew himself up at a checkpoint in Dorno, killing three soldiers.', 'Suicide bomb', 'suicide.act'],
  ['A bus carrying passengers hit a landmine near Dorno, killing four.', 'Remote explosive/landmine/IED', 'explosive.device'],
  // Codebook: a place lost is taken by the other side: by the group named after "to", or, with no side named, from the loser.
  ['The army lost control of Kidal to the rebels on Sunday.', 'Non-state actor overtakes territory', 'territory.group-takes-from-loser'],
  ['The rebels lost control of Kidal to the army on Sunday.', 'Government regains territory', 'territory.state-takes-from-loser'],
  ['Government forces lost control of Kidal on Sunday.', 'Non-state actor overtakes territory', 'territory.state-loses-control'],
  ['The Islamic State lost control of Raqqa.', 'Government regains territory', 'territory.group-loses-control'],
  // Control imposed on a place, the national flag raised over it, a place cleansed of a group: the place is taken.
  ['The army has imposed its control over the villages east of Arvella.', 'Government regains territory', 'territory.state-takes-place'],
  ['The jihadists imposed their control over the town of Dorno on Monday.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  ['Soldiers raised the national flag over the town of Kessa on Friday.', 'Government regains territory', 'territory.state-takes-place'],
  ['The area around Arvella has been cleansed of terrorists, the army said.', 'Government regains territory', 'territory.freed-from-group'],
  // Codebook: Headquarters or base established; a "military point" is a post a force sets up.
  ['The Turkish army installed a new military point near Saraqib.', 'Headquarters or base established', 'base.established'],
  // Codebook: Protest with intervention is an attempt to disperse or suppress a peaceful protest; a force that evicts, intercepts
  // or surrounds the demonstrators or their march (lexicon/protest-readings.ts SUPPRESSING_DEMONSTRATORS) makes that attempt.
  ['Security personnel forcibly evicted the protesting farmers from the site near Kessa.', 'Protest with intervention', 'protest.dispersed'],
  ['Police intercepted the protest march at the city limits of Arvella on Monday.', 'Protest with intervention', 'protest.dispersed'],
  ['Riot police surrounded the demonstrators in the main square of Dorno.', 'Protest with intervention', 'protest.dispersed'],
  // Neighbour: Peaceful protest (the demonstrators surround a building: the verb's object is no demonstration).
  ['Protesters surrounded the parliament building in Dorno on Tuesday, chanting slogans.', 'Peaceful protest', 'protest.gathering'],
  // Codebook: Peaceful protest is coded whatever the demonstrators protest; a restrictive "that"/"which" clause telling the harm
  // their grievance's noun did is the grievance too (grievance-relatives.ts).
  ['Relatives of the victims rallied in Dorno on Friday to condemn the police firing that left three villagers dead in March.', 'Peaceful protest', 'protest.gathering'],
  ['Hundreds marched in Kessa to denounce the air strike which killed twelve civilians last week.', 'Peaceful protest', 'protest.gathering'],
  // The dead whose portraits mourners carry, and whom they refuse to bury, are their grievance (earlier-deeds.ts CARRIED_IMAGES,
  // GRIEVANCE's refusal to bury).
  ['Demonstrators in Yangon carried portraits of protesters shot dead by the security forces.', 'Peaceful protest', 'protest.gathering'],
  ['Families protested in Quetta on Sunday, refusing to bury the dead.', 'Peaceful protest', 'protest.gathering'],
  // Neighbour: Excessive force (the force fires on this protest, and the clause tells what that did).
  ['Security forces opened fire on a protest in Kessa that left two dead.', 'Excessive force against protesters', 'protest.deadly-force'],
  // Codebook: Arrests are state forces detaining people; a time adverbial that dates the suspects' earlier deed ("last week") is no
  // background to the main clause's own verb after it (mentions.ts predicateAfter).
  ['Militants who attacked a checkpoint near Arvella last week were arrested by the police on Sunday.', 'Arrests', 'arrest.by-state'],
  ['Three men who killed a soldier in Kessa last month were arrested on Sunday.', 'Arrests', 'arrest.detained'],
  // Neighbour: the background word still governs what follows it with no verb between ("amid last week's clashes").
  ['Police arrested three militants who attacked a checkpoint in Dorno last week.', 'Arrests', 'arrest.by-state'],
], '2024-05-10');
