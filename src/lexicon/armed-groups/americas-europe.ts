// Armed groups, cartels and gangs of Latin America and the Caribbean, and armed groups of Europe and
// the Caucasus. Written from general (encyclopaedic) knowledge. ACLED codes gangs and cartels as
// political militias (inter 3).
import type { NamedGroup } from './types.js';

export const AMERICAS: NamedGroup[] = [
  // Colombia, Venezuela, Peru, Paraguay
  { id: 'group.eln', name: 'ELN: National Liberation Army', country: 'CO', inter: 2, why: "Colombia's Guevarist guerrilla (Ejército de Liberación Nacional)",
    aliases: ['ejercito de liberacion nacional', 'national liberation army ( eln )', 'eln guerrilla*', 'eln rebels'], acronyms: ['ELN'] },
  { id: 'group.farc-dissidents', name: 'FARC Dissidents', country: 'CO', inter: 2, why: 'FARC fronts that rejected the 2016 peace deal (EMC, Segunda Marquetalia)',
    aliases: ['farc dissident*', 'dissidents of the farc', 'dissidents of the former farc', 'farc - ep dissident*', 'estado mayor central', 'central general staff', 'segunda marquetalia', 'second marquetalia', 'dissident farc'], acronyms: ['EMC'] },
  { id: 'group.farc', name: 'FARC: Revolutionary Armed Forces of Colombia', country: 'CO', inter: 2, why: 'Colombian guerrilla (1964-2017)', aliases: ['revolutionary armed forces of colombia', 'fuerzas armadas revolucionarias de colombia'], acronyms: ['FARC', 'FARC-EP'] },
  { id: 'group.clan-del-golfo', name: 'Clan del Golfo', country: 'CO', inter: 3, why: "Colombia's largest neo-paramilitary drug-trafficking group (AGC, Urabeños)",
    aliases: ['clan del golfo', 'gulf clan', 'urabenos', 'los urabenos', 'autodefensas gaitanistas de colombia', 'gaitanista self - defense forces', 'gaitanista army', 'clan usuga'], acronyms: ['AGC', 'EGC'] },
  { id: 'group.epl', name: 'EPL: Popular Liberation Army', country: 'CO', inter: 2, why: 'Colombian guerrilla remnant of Catatumbo (Los Pelusos)', aliases: ['popular liberation army', 'ejercito popular de liberacion', 'los pelusos'] },
  { id: 'group.rastrojos', name: 'Los Rastrojos', country: 'CO', inter: 3, why: 'Colombian drug-trafficking group', aliases: ['los rastrojos', 'rastrojos'] },
  { id: 'group.tren-de-aragua', name: 'Tren de Aragua', country: 'VE', inter: 3, why: 'Venezuelan transnational gang', aliases: ['tren de aragua'] },
  { id: 'group.colectivos', name: 'Colectivos (Venezuela)', country: 'VE', inter: 3, why: 'pro-government armed groups of Venezuela', aliases: ['colectivo*', 'armed colectivo*'] },
  { id: 'group.shining-path', name: 'Shining Path', country: 'PE', inter: 2, why: "Peru's Maoist insurgency (remnant in the VRAEM as the MPCP)", aliases: ['shining path', 'sendero luminoso', 'militarized communist party of peru'], acronyms: ['MPCP'] },
  { id: 'group.epp', name: "EPP: Paraguayan People's Army", country: 'PY', inter: 2, why: 'Paraguayan guerrilla group', aliases: ["paraguayan people 's army", 'ejercito del pueblo paraguayo'], acronyms: ['EPP'] },

  // Mexico and Central America
  { id: 'group.cjng', name: 'CJNG: Jalisco New Generation Cartel', country: 'MX', inter: 3, why: 'Mexican drug cartel (2009-)',
    aliases: ['jalisco new generation cartel', 'cartel jalisco nueva generacion', 'jalisco cartel', 'new generation cartel', 'jalisco nueva generacion'], acronyms: ['CJNG'] },
  { id: 'group.sinaloa', name: 'Sinaloa Cartel', country: 'MX', inter: 3, why: 'Mexican drug cartel (with Los Chapitos and La Mayiza factions)', aliases: ['sinaloa cartel', 'cartel de sinaloa', 'los chapitos', 'chapitos', 'la mayiza'] },
  { id: 'group.gulf-cartel', name: 'CDG: Gulf Cartel', country: 'MX', inter: 3, why: 'Mexican drug cartel of Tamaulipas', aliases: ['gulf cartel', 'cartel del golfo'], acronyms: ['CDG'] },
  { id: 'group.cdn', name: 'CDN: Northeast Cartel', country: 'MX', inter: 3, why: 'Mexican cartel, successor of Los Zetas', aliases: ['northeast cartel', 'cartel del noreste', 'los zetas', 'zetas'], acronyms: ['CDN'] },
  { id: 'group.familia-michoacana', name: 'La Familia Michoacana', country: 'MX', inter: 3, why: 'Mexican cartel of Michoacan, Guerrero and Mexico state', aliases: ['la familia michoacana', 'familia michoacana', 'la nueva familia michoacana'] },
  { id: 'group.carteles-unidos', name: 'Carteles Unidos', country: 'MX', inter: 3, why: 'alliance of Michoacan cartels (Los Viagras among them)', aliases: ['carteles unidos', 'los viagras', 'viagras', 'caballeros templarios', 'knights templar cartel'] },
  { id: 'group.santa-rosa', name: 'Santa Rosa de Lima Cartel', country: 'MX', inter: 3, why: 'fuel-theft cartel of Guanajuato', aliases: ['santa rosa de lima cartel', 'cartel de santa rosa de lima'], acronyms: ['CSRL'] },
  { id: 'group.guerreros-unidos', name: 'Guerreros Unidos', country: 'MX', inter: 3, why: 'Mexican drug-trafficking group of Guerrero', aliases: ['guerreros unidos'] },
  { id: 'group.ms13', name: 'MS-13: Mara Salvatrucha', country: 'SV', inter: 3, why: 'transnational street gang of El Salvador, Honduras and Guatemala', aliases: ['ms - 13', 'ms13', 'mara salvatrucha'] },
  { id: 'group.barrio-18', name: 'Barrio 18', country: 'SV', inter: 3, why: 'transnational street gang (18th Street)', aliases: ['barrio 18', 'barrio - 18', 'calle 18', '18th street gang', 'mara 18', 'm - 18'] },

  // Brazil, Ecuador, Haiti
  // world14: Mapuche armed group of Chile's Araucania (1998-), named as ACLED names it.
  { id: 'group.cam', name: 'CAM: Coordinadora Arauco-Malleco', country: 'CL', inter: 2, why: "Mapuche armed group of southern Chile (1998-), arson attacks on forestry companies",
    aliases: ['coordinadora arauco - malleco', 'coordinadora arauco malleco', 'arauco - malleco coordinating committee', 'arauco malleco coordinator'] },
  { id: 'group.pcc', name: 'PCC: First Capital Command', country: 'BR', inter: 3, why: "Brazil's largest criminal organisation", aliases: ['primeiro comando da capital', 'first capital command'], acronyms: ['PCC'] },
  { id: 'group.comando-vermelho', name: 'CV: Red Command', country: 'BR', inter: 3, why: 'Rio de Janeiro criminal organisation', aliases: ['comando vermelho', 'red command'] },
  { id: 'group.los-choneros', name: 'Los Choneros', country: 'EC', inter: 3, why: 'Ecuadorian gang', aliases: ['los choneros', 'choneros'] },
  { id: 'group.los-lobos', name: 'Los Lobos', country: 'EC', inter: 3, why: 'Ecuadorian gang', aliases: ['los lobos'] },
  { id: 'group.los-tiguerones', name: 'Los Tiguerones', country: 'EC', inter: 3, why: 'Ecuadorian gang', aliases: ['los tiguerones', 'tiguerones'] },
  { id: 'group.viv-ansanm', name: 'Viv Ansanm', country: 'HT', inter: 3, why: "coalition of Port-au-Prince gangs (2023-), with G9 and G-Pep", aliases: ['viv ansanm'] },
  { id: 'group.g9', name: 'G9 an Fanmi e Alye', country: 'HT', inter: 3, why: 'Haitian gang federation led by Jimmy Cherizier', aliases: ['g9', 'g - 9', 'g9 an fanmi', 'g9 family and allies', 'g9 federation'] },
  { id: 'group.g-pep', name: 'G-Pep', country: 'HT', inter: 3, why: 'Haitian gang alliance', aliases: ['g - pep', 'g - peple', 'gpep'] },
  { id: 'group.400-mawozo', name: '400 Mawozo', country: 'HT', inter: 3, why: 'Haitian gang of Croix-des-Bouquets', aliases: ['400 mawozo', '400 mawozos'] },
  // world17: the Artibonite valley's largest gang (Savien, Petite Riviere), behind the 2024 killings there
  { id: 'group.gran-grif', name: 'Gran Grif', country: 'HT', inter: 3, why: 'Haitian gang of the lower Artibonite valley', aliases: ['gran grif', 'gran grif gang', 'grand grif'] },
  { id: 'group.5-segonn', name: '5 Segonn', country: 'HT', inter: 3, why: 'Haitian gang of Village de Dieu', aliases: ['5 segonn', 'village de dieu gang'] },
];

