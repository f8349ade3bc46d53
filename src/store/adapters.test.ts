// The two adapters share what they have in common through the store's own modules (rows.ts,
// filter-sql.ts, grid.ts), never by importing from each other: each can change its SQL without
// breaking the other. (`sitrep migrate`'s copier reads a SQLite store into PostgreSQL: it alone names both.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname);
const BRIDGES = new Set(['postgres/copy-from-sqlite.ts']);

test('store adapters: neither imports from the other', () => {
  for (const [self, other] of [['sqlite', 'postgres'], ['postgres', 'sqlite']]) {
    for (const file of readdirSync(join(DIR, self)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      if (BRIDGES.has(`${self}/${file}`)) continue;
      const imports = [...readFileSync(join(DIR, self, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      assert.deepEqual(imports.filter((i) => i.includes(`/${other}/`)), [], `${self}/${file} imports from ${other}/`);
    }
  }
});

test('store adapters: the shared SQL pieces are defined once', () => {
  for (const self of ['sqlite', 'postgres']) {
    for (const file of readdirSync(join(DIR, self)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const src = readFileSync(join(DIR, self, file), 'utf8');
      for (const name of ['const like ', 'const ORDER', 'const COLS', 'function articleFromRow', 'function incidentFromRow', 'function claimsOf', 'function aroundBox']) {
        assert.ok(!src.includes(name), `${self}/${file} defines ${name.trim()} again`);
      }
    }
  }
});
