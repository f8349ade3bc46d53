// The bench corpus's world: dozens of countries, two or three well-known towns each (coordinates rounded,
// from general knowledge of GeoNames entries), who fights whom there as outlets would write it, and
// many outlets. Written for the bench; nothing here comes from the evaluation sets.
import type { Town } from '../test/corpus/places.js';
import { TOWNS } from '../test/corpus/places.js';
import type { Sides } from '../test/corpus/generate.js';
import type { Kind } from '../test/corpus/templates.js';

const t = (name: string, lat: number, lon: number, country: string, admin1: string, demonym: string): Town => ({ name, lat, lon, country, admin1, demonym });

export const BENCH_TOWNS: Town[] = [
  ...TOWNS,
  t('Goma', -1.6792, 29.2228, 'CD', 'North Kivu', 'Congolese'), t('Bunia', 1.5667, 30.25, 'CD', 'Ituri', 'Congolese'), t('Bukavu', -2.4908, 28.8428, 'CD', 'South Kivu', 'Congolese'),
  t('Maiduguri', 11.8464, 13.1603, 'NG', 'Borno', 'Nigerian'), t('Kaduna', 10.5222, 7.4383, 'NG', 'Kaduna', 'Nigerian'), t('Jos', 9.9285, 8.8921, 'NG', 'Plateau', 'Nigerian'),
  t('Ouagadougou', 12.3657, -1.5339, 'BF', 'Centre', 'Burkinabe'), t('Djibo', 14.1022, -1.6306, 'BF', 'Sahel', 'Burkinabe'),
  t('Niamey', 13.5137, 2.1098, 'NE', 'Niamey', 'Nigerien'), t('Tillaberi', 14.2117, 1.4531, 'NE', 'Tillaberi', 'Nigerien'),
  t('Mekelle', 13.4967, 39.4753, 'ET', 'Tigray', 'Ethiopian'), t('Gondar', 12.6, 37.4667, 'ET', 'Amhara', 'Ethiopian'),
  t('Bangui', 4.3612, 18.555, 'CF', 'Bangui', 'Central African'), t('Bambari', 5.7679, 20.6757, 'CF', 'Ouaka', 'Central African'),
  t('Juba', 4.8594, 31.5713, 'SS', 'Central Equatoria', 'South Sudanese'), t('Malakal', 9.5334, 31.6605, 'SS', 'Upper Nile', 'South Sudanese'),
  t('Pemba', -12.974, 40.5178, 'MZ', 'Cabo Delgado', 'Mozambican'), t('Mocimboa da Praia', -11.3475, 40.3544, 'MZ', 'Cabo Delgado', 'Mozambican'),
  t('Benghazi', 32.1167, 20.0667, 'LY', 'Benghazi', 'Libyan'), t('Misrata', 32.3754, 15.0925, 'LY', 'Misrata', 'Libyan'),
  t('Mosul', 36.335, 43.1189, 'IQ', 'Nineveh', 'Iraqi'), t('Kirkuk', 35.4681, 44.3922, 'IQ', 'Kirkuk', 'Iraqi'),
  t('Kandahar', 31.6133, 65.7101, 'AF', 'Kandahar', 'Afghan'), t('Jalalabad', 34.4265, 70.4515, 'AF', 'Nangarhar', 'Afghan'),
  t('Peshawar', 34.008, 71.5785, 'PK', 'Khyber Pakhtunkhwa', 'Pakistani'), t('Quetta', 30.1841, 67.0014, 'PK', 'Balochistan', 'Pakistani'),
  t('Mandalay', 21.9747, 96.0836, 'MM', 'Mandalay', 'Myanmar'), t('Sittwe', 20.1462, 92.8983, 'MM', 'Rakhine', 'Myanmar'), t('Myitkyina', 25.3833, 97.4, 'MM', 'Kachin', 'Myanmar'),
  t('Marawi', 7.9986, 124.2928, 'PH', 'Lanao del Sur', 'Filipino'), t('Cotabato', 7.2236, 124.2464, 'PH', 'Maguindanao', 'Filipino'),
  t('Port-au-Prince', 18.5392, -72.335, 'HT', 'Ouest', 'Haitian'), t('Gonaives', 19.4475, -72.6892, 'HT', 'Artibonite', 'Haitian'),
  t('Culiacan', 24.7994, -107.3897, 'MX', 'Sinaloa', 'Mexican'), t('Tijuana', 32.5027, -117.0037, 'MX', 'Baja California', 'Mexican'),
  t('Cucuta', 7.8939, -72.5078, 'CO', 'Norte de Santander', 'Colombian'), t('Popayan', 2.4448, -76.6147, 'CO', 'Cauca', 'Colombian'),
  t('Khan Younis', 31.3462, 34.3063, 'PS', 'Gaza', 'Palestinian'), t('Jenin', 32.4608, 35.2956, 'PS', 'West Bank', 'Palestinian'),
  t('Tyre', 33.2733, 35.1939, 'LB', 'South', 'Lebanese'), t('Baalbek', 34.0058, 36.2181, 'LB', 'Baalbek-Hermel', 'Lebanese'),
  t('Diyarbakir', 37.9144, 40.2306, 'TR', 'Diyarbakir', 'Turkish'),
  t('Garissa', -0.4532, 39.6461, 'KE', 'Garissa', 'Kenyan'), t('Mandera', 3.9366, 41.867, 'KE', 'Mandera', 'Kenyan'),
  t('Bamenda', 5.9597, 10.1459, 'CM', 'North-West', 'Cameroonian'), t('Maroua', 10.591, 14.3159, 'CM', 'Far North', 'Cameroonian'),
  t("N'Djamena", 12.1067, 15.0444, 'TD', 'Chari-Baguirmi', 'Chadian'),
  t('Kidal', 18.4411, 1.4078, 'ML', 'Kidal', 'Malian'),
  t('Aden', 12.7797, 45.0367, 'YE', 'Aden', 'Yemeni'), t('Hodeidah', 14.7978, 42.9545, 'YE', 'Hodeidah', 'Yemeni'),
  t('Dnipro', 48.4666, 35.0407, 'UA', 'Dnipropetrovska', 'Ukrainian'), t('Mykolaiv', 46.9659, 31.9974, 'UA', 'Mykolaivska', 'Ukrainian'),
  t('Belgorod', 50.6107, 36.5802, 'RU', 'Belgorod', 'Russian'), t('Kursk', 51.7373, 36.1874, 'RU', 'Kursk', 'Russian'),
];