export const EUROPE: NamedGroup[] = [
  { id: 'group.wagner', name: 'Wagner Group', country: 'RU', inter: 8, why: 'Russian private military company (Africa Corps after 2023)', aliases: ['wagner', 'wagner group', 'wagner pmc', 'pmc wagner', 'wagner mercenaries', 'africa corps', 'russian africa corps'] },
  { id: 'group.kadyrovtsy', name: 'Military Forces of Russia (Kadyrovtsy)', country: 'RU', inter: 1, why: "Chechen forces loyal to Ramzan Kadyrov (Akhmat units)", aliases: ['kadyrovtsy', 'kadyrovites', 'akhmat battalion', 'akhmat special forces', 'akhmat units'] },
  { id: 'group.rvc', name: 'RDK: Russian Volunteer Corps', country: 'UA', inter: 2, why: 'anti-Kremlin Russian volunteers fighting for Ukraine', aliases: ['russian volunteer corps', 'freedom of russia legion'], acronyms: ['RDK'] },
  { id: 'group.dpr', name: "DPR: Donetsk People's Republic", country: 'UA', inter: 2, why: "Russian-backed forces of Donetsk (2014-22)", aliases: ["donetsk people 's republic", 'donetsk separatist*', "luhansk people 's republic", 'lugansk people \'s republic', 'pro - russian separatist*', 'russian - backed separatist*'], acronyms: ['DPR', 'LPR'] },
  { id: 'group.artsakh', name: 'Military Forces of Artsakh', country: 'AZ', inter: 1, why: 'the Nagorno-Karabakh Defence Army (1992-2023)',
    aliases: ['artsakh defense army', 'artsakh defence army', 'nagorno - karabakh defense army', 'nagorno - karabakh defence army', 'karabakh armenian forces', 'ethnic armenian forces', 'karabakh forces', 'artsakh forces', 'forces of artsakh', 'military forces of artsakh', 'artsakh'] },
  { id: 'group.pkk-europe', name: 'PKK: Kurdistan Workers Party', country: 'TR', inter: 2, aliases: ['kongra - gel'], why: 'PKK name used in Europe' },
  { id: 'group.ira', name: 'New IRA', country: 'GB', inter: 2, why: 'Irish dissident republican militants (Provisional IRA until 2005)',
    aliases: ['new ira', 'real ira', 'continuity ira', 'provisional ira', 'irish republican army', 'provisional irish republican army', 'dissident republican*'], acronyms: ['IRA'] },
  { id: 'group.uvf', name: 'UVF: Ulster Volunteer Force', country: 'GB', inter: 3, why: 'Northern Irish loyalist paramilitary', aliases: ['ulster volunteer force', 'loyalist paramilitar*'], acronyms: ['UVF'] },
  { id: 'group.uda', name: 'UDA: Ulster Defence Association', country: 'GB', inter: 3, why: 'Northern Irish loyalist paramilitary', aliases: ['ulster defence association', 'ulster freedom fighters'], acronyms: ['UDA', 'UFF'] },
  { id: 'group.eta', name: 'ETA: Basque Homeland and Liberty', country: 'ES', inter: 2, why: 'Basque separatist group (1959-2018)', aliases: ['euskadi ta askatasuna', 'basque separatist group eta'], acronyms: ['ETA'] },
  { id: 'group.flnc', name: 'FLNC: National Liberation Front of Corsica', country: 'FR', inter: 2, why: 'Corsican separatist group', aliases: ['national liberation front of corsica', 'front de liberation nationale corse'], acronyms: ['FLNC'] },
];
