import { typingTable } from '../pipeline/events/test-helpers.js';

// prot16 (issue 13): the protest and riot family told apart by who is violent to whom (ACLED codebook 2023, "Event Types and
// Sub-Event Types": Excessive force against protesters, peaceful demonstrators targeted with violence leading to serious or
// lethal injuries; Protest with intervention, a peaceful protest forces attempt to disperse or suppress; Violent demonstration,
// demonstrators engaging in violence; Mob violence, rioters violently interacting with others, armed actors among them, outside
// a demonstration; Arrests, detentions outside a demonstration). [report, expected first sub-event type, the rule that types
// it]: invented reports, never evaluation rows (more in test/probes/prot16.jsonl).
typingTable('prot16', [
  // A force that strikes, kicks or punches demonstrators beats them: Excessive force.
  ['Police struck demonstrators with clubs in Kessa on Friday, witnesses said.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
  ['Riot police hit protesters with batons outside parliament in Arvella on Monday.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
  ['Soldiers kicked and punched demonstrators in Dorno on Sunday, according to witnesses.', 'Excessive force against protesters', 'protest.forces-strike-demonstrators'],
  // Neighbours: the harm told as minor, or riot-control means only (Protest with intervention).
  ['Police struck demonstrators with batons and fired rubber bullets, leaving several with minor injuries.', 'Protest with intervention', 'protest.minor-injuries'],
  ['Police fired tear gas at demonstrators in Kessa on Saturday.', 'Protest with intervention', 'protest.dispersed'],
  // Demonstrators who chase off, push back or strike police are violent: Violent demonstration.
  ['Protesters chased the police away in Arvella on Monday.', 'Violent demonstration', 'riot.demonstrators-drive-off-forces'],
  ['Demonstrators pushed back a police cordon in Arvella on Friday.', 'Violent demonstration', 'riot.demonstrators-drive-off-forces'],
  ['Protesters struck a police officer with a stick in Kessa on Friday.', 'Violent demonstration', 'riot.demonstrators-strike-forces'],
  ['Demonstrators kicked and punched two policemen in Dorno.', 'Violent demonstration', 'riot.demonstrators-strike-forces'],
  // Neighbours: the force chases the demonstrators (Protest with intervention); an armed side repels a force (Armed clash).
  ['Police chased the protesters away from the square in Kessa.', 'Protest with intervention', 'protest.dispersed'],
  ['Police drove the demonstrators back with tear gas in Dorno on Monday.', 'Protest with intervention', 'protest.dispersed'],
  ['Militants repelled soldiers near Kessa, killing three.', 'Armed clash', 'clash.armed-side-repelled'],
  // A crowd that fights a force trying to evict, remove, demolish or arrest resists it: Mob violence.
  ['Street vendors clashed with municipal police in Kessa after officers tried to remove their stalls.', 'Mob violence', 'mob.crowd-resists-operation'],
  ['Residents clashed with police in Dorno when officers attempted to evict them from the market.', 'Mob violence', 'mob.crowd-resists-operation'],
  ['Villagers clashed with police in Kessa when officers tried to arrest a local chief.', 'Mob violence', 'mob.crowd-resists-arrest'],
  // Neighbours: the operation told as a noun, what the crowd rises against (protest6's reading); a protest told (against
  // evictions); no operation told: the crowd's fight with a force is a riot.
  ['Residents clashed with police in Dorno on Tuesday during the demolition of their homes.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
  ['Traders clashed with police enforcing a lockdown in Arvella on Friday.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
  ['Residents clashed with police during a protest against evictions in Dorno on Monday.', 'Violent demonstration', 'riot.protest-turns-violent'],
  ['Students clashed with police in Kessa on Monday.', 'Violent demonstration', 'riot.crowd-clashes-with-forces'],
  // A crowd that burns a suspect's house is dealing mob justice: Mob violence; neighbour: gunmen who burn one (Looting).
  ['Angry residents burned the house of a suspected kidnapper in Dorno on Tuesday.', 'Mob violence', 'mob.crowd-burns-suspects-property'],
  ['Gunmen burned the house of a suspected informer in Arvella.', 'Looting/property destruction', 'loot.raid-burns'],
  // Arrests before a protest, or after the arrested led one, are no intervention in a protest: Arrests.
  ['Protest organisers were arrested in Dorno on Tuesday, a day before the rally.', 'Arrests', 'arrest.detained'],
  ['Authorities arrested the coordinator of a farmers\' union in Arvella after he led a demonstration.', 'Arrests', 'arrest.by-state'],
  ['Police arrested three students in Dorno after they organised a sit-in at the university.', 'Arrests', 'arrest.by-state'],
  ['Police detained five activists in Kessa on the eve of a planned march.', 'Arrests', 'arrest.by-state'],
  // Neighbours: arrests as the demonstrators act (Protest with intervention).
  ['Police arrested 20 people in Kessa on Saturday after protesters blocked the road.', 'Protest with intervention', 'protest.dispersed'],
  ['Police arrested 15 protesters during a march in Kessa on Monday.', 'Protest with intervention', 'protest.dispersed'],
  // What was done to the people a demand names, told in a passive relative clause, is the grievance: Peaceful protest.
  ['Students marched in Arvella on Monday to demand the release of three classmates that were arrested during a raid on their hostel.', 'Peaceful protest', 'protest.gathering'],
  ['Relatives protested in Dorno demanding justice for two boys who were shot dead by soldiers in March.', 'Peaceful protest', 'protest.gathering'],
  // Neighbour: the main clause's own dispersal.
  ['Protesters demanding the release of detainees who were arrested last month were dispersed with tear gas in Kessa.', 'Protest with intervention', 'protest.riot-control'],
  // A bare "the mine" told as a place is a mining site (WordNet mine.n.01), no device.
  ['Protesters blocked the road to the mine in Arvella on Monday.', 'Peaceful protest', 'protest.gathering'],
  ['Workers staged a sit-in at the mine in Kessa to demand unpaid wages.', 'Peaceful protest', 'protest.gathering'],
  // Neighbours: a laid mine that goes off or is stepped on.
  ['A mine exploded under a truck near Kessa on Monday, killing two soldiers.', 'Remote explosive/landmine/IED', 'explosive.device'],
  ['A soldier stepped on a mine at the border near Dorno.', 'Remote explosive/landmine/IED', 'explosive.device'],
], '2024-05-10');
