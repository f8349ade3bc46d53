// Armed groups of South, Central and Southeast Asia. Written from general (encyclopaedic) knowledge.
import type { NamedGroup } from './types.js';

export const ASIA: NamedGroup[] = [
  // Afghanistan and Pakistan
  { id: 'group.taliban', name: 'Taliban', country: 'AF', inter: 2, why: 'the Afghan Taliban (Islamic Emirate of Afghanistan)',
    aliases: ['taliban', 'afghan taliban', 'islamic emirate of afghanistan', 'haqqani network', 'haqqanis'] },
  { id: 'group.ttp', name: 'TTP: Tehreek-i-Taliban Pakistan', country: 'PK', inter: 2, why: 'the Pakistani Taliban (2007-)',
    aliases: ['tehreek - e - taliban pakistan', 'tehrik - e - taliban pakistan', 'tehreek - i - taliban pakistan', 'tehrik - i - taliban pakistan', 'tehreek - e - taliban', 'tehrik - e - taliban',
      'tehreek - i - taliban', 'tehrik - i - taliban', 'tehreek - e - taliban', 'tehrik - e - taliban', 'pakistani taliban', 'pakistan taliban', 'jamaat - ul - ahrar', 'hafiz gul bahadur group'], acronyms: ['TTP'] },
  { id: 'group.iskp', name: 'Islamic State (Khorasan)', country: 'AF', inter: 2, why: "Islamic State's Khorasan Province (Afghanistan and Pakistan, 2015-)",
    aliases: ['islamic state khorasan province', 'islamic state khorasan', 'islamic state - khorasan', 'islamic state - khorasan province', 'islamic state in khorasan', 'islamic state in afghanistan',
      'is khorasan', 'isis khorasan', 'daesh - k', 'wilayat khorasan'], acronyms: ['ISKP', 'IS-K', 'ISIS-K', 'ISPP'] },
  { id: 'group.nrf-afghanistan', name: 'NRF: National Resistance Front of Afghanistan', country: 'AF', inter: 2, why: 'anti-Taliban resistance of Panjshir (2021-)', aliases: ['national resistance front', 'national resistance front of afghanistan'], acronyms: ['NRF'] },
  { id: 'group.bla', name: 'BLA: Balochistan Liberation Army', country: 'PK', inter: 2, why: 'Baloch separatist insurgents of Pakistan (and its Majeed Brigade)', aliases: ['balochistan liberation army', 'baloch liberation army', 'majeed brigade'], acronyms: ['BLA'] },
  { id: 'group.blf', name: 'BLF: Balochistan Liberation Front', country: 'PK', inter: 2, why: 'Baloch separatist insurgents of Pakistan', aliases: ['balochistan liberation front', 'baloch liberation front'], acronyms: ['BLF'] },
  { id: 'group.bras', name: 'BRAS: Baloch Raaji Aajoi Sangar', country: 'PK', inter: 2, why: 'alliance of Baloch separatist groups', aliases: ['baloch raaji aajoi sangar', 'baloch raji ajoi sangar'], acronyms: ['BRAS'] },
  { id: 'group.lej', name: 'LeJ: Lashkar-e-Jhangvi', country: 'PK', inter: 2, why: 'Pakistani sectarian Sunni militant group', aliases: ['lashkar - e - jhangvi', 'lashkar - i - jhangvi'], acronyms: ['LeJ'] },
  { id: 'group.let', name: 'LeT: Lashkar-e-Taiba', country: 'PK', inter: 2, why: 'Pakistan-based Kashmiri jihadist group', aliases: ['lashkar - e - taiba', 'lashkar - e - toiba', 'lashkar - e - tayyiba', 'lashkar - i - taiba'], acronyms: ['LeT'] },
  { id: 'group.jem', name: 'JeM: Jaish-e-Mohammed', country: 'PK', inter: 2, why: 'Pakistan-based Kashmiri jihadist group', aliases: ['jaish - e - mohammed', 'jaish - e - muhammad', 'jaish - e - mohammad', 'jaish - i - mohammed'], acronyms: ['JeM'] },
  { id: 'group.hizbul', name: 'HM: Hizbul Mujahideen', country: 'IN', inter: 2, why: 'Kashmiri separatist militant group', aliases: ['hizbul mujahideen', 'hizb - ul - mujahideen', 'hizbul mujahidin'] },
  { id: 'group.trf', name: 'TRF: The Resistance Front', country: 'IN', inter: 2, why: 'Kashmiri militant group (2019-)', aliases: ['resistance front ( trf )', 'kashmir resistance', 'the resistance front'], acronyms: ['TRF'] },

  // India and Bangladesh, Nepal, Sri Lanka
  { id: 'group.cpi-maoist', name: 'CPI (Maoist): Communist Party of India (Maoist)', country: 'IN', inter: 2, why: "India's Naxalite insurgency (PLGA)",
    aliases: ['cpi ( maoist )', 'cpi - maoist', 'cpi maoist', 'communist party of india ( maoist )', 'maoist*', 'naxal*', "people 's liberation guerrilla army"], acronyms: ['PLGA'] },
  { id: 'group.ulfa', name: 'ULFA-I: United Liberation Front of Asom (Independent)', country: 'IN', inter: 2, why: 'Assamese separatist insurgents', aliases: ['united liberation front of asom', 'united liberation front of assam', 'ulfa - i', 'ulfa ( i )'], acronyms: ['ULFA', 'ULFA-I'] },
  { id: 'group.nscn', name: 'NSCN: National Socialist Council of Nagaland', country: 'IN', inter: 2, why: 'Naga separatist insurgents (Isak-Muivah and Khaplang factions)',
    aliases: ['national socialist council of nagaland', 'nscn - im', 'nscn - k', 'nscn ( im )', 'nscn ( k )'], acronyms: ['NSCN', 'NSCN-IM', 'NSCN-K'] },
  { id: 'group.kuki-militants', name: 'Kuki Ethnic Militia (India)', country: 'IN', inter: 4, why: 'Kuki-Zo armed groups of Manipur; named as ACLED names identity militias ("X Ethnic Militia (Country)")', aliases: ['kuki militant*', 'kuki militia*', 'kuki insurgent*', 'kuki national army', 'kuki national front'] },
  { id: 'group.meitei-militia', name: 'Meitei Ethnic Militia (India)', country: 'IN', inter: 4, why: 'Meitei armed groups of Manipur (Arambai Tenggol and others)', aliases: ['arambai tenggol', 'meitei militant*', 'meitei militia*', 'meitei leepun'] },
  { id: 'group.jmb', name: 'JMB: Jamaat-ul-Mujahideen Bangladesh', country: 'BD', inter: 2, why: 'Bangladeshi jihadist group', aliases: ['jamaat - ul - mujahideen bangladesh', "jama'atul mujahideen bangladesh", 'neo - jmb'], acronyms: ['JMB'] },
  { id: 'group.kna-bangladesh', name: 'KNF: Kuki-Chin National Front', country: 'BD', inter: 2, why: 'armed group of the Chittagong Hill Tracts (Bawm)', aliases: ['kuki - chin national front', 'kuki chin national front', 'kuki - chin national army'], acronyms: ['KNF', 'KNA'] },
  { id: 'group.ltte', name: 'LTTE: Liberation Tigers of Tamil Eelam', country: 'LK', inter: 2, why: 'Sri Lankan Tamil separatist insurgents (defeated 2009)', aliases: ['liberation tigers of tamil eelam', 'tamil tigers'], acronyms: ['LTTE'] },

  // Myanmar
  { id: 'group.arakan-army', name: 'ULA/AA: United League of Arakan/Arakan Army', country: 'MM', inter: 2, why: 'Rakhine ethnic armed organisation (ULA/AA)', aliases: ['arakan army', 'united league of arakan', 'ula / aa'], acronyms: ['AA', 'ULA'] },
  { id: 'group.arsa', name: 'ARSA: Arakan Rohingya Salvation Army', country: 'MM', inter: 2, why: 'Rohingya insurgent group', aliases: ['arakan rohingya salvation army', 'harakah al - yaqin'], acronyms: ['ARSA'] },
  // world13: the other Rohingya armed group, rival of ARSA in the camps of Cox's Bazar and in northern Rakhine.
  { id: 'group.rso', name: 'RSO: Rohingya Solidarity Organization', country: 'MM', inter: 2, why: 'Rohingya armed group, revived in the 2020s, fighting ARSA in the Cox\'s Bazar camps',
    aliases: ['rohingya solidarity organization', 'rohingya solidarity organisation'], acronyms: ['RSO'] },
  { id: 'group.kia', name: 'KIA: Kachin Independence Army', country: 'MM', inter: 2, why: 'Kachin ethnic armed organisation', aliases: ['kachin independence army', 'kachin independence organization', 'kachin independence organisation'],
    // world13: 'KIA', as Myanmar's press and monitors write the army (in capitals only: never the English word).
    acronyms: ['KIO', 'KIA'] },
  { id: 'group.knu', name: 'KNU/KNLA: Karen National Union', country: 'MM', inter: 2, why: 'Karen ethnic armed organisation (KNLA its army)', aliases: ['karen national union', 'karen national liberation army'], acronyms: ['KNU', 'KNLA'] },
  { id: 'group.tnla', name: "TNLA: Ta'ang National Liberation Army", country: 'MM', inter: 2, why: 'Palaung ethnic armed organisation', aliases: ["ta'ang national liberation army", 'taang national liberation army'], acronyms: ['TNLA'] },
  { id: 'group.mndaa', name: 'MNDAA: Myanmar National Democratic Alliance Army', country: 'MM', inter: 2, why: 'Kokang ethnic armed organisation', aliases: ['myanmar national democratic alliance army', 'kokang army'], acronyms: ['MNDAA'] },
  { id: 'group.brotherhood', name: 'Three Brotherhood Alliance', country: 'MM', inter: 2, why: 'alliance of the AA, TNLA and MNDAA (Operation 1027)', aliases: ['three brotherhood alliance', 'brotherhood alliance', 'operation 1027'] },
  { id: 'group.uwsa', name: 'UWSA: United Wa State Army', country: 'MM', inter: 2, why: 'Wa ethnic armed organisation', aliases: ['united wa state army'], acronyms: ['UWSA'] },
  { id: 'group.ssa', name: 'SSA: Shan State Army', country: 'MM', inter: 2, why: 'Shan ethnic armed organisations (RCSS and SSPP)', aliases: ['shan state army', 'shan state army - south', 'shan state army - north', 'restoration council of shan state', 'shan state progress party'], acronyms: ['RCSS', 'SSPP', 'SSA-S', 'SSA-N'] },
  { id: 'group.kndf', name: 'KNDF: Karenni Nationalities Defense Force', country: 'MM', inter: 2, why: 'Karenni resistance force (2021-), with the Karenni Army', aliases: ['karenni nationalities defense force', 'karenni nationalities defence force', 'karenni army'], acronyms: ['KNDF'] },
  { id: 'group.cna', name: 'CNA: Chin National Army', country: 'MM', inter: 2, why: 'Chin ethnic armed organisation', aliases: ['chin national army', 'chin national front', 'chinland defense force', 'chinland defence force'] },
  { id: 'group.pdf', name: "PDF: People's Defense Force", country: 'MM', inter: 2, why: "armed wing of Myanmar's National Unity Government (2021-), with local defence forces",
    aliases: ["people 's defense force", "people 's defence force", "people 's defense forces", "people 's defence forces", 'local defense force*', 'local defence force*'], acronyms: ['PDF', 'PDFs', 'LDF'] },
  { id: 'group.pyu-saw-htee', name: 'Pyu Saw Htee', country: 'MM', inter: 3, why: "pro-junta militias of Myanmar (2021-)", aliases: ['pyu saw htee'] },

  // Philippines, Thailand, Indonesia
  { id: 'group.npa', name: "NPA: New People's Army", country: 'PH', inter: 2, why: 'armed wing of the Communist Party of the Philippines', aliases: ["new people 's army", 'communist new people \'s army', 'cpp - npa', 'npa rebels'], acronyms: ['NPA', 'CPP-NPA'] },
  // clash9: the army's auxiliary village militia (a pro-government militia, inter 3): its members killed are a Battle's side.
  { id: 'group.cafgu', name: 'CAFGU: Citizen Armed Force Geographical Unit', country: 'PH', inter: 3, why: 'Philippine army auxiliary militia of village volunteers', aliases: ['citizen armed force geographical unit', 'citizen armed forces geographical unit', 'cafgu active auxiliary'], acronyms: ['CAFGU'] },
  { id: 'group.abu-sayyaf', name: 'Abu Sayyaf Group', country: 'PH', inter: 2, why: 'jihadist group of Sulu and Basilan', aliases: ['abu sayyaf', 'abu sayyaf group'], acronyms: ['ASG'] },
  { id: 'group.biff', name: 'BIFF: Bangsamoro Islamic Freedom Fighters', country: 'PH', inter: 2, why: 'Moro jihadist splinter of the MILF', aliases: ['bangsamoro islamic freedom fighters'], acronyms: ['BIFF'] },
  { id: 'group.milf', name: 'MILF: Moro Islamic Liberation Front', country: 'PH', inter: 2, why: 'Moro rebel front, party to the 2014 peace agreement', aliases: ['moro islamic liberation front'], acronyms: ['MILF'] },
  { id: 'group.mnlf', name: 'MNLF: Moro National Liberation Front', country: 'PH', inter: 2, why: 'Moro rebel front (1972-)', aliases: ['moro national liberation front'], acronyms: ['MNLF'] },
  { id: 'group.maute', name: 'Dawlah Islamiyah (Maute Group)', country: 'PH', inter: 2, why: 'IS-aligned group of Lanao del Sur (Maute group)', aliases: ['maute group', 'maute', 'dawlah islamiyah', 'dawlah islamiyah - maute'] },
  { id: 'group.brn', name: 'BRN: National Revolutionary Front', country: 'TH', inter: 2, why: "the main insurgent group of Thailand's Deep South", aliases: ['barisan revolusi nasional', 'national revolutionary front', 'brn - c'], acronyms: ['BRN'] },
  { id: 'group.tpnpb', name: 'TPNPB-OPM: West Papua National Liberation Army', country: 'ID', inter: 2, why: 'Papuan separatist insurgents (Free Papua Movement)', aliases: ['west papua national liberation army', 'free papua movement', 'organisasi papua merdeka', 'papuan separatist*', 'papua separatist*'], acronyms: ['TPNPB', 'OPM', 'TPNPB-OPM'] },
  { id: 'group.mit', name: 'MIT: Mujahideen of Eastern Indonesia', country: 'ID', inter: 2, why: 'IS-aligned group of Central Sulawesi', aliases: ['mujahideen of eastern indonesia', 'east indonesia mujahideen', 'mujahidin indonesia timur'] },
  { id: 'group.jad', name: 'JAD: Jamaah Ansharut Daulah', country: 'ID', inter: 2, why: 'Indonesian IS-aligned network', aliases: ['jamaah ansharut daulah', 'jemaah ansharut daulah'], acronyms: ['JAD'] },
  { id: 'group.ji', name: 'JI: Jemaah Islamiyah', country: 'ID', inter: 2, why: 'Southeast Asian al-Qaeda-linked network', aliases: ['jemaah islamiyah', 'jemaah islamiah'] },
];
