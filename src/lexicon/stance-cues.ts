// Hedges and dispute words: what makes a claim uncertain, or makes it contest another one.
// Provenance: written for sitrep from general knowledge of newsroom hedging (AP and Reuters style on
// "alleged", "reportedly", "could not be independently verified") and of the vocabulary by which
// one party rejects another's account. No phrase was taken from an evaluation file.

/** A hedge anywhere in the cue's clause or the content marks the claim hedged. */
export const HEDGE = new RegExp(
  '\\b(?:' +
    [
      'alleged(?:ly)?', 'reportedly', 'purported(?:ly)?', 'supposed(?:ly)?', 'apparent(?:ly)?', 'unconfirmed',
      'unverified', 'could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)',
      'cannot (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)', 'was not (?:possible|able) to (?:independently )?verify',
      'not (?:been )?independently (?:verified|confirmed)', 'believed', 'suspected', 'presumably', 'possibly',
      'likely', 'may have', 'might have', 'it is thought',
    ].join('|') +
    ')\\b',
  'i',
);

/** Words in the content by which a source contests another's account ("greatly exaggerated"). */
export const DISPUTE = new RegExp(
  '\\b(?:' +
    [
      'exaggerat\\w*', 'inflated', 'overstat\\w*', 'false(?:ly)?', 'baseless', 'unfounded', 'groundless',
      'fabricat\\w*', 'untrue', 'unsubstantiated', 'not true', 'propaganda', 'lies', 'fake', 'misleading',
      'disinformation', 'no evidence', 'not credible', 'doubtful', 'dubious', 'inaccurate',
    ].join('|') +
    ')\\b',
  'i',
);

/** Content that denies (the source's own "we did not", "had nothing to do with"). */
export const DENIAL = /\b(?:had nothing to do with|was not involved|were not involved|not responsible|no involvement|categorically (?:deny|denied|rejects?))\b/i;

/** Content that itself declines to comment ("“[We] will not comment,” a spokesman said"). */
export const DECLINE = /\b(?:(?:will|would|do|does|did|can|could)(?: not|n['’]t) (?:\w+ )?comment|no comment|not comment|neither confirm nor deny|not confirm or deny)\b/i;
