import { typingTable } from '../pipeline/events/test-helpers.js';

// recall11 (issue 13): incidents told with verbs the hand-written cue lists lacked, now read from the WordNet 3.1 synsets and
// troponyms scripts/wordnet-cues.mjs writes out (wordnet-cues.ts, spread into event-cues.ts's concepts). [report, expected first
// sub-event type, the rule that types it]: invented reports, never evaluation rows (more in test/probes/recall11.jsonl).
typingTable('recall11', [
  // kill.v.1's troponyms (KILL): butcher, exterminate, mow down.
  ['Armed bandits butchered eleven villagers in a village near Bakura on Sunday night.', 'Attack', 'attack.kill-civilians'],
  ['A gang mowed down nine people at a market in Lae on Sunday.', 'Attack', 'attack.kill-civilians'],
  ['Rebels exterminated the residents of a hamlet near Beni.', 'Attack', 'attack.kill-civilians'],
  // strafe (AIR), carjack (SEIZE_GOODS).
  ['Junta jets strafed a village in Magway region on Monday.', 'Air/drone strike', 'air.strike'],
  ['Gunmen carjacked an aid agency\'s vehicle near Bria on Monday.', 'Looting/property destruction', 'loot.seized-goods'],
  // imprison.v.1's synset and lock_up (ARREST_WEAK); the detention noun with its particle (ARREST).
  ['Security forces incarcerated a blogger in Dushanbe on Tuesday.', 'Arrests', 'arrest.held'],
  ['Police locked up 40 opposition supporters in Lome on Thursday.', 'Arrests', 'arrest.held'],
  ['Police took a student leader into detention in Conakry on Tuesday.', 'Arrests', 'arrest.by-state'],
  // attack.fired-on-civilians: a force fires its weapons at civilians' homes (the weapon between is the instrument).
  ['Militia forces fired machine guns at homes in Taiz city on Monday.', 'Attack', 'attack.fired-on-civilians'],
  ['Government-aligned forces fired machine guns at houses in a village of Hajjah province on Thursday.', 'Attack', 'attack.fired-on-civilians'],
  ['Rebels fired rifles at an army post near Kutkai on Monday.', 'Armed clash', 'clash.fire-at-forces'],
  // Forms that are also nouns stay out ("a slew of"); hammer and pummel are no attack verbs (storms, markets and teams
  // are hammered), nor trade a swap of prisoners ("traded fire", "trading").
  ['A slew of new sanctions was announced against the junta on Monday.', 'none', ''],
  ['The home side hammered the visitors 4-0 in Port Moresby on Saturday.', 'none', ''],
  ['Storms hammered the coast of Esmeraldas on Tuesday, flooding hundreds of homes.', 'none', ''],
  ['A cyclone pummelled the island of Anjouan overnight, destroying hundreds of houses.', 'none', ''],
  ['Shares in the arms maker traded higher in Seoul on Tuesday.', 'none', ''],
], '2024-03-14');
