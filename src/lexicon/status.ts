// Words that settle an incident's status as to the acting party (ACLED notes whether an attack was
// claimed, attributed or denied). Provenance: written for this project from common news wording.

export const STATUS_CUES = {
  acknowledged: ['claimed responsibility', 'claims responsibility', 'claiming responsibility', 'claim responsibility', 'took responsibility',
    'accepted responsibility', 'admitted', 'acknowledged', 'confirmed it', 'confirmed that it', 'said it had', 'said it has',
    'said it carried out', 'announced it had', 'owned up', 'claimed the attack', 'claimed the bombing', 'claimed credit',
    // lead13: the passive of a claim ("the attack was claimed by JNIM").
    'was claimed by', 'were claimed by', 'been claimed by'],
  denied: ['denied', 'denies', 'deny', 'denying', 'rejected responsibility', 'disclaimed', 'distanced itself',
    'had nothing to do', 'no involvement', 'not involved', 'not responsible'],
  alleged: ['allegedly', 'alleged', 'reportedly', 'accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming',
    'suspected', 'believed to', 'thought to', 'purportedly', 'apparently', 'attributed', 'foreign reports', 'unconfirmed',
    'could not be verified', 'could not be independently verified', 'presumably', 'likely'],
} satisfies Record<string, string[]>;

/** A party's own statement that it struck: "its forces carried out a strike", "we targeted". Read only in a
 * claim whose source belongs to the acting party, with a word by which the party speaks of itself. */
export const OWN_ACT_CUES = {
  act: ['carried out', 'carry out', 'conducted', 'conduct', 'struck', 'targeted', 'launched', 'hit', 'attacked',
    'bombed', 'shelled', 'destroyed', 'eliminated', 'precision strike*', 'shot down', 'intercepted', 'downed'],
  self: ['its', 'our', 'we', 'it'],
} satisfies Record<string, string[]>;
