// Whether a word is in wink-nlp's English lexicon (the model the segmenter already loaded): "Republican",
// "High", "Mountains" are English words, "Rasin", "Sukariyeh", "Khil" are not. A small town's name before an
// English word is a town ("the Kettering Republican", "Middletown High"); before a word no lexicon knows, it is
// the first word of a longer name the gazetteer lacks ("Abu Rasin", "Big Sukariyeh").
import { getReader } from '../segment/nlp.js';

let table: { get(text: string): number } | null = null;
let known = 0;

export function englishWord(word: string): boolean {
  if (!table) {
    const lexeme = getReader().model.features.lexeme;
    table = lexeme.table;
    // Words met in texts are added to the list as they come: only the model's own lexicon counts.
    known = lexeme.intrinsicSize;
  }
  const i = table!.get(word.toLowerCase());
  return i >= 0 && i < known;
}
