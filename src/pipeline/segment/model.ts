// The wink-eng-lite-web-model, assembled as the package's own dist/model.js does, but loaded in about
// half the time (it is most of a cold `sitrep extract`):
// - the core model is read with one JSON.parse of its file and its base64 tables decoded natively; the
//   package requires the JSON, deep-clones it through JSON.stringify + JSON.parse, and decodes with
//   atob and a loop over every byte;
// - the lexeme hash is a LexemeTable (lexeme-table.ts), built in a fraction of the time;
// - both, when the build has written data/wink-core.bin (core-file.ts), are read from that binary file instead;
// - the annotations segment never runs (entities, sentiment) get empty machines: wink reads every
//   model's automata whatever the pipe, ~570 KB of JSON for nothing; the lemmatizer loads on demand.
// The tables built are the package's, step for step (dist/read-core-model.js, dist/load-core-model.js
// of wink-eng-lite-web-model 1.8); every dev-set output is byte-identical with the package's loader.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LexemeTable } from './lexeme-table.js';
import { readCoreFile, readCoreJson } from './core-file.js';

const require = createRequire(import.meta.url);
const DIST = join(dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist');
const part = (name: string): any => require(join(DIST, name));

/** A machine that recognises nothing (wink's automaton.emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

function loadCore(): any {
  // The JSON's tables as written at build time (core-file.ts), else the JSON itself.
  const built = readCoreFile();
  const model = built?.model ?? readCoreJson();
  const { packing, features, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash = (features[f].hash = Object.create(null));
    for (let k = 0; k < features[f].list.length; k++) hash[features[f].list[k]] = k;
  }
  features.lexeme.table = new LexemeTable(features.lexeme.list, built?.table);
  features.lexeme.hash = features.lexeme.table.asHash();
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  // What load-core-model.js adds.
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

export function fastModel(): any {
  const model = Object.create(null);
  model.core = loadCore;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = () => ({ machines: [EMPTY_MACHINE], setter: part('negation-setter.js') });
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: part('sa-setter.js') });
  model.metaCER = () => ({ machines: EMPTY_MACHINE, transformers: [part('cer-transformers.js')] });
  model.featureFn = part('feature.js');
  model.addons = Object.create(null);
  model.addons.stem = part('porter-stemmer.js');
  // Lemmas are never read here: the lemmatizer and its 220 KB of WordNet exception tables load only if asked.
  model.addons.lemmatize = (...args: unknown[]) => part('lemmatize.js')(...args);
  model.addons.readabilityStats = part('readability-stats.js');
  model.addons.wordVectors = undefined;
  return model;
}
