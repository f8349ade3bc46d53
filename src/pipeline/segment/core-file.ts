// wink's core model (eng-core-web-model.json, ~3 MB of JSON with base64 tables) as a binary file written at build
// time, data/wink-core.bin: the small parts as JSON, the packed lexicon and expansions as raw Uint32 words, the
// ~88,000 lexemes as one NUL-separated string, and the lexeme table's slots (lexeme-table.ts) as built from them.
// Reading the JSON, decoding its base64 and building the table was ~150 ms of every cold `sitrep extract`; reading
// this file back is a few ms. The tables are the JSON's, byte for byte (core-file.test.ts); a file missing, or
// written from another version of the model, is not read, and model.ts reads the JSON as before.
// Written by `node dist/pipeline/segment/core-file.js` (npm run build).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LexemeTable } from './lexeme-table.js';
import { dataDir } from '../../gazetteer/path.js';
import { extend } from '../extend.js';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('wink-eng-lite-web-model/package.json'));
export const CORE_JSON = join(PACKAGE, 'dist/languages/cur/models/eng-core-web-model.json');
const MAGIC = 'SITREPWC';
const SEP = '\0';

export function defaultCoreFilePath(): string {
  return join(dataDir(), 'wink-core.bin');
}

/** Which model a file was written from: the package's version and the JSON's size. */
function stamp(): string {
  return `${require('wink-eng-lite-web-model/package.json').version}:${statSync(CORE_JSON).size}`;
}

function bytesOf(base64: string): ArrayBuffer {
  const b = Buffer.from(base64, 'base64');
  const out = new ArrayBuffer(b.length);
  new Uint8Array(out).set(b);
  return out;
}

/** The model as its JSON reads, its two base64 tables decoded (what model.ts finishes). */
export function readCoreJson(): any {
  const model = JSON.parse(readFileSync(CORE_JSON, 'utf8'));
  model.lexicon = new Uint32Array(bytesOf(model.lexicon));
  model.xpansions = new Uint32Array(bytesOf(model.xpansions));
  return model;
}

interface Header {
  stamp: string;
  model: any;
  count: number;
  /** [byte offset, byte length] of each section. */
  sections: { lexicon: [number, number]; xpansions: [number, number]; slots: [number, number]; lexemes: [number, number] };
}

/** The model as readCoreJson gives it and its lexeme table's state, from the file; null if it is missing or stale. */
export function readCoreFile(path = defaultCoreFilePath()): { model: any; table: { slots: Int32Array; count: number } } | null {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return null;
  }
  if (file.length < 16 || file.toString('latin1', 0, 8) !== MAGIC) return null;
  // Typed-array views need aligned offsets: copy once if the read buffer is not 8-aligned.
  const buf = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file));
  const h = JSON.parse(buf.toString('utf8', 16, 16 + buf.readUInt32LE(8))) as Header;
  if (h.stamp !== stamp()) return null;
  const { lexicon, xpansions, slots, lexemes } = h.sections;
  const model = h.model;
  model.lexicon = new Uint32Array(buf.buffer, buf.byteOffset + lexicon[0], lexicon[1] / 4);
  model.xpansions = new Uint32Array(buf.buffer, buf.byteOffset + xpansions[0], xpansions[1] / 4);
  model.features.lexeme.list = buf.toString('utf8', lexemes[0], lexemes[0] + lexemes[1]).split(SEP);
  return { model, table: { slots: new Int32Array(buf.buffer, buf.byteOffset + slots[0], slots[1] / 4), count: h.count } };
}

/** Writes the file from the model's JSON. */
export function writeCoreFile(path = defaultCoreFilePath()): void {
  const model = readCoreJson();
  const list: string[] = model.features.lexeme.list;
  if (list.some((w) => w.includes(SEP))) throw new Error('a lexeme holds the separator');
  const table = new LexemeTable(list).state();
  const blobs = [Buffer.from(model.lexicon.buffer), Buffer.from(model.xpansions.buffer), Buffer.from(table.slots.buffer), Buffer.from(list.join(SEP), 'utf8')];
  const small = extend(model, { lexicon: null, xpansions: null, features: extend(model.features, { lexeme: extend(model.features.lexeme, { list: null }) }) });
  const align = (n: number): number => (n + 7) & ~7;
  // The header's length fixes the offsets, which are in the header: lay it out with room for them, then fill them in.
  const names = ['lexicon', 'xpansions', 'slots', 'lexemes'] as const;
  let headerText = '';
  let sections = {} as Header['sections'];
  for (let room = 64; ; room *= 2) {
    let at = align(16 + Buffer.byteLength(JSON.stringify({ stamp: stamp(), model: small, count: table.count, sections: {} })) + room);
    sections = {} as Header['sections'];
    for (let k = 0; k < names.length; k++) {
      sections[names[k]] = [at, blobs[k].length];
      at = align(at + blobs[k].length);
    }
    headerText = JSON.stringify({ stamp: stamp(), model: small, count: table.count, sections } satisfies Header);
    if (16 + Buffer.byteLength(headerText) <= sections.lexicon[0]) break;
  }
  const last = sections.lexemes;
  const out = Buffer.alloc(last[0] + last[1]);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(Buffer.byteLength(headerText), 8);
  out.write(headerText, 16, 'utf8');
  names.forEach((name, k) => blobs[k].copy(out, sections[name][0]));
  writeFileSync(path, out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeCoreFile();
  console.log(`wrote ${defaultCoreFilePath()}`);
}
