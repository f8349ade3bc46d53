import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCoreFile, readCoreJson, writeCoreFile } from './core-file.js';
import { LexemeTable } from './lexeme-table.js';

test("wink's core model read from the build's binary file is the JSON's, and so is its lexeme table", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-core-'));
  try {
    const path = join(dir, 'wink-core.bin');
    writeCoreFile(path);
    const built = readCoreFile(path)!;
    const json = readCoreJson();
    const plain = (m: any) => ({ ...m, lexicon: Array.from(m.lexicon), xpansions: Array.from(m.xpansions) });
    assert.deepEqual(plain(built.model), plain(json));
    const table = new LexemeTable(json.features.lexeme.list).state();
    assert.equal(built.table.count, table.count);
    assert.deepEqual(Array.from(built.table.slots), Array.from(table.slots));
    // A table read back answers as one built.
    const read = new LexemeTable(built.model.features.lexeme.list, built.table);
    for (const w of ['the', 'The', 'shelling', '\n', 'zzzqqq']) assert.equal(read.get(w), new LexemeTable(json.features.lexeme.list).get(w));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing or foreign core file is not read (the JSON is)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-core-'));
  try {
    assert.equal(readCoreFile(join(dir, 'none.bin')), null);
    writeFileSync(join(dir, 'other.bin'), 'not a core file at all');
    assert.equal(readCoreFile(join(dir, 'other.bin')), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
