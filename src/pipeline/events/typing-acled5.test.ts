import { typingTable } from './test-helpers.js';

// acled5 (issue 13): the type follows from who acts on whom (ACLED codebook 2023, "Event Types and Sub-Event Types",
// and the inter codes): an organised armed group on another (Battles: Armed clash), on unarmed civilians (Violence
// against civilians: Attack), a crowd without organisation (Riots: Mob violence), a group or force changing how it acts
// (Strategic developments: Change to group/activity). [report, expected first sub-event type, the rule that types it]:
// one line a case, invented reports in ACLED-note and wire styles from many countries, never evaluation rows. Read
// whole (claims too: "a man accused of theft" names no speaker, lexicon/attribution-cues.ts NOT_CUE_PAIRS).
const CASES: Array<[string, string, string]> = [
  // Mob violence: a crowd (residents, traders, supporters, inmates, fans) acts, outside a demonstration
  ['On 12 March 2021, in Kaduna South, residents beat a suspected kidnapper to death after catching him near a school.', 'Mob violence', 'mob.crowd-beats-anyone'],
  ['A mob set upon two men accused of stealing a motorcycle in Kisumu on Tuesday, killing one of them, police said.', 'Mob violence', 'mob.violence'],
  ['On 3 June 2022, in Dhaka\'s Mirpur area, supporters of two rival student factions clashed with sticks and bricks, injuring 15 people.', 'Mob violence', 'mob.clash-crude-weapons'],
  ['Villagers in Rangpur district attacked a family with machetes over a land dispute on Sunday, leaving three people injured.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 8 August 2021, in Port-au-Prince, an angry crowd lynched a man suspected of belonging to a gang.', 'Mob violence', 'mob.violence'],
  ['Traders and motorbike taxi drivers clashed at the central market in Goma on Monday, leaving several people hurt.', 'Mob violence', 'mob.crowd-clashes'],
  ['On 14 January 2022, inmates at the central prison in Cap-Haitien rioted and set mattresses on fire; two guards were injured.', 'Mob violence', 'mob.prison-riot'],
  ['Residents of two neighbouring villages fought each other with stones and machetes over grazing land in Nakuru County, local media reported.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 2 May 2021, in Uttar Pradesh, a group of villagers assaulted a health worker whom they accused of spreading disease.', 'Mob violence', 'mob.crowd-attacks'],
  ['Party supporters attacked a rival candidate\'s convoy with stones and sticks in Lusaka on Saturday, injuring four people.', 'Mob violence', 'mob.crowd-attacks'],
  ['A group of youths beat a police officer who tried to stop a street fight in Abidjan\'s Yopougon district.', 'Mob violence', 'mob.crowd-assaults'],
  ['On 19 September 2021, in Tegucigalpa, neighbours attacked two suspected thieves and handed them over to police badly injured.', 'Mob violence', 'mob.crowd-attacks'],
  ['Football fans clashed with each other outside the stadium in Cairo after the match, injuring at least ten people.', 'Mob violence', 'mob.crowd-clashes'],  // case7: read as a fight among itself (allied-sides.ts reciprocalAfter)
  // Mob violence: more crowds, and the words ("accused of") that name no speaker
  ['On 6 May 2021, in Hyderabad, relatives of a patient who died attacked doctors and nurses at a government hospital.', 'Mob violence', 'mob.crowd-kills'],
  ['A group of people killed a man accused of witchcraft in a village in Kasese district on Sunday, police said.', 'Mob violence', 'mob.crowd-kills'],
  ['On 11 June 2021, students of two rival colleges clashed with sticks and stones in Peshawar, injuring 12.', 'Mob violence', 'mob.clash-crude-weapons'],
  ['On 22 July 2022, community members set ablaze the house of a suspected rapist in Ogun State.', 'Mob violence', 'mob.crowd-burns'],
  ['An angry group of residents attacked a police station in Kasai-Central after a man died in custody, freeing detainees.', 'Mob violence', 'mob.crowd-attacks'],
  ['Members of two communities clashed with stones and sticks in Bhadrak town on Monday, leaving 20 people injured.', 'Mob violence', 'mob.clash-crude-weapons'],
  // Two sides of one fight: organised armed sides (Battles) against crowds with sticks and stones (Riots)
  ['On 12 May 2021, two clans clashed over grazing land near Beledweyne, killing five clan militiamen.', 'Armed clash', 'clash.fighting'],
  ['A gang member was shot dead by members of a rival gang in Port-au-Prince\'s Martissant area on Tuesday.', 'Armed clash', 'clash.kill-forces'],
  ['On 3 March 2022, separatist insurgents shot dead two army rangers in Narathiwat province.', 'Armed clash', 'clash.kill-forces'],
  ['Two factions of the militant group fought each other near Jilib on Sunday, leaving eight fighters dead.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 9 August 2021, insurgents attacked soldiers guarding a bridge in Cabo Delgado, killing three of them.', 'Armed clash', 'clash.militants-attack-forces'],
  ['Suspected gang members killed a police officer during a shootout in Escuintla on Monday.', 'Armed clash', 'clash.fighting'],
  ['On 4 June 2021, members of two families clashed with sticks and stones over a land boundary in Punjab, injuring eight people.', 'Mob violence', 'mob.clash-crude-weapons'],
  ['Two groups of youths fought each other with knives in the town centre on Saturday night, leaving one dead.', 'Mob violence', 'mob.crowd-attacks'],
  ['On 2 July 2022, a crowd attacked a woman accused of witchcraft in a village in Tanzania and burned her house.', 'Mob violence', 'mob.crowd-attacks'],
  // Armed clash: organised armed sides engage each other, or one fires on the other's forces or posts
  ['On 12 March 2021, in Zamfara State, soldiers engaged bandits in a gun battle near Gusau, killing six of the bandits.', 'Armed clash', 'clash.fighting'],
  ['Gunmen opened fire on a police checkpoint in Balochistan\'s Turbat district on Monday, wounding two policemen.', 'Armed clash', 'clash.fire-on-forces'],
  ['On 3 June 2022, al-Shabaab militants attacked an army base in Lower Shabelle; the soldiers repelled the assault.', 'Armed clash', 'clash.militants-attack-forces'],
  ['Fighters of two rival militias clashed in Tripoli\'s southern suburbs overnight, leaving four fighters dead.', 'Armed clash', 'clash.fighting'],
  // (clash7) The fight verb's coordinated subject is both armed sides (fight-sides.ts): read from 'fought' itself.
  ['On 20 October 2021, Fulani militiamen and Dogon hunters fought for hours near Bankass, and several fighters were killed on both sides.', 'Armed clash', 'clash.attack-on-forces'],
  ['On 7 July 2022, in Norte de Santander, ELN guerrillas ambushed an army patrol, killing two soldiers.', 'Armed clash', 'clash.fighting'],
  ['Members of two rival gangs exchanged fire in Cite Soleil on Thursday, leaving three gang members dead.', 'Armed clash', 'clash.fighting'],
  ['On 1 February 2022, in North Kivu, ADF rebels attacked FARDC positions near Beni and the troops fought back.', 'Armed clash', 'clash.militants-attack-forces'],
  ['Taliban fighters attacked a security post in Kunduz province overnight, killing four policemen, officials said.', 'Armed clash', 'clash.militants-attack-forces'],
  ['On 9 November 2021, in Sagaing Region, a local People\'s Defence Force unit attacked a military column, killing several soldiers.', 'Armed clash', 'clash.militants-attack-forces'],
  ['Soldiers killed a senior militant commander during an operation in North Waziristan on Tuesday, the army said.', 'Armed clash', 'clash.kill-forces'],
  ['On 4 April 2022, police killed two suspected gang members in a shootout in Rio de Janeiro\'s Maré favela.', 'Armed clash', 'clash.fighting'],
  ['Armed assailants attacked a military convoy near Menaka on Friday, and the soldiers returned fire.', 'Armed clash', 'clash.fighting'],
  // Attack: an organised armed group (or a force) on unarmed civilians
  ['On 12 March 2021, in Plateau State, gunmen attacked a village near Bokkos, killing 11 villagers.', 'Attack', 'attack.kill-civilians'],
  ['Al-Shabaab militants shot dead two civilians they accused of spying for the government in Hiraan region on Monday.', 'Attack', 'attack.kill-civilians'],
  ['On 3 June 2022, soldiers shot and killed a farmer at his home in Ituri province, residents said.', 'Attack', 'attack.kill-civilians'],
  ['Unidentified armed men killed a teacher on his way to school in Cauca department on Wednesday.', 'Attack', 'attack.kill-civilians'],
  ['On 20 October 2021, police beat a street vendor to death in Harare, witnesses said.', 'Attack', 'attack.killing'],
  ['Gunmen on a motorcycle shot dead a journalist outside his house in Sindh on Sunday.', 'Attack', 'attack.kill-civilians'],
  ['On 7 July 2022, militia fighters burned homes and killed four women in a village in Tigray, aid workers reported.', 'Attack', 'attack.kill-civilians'],
  ['An off-duty police officer was shot dead by unknown gunmen at a bar in Mindanao on Saturday.', 'Attack', 'attack.kill-civilians'],
  ['Jihadists executed three villagers accused of collaborating with the army near Djibo on Thursday.', 'Attack', 'attack.kill-civilians'],
  ['On 9 November 2021, security forces fired on a car at a checkpoint in Kandahar, killing its driver.', 'Attack', 'attack.kill-civilians'],
  ['A former rebel in the reintegration programme was shot dead by unidentified gunmen in Meta department.', 'Attack', 'attack.kill-civilians'],
  // Attack vs Armed clash: the object's own head decides, not a force or post named beside it
  ['On 6 May 2021, gunmen opened fire on a minibus near a military checkpoint in Kirkuk, killing four passengers.', 'Attack', 'attack.kill-civilians'],
  ['On 11 June 2021, soldiers fired at a car that failed to stop at a checkpoint in Ituri, killing two civilians.', 'Attack', 'attack.kill-civilians'],
  ['Unknown assailants shot at the house of a local police chief in Zacatecas; his wife was injured.', 'Attack', 'attack.harm-civilians'],
  ['On 22 July 2022, Islamic State militants killed a shepherd near an army post in the Badia desert.', 'Attack', 'attack.killing-by-armed'],
  ['Gunmen killed a village chief and his son in Tillaberi region on Wednesday, local sources said.', 'Attack', 'attack.kill-civilians'],
  ['On 30 March 2022, police shot dead a motorcyclist who refused to stop at a roadblock in Kampala.', 'Attack', 'attack.killing'],
  ['Militants attacked a police patrol in Dera Ismail Khan on Thursday, killing two constables.', 'Armed clash', 'clash.militants-attack-forces'],
  // Attack vs Armed clash: civilians by office or role
  ['On 4 March 2022, armed men shot dead a local government official outside his home in Tillaberi region.', 'Attack', 'attack.kill-civilians'],
  ['Unidentified armed men killed a suspected police informant in Mogadishu\'s Daynile district on Friday.', 'Attack', 'attack.kill-civilians'],
  ['On 15 April 2021, unknown men killed the brother of a soldier in a village near Kaya.', 'Attack', 'attack.kill-civilians'],
  ['Gunmen killed a village chief and two of his guards in Zamfara State on Monday, residents said.', 'Attack', 'attack.kill-civilians'],
  ['On 8 October 2021, armed men attacked a police patrol near Tumaco and killed two officers.', 'Armed clash', 'clash.attack-on-forces'],
  // Near neighbours
  ['On 12 March 2021, in Borno, Boko Haram fighters attacked a displacement camp and killed three residents.', 'Attack', 'attack.kill-civilians'],
  ['Residents attacked a military patrol with stones in Kasai province after a soldier shot a motorcyclist, local sources said.', 'Mob violence', 'mob.crowd-attacks'],
  ['Hema and Lendu militias clashed near Djugu on Monday, leaving nine militiamen dead.', 'Armed clash', 'clash.fighting'],
  ['On 20 October 2021, Fulani gunmen attacked farmers in their fields in Benue State, killing seven.', 'Attack', 'attack.kill-civilians'],
  ['On 7 July 2022, in Bihar, a mob attacked a police team that had come to arrest a suspect, injuring three officers.', 'Mob violence', 'mob.violence'],
  ['Soldiers beat residents of a village in Sagaing Region during a search operation on Friday, residents said.', 'Attack', 'attack.assault-civilians'],
  ['On 1 February 2022, in Ouham, CPC rebels attacked a village held by Wagner-backed troops, and fighting lasted several hours.', 'Armed clash', 'clash.fighting'],
  // Change to group/activity: a group or force changes how it acts, with no violence
  ['On 12 March 2021, the army deployed 2,000 additional troops to Cabo Delgado province.', 'Change to group/activity', 'change.deployment-by-force'],
  ['A new armed group calling itself the Liberation Front announced its formation in North Kivu on Monday.', 'Change to group/activity', 'change.group'],
  ['On 3 June 2022, two jihadist factions in Idlib announced their merger into a single group.', 'Change to group/activity', 'change.deployment'],
  ['The president appointed a new army chief of staff on Tuesday after sacking the previous commander.', 'Change to group/activity', 'change.leadership'],
  ['On 20 October 2021, al-Shabaab imposed a curfew on residents of Jilib and banned mobile phones.', 'Change to group/activity', 'change.group-restricts'],
  ['Hundreds of Houthi fighters were reported moving towards Marib on Thursday, local sources said.', 'Change to group/activity', 'change.forces-sent'],
  ['On 7 July 2022, a militia commander and 40 of his fighters defected to the government side in Upper Nile.', 'Change to group/activity', 'change.deployment-by-force'],
  ['The militia began recruiting young men in villages around Djugu, residents said.', 'Change to group/activity', 'change.recruitment'],
  ['Security forces imposed a curfew in Jos after tensions rose on Sunday.', 'Change to group/activity', 'change.group-restricts'],
  // Change to group/activity: armed groups' activities outside fighting (aid, food, curfews, checkpoints)
  ['On 18 April 2020, members of a drug cartel distributed boxes of groceries to residents of several neighbourhoods in Culiacan.', 'Change to group/activity', 'change.group-hands-out'],
  ['Gang members handed out food parcels and face masks to families in a favela in Rio de Janeiro on Saturday.', 'Change to group/activity', 'change.group-hands-out'],
  ['On 2 April 2020, the Taliban launched an awareness campaign in Laghman and distributed soap and masks to villagers.', 'Change to group/activity', 'change.group-hands-out'],
  ['On 25 April 2020, a criminal group imposed a curfew on residents of a neighbourhood in Medellin and threatened those who broke it.', 'Change to group/activity', 'change.group-restricts'],
  ['Community police in Guerrero set up checkpoints at the entrances of their towns to stop outsiders on Sunday.', 'Change to group/activity', 'change.deployment-by-force'],
  ['On 20 April 2020, the Gulf Cartel handed out food parcels to families in Reynosa, Tamaulipas, local media reported.', 'Change to group/activity', 'change.deployment-by-force'],
  ['Soldiers distributed food and medicine to displaced families in Cabo Delgado on Thursday.', 'Change to group/activity', 'change.deployment-by-force'],
  ['On 14 May 2020, the Sinaloa Cartel delivered boxes of food and face masks to elderly residents in Culiacan.', 'Change to group/activity', 'change.group-hands-out'],
  ['On 10 May 2020, gang members shot dead a man who was distributing food in a market in Port-au-Prince.', 'Attack', 'attack.kill-civilians'],
  // A crowd that fights with no one else named fights among itself, when its own words name the sides (act-agents.ts)
  ['On 2 June 2021, a group of people clashed over the distribution of food aid in Maracaibo; several were injured.', 'Mob violence', 'mob.crowd-clashes'],
];

typingTable('acled5', CASES, '2022-12-01');
