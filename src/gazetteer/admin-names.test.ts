// Table tests for the names admin areas answer to (admin-names.ts), one line a case, from the
// unit-word and position-word rules; and the admin-area API of the built gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaKeys, bareAreaName, countrySuffixes, positionVariants } from './admin-names.js';
import { loadGazetteer } from './index.js';

const bare: Array<[string, string | null]> = [
  // [folded name, without its unit word]
  ['province du gourma', 'gourma'],
  ['daira de tenes', 'tenes'],
  ['shahrestan e zanjan', 'zanjan'],
  ['qada samarra', 'samarra'],
  ['degmada baraawe', 'baraawe'],
  ['muhafazat hadramaout', 'hadramaout'],
  ['rutshuru territory', 'rutshuru'],
  ['damascus governorate', 'damascus'],
  ['jimma zone', 'jimma'],
  ['municipio jose felix ribas', 'jose felix ribas'],
  ['henry county', null], // "County" is part of an English county's name
  ['orleans parish', null],
  ['kinshasa city', null],
  ['north kivu', null],
  ['province', null], // a unit word alone is no name
];
for (const [name, want] of bare) test(`bare ${name} → ${want}`, () => assert.equal(bareAreaName(name), want));

const positions: Array<[string, string[]]> = [
  // [folded name, some of its position variants]
  ['north kivu', ['nord kivu', 'northern kivu', 'shamal kivu']],
  ['northern darfur', ['north darfur', 'shamal darfur']],
  ['kasai central', ['central kasai', 'kasai centre']],
  ['east kasai', ['kasai oriental', 'est kasai']],
  ['nord ouest', ['north west', 'northwest']], // Cameroon's North-West region, in French
  ['north west', ['nord ouest']],
  ['haut uele', ['upper uele']],
];
for (const [name, want] of positions) {
  test(`position variants of ${name}`, () => {
    const got = positionVariants(name);
    for (const w of want) assert.ok(got.includes(w), `${w} in ${got.join(', ')}`);
  });
}

test('a name that is a position word alone has no variants', () => {
  assert.deepEqual(positionVariants('nord'), []);
  assert.deepEqual(positionVariants('centre'), []);
});

test('unit-word forms: generic by level, and what the country’s own names use', () => {
  assert.ok(areaKeys('Saada', 'ADM1').forms.includes('saada province'));
  assert.ok(areaKeys('Saada', 'ADM1').forms.includes('saada governorate'));
  assert.ok(!areaKeys('Ohio', 'ADM1').forms.includes('ohio state'), 'no "X state" where the country’s names have none');
  assert.ok(areaKeys('Zamfara', 'ADM1', countrySuffixes(['Zamfara State', 'Lagos'])).forms.includes('zamfara state'));
  assert.ok(areaKeys('Zhari', 'ADM2').forms.includes('zhari district'));
  assert.deepEqual(areaKeys('District of Columbia', 'ADM1').own, ['district of columbia'], '"X of Y": the bare word names something else first');
  assert.deepEqual(areaKeys('Gaza Province', 'ADM1').weak, ['gaza'], 'a bare name that starts the name stays an alternate');
  assert.deepEqual(areaKeys('Province du Gourma', 'ADM2').weak, [], 'one left after a leading unit word is the name proper');
});

const gaz = loadGazetteer();
const area = (name: string, cc: string, level?: 'ADM1' | 'ADM2') => gaz.areasNamed(name, cc, level)[0];

const areas: Array<[string, string, string, string]> = [
  // [name as written, country, the area's GeoNames name, feature code]
  ['Nord-Kivu', 'CD', 'North Kivu', 'ADM1'],
  ['Sud-Kivu', 'CD', 'South Kivu', 'ADM1'],
  ['North Darfur', 'SD', 'Northern Darfur', 'ADM1'],
  ['Zamfara state', 'NG', 'Zamfara State', 'ADM1'],
  ['Gourma', 'BF', 'Province du Gourma', 'ADM2'],
  ['Masisi', 'CD', 'Masisi Territory', 'ADM2'],
  ['Saada', 'YE', 'Şa‘dah', 'ADM1'], // one word, through the loose key within the country
  ['Hadramawt', 'YE', 'Muhafazat Hadramaout', 'ADM1'],
];
for (const [name, cc, want, fc] of areas) {
  test(`areasNamed ${name} (${cc}) → ${want}`, () => {
    const e = area(name, cc);
    assert.ok(e !== undefined, 'found');
    assert.equal(gaz.entry(e).name, want);
    assert.equal(gaz.featureOf(e), fc);
  });
}

test('an area knows its seat; a place knows its admin2; places are found within an area', () => {
  assert.equal(gaz.entry(gaz.seatOf(area('Nord-Kivu', 'CD'))!).name, 'Goma');
  assert.equal(gaz.entry(gaz.seatOf(area('Al Jawf', 'YE', 'ADM1'))!).name, 'Al Ḩazm');
  assert.equal(gaz.entry(gaz.seatOf(area('Suqutra', 'YE'))!).name, 'Hadibu', 'a province without a PPLA: its biggest PPLA2');
  assert.equal(gaz.seatOf(gaz.lookup('damascus')[0].entry), null, 'a town has no seat');
  const beni = gaz.placesIn('Beni', area('Nord-Kivu', 'CD'));
  assert.ok(beni.length && beni.every((e) => gaz.countryOf(e) === 'CD'), 'Beni in North Kivu is the Congolese one');
  assert.equal(gaz.entry(beni[0]).admin2, 'Beni');
  assert.deepEqual(gaz.placesIn('Beni', area('Sud-Kivu', 'CD')), []);
  const idlib = area('Idlib', 'SY', 'ADM1');
  assert.ok(gaz.placesIn('Saraqib', idlib).length > 0);
  assert.ok(gaz.isWithin(gaz.placesIn('Saraqib', idlib)[0], idlib));
  assert.ok(!gaz.isWithin(gaz.lookup('damascus')[0].entry, idlib));
});

test('admin2KeyOf is equal exactly when the admin2 area is', () => {
  const [a, b] = [gaz.placesIn('Beni', area('Nord-Kivu', 'CD'))[0], area('Beni', 'CD', 'ADM2')];
  assert.equal(gaz.admin2KeyOf(a), gaz.admin2KeyOf(b));
  assert.notEqual(gaz.admin2KeyOf(a), gaz.admin2KeyOf(area('Masisi', 'CD', 'ADM2')));
});