const side = (actor: string, enemy: string, kinds: Kind[]) => ({ actor, enemy, kinds });
const ALL: Kind[] = ['strike', 'shelling', 'clash', 'protest'];
const GROUND: Kind[] = ['clash', 'shelling', 'protest'];

export const BENCH_SIDES: Sides = {
  UA: side('Russian forces', 'Ukrainian troops', ALL),
  RU: side('Ukrainian forces', 'Russian troops', ['strike', 'shelling']),
  SY: side('Syrian government forces', 'rebel fighters', ALL),
  SD: side('the Rapid Support Forces', 'the Sudanese army', ['shelling', 'clash', 'strike']),
  YE: side('Houthi forces', 'government troops', ALL),
  SO: side('al-Shabaab militants', 'Somali soldiers', ['clash', 'shelling']),
  ML: side('JNIM militants', 'Malian soldiers', ['clash', 'strike']),
  CD: side('M23 rebels', 'Congolese soldiers', GROUND),
  NG: side('Boko Haram fighters', 'Nigerian troops', GROUND),
  BF: side('JNIM militants', 'Burkinabe soldiers', ['clash']),
  NE: side('Islamic State Sahel fighters', 'Nigerien soldiers', ['clash', 'protest']),
  ET: side('Fano militiamen', 'Ethiopian federal troops', ALL),
  CF: side('rebel fighters', 'government troops', GROUND),
  SS: side('opposition forces', 'South Sudanese troops', GROUND),
  MZ: side('Islamist insurgents', 'Mozambican troops', ['clash']),
  LY: side('rival militias', 'the Libyan National Army', GROUND),
  IQ: side('Islamic State fighters', 'Iraqi security forces', ['clash', 'strike', 'protest']),
  AF: side('Islamic State Khorasan fighters', 'Taliban security forces', ['clash', 'protest']),
  PK: side('Pakistani Taliban fighters', 'Pakistani troops', ['clash', 'protest']),
  MM: side('the Myanmar military', 'resistance fighters', ALL),
  PH: side('Islamist militants', 'Philippine troops', ['clash']),
  HT: side('armed gangs', 'Haitian police', ['clash', 'protest']),
  MX: side('cartel gunmen', 'Mexican soldiers', ['clash', 'protest']),
  CO: side('ELN guerrillas', 'Colombian soldiers', ['clash']),
  PS: side('Israeli forces', 'Palestinian gunmen', ALL),
  LB: side('Israeli forces', 'Hezbollah fighters', ['strike', 'shelling']),
  TR: side('Turkish security forces', 'Kurdish militants', ['clash', 'protest']),
  KE: side('al-Shabaab militants', 'Kenyan police', ['clash']),
  CM: side('separatist fighters', 'Cameroonian soldiers', GROUND),
  TD: side('rebel fighters', 'Chadian troops', ['clash', 'protest']),
};

export const BENCH_OUTLETS = [
  'The Daily Ledger', 'Frontline Herald', 'Morning Courier', 'Regional Observer', 'Capital Times', 'Evening Dispatch',
  'Northern Gazette', 'Border Post', 'The Coastal Chronicle', 'Highland Tribune', 'Sahel Review', 'Gulf Standard',
  'Lakeside Monitor', 'The Valley Sentinel', 'Metro Bulletin', 'The Weekly Register', 'Harbour News', 'The River Journal',
  'Eastern Record', 'Plains Reporter', 'Delta Voice', 'The Summit Post', 'Crossroads Daily', 'The Open Press',
];
