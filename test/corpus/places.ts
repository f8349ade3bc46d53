// Towns the generated corpus sets its incidents in: well-known places (coordinates rounded from GeoNames,
// from general knowledge), at least ~30 km apart within a country except the `near` pairs, which are
// 12-40 km apart on purpose: two strikes on such a pair the same night must stay two incidents.
export interface Town { name: string; lat: number; lon: number; country: string; admin1: string; demonym: string; near?: string }

export const TOWNS: Town[] = [
  { name: 'Kharkiv', lat: 49.9935, lon: 36.2304, country: 'UA', admin1: 'Kharkivska', demonym: 'Ukrainian', near: 'Chuhuiv' },
  { name: 'Chuhuiv', lat: 49.8353, lon: 36.6880, country: 'UA', admin1: 'Kharkivska', demonym: 'Ukrainian' },
  { name: 'Kherson', lat: 46.6354, lon: 32.6169, country: 'UA', admin1: 'Khersonska', demonym: 'Ukrainian' },
  { name: 'Zaporizhzhia', lat: 47.8388, lon: 35.1396, country: 'UA', admin1: 'Zaporizka', demonym: 'Ukrainian' },
  { name: 'Sumy', lat: 50.9077, lon: 34.7981, country: 'UA', admin1: 'Sumska', demonym: 'Ukrainian' },
  { name: 'Odesa', lat: 46.4825, lon: 30.7233, country: 'UA', admin1: 'Odeska', demonym: 'Ukrainian' },
  { name: 'Kramatorsk', lat: 48.7231, lon: 37.5563, country: 'UA', admin1: 'Donetska', demonym: 'Ukrainian', near: 'Sloviansk' },
  { name: 'Sloviansk', lat: 48.8526, lon: 37.6044, country: 'UA', admin1: 'Donetska', demonym: 'Ukrainian' },
  { name: 'Aleppo', lat: 36.2021, lon: 37.1343, country: 'SY', admin1: 'Aleppo', demonym: 'Syrian' },
  { name: 'Idlib', lat: 35.9306, lon: 36.6339, country: 'SY', admin1: 'Idlib', demonym: 'Syrian', near: 'Saraqib' },
  { name: 'Saraqib', lat: 35.8644, lon: 36.8006, country: 'SY', admin1: 'Idlib', demonym: 'Syrian' },
  { name: 'Homs', lat: 34.7324, lon: 36.7137, country: 'SY', admin1: 'Homs', demonym: 'Syrian' },
  { name: 'Raqqa', lat: 35.9528, lon: 39.0079, country: 'SY', admin1: 'Raqqa', demonym: 'Syrian' },
  { name: 'Daraa', lat: 32.6189, lon: 36.1021, country: 'SY', admin1: 'Daraa', demonym: 'Syrian' },
  { name: 'El Fasher', lat: 13.6279, lon: 25.3494, country: 'SD', admin1: 'North Darfur', demonym: 'Sudanese' },
  { name: 'Omdurman', lat: 15.6445, lon: 32.4777, country: 'SD', admin1: 'Khartoum', demonym: 'Sudanese' },
  { name: 'Nyala', lat: 12.0489, lon: 24.8807, country: 'SD', admin1: 'South Darfur', demonym: 'Sudanese' },
  { name: 'El Obeid', lat: 13.1843, lon: 30.2167, country: 'SD', admin1: 'North Kordofan', demonym: 'Sudanese' },
  { name: 'Taiz', lat: 13.5795, lon: 44.0209, country: 'YE', admin1: 'Taiz', demonym: 'Yemeni' },
  { name: 'Marib', lat: 15.4629, lon: 45.3253, country: 'YE', admin1: 'Marib', demonym: 'Yemeni' },
  { name: 'Baidoa', lat: 3.1136, lon: 43.6498, country: 'SO', admin1: 'Bay', demonym: 'Somali' },
  { name: 'Kismayo', lat: -0.3582, lon: 42.5454, country: 'SO', admin1: 'Lower Juba', demonym: 'Somali' },
  { name: 'Gao', lat: 16.2717, lon: -0.0447, country: 'ML', admin1: 'Gao', demonym: 'Malian' },
  { name: 'Mopti', lat: 14.4843, lon: -4.1830, country: 'ML', admin1: 'Mopti', demonym: 'Malian' },
];

export function town(name: string): Town {
  const t = TOWNS.find((x) => x.name === name);
  if (!t) throw new Error(`no town ${name}`);
  return t;
}
