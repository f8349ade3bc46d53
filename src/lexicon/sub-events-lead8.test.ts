import { typingTable } from '../pipeline/events/test-helpers.js';

// lead8 (issue 13): a state named as the subject of a strike verb ("Israel struck", "Russia pounded", "the United States hit")
// strikes from afar, as wire copy tells cross-border strikes (ACLED codebook 2023: Air/drone strike, by actors with air
// capacity; Shelling/artillery/missile attack when its weapon is named). Before this round such a report gave no incident
// ("Israel struck Damascus") or an attack on civilians ("Russia struck Kharkiv, killing three civilians").
// [report, expected first sub-event type, the rule that types it]: one line a case, invented reports, never evaluation rows
// ('none': no incident). Arvella and Brennick are the helper's invented towns (places the gazetteer would name).
const CASES: Array<[string, string, string]> = [
  // A place struck (air.state-strikes-place: the place is the verb's object)
  ['Israel struck Arvella on Tuesday.', 'Air/drone strike', 'air.state-strikes-place'],
  ['Russia pounded Arvella overnight, killing three civilians, the regional governor said.', 'Air/drone strike', 'air.state-strikes-place'],
  ['The United States reportedly hit Brennick on Saturday.', 'Air/drone strike', 'air.state-strikes-place'],
  // A site struck (air.state-strikes-target)
  ['Turkey struck Kurdish militant positions in northern Iraq on Sunday.', 'Air/drone strike', 'air.state-strikes-target'],
  ['Ukraine hit an oil depot near Arvella on Monday, setting it ablaze.', 'Air/drone strike', 'air.state-strikes-target'],
  ['Pakistan targeted militant hideouts across the border on Monday, killing eight people.', 'Air/drone strike', 'air.state-strikes-target'],
  // A bombing by a state named as such is from the air too (air.bombed-by-state reads the country now)
  ['Israel bombed Arvella on Monday, killing 12 people.', 'Air/drone strike', 'air.bombed-by-state'],
  // A plant or depot struck by a state is a target, not an accident (non-events.ts struckSite)
  ['Ukraine hit an oil refinery near Arvella on Sunday, causing a large fire.', 'Air/drone strike', 'air.state-strikes-target'],
  ['A fire hit a chemical factory in Arvella on Monday, killing four workers.', 'none', ''],
  // Its weapon named: the shelling rows read it
  ['Russia struck Arvella with ballistic missiles overnight.', 'Shelling/artillery/missile attack', 'shell.artillery'],
  // A force that strikes another armed side at close range fights it (clash.force-strikes-armed-side)
  ["Sudan's army struck RSF positions near Arvella on Sunday.", 'Armed clash', 'clash.force-strikes-armed-side'],
  ['Troops struck al-Shabaab positions near Brennick on Monday.', 'Armed clash', 'clash.force-strikes-armed-side'],
  ['Militants struck an army base in Arvella overnight.', 'Armed clash', 'clash.force-strikes-armed-side'],
  // The verbs' other senses: no strike
  ['The United States hit Russia with new sanctions on Friday.', 'none', ''],
  ['China hit back at Washington on Monday over the tariffs.', 'none', ''],
  ['Nigeria targets five percent growth next year, the finance minister said.', 'none', ''],
  // A country that is the subject of another verb acts in no incident ("Venezuela is borrowing")
  ['Stuck in a spiral of debt, Venezuela is borrowing money at any cost.', 'none', ''],
];

typingTable('lead8', CASES, '2024-05-10');
