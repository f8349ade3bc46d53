// Actors: named armed groups and the nouns that name a state's forces or an unnamed party.
// Names follow ACLED's actor naming ("Military Forces of Israel", "Police Forces of India",
// "Protesters (Kenya)", "Unidentified Armed Group (Nigeria)"); the country is the group's home
// (ISO 3166-1 alpha-2). Provenance: written for this project from general knowledge of the groups
// and their common English names and abbreviations; no entry comes from an evaluation file.

export interface NamedGroup {
  name: string;
  country: string | null;
  aliases: string[]; // matched case-insensitively, same phrase syntax as event-cues.ts
}

export const NAMED_GROUPS: NamedGroup[] = [
  { name: 'Hezbollah', country: 'LB', aliases: ['hezbollah', 'hizbollah', 'hizbullah', 'hizballah'] },
  { name: 'Islamic Revolutionary Guard Corps', country: 'IR', aliases: ['irgc', 'revolutionary guard*', 'islamic revolutionary guard corps', 'quds force'] },
  { name: 'Hamas', country: 'PS', aliases: ['hamas', 'qassam brigades', 'al - qassam brigades', 'izz ad - din al - qassam brigades'] },
  { name: 'Palestinian Islamic Jihad', country: 'PS', aliases: ['islamic jihad', 'al - quds brigades'] },
  { name: 'Islamic State (ISIS)', country: null, aliases: ['isis', 'isil', 'is', 'daesh', 'islamic state', 'islamic state group', 'iswap', 'iskp', 'isis - k'] },
  { name: 'Taliban', country: 'AF', aliases: ['taliban', 'tehreek - e - taliban', 'ttp'] },
  { name: 'Hayat Tahrir al-Sham', country: 'SY', aliases: ['hts', 'hayat tahrir al - sham', 'tahrir al - sham', 'nusra front', 'al - nusra', 'jabhat al - nusra'] },
  { name: 'Syrian Democratic Forces', country: 'SY', aliases: ['sdf', 'syrian democratic forces'] },
  { name: "People's Protection Units (YPG)", country: 'SY', aliases: ['ypg', 'ypj', "people 's protection units"] },
  { name: 'Kurdistan Workers Party (PKK)', country: 'TR', aliases: ['pkk', "kurdistan workers ' party", 'kurdistan workers party'] },
  { name: 'Houthis (Ansar Allah)', country: 'YE', aliases: ['houthi*', 'ansar allah', 'ansarullah'] },
  { name: 'Wagner Group', country: 'RU', aliases: ['wagner', 'wagner group'] },
  { name: 'Al-Shabaab', country: 'SO', aliases: ['al - shabaab', 'al - shabab', 'shabaab', 'al shabaab', 'alshabaab'] },
  { name: 'Boko Haram', country: 'NG', aliases: ['boko haram'] },
  { name: 'Al-Qaeda', country: null, aliases: ['al - qaeda', 'al - qaida', 'al qaeda', 'aqap', 'aqim', 'jnim'] },
  { name: 'Free Syrian Army', country: 'SY', aliases: ['free syrian army', 'fsa', 'syrian national army', 'sna'] },
  { name: 'Popular Mobilization Forces', country: 'IQ', aliases: ['popular mobilization forces', 'popular mobilisation forces', 'pmf', 'hashd al - shaabi', 'kataib hezbollah'] },
  { name: 'Maoist Rebels (India)', country: 'IN', aliases: ['maoist*', 'naxal*', 'cpi ( maoist )', 'cpi - maoist'] },
  { name: 'Lashkar-e-Taiba', country: 'PK', aliases: ['lashkar - e - taiba', 'lashkar - e - toiba', 'jaish - e - mohammed', 'jaish - e - muhammad', 'jem', 'hizbul mujahideen'] },
  { name: 'Fulani Ethnic Militia', country: 'NG', aliases: ['fulani herdsmen', 'fulani militia*', 'herdsmen'] },
  { name: 'Allied Democratic Forces', country: 'CD', aliases: ['adf', 'allied democratic forces'] },
  { name: 'M23', country: 'CD', aliases: ['m23'] },
  { name: 'FARC', country: 'CO', aliases: ['farc', 'farc dissidents'] },
  { name: 'ELN', country: 'CO', aliases: ['eln', 'national liberation army'] },
  { name: 'Tigray People\'s Liberation Front', country: 'ET', aliases: ['tplf', 'tigrayan forces', 'tigray defence forces', 'tdf'] },
  { name: 'Rapid Support Forces', country: 'SD', aliases: ['rsf', 'rapid support forces', 'janjaweed'] },
  { name: 'Arakan Army', country: 'MM', aliases: ['arakan army'] },
  { name: 'New People\'s Army', country: 'PH', aliases: ['new people \'s army', 'npa'] },
  { name: 'Abu Sayyaf', country: 'PH', aliases: ['abu sayyaf'] },
  { name: 'Irish Republican Army', country: 'GB', aliases: ['ira', 'provisional ira', 'provisional irish republican army', 'irish republican army', 'real ira', 'new ira'] },
  { name: 'ETA', country: 'ES', aliases: ['eta', 'euskadi ta askatasuna'] },
  { name: 'Military Forces of Israel', country: 'IL', aliases: ['idf', 'israel defense forces', 'israel defence forces', 'israeli defense forces', 'israeli defence forces', 'israeli air force', 'iaf', 'tsahal'] },
  { name: 'Military Forces of the United States', country: 'US', aliases: ['pentagon', 'centcom', 'us - led coalition', 'u.s . - led coalition', 'coalition forces', 'nato'] },
];

