// A UTF-8 byte-order mark: offsets index the file as read (the mark is the text's first character, read
// as a space), not the file minus its first character; JSON and feed files with a mark still parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bom-'));
const BOM = '\ufeff';
const ARTICLE = 'On Monday an air strike killed 4 people in Aleppo, the Syrian army said. Rebels shelled Homs on Tuesday, wounding 7 civilians, officials said.';

test('sitrep extract of a file with a BOM: every span\'s offsets index the file as read', async () => {
  const file = join(dir, 'bom.txt');
  writeFileSync(file, BOM + ARTICLE);
  const asRead = readFileSync(file, 'utf8'); // Node keeps the mark, as Python's open(f, encoding='utf-8') does
  assert.equal(asRead[0], BOM);
  const r = await runCli(['extract', file, '--published', '2024-05-08']);
  assert.equal(r.code, 0, r.stdout);
  const out = JSON.parse(r.stdout);
  const spans: { start: number; end: number; text: string }[] = [
    ...out.places, ...out.claims.map((c: any) => c.source), ...out.claims.map((c: any) => c.cue),
    ...out.events.flatMap((e: any) => [e.trigger, e.location].filter((s) => s && s.start != null && s.text)),
  ];
  assert.ok(spans.length >= 4, JSON.stringify(out).slice(0, 300));
  for (const s of spans) assert.equal(asRead.slice(s.start, s.end), s.text, JSON.stringify(s));
  // The same article without the mark reads the same, one character earlier.
  const plain = join(dir, 'plain.txt');
  writeFileSync(plain, ARTICLE);
  const without = JSON.parse((await runCli(['extract', plain, '--published', '2024-05-08'])).stdout);
  assert.deepEqual(without.places.map((p: any) => [p.start + 1, p.end + 1, p.text]), out.places.map((p: any) => [p.start, p.end, p.text]));
  const coded = (e: any) => [e.eventType, e.subEventType, e.date?.start, e.fatalities?.low, e.fatalities?.best, e.fatalities?.high, e.location?.name];
  assert.deepEqual(without.events.map(coded), out.events.map(coded));
});

test('JSON, JSONL and feed files with a BOM are read', async () => {
  writeFileSync(join(dir, 'a.json'), BOM + JSON.stringify({ id: 'j', text: 'Gunmen stormed a village council office at dawn, residents said.' }));
  writeFileSync(join(dir, 'b.jsonl'), BOM + JSON.stringify({ id: 'l', text: 'The river bridge was closed after cracks appeared in the span.' }) + '\n');
  writeFileSync(join(dir, 'c.xml'), BOM + '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title><link>https://t.example/1</link><description>Protesters gathered outside parliament on Friday.</description></item></channel></rss>');
  const r = await runCli(['ingest', join(dir, 'a.json'), join(dir, 'b.jsonl'), join(dir, 'c.xml'), '--db', join(dir, 'bom.db')]);
  assert.match(r.stdout, /^3 read, 3 new, 0 duplicate, 0 failed/, r.stdout);
});
