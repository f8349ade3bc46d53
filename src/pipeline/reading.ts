// The per-article object: what the stages work out about one article's words, made once by the pipeline's
// entry (index.ts) and handed to the stages that read them. No module holds an article's state (issue 13;
// module-state.test.ts checks it): two articles read interleaved, or one inside another, never mix.
// Each field is worked out on first use, so a stage that needs none of them costs nothing.
import type { Doc } from '../types.js';
import type { Context } from './context.js';
import type { ArticleLow } from './word-ids.js';
import { wordsOf, type ArticleWords } from './events/article-words.js';
import type { WordClasses } from './claims/word-classes.js';
import { readerMemory, type ReaderMemory } from './reader-memory.js';
import { HierarchyMemo, type HierarchyOf } from './places/hierarchy.js';

export class ArticleReading {
  private lowered: ArticleLow | undefined;
  private eventWords: ArticleWords | undefined;
  private claimClasses: WordClasses | undefined;
  private readonly hierarchies = new HierarchyMemo();
  /** How the article's places name one another (places/hierarchy.ts), read by the resolver and again by the events stage over
   * the same spans: remembered for the last spans read. */
  readonly hierarchyOf: HierarchyOf = (text, spans) => this.hierarchies.read(text, spans);

  /** `memory`: the reader's tables that span articles (reader-memory.ts). */
  constructor(readonly doc: Doc, readonly memory: ReaderMemory) {}

  /** The lower-cased token texts (never mutated: the events words may be this very array), one string per
   * word of the reader's vocabulary (word-ids.ts). */
  get low(): string[] {
    return this.lowWords.low;
  }

  /** The word id of each token, in the reader's vocabulary (word-ids.ts) as it stands now. */
  get ids(): Int32Array {
    return this.lowWords.ids;
  }

  /** The events stage's words, with their phrase-head classes (events/article-words.ts). */
  get words(): ArticleWords {
    return (this.eventWords ??= wordsOf(this.doc.tokens, this.doc.text, this.low, { ids: this.ids, classes: this.memory.headClasses }));
  }

  /** The claims stage's word ids, class bits and cue verbs (claims/word-classes.ts). */
  get claimWords(): WordClasses {
    return (this.claimClasses ??= this.memory.claimWords.classesOf(this.low, this.ids));
  }

  /** Read again when the vocabulary was renewed since (by another article read inside this one's stages):
   * the ids are read into the tables at once, so they are never of an older vocabulary than the tables. */
  private get lowWords(): ArticleLow {
    const { words } = this.memory;
    if (this.lowered === undefined || this.lowered.generation !== words.generation) this.lowered = words.read(this.doc.tokens, this.doc.lexemes);
    return this.lowered;
  }
}

/** A reading of `doc` by the context's reader. */
export const readArticle = (doc: Doc, ctx: Context | undefined | null): ArticleReading => new ArticleReading(doc, readerMemory(ctx));
