// Capital letters by code: A-Z, the Latin-1 capitals (À-Þ) and, round 40, the capitals of Latin Extended-A/B and Latin Extended
// Additional ("Şanlıurfa", "Łódź", "Đakovica", "Ḥamāh"), which the tokenizer now keeps inside words (segment/index.ts
// maskLetters): a name starting with one is capitalised too. One test of a code, no regex: asked of every token's first letter.

/** Whether each code of U+0100-U+024F and U+1E00-U+1EFF is a capital (its lower case differs from it), found once. */
const EXTENDED_A_B = new Uint8Array(0x250 - 0x100);
const ADDITIONAL = new Uint8Array(0x1f00 - 0x1e00);
for (let c = 0x100; c < 0x250; c++) { const s = String.fromCharCode(c); EXTENDED_A_B[c - 0x100] = s.toLowerCase() !== s ? 1 : 0; }
for (let c = 0x1e00; c < 0x1f00; c++) { const s = String.fromCharCode(c); ADDITIONAL[c - 0x1e00] = s.toLowerCase() !== s ? 1 : 0; }

/** Whether the UTF-16 code `c` is a capital Latin letter. */
export function isCapitalCode(c: number): boolean {
  if (c < 0xc0) return c >= 65 && c <= 90;
  if (c <= 0xde) return true;
  if (c < 0x100) return false;
  if (c < 0x250) return EXTENDED_A_B[c - 0x100] === 1;
  return c >= 0x1e00 && c < 0x1f00 && ADDITIONAL[c - 0x1e00] === 1;
}
