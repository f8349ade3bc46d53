// Bodies in any charset are decoded to the text they hold, never to mojibake: the encoding comes from a
// byte order mark, the Content-Type header, the document's own declaration, or (none given) UTF-8 when
// the bytes are UTF-8, else windows-1252.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { charsetParam, decodeBody } from './charset.js';

/** Text → bytes in a legacy encoding, by iconv-lite's encoder (the decoder under test goes the other way). */
const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(s: string, enc: string): Buffer };
const legacy = (text: string, encoding: string): Buffer => iconv.encode(text, encoding);
const utf16be = (s: string): Buffer => { const b = Buffer.from(s, 'utf16le'); for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]]; return b; };

const ARABIC = 'قصفت طائرات مسيرة مدينة حلب';
const LATIN = 'Frappes à Kharkiv: l’armée dément — «aucun civil» touché';
const cases: [string, Buffer, string | null, string, string][] = [
  // name, bytes, Content-Type, text expected, where the encoding came from
  ['windows-1256 from the header', legacy(ARABIC, 'windows-1256'), 'text/html; charset=windows-1256', ARABIC, 'header'],
  ['windows-1256 from <meta charset>', Buffer.concat([Buffer.from('<meta charset="windows-1256">'), legacy(ARABIC, 'windows-1256')]), 'text/html', `<meta charset="windows-1256">${ARABIC}`, 'document'],
  ['ISO-8859-1 from <meta http-equiv>', Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), legacy('Frappes à Kharkiv, «aucun»', 'windows-1252')]), null, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">Frappes à Kharkiv, «aucun»', 'document'],
  ['ISO-8859-6 (Arabic) from the XML declaration', Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-6"?><a>'), legacy(ARABIC, 'iso-8859-6')]), 'application/xml', `<?xml version="1.0" encoding="ISO-8859-6"?><a>${ARABIC}`, 'document'],
  ['UTF-16LE with its BOM, whatever the header says', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]), 'text/html; charset=iso-8859-1', ARABIC, 'bom'],
  ['UTF-16BE with its BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LATIN)]), null, LATIN, 'bom'],
  ['UTF-8 with its BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LATIN)]), null, LATIN, 'bom'],
  ['UTF-8 undeclared, sniffed', Buffer.from(LATIN), 'text/html', LATIN, 'sniffed'],
  ['windows-1252 undeclared: not UTF-8, so the web default', legacy(LATIN, 'windows-1252'), null, LATIN, 'sniffed'],
  ['windows-1251 (Cyrillic) from a quoted header charset', legacy('Удар по Харкову', 'windows-1251'), 'text/html; charset="windows-1251"', 'Удар по Харкову', 'header'],
  ['an unknown label is passed over', Buffer.from(LATIN), 'text/html; charset=x-no-such-thing', LATIN, 'sniffed'],
  ['a document declaring UTF-16 without a BOM is UTF-8', Buffer.from(`<meta charset="utf-16">${LATIN}`), null, `<meta charset="utf-16">${LATIN}`, 'document'],
];

for (const [name, bytes, type, expected, from] of cases) {
  test(`charset: ${name}`, () => {
    const r = decodeBody(bytes, type);
    assert.ok(r.ok);
    assert.equal(r.value.text, expected);
    assert.equal(r.value.from, from);
  });
}

test('charset: windows-1252 is the web\'s, not ISO-8859-1: 0x80-0x9F are € ‚ … ’ “ ” –, never control characters', () => {
  assert.deepEqual([...legacy('€’“”–', 'windows-1252')], [0x80, 0x92, 0x93, 0x94, 0x96]);
  for (const label of ['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii']) {
    const r = decodeBody(Buffer.from([0x80, 0x92, 0x93, 0x94, 0x96]), `text/html; charset=${label}`);
    assert.ok(r.ok && r.value.text === '€’“”–', label);
  }
});

test('charset: binary bodies are refused, and the charset parameter is read as RFC 9110 writes it', () => {
  const r = decodeBody(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'text/html; charset=utf-8');
  assert.ok(!r.ok && r.code === 'E_BINARY');
  assert.equal(charsetParam('text/html;charset=UTF-8'), 'UTF-8');
  assert.equal(charsetParam('text/html; Charset="koi8-r"'), 'koi8-r');
  assert.equal(charsetParam('text/html'), null);
});
