// Voice: the auxiliaries before a past participle that make it passive, "was struck", "were killed",
// "had been shelled", "is held", "got hit", "will be tried" (forms of BE, and the get-passive of
// informal English). One home for every stage that asks whether a verb's subject acted or suffered.
const BE_PAST = ['was', 'were', 'been', 'being'];

/** The actors' roles (actor-syntax.ts): any passive, present ("is held", "are targeted") or past, and the
 * get-passive in every form, since a victim told as subject must never become the attacker. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_PAST, 'is', 'are', 'got', 'get', 'gets']);

/** The typing of an incident verb (typing.ts): the past passives a report tells an act with ("was
 * detained", "got hit"). Narrower than the roles' list: with the present forms too, 4 of 1,500 dev
 * readings change type ("is detained" read as an arrest), a choice the typing work makes on evidence. */
export const PASSIVE_PAST: ReadonlySet<string> = new Set([...BE_PAST, 'got']);

/** A source's claims about its own side's acts (own-claims.ts): the past passives and the future or
 * modal "be" ("will be tried", "must be punished"), which tell of an act not done by the speaker. */
export const PASSIVE_OR_MODAL: ReadonlySet<string> = new Set([...BE_PAST, 'be']);
