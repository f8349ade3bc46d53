// Names of states' own forces that say whose they are without a country word ("the IDF", "FARDC",
// "the Tatmadaw", "Carabineros"), named in ACLED's convention "Military Forces of X" / "Police Forces of X";
// and external or other forces (ACLED inter 8): international missions and private military companies.
// Written from general (encyclopaedic) knowledge of the forces and their usual abbreviations.
import type { NamedGroup } from './types.js';

export const STATE_FORCES: NamedGroup[] = [
  { id: 'state.idf', name: 'Military Forces of Israel', country: 'IL', inter: 1, why: 'the Israel Defense Forces',
    aliases: ['israel defense forces', 'israel defence forces', 'israeli defense forces', 'israeli defence forces', 'israeli air force', 'israeli army', 'tsahal'], acronyms: ['IDF', 'IAF'] },
  { id: 'state.syria-army', name: 'Military Forces of Syria', country: 'SY', inter: 1, why: "the Syrian Arab Army and the former government's elite units",
    aliases: ['syrian arab army', 'tiger forces', '25th special mission forces division', 'fourth division', '4th division', 'assad forces', "assad 's forces", 'pro - assad forces'], acronyms: ['SAA'] },
  { id: 'state.fardc', name: 'Military Forces of Democratic Republic of Congo', country: 'CD', inter: 1, why: 'the Armed Forces of the DR Congo', aliases: ['fardc', 'armed forces of the democratic republic of the congo'], acronyms: ['FARDC'] },
  { id: 'state.fama', name: 'Military Forces of Mali', country: 'ML', inter: 1, why: 'the Malian Armed Forces', aliases: ['malian armed forces', 'forces armees maliennes'], acronyms: ['FAMa', 'FAMA'] },
  { id: 'state.endf', name: 'Military Forces of Ethiopia', country: 'ET', inter: 1, why: 'the Ethiopian National Defense Force', aliases: ['ethiopian national defense force', 'ethiopian national defence force', 'ethiopian national defense forces'], acronyms: ['ENDF'] },
  { id: 'state.updf', name: 'Military Forces of Uganda', country: 'UG', inter: 1, why: "the Uganda People's Defence Force", aliases: ["uganda people 's defence force", "uganda people 's defense force",
    // world14: the plural, as Uganda's press writes it ("soldiers of the Uganda People's Defence Forces"), read whole over the
    // Myanmar PDF's "people 's defence forces" inside it.
    "uganda people 's defence forces", "uganda people 's defense forces"], acronyms: ['UPDF'] },
  { id: 'state.kdf', name: 'Military Forces of Kenya', country: 'KE', inter: 1, why: 'the Kenya Defence Forces', aliases: ['kenya defence forces', 'kenya defense forces'], acronyms: ['KDF'] },
  { id: 'state.sandf', name: 'Military Forces of South Africa', country: 'ZA', inter: 1, why: 'the South African National Defence Force', aliases: ['south african national defence force'], acronyms: ['SANDF'] },
  { id: 'state.rdf', name: 'Military Forces of Rwanda', country: 'RW', inter: 1, why: 'the Rwanda Defence Force', aliases: ['rwanda defence force', 'rwanda defense force', 'rwandan defence force'] },
  { id: 'state.saf', name: 'Military Forces of Sudan', country: 'SD', inter: 1, why: 'the Sudanese Armed Forces', aliases: ['sudanese armed forces', 'sudan armed forces'], acronyms: ['SAF'] },
  { id: 'state.snaf', name: 'Military Forces of Somalia', country: 'SO', inter: 1, why: 'the Somali National Army', aliases: ['somali national army', 'somali armed forces', 'danab', 'danab brigade'],
    // world13: "SNA", as Somali and international press write it (shared with Syria's SNA: read by the incident's country).
    acronyms: ['SNA'] },
  { id: 'state.andsf', name: 'Military Forces of Afghanistan', country: 'AF', inter: 1, why: 'the Afghan National Defence and Security Forces (2002-21)',
    aliases: ['afghan national defense and security forces', 'afghan national defence and security forces', 'afghan national army', 'afghan security forces'], acronyms: ['ANDSF', 'ANSF', 'ANA'] },
  { id: 'state.anp', name: 'Police Forces of Afghanistan', country: 'AF', inter: 1, why: 'the Afghan National Police', aliases: ['afghan national police', 'afghan local police'], acronyms: ['ANP', 'ALP'] },
  { id: 'state.iraq-cts', name: 'Military Forces of Iraq', country: 'IQ', inter: 1, why: "Iraq's army and Counter-Terrorism Service", aliases: ['iraqi security forces', 'counter - terrorism service', 'counter terrorism service', 'golden division'], acronyms: ['ISF', 'CTS'] },
  { id: 'state.tatmadaw', name: 'Military Forces of Myanmar', country: 'MM', inter: 1, why: "Myanmar's armed forces (the Tatmadaw)", aliases: ['tatmadaw', 'myanmar military', 'myanmar army', 'burmese military', 'burmese army', 'junta troops', 'junta forces', 'military junta', 'junta soldiers'] },
  { id: 'state.afp', name: 'Military Forces of the Philippines', country: 'PH', inter: 1, why: 'the Armed Forces of the Philippines', aliases: ['armed forces of the philippines', 'philippine army', 'philippine marines'] },
  { id: 'state.pnp', name: 'Police Forces of the Philippines', country: 'PH', inter: 1, why: 'the Philippine National Police', aliases: ['philippine national police'], acronyms: ['PNP'] },
  { id: 'state.carabineros', name: 'Police Forces of Chile', country: 'CL', inter: 1, why: "Chile's national police", aliases: ['carabineros'] },
  { id: 'state.esmad', name: 'Police Forces of Colombia', country: 'CO', inter: 1, why: "Colombia's riot police (ESMAD, now UNDMO)", aliases: ['esmad', 'mobile anti - riot squadron'], acronyms: ['ESMAD', 'UNDMO'] },
  { id: 'state.venezuela-army', name: 'Military Forces of Venezuela', country: 'VE', inter: 1, why: "Venezuela's armed forces and National Guard", aliases: ['bolivarian national guard', 'bolivarian national armed forces'], acronyms: ['GNB', 'FANB'] },
  { id: 'state.venezuela-police', name: 'Police Forces of Venezuela', country: 'VE', inter: 1, why: "Venezuela's national police and its special actions force", aliases: ['bolivarian national police', 'special actions forces'], acronyms: ['PNB', 'FAES'] },
  { id: 'state.mexico-guard', name: 'Military Forces of Mexico', country: 'MX', inter: 1, why: "Mexico's defence secretariat and National Guard", aliases: ['sedena', 'mexican army', 'guardia nacional'] },
  { id: 'state.rab', name: 'Police Forces of Bangladesh', country: 'BD', inter: 1, why: "Bangladesh's Rapid Action Battalion", aliases: ['rapid action battalion'], acronyms: ['RAB'] },
  { id: 'state.crpf', name: 'Police Forces of India', country: 'IN', inter: 1, why: "India's central armed police", aliases: ['central reserve police force', 'district reserve guard', 'cobra commandos'], acronyms: ['CRPF', 'DRG'] },
  { id: 'state.india-army', name: 'Military Forces of India', country: 'IN', inter: 1, why: "India's army and border forces", aliases: ['border security force', 'assam rifles', 'rashtriya rifles'], acronyms: ['BSF'] },
  { id: 'state.pakistan-army', name: 'Military Forces of Pakistan', country: 'PK', inter: 1, why: "Pakistan's army and paramilitary corps", aliases: ['frontier corps', 'pakistan rangers'] },
  { id: 'state.fsb', name: 'Police Forces of Russia', country: 'RU', inter: 1, why: "Russia's security service and National Guard", aliases: ['federal security service', 'rosgvardia', 'russian national guard'], acronyms: ['FSB'] },
  { id: 'state.sbu', name: 'Police Forces of Ukraine', country: 'UA', inter: 1, why: "Ukraine's security service", aliases: ['security service of ukraine'], acronyms: ['SBU'] },
  { id: 'state.barkhane', name: 'Military Forces of France', country: 'FR', inter: 1, why: 'the French operations in the Sahel (Serval 2013-14, Barkhane 2014-22)', aliases: ['operation barkhane', 'barkhane', 'operation serval', 'barkhane force'] },
  { id: 'state.us', name: 'Military Forces of the United States', country: 'US', inter: 1, why: "the United States' armed forces and their commands", aliases: ['pentagon', 'centcom', 'africom', 'us central command', 'u.s . central command', 'u.s. central command', 'us africa command', 'navy seals'] },
];

