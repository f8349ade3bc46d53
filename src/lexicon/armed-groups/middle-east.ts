// Armed groups of the Middle East: Levant, Iraq, Iran, Turkey, Yemen and the Gulf, and the
// transnational jihadist movements. Written from general (encyclopaedic) knowledge of the groups.
import type { NamedGroup } from './types.js';

export const MIDDLE_EAST: NamedGroup[] = [
  // Transnational
  { id: 'group.islamic-state', name: 'Islamic State', country: null, inter: 2, perCountry: true, why: 'the Islamic State (ISIS / ISIL / Daesh); a branch per country, named with it',
    aliases: ['islamic state', 'islamic state group', 'islamic state militants', 'islamic state of iraq and syria', 'islamic state of iraq and the levant', 'islamic state of iraq and al - sham',
      'daesh', "da'esh", 'daish'], acronyms: ['IS', 'ISIS', 'ISIL'] },
  { id: 'group.al-qaeda', name: 'Al Qaeda', country: null, inter: 2, perCountry: true, why: 'al-Qaeda core and its unnamed local cells',
    aliases: ['al - qaeda', 'al - qaida', 'al qaeda', 'al qaida', 'alqaeda'] },
  { id: 'group.global-coalition', name: 'Global Coalition Against Daesh', country: 'US', inter: 8, why: 'the US-led international coalition against the Islamic State (Operation Inherent Resolve, 2014-)',
    aliases: ['global coalition against daesh', 'global coalition against isis', 'global coalition to defeat isis', 'global coalition', 'international coalition', 'anti - isis coalition',
      'anti - is coalition', 'anti - isil coalition', 'anti - daesh coalition', 'us - led coalition', 'u.s . - led coalition', 'u.s. - led coalition', 'american - led coalition',
      'coalition against the islamic state', 'operation inherent resolve', 'combined joint task force'], acronyms: ['CJTF-OIR', 'OIR'] },

  // Israel and Palestine, Lebanon
  { id: 'group.hamas', name: 'Hamas', country: 'PS', inter: 2, why: 'Palestinian Islamist movement and its Izz ad-Din al-Qassam Brigades',
    aliases: ['hamas', 'hamas movement', 'qassam brigades', 'al - qassam brigades', 'izz ad - din al - qassam brigades', 'izz al - din al - qassam brigades', 'ezzedine al - qassam brigades', 'ezzedine al - qassam', 'al - qassam'] },
  { id: 'group.pij', name: 'PIJ: Palestinian Islamic Jihad', country: 'PS', inter: 2, why: 'Palestinian Islamic Jihad and its al-Quds Brigades',
    aliases: ['palestinian islamic jihad', 'islamic jihad', 'islamic jihad movement', 'al - quds brigades', 'al quds brigades', 'saraya al - quds'], acronyms: ['PIJ'] },
  { id: 'group.aqmb', name: 'Al Aqsa Martyrs Brigade', country: 'PS', inter: 2, why: "Fatah-linked armed wing", aliases: ["al - aqsa martyrs ' brigades", 'al - aqsa martyrs brigades', 'al - aqsa martyrs brigade', 'aqsa martyrs brigades'] },
  { id: 'group.pflp', name: 'PFLP: Popular Front for the Liberation of Palestine', country: 'PS', inter: 2, why: 'Marxist Palestinian faction (Abu Ali Mustafa Brigades)',
    aliases: ['popular front for the liberation of palestine', 'abu ali mustafa brigades'], acronyms: ['PFLP'] },
  { id: 'group.lions-den', name: "Lions' Den", country: 'PS', inter: 3, why: 'Nablus armed group (2022-)', aliases: ["lions ' den", 'lions den', 'areen al - usud'] },
  { id: 'group.hezbollah', name: 'Hezbollah', country: 'LB', inter: 2, why: 'Lebanese Shia party and militia',
    aliases: ['hezbollah', 'hizbollah', 'hizbullah', 'hizballah', 'hezballah', 'islamic resistance in lebanon'] },
  { id: 'group.amal', name: 'Amal Movement', country: 'LB', inter: 3, why: 'Lebanese Shia party with an armed wing', aliases: ['amal movement', 'amal militia'] },

  // Syria
  { id: 'group.hts', name: 'HTS: Hayat Tahrir al Sham', country: 'SY', inter: 2, why: 'Idlib jihadist coalition (2017-), successor of the Nusra Front',
    aliases: ['hayat tahrir al - sham', 'hay\'at tahrir al - sham', 'tahrir al - sham', 'hayat tahrir al sham', 'nusra front', 'al - nusra front', 'al - nusra', 'jabhat al - nusra', 'jabhat fateh al - sham', 'fateh al - sham'], acronyms: ['HTS'] },
  { id: 'group.sdf', name: 'SDF: Syrian Democratic Forces', country: 'SY', inter: 2, why: 'Kurdish-led alliance of north-east Syria (Arabic acronym QSD)',
    aliases: ['syrian democratic forces', 'kurdish - led forces', 'kurdish - led syrian democratic forces', 'kurdish - led sdf'], acronyms: ['SDF', 'QSD'] },
  // clash9: the internal security forces of the Kurdish-led administration of north-east Syria (armed, organised: inter 2
  // as the SDF it serves), so their members killed are a Battle's side.
  { id: 'group.asayish', name: 'Asayish: Kurdish Internal Security Forces', country: 'SY', inter: 2, why: 'internal security forces of the Autonomous Administration of North and East Syria', aliases: ['asayish', 'asayesh', 'asayis', 'kurdish internal security forces', 'kurdish asayish'] },
  { id: 'group.ypg', name: "YPG: People's Protection Units", country: 'SY', inter: 2, why: 'Syrian Kurdish militia, core of the SDF',
    aliases: ["people 's protection units", "women 's protection units", 'kurdish ypg'], acronyms: ['YPG', 'YPJ'] },
  { id: 'group.sna', name: 'SNA: Syrian National Army', country: 'SY', inter: 2, why: 'Turkish-backed Syrian opposition army of the north (2017-)',
    aliases: ['syrian national army', 'turkish - backed factions', 'turkish - backed rebels', 'turkish - backed fighters', 'turkish - backed militias', 'turkish - backed groups',
      'turkey - backed factions', 'turkey - backed rebels', 'ankara - backed factions', 'turkish - backed syrian fighters', 'turkish - backed syrian rebels', 'turkish - backed opposition'],
    // world13: its usual abbreviation, which the Somali National Army shares (settle-actors.ts reads it by the incident's country).
    acronyms: ['SNA'] },
  { id: 'group.operation-peace-spring', name: 'Operation Peace Spring', country: 'SY', inter: 2, why: "the Turkish and SNA operation of October 2019 in north-east Syria, and the factions holding its zone",
    aliases: ['operation peace spring', 'peace spring'], acronyms: ['OPS'] }, // acled13: the operation's common abbreviation
  { id: 'group.operation-olive-branch', name: 'Operation Olive Branch', country: 'SY', inter: 2, why: 'the Turkish and SNA operation of 2018 in Afrin, and the factions holding it', aliases: ['operation olive branch'] },
  { id: 'group.operation-euphrates-shield', name: 'Operation Euphrates Shield', country: 'SY', inter: 2, why: 'the Turkish and SNA operation of 2016-17 north of Aleppo', aliases: ['operation euphrates shield', 'euphrates shield'] },
  { id: 'group.fsa', name: 'Free Syrian Army', country: 'SY', inter: 2, why: 'the Syrian armed opposition of 2011-', aliases: ['free syrian army'], acronyms: ['FSA'] },
  { id: 'group.nlf-syria', name: 'NLF: National Liberation Front', country: 'SY', inter: 2, why: 'Turkish-backed opposition coalition of Idlib (2018-)', aliases: ['national front for liberation', 'national liberation front ( syria )'] },
  { id: 'group.hurras-al-din', name: 'Hurras al Din', country: 'SY', inter: 2, why: "al-Qaeda's Syrian branch (2018-)", aliases: ['hurras al - din', 'hurras al - deen', 'hurras ad - din', 'guardians of religion organization'] },
  { id: 'group.ahrar-al-sham', name: 'Ahrar al Sham', country: 'SY', inter: 2, why: 'Syrian Islamist rebel group', aliases: ['ahrar al - sham', 'ahrar al sham'] },
  { id: 'group.jaish-al-islam', name: 'Jaish al Islam', country: 'SY', inter: 2, why: 'Syrian Islamist rebel group of Eastern Ghouta', aliases: ['jaish al - islam', 'jaysh al - islam'] },
  { id: 'group.ndf-syria', name: 'NDF: National Defence Forces', country: 'SY', inter: 3, why: 'pro-government militias of Syria (2012-)', aliases: ['national defence forces', 'national defense forces'], acronyms: ['NDF'] },
  { id: 'group.fatemiyoun', name: 'Fatemiyoun Brigade', country: 'IR', inter: 3, why: 'Iran-backed Afghan Shia militia in Syria', aliases: ['fatemiyoun', 'fatemiyoun brigade', 'liwa fatemiyoun', 'zainebiyoun', 'liwa zainebiyoun'] },
  { id: 'group.liwa-al-quds', name: 'Liwa al Quds', country: 'SY', inter: 3, why: 'pro-government Palestinian militia of Aleppo', aliases: ['liwa al - quds', 'quds brigade'] },

  // Iraq and Iran
  { id: 'group.pmf', name: 'PMF: Popular Mobilization Forces', country: 'IQ', inter: 3, why: "Iraq's mostly Shia militia umbrella (al-Hashd al-Shaabi, 2014-)",
    aliases: ['popular mobilization forces', 'popular mobilisation forces', 'popular mobilization units', 'popular mobilisation units', 'hashd al - shaabi', 'al - hashd al - shaabi', 'hashd al - shabi', 'hashd'], acronyms: ['PMF', 'PMU'] },
  { id: 'group.kataib-hezbollah', name: 'Kataib Hezbollah', country: 'IQ', inter: 3, why: 'Iran-backed Iraqi militia', aliases: ['kataib hezbollah', "kata'ib hezbollah", 'kataib hizbollah', 'hezbollah brigades'] },
  { id: 'group.asaib', name: 'Asaib Ahl al Haq', country: 'IQ', inter: 3, why: 'Iran-backed Iraqi militia', aliases: ['asaib ahl al - haq', "asa'ib ahl al - haq", 'league of the righteous'] },
  { id: 'group.nujaba', name: 'Harakat al Nujaba', country: 'IQ', inter: 3, why: 'Iran-backed Iraqi militia', aliases: ['harakat al - nujaba', 'nujaba movement', 'al - nujaba'] },
  { id: 'group.irq-resistance', name: 'Islamic Resistance in Iraq', country: 'IQ', inter: 3, why: 'umbrella name of Iran-backed Iraqi militias claiming attacks (2023-)', aliases: ['islamic resistance in iraq'] },
  { id: 'group.saraya-salam', name: 'Saraya al Salam', country: 'IQ', inter: 3, why: "Muqtada al-Sadr's militia (Peace Companies)", aliases: ['saraya al - salam', 'peace companies', 'mahdi army', 'jaysh al - mahdi'] },
  { id: 'group.peshmerga', name: 'Peshmerga (Kurdistan Regional Government)', country: 'IQ', inter: 1, why: 'the armed forces of Iraqi Kurdistan', aliases: ['peshmerga', 'pesh merga', 'kurdish peshmerga'] },
  { id: 'group.irgc', name: 'Military Forces of Iran (Islamic Revolutionary Guard Corps)', country: 'IR', inter: 1, why: "Iran's Revolutionary Guards and their Quds Force",
    aliases: ['islamic revolutionary guard corps', 'revolutionary guard corps', 'revolutionary guards', 'revolutionary guard', 'quds force', 'sepah', 'pasdaran'], acronyms: ['IRGC'] },
  { id: 'group.basij', name: 'Military Forces of Iran (Basij)', country: 'IR', inter: 1, why: "the IRGC's volunteer paramilitary", aliases: ['basij', 'basij militia', 'basij forces', 'basiji'] },
  { id: 'group.jaish-al-adl', name: 'Jaish al Adl', country: 'IR', inter: 2, why: 'Baloch Sunni militants of Sistan-Baluchestan', aliases: ['jaish al - adl', 'jaish ul - adl', 'jaish al adl', 'army of justice'] },
  { id: 'group.pjak', name: 'PJAK: Party of Free Life of Kurdistan', country: 'IR', inter: 2, why: 'Iranian Kurdish rebels affiliated with the PKK', aliases: ['party of free life of kurdistan', 'kurdistan free life party'], acronyms: ['PJAK'] },
  { id: 'group.kdpi', name: 'KDPI: Kurdistan Democratic Party of Iran', country: 'IR', inter: 2, why: 'Iranian Kurdish opposition party with armed wing', aliases: ['kurdistan democratic party of iran', 'democratic party of iranian kurdistan'], acronyms: ['KDPI', 'PDKI'] },

  // Turkey
  // world17: the Yazidi militia of Sinjar, allied to the PKK and a frequent target of Turkish drones in Ninewa
  { id: 'group.ybs', name: 'YBS: Sinjar Resistance Units', country: 'IQ', inter: 3, why: 'Yazidi armed group of Sinjar affiliated with the PKK', aliases: ['sinjar resistance units', 'sinjar resistance unit'], acronyms: ['YBS'] },
  { id: 'group.pkk', name: 'PKK: Kurdistan Workers Party', country: 'TR', inter: 2, why: 'Kurdish insurgency in Turkey (1984-) and its armed wing HPG',
    aliases: ["kurdistan workers ' party", 'kurdistan workers party', "kurdistan workers 's party", 'kurdistan freedom hawks'], acronyms: ['PKK', 'HPG', 'TAK'] },
  { id: 'group.dhkp-c', name: "DHKP-C: Revolutionary People's Liberation Party-Front", country: 'TR', inter: 2, why: 'Turkish Marxist-Leninist militant group', aliases: ["revolutionary people 's liberation party - front", 'dhkp - c', 'dhkp / c'] },

  // Yemen and the Gulf
  { id: 'group.houthis', name: 'Military Forces of Yemen (Houthis)', country: 'YE', inter: 1, why: "the Houthi movement (Ansar Allah); ACLED codes the forces of the Sanaa authorities it formed in 2016 as Yemen's state forces",
    aliases: ['houthi*', 'ansar allah', 'ansarallah', 'ansar allah movement', 'ansarullah', 'huthi*', 'hothi*'] },
  { id: 'state.yemen-government', name: 'Military Forces of Yemen', country: 'YE', inter: 1, why: "the forces of Yemen's internationally recognised government (President Hadi's, 2012-22; ACLED's 'Military Forces of Yemen (2012-)')",
    aliases: ['pro - hadi forces', 'pro - hadi', 'hadi forces', "hadi 's forces", 'forces loyal to hadi', 'forces loyal to president hadi', 'pro - government yemeni forces'] },
  { id: 'group.saudi-coalition', name: 'Saudi-led Coalition (Operation Restoring Hope)', country: 'SA', inter: 8, why: 'the Saudi-led intervention in Yemen (Operation Decisive Storm, then Restoring Hope, 2015-)',
    aliases: ['saudi - led coalition', 'saudi - led arab coalition', 'saudi - led military coalition', 'saudi - led forces', 'saudi - emirati coalition', 'arab coalition', 'arab alliance',
      'coalition to restore legitimacy', 'operation restoring hope', 'operation decisive storm', 'saudi - led alliance', 'saudi - uae coalition'] },
  { id: 'group.aqap', name: 'AQAP: Al Qaeda in the Arabian Peninsula', country: 'YE', inter: 2, why: "al-Qaeda's Yemeni branch (Ansar al-Sharia)",
    aliases: ['al - qaeda in the arabian peninsula', 'al qaeda in the arabian peninsula', 'al - qaida in the arabian peninsula'], acronyms: ['AQAP'] },
  { id: 'group.stc', name: 'STC: Southern Transitional Council', country: 'YE', inter: 3, why: 'southern Yemeni separatist body (2017-) and its forces',
    aliases: ['southern transitional council', 'security belt forces', 'security belt', 'shabwani elite forces', 'hadrami elite forces', 'southern separatists', 'southern separatist forces'], acronyms: ['STC'] },
  { id: 'group.giants-brigades', name: 'Giants Brigades', country: 'YE', inter: 3, why: 'southern Yemeni Salafi brigades (al-Amaliqa)', aliases: ['giants brigades', 'al - amaliqa', 'amaliqa brigades', 'al - amalika'] },
  { id: 'group.national-resistance', name: 'National Resistance Forces', country: 'YE', inter: 3, why: "Tareq Saleh's forces on Yemen's west coast (2017-)", aliases: ['national resistance forces', 'guards of the republic'] },
  { id: 'group.southern-resistance', name: 'Southern Resistance', country: 'YE', inter: 3, why: "southern Yemeni fighters against the Houthis (2015-)", aliases: ['southern resistance', 'southern resistance forces'] },
  { id: 'group.saraya-al-ashtar', name: 'Saraya al Ashtar', country: 'BH', inter: 2, why: 'Bahraini Shia militant group', aliases: ['saraya al - ashtar', 'al - ashtar brigades'] },
];
