// A temporary store seeded through the store's own API with HAND-BUILT extraction results (invented
// articles, not the extractor's reading), so API and browser tests see known incidents whatever the
// reader currently finds: a strike told by three outlets (one denial, differing tolls), a battle and
// a protest.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { storeArticle } from '../../src/ingest/store-article.js';
import { article, result, type PlaceSpec } from '../helpers/build.js';

const KHARKIV: PlaceSpec = { name: 'Kharkiv', lat: 49.9935, lon: 36.2304, country: 'UA', admin1: 'Kharkivska' };
const MISRATA: PlaceSpec = { name: 'Misrata', lat: 32.3754, lon: 15.0925, country: 'LY', admin1: 'Misrata' };
const LYON: PlaceSpec = { name: 'Lyon', lat: 45.7485, lon: 4.8467, country: 'FR', admin1: 'Auvergne-Rhone-Alpes' };

export const SEED_TEXTS = {
  first: 'Missiles hit a depot in Kharkiv before dawn on Sunday, the regional governor said, and at least four people died. Emergency crews worked through the morning to clear the rubble.',
  second: 'A missile strike on a warehouse district of Kharkiv killed six people overnight, local officials reported. Moscow denied targeting civilian sites and called the reports fabricated.',
  third: 'Rescuers pulled bodies from a destroyed storage depot in Kharkiv after an overnight missile attack; a monitoring group counted five dead and said the toll could rise.',
  battle: 'Fighters loyal to two rival brigades exchanged fire for hours on the coastal road outside Misrata on Thursday, residents said, and two combatants were killed in the clashes.',
  protest: 'Several thousand people marched peacefully through central Lyon on Saturday to protest pension changes, organisers said; the police reported no arrests.',
};

export async function seedStore(): Promise<{ store: Store; path: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-api-')), 'seed.db');
  const opened = openStore(path);
  if (!opened.ok) throw new Error(opened.message);
  await seedInto(opened.value);
  return { store: opened.value, path };
}

/** Stores the hand-built articles and their readings into `store`, fusing them as ingest would. */
export async function seedInto(store: Store): Promise<void> {
  const strike = { type: 'Explosions/Remote violence' as const, sub: 'Shelling/artillery/missile attack', date: '2024-03-10', place: KHARKIV, actor1: 'Military Forces of Russia' };
  const seed = [
    article('kharkiv-a', SEED_TEXTS.first, { outlet: 'Kyiv Courier', title: 'Missiles strike Kharkiv depot', published: '2024-03-10' }),
    article('kharkiv-b', SEED_TEXTS.second, { outlet: 'Eastern Wire', title: 'Six killed in Kharkiv strike', published: '2024-03-11' }),
    article('kharkiv-c', SEED_TEXTS.third, { outlet: 'Monitor Weekly', title: 'Rescuers search Kharkiv depot', published: '2024-03-11' }),
    article('misrata', SEED_TEXTS.battle, { outlet: 'Libya Desk', title: 'Clashes outside Misrata', published: '2024-05-03' }),
    article('lyon', SEED_TEXTS.protest, { outlet: 'Rhone Daily', title: 'Lyon pension march', published: '2024-06-01' }),
  ];
  const results = [
    result('kharkiv-a', [{ ...strike, dead: [4, 4, 4], injured: 9, claims: [{ source: 'regional governor', kind: 'government' }] }]),
    result('kharkiv-b', [{ ...strike, dead: 6, claims: [{ source: 'local officials', kind: 'government' }, { source: 'Russian Defence Ministry', kind: 'military', stance: 'denies' }] }]),
    result('kharkiv-c', [{ ...strike, dead: [5, 5, 8], injured: [11, 11, 15], claims: [{ source: 'monitoring group', kind: 'monitor' }] }]),
    result('misrata', [{ type: 'Battles', sub: 'Armed clash', date: '2024-05-02', place: MISRATA, actor1: 'Misrata Brigade', actor2: 'Tripoli Brigade', dead: 2, claims: [{ source: 'residents', kind: 'witness' }] }]),
    result('lyon', [{ type: 'Protests', sub: 'Peaceful protest', date: '2024-06-01', place: LYON, actor1: 'Protesters (France)', claims: [{ source: 'organisers', kind: 'other' }] }]),
  ];
  await store.transaction(async () => {
    for (let i = 0; i < seed.length; i++) await storeArticle(store, seed[i], results[i]);
  });
}