export const EXTERNAL_FORCES: NamedGroup[] = [
  { id: 'ext.un-peacekeepers', name: 'United Nations Peacekeepers', country: null, inter: 8, why: 'UN peacekeeping missions', aliases: ['un peacekeeper*', 'united nations peacekeeper*', 'blue helmets', 'un troops', 'peacekeeper*'] },
  { id: 'ext.minusma', name: 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', country: 'ML', inter: 8, why: 'UN mission in Mali (2013-23)', aliases: ['minusma'] },
  { id: 'ext.monusco', name: 'MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', country: 'CD', inter: 8, why: 'UN mission in DR Congo', aliases: ['monusco'] },
  { id: 'ext.minusca', name: 'MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', country: 'CF', inter: 8, why: 'UN mission in CAR', aliases: ['minusca'] },
  { id: 'ext.unmiss', name: 'UNMISS: United Nations Mission in South Sudan', country: 'SS', inter: 8, why: 'UN mission in South Sudan', aliases: ['unmiss'] },
  { id: 'ext.unifil', name: 'UNIFIL: United Nations Interim Force in Lebanon', country: 'LB', inter: 8, why: 'UN force in southern Lebanon', aliases: ['unifil'] },
  { id: 'ext.atmis', name: 'ATMIS: African Union Transition Mission in Somalia', country: 'SO', inter: 8, why: 'the African Union mission in Somalia (AMISOM 2007-22, ATMIS, AUSSOM 2025-)', aliases: ['amisom', 'atmis', 'aussom', 'african union mission in somalia', 'african union troops', 'african union forces', 'au troops', 'au forces', 'au peacekeepers'] },
  { id: 'ext.nato', name: 'NATO: North Atlantic Treaty Organization', country: null, inter: 8, why: 'the North Atlantic alliance and its missions (ISAF, Resolute Support, KFOR)', aliases: ['nato', 'isaf', 'resolute support', 'kfor', 'nato - led'] },
  { id: 'ext.takuba', name: 'Takuba Task Force', country: 'ML', inter: 8, why: 'European special forces task force in the Sahel (2020-22)', aliases: ['takuba task force', 'task force takuba', 'takuba'] },
  { id: 'ext.ecowas', name: 'ECOWAS Standby Force', country: null, inter: 8, why: 'the West African regional force (ECOMOG, ECOMIB)', aliases: ['ecowas standby force', 'ecowas forces', 'ecowas troops', 'ecomog', 'ecomib'] },
  { id: 'ext.dag', name: 'Dyck Advisory Group', country: 'ZA', inter: 8, why: 'South African private military company hired in Mozambique (2020-21)', aliases: ['dyck advisory group', 'dyck'], acronyms: ['DAG'] },
  { id: 'ext.pmc', name: 'Private Military Company', country: null, inter: 8, perCountry: true, why: 'hired mercenaries and private military contractors (ACLED inter 8)',
    aliases: ['private military compan*', 'private military group*', 'private security compan*', 'private military contractor*', 'private security contractor*', 'military contractor*', 'mercenaries', 'mercenary', 'blackwater', 'academi'] },
];
