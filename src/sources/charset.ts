// Bytes of an HTTP body → text, in the encoding the body is in, decoded as the WHATWG Encoding Standard
// says browsers decode it, by `whatwg-encoding` (jsdom's: the standard's label table, decoders from
// iconv-lite). Node's own TextDecoder is not used for legacy encodings: Node 20 decodes windows-1252 (the
// encoding the labels "iso-8859-1", "latin1" and "us-ascii" name, the commonest legacy one on the web) as
// ISO-8859-1, turning ’ “ ” – € into C1 control characters (0x80-0x9F). It still decodes UTF-8.
// The encoding is found in the order the HTML standard's "encoding sniffing algorithm" gives (§13.2.3.2):
// a byte order mark, the Content-Type charset, then the document's own declaration (<meta charset>,
// <meta http-equiv>, or the XML declaration), then UTF-8 if the bytes are valid UTF-8, else windows-1252
// (the web's legacy default, which ISO-8859-1 and US-ASCII labels also mean).
import { createRequire } from 'node:module';
import type { Outcome } from '../types.js';

const whatwg = createRequire(import.meta.url)('whatwg-encoding') as { labelToName(label: string): string | null; decode(bytes: Uint8Array, name: string): string; isSupported(name: string): boolean };

export interface Decoded { text: string; encoding: string; from: 'bom' | 'header' | 'document' | 'sniffed' }

/** The name of the encoding a label means (WHATWG: "latin1" is windows-1252), or null when it is no label of a supported one. */
export function encodingOf(label: string): string | null {
  const name = whatwg.labelToName(label.trim().replace(/^["']|["']$/g, ''));
  return name && whatwg.isSupported(name) && name !== 'x-user-defined' ? name : null;
}

function bomOf(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetParam(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? m[2] : null;
}

/** The encoding a document declares in its first 1024 bytes: <meta charset>, <meta http-equiv=Content-Type>, or <?xml encoding?>. */
function declaredIn(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1024)).toString('latin1');
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const inContent = /content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(tag);
      if (inContent) return inContent[1];
    }
  }
  return null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a body. A label TextDecoder does not know is passed over (the next source of the encoding is
 * tried). A document declaring UTF-16 without a byte order mark is read as UTF-8, as the HTML standard
 * says (the declaration was read as ASCII, so it cannot be UTF-16). Text holding NUL characters after
 * decoding is binary, not text.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null | undefined): Outcome<Decoded> {
  let encoding: string | null = bomOf(bytes);
  let from: Decoded['from'] = 'bom';
  if (!encoding) {
    const header = charsetParam(contentType);
    encoding = header ? encodingOf(header) : null;
    from = 'header';
  }
  if (!encoding) {
    const declared = declaredIn(bytes);
    encoding = declared ? encodingOf(declared) : null;
    if (encoding?.startsWith('UTF-16')) encoding = 'UTF-8';
    from = 'document';
  }
  let text: string;
  if (encoding) {
    // The byte order mark, when there is one, is dropped (whatwg-encoding decodes by it whatever it was given).
    text = encoding === 'UTF-8' ? utf8.decode(bytes) : whatwg.decode(bytes, encoding);
  } else {
    from = 'sniffed';
    try {
      text = utf8Strict.decode(bytes);
      encoding = 'UTF-8';
    } catch {
      encoding = 'windows-1252';
      text = whatwg.decode(bytes, encoding);
    }
  }
  if (text.includes('\u0000')) return { ok: false, code: 'E_BINARY', message: `the body decodes (${encoding}) to text with NUL characters: binary, not text` };
  return { ok: true, value: { text, encoding, from } };
}