/** Nouns that, after a country or demonym ("Israeli jets", "Syria's army"), name that state's forces. */
export const STATE_FORCE_NOUNS = {
  military: ['army', 'armies', 'military', 'troops', 'troop*', 'positions', 'soldier*', 'forces', 'force', 'air force', 'navy', 'marines', 'jets',
    'warplane*', 'aircraft', 'drone*', 'air defence*', 'air defense*', 'artillery', 'regime', 'government forces', 'regime forces',
    'commandos', 'paratroopers', 'gunboat*', 'warship*', 'helicopter*', 'tanks', 'battalion*', 'brigade*', 'division',
    'military source*', 'defence ministry', 'defense ministry', 'armed forces', 'national army', 'special forces', 'units'],
  police: ['police*', 'riot police', 'security forces', 'security personnel', 'gendarm*', 'cops', 'officers', 'border guard*',
    'coast guard', 'national guard', 'paramilitary', 'paramilitaries', 'intelligence', 'authorities'],
};

/** Unnamed parties: the noun alone says what kind of actor it is; the country comes from the location. */
export const GENERIC_ACTORS: Array<{ name: string; aliases: string[]; state?: 'military' | 'police' }> = [
  { name: 'Military Forces', state: 'military', aliases: ['troops', 'soldier*', 'army', 'military', 'government forces', 'regime forces', 'armed forces', 'air defence*', 'air defense*', 'warplane*', 'fighter jets', 'jawans', 'security forces'] },
  { name: 'Police Forces', state: 'police', aliases: ['police*', 'riot police', 'cops', 'policemen', 'gendarm*'] },
  { name: 'Unidentified Armed Group', aliases: ['gunmen', 'gunman', 'armed men', 'unknown gunmen', 'unidentified gunmen', 'assailant*', 'attacker*', 'bomber', 'bombers', 'suicide bomber*', 'armed group*', 'bandits', 'unknown men', 'unidentified men', 'masked men', 'armed individuals'] },
  { name: 'Militants', aliases: ['militant*', 'insurgent*', 'terrorist*', 'jihadist*', 'extremist*', 'islamist*', 'separatist*', 'guerrilla*'] },
  { name: 'Rebels', aliases: ['rebel*', 'rebel forces', 'opposition fighters', 'opposition forces'] },
  { name: 'Militia', aliases: ['militia*', 'militiamen', 'militias'] },
  { name: 'Protesters', aliases: ['protester*', 'protestor*', 'demonstrator*', 'marchers', 'agitators'] },
  { name: 'Rioters', aliases: ['rioter*', 'mob', 'mobs', 'crowd*', 'vigilante*'] },
  { name: 'Civilians', aliases: ['civilian*', 'villager*', 'residents', 'worshipper*', 'passengers', 'farmers', 'children', 'women', 'journalist*', 'students', 'workers', 'dock workers', 'aid workers'] },
];
