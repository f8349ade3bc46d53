// Named forces and groups of countries the ACLED dev set lacks (Nigeria, Cameroon, South Sudan, CAR, Libya,
// India, Indonesia), added for issue 13 after the invented probe test/probes/elsewhere.jsonl showed them
// read as unnamed parties. Written from general (encyclopaedic) knowledge of the groups and ACLED's naming
// conventions ("ACRONYM: Full Name", states' named units as "Military Forces of X"); none from an evaluation file.
import type { NamedGroup } from './types.js';

export const ELSEWHERE_STATE_FORCES: NamedGroup[] = [
  { id: 'state.sspdf', name: 'Military Forces of South Sudan', country: 'SS', inter: 1, why: "the South Sudan People's Defence Forces (the SPLA until 2018)",
    aliases: ["south sudan people 's defence forces", "south sudan people 's defense forces", "south sudan people 's defence force"], acronyms: ['SSPDF'] },
  { id: 'state.cameroon-bir', name: 'Military Forces of Cameroon', country: 'CM', inter: 1, why: "Cameroon's Rapid Intervention Battalion (Bataillon d'intervention rapide), an elite army unit",
    // news30: not "rapid intervention battalion" by its words: other armies name units so (Burkina Faso's too); told as a battalion,
    // it is the army of the story's country, Cameroon's in Cameroon.
    aliases: [], acronyms: ['BIR'] },
  { id: 'state.nigeria-operations', name: 'Military Forces of Nigeria', country: 'NG', inter: 1, why: "the Nigerian military's named theatre operations (Hadin Kai in the north-east, Hadarin Daji in the north-west, Safe Haven on the Plateau, Whirl Stroke in Benue)",
    aliases: ['operation hadin kai', 'operation lafiya dole', 'operation hadarin daji', 'operation safe haven', 'operation whirl stroke', 'operation udo ka'] },
  { id: 'state.india-police-units', name: 'Police Forces of India', country: 'IN', inter: 1, why: "India's state police and its counter-insurgency units (Jammu and Kashmir Police, Andhra's Greyhounds, Maharashtra's C-60)",
    aliases: ['j & k police', 'jammu and kashmir police', 'greyhounds', 'c - 60 commandos'] },
  { id: 'state.indonesia-tni', name: 'Military Forces of Indonesia', country: 'ID', inter: 1, why: 'the Indonesian National Armed Forces (Tentara Nasional Indonesia)',
    aliases: ['indonesian national armed forces', 'tentara nasional indonesia'], acronyms: ['TNI'] },
];

export const ELSEWHERE_GROUPS: NamedGroup[] = [
  // Libya: Tripoli's armed groups (the Special Deterrence Force, the 444th Brigade, the Stability Support Apparatus), each
  // formally part of the Tripoli government's security forces (under the Presidential Council, the defence ministry): inter 1.
  { id: 'group.rada', name: 'Rada: Special Deterrence Force', country: 'LY', inter: 1, why: "Tripoli's Salafi-leaning force holding Mitiga airport (Radaa), attached to the Presidential Council",
    aliases: ['special deterrence force', 'special deterrence forces', 'rada force*', 'rada special deterrence force',
      // world17: the other common transliteration (Arabic rad'a, "deterrence"), as Libyan and wire outlets write it
      'radaa', 'radaa force*', 'radaa special deterrence force'] },
  { id: 'group.444-brigade', name: '444th Brigade', country: 'LY', inter: 1, why: 'Tripoli armed group aligned with the defence ministry (444th Combat Brigade)',
    aliases: ['444th brigade', '444 brigade', '444th combat brigade', '444 combat brigade', '444th fighting brigade'] },
  { id: 'group.ssa-libya', name: 'SSA: Stability Support Apparatus', country: 'LY', inter: 1, why: "Tripoli armed group of Abdulghani al-Kikli ('Ghnewa')", aliases: ['stability support apparatus', 'stability support authority'] },
  // Central African Republic
  { id: 'group.aakg', name: 'Azande Ani Kpi Gbe', country: 'CF', inter: 4, why: 'Zande self-defence militia of Haut-Mbomou (2023-)', aliases: ['azande ani kpi gbe', 'ani kpi gbe'], acronyms: ['AAKG'] },
  // Nigeria: state-backed and community security outfits ACLED names as militias.
  { id: 'group.cjtf', name: 'CJTF: Civilian Joint Task Force', country: 'NG', inter: 3, why: 'the vigilante force fighting Boko Haram beside the army in Borno and Yobe (2013-)',
    aliases: ['civilian joint task force', 'civilian jtf'], acronyms: ['CJTF'] },
  { id: 'group.yan-sakai', name: 'Yan Sakai Militia', country: 'NG', inter: 4, why: 'Hausa vigilante militias of Zamfara, Katsina and Sokoto fighting bandits', aliases: ['yan sakai', "'yan sakai"] },
  { id: 'group.amotekun', name: 'Amotekun Corps', country: 'NG', inter: 3, why: "the south-western states' security network (Western Nigeria Security Network, 2020-)",
    aliases: ['amotekun', 'amotekun corps', 'western nigeria security network', 'operation amotekun'] },
  { id: 'group.ebube-agu', name: 'Ebube Agu', country: 'NG', inter: 3, why: "the south-eastern governors' security outfit (2021-)", aliases: ['ebube agu', 'ebubeagu'] },
  // Indonesia: the government's own label for the Papuan insurgents ("armed criminal group", Kelompok Kriminal Bersenjata).
  { id: 'group.tpnpb-kkb', name: 'TPNPB-OPM: West Papua National Liberation Army', country: 'ID', inter: 2, why: "Indonesian officials and media call the TPNPB 'KKB' (Kelompok Kriminal Bersenjata, armed criminal group)",
    aliases: ['kelompok kriminal bersenjata', 'kkb papua', 'kkb group'], acronyms: ['KKB'] },
];
