// Rule rows added in round 11 (clash11) for the boundary between Armed clash, Attack, Mob violence and Shelling: a fight told
// by one verb or idiom ("fought", "shot it out", "exchanged mortar fire"), and a fight's heavy weapons read as its own, in the
// form of sub-events.ts, merged into its SUB_EVENTS after every earlier round's (ties keep going to the older rows). Each row
// implements a definition of ACLED's codebook (2023, "Event Types and Sub-Event Types"). Provenance: written for this project;
// the table tests (sub-events-clash11.test.ts) and the probe test/probes/clash11.jsonl are invented reports, never evaluation rows.
import type { Concept } from './event-cues.js';
import type { SubEventRule } from './sub-events.js';

const WHY = 'Codebook: an Armed clash is armed, organised groups engaging each other; when both sides fire, the weapons they use (mortars, artillery) are the fight\'s, no one-sided shelling';
/** Not a fight of armed sides: a demonstration, a crowd's or mob's fight, an air raid, an agreement. */
const NOT_ARMED_FIGHT: Concept[] = ['PROTEST', 'PROTEST_WEAK', 'GRIEVANCE', 'STORY_PROTEST', 'RIOT', 'MOB', 'CROWD', 'STONING', 'CRUDE_WEAPON', 'AIR', 'AIR_WEAK', 'AGREEMENT'];

export const CLASH11_RULES: Record<string, SubEventRule[]> = {
  'Armed clash': [
    // Neighbours: Shelling/artillery/missile attack (fire that is not traded: "shelled the town"; an artillery duel across a line,
    // SHELL: the sides fire from afar, each side's fire one-sided), Mob violence (crowds that trade blows or stones: NOT_ARMED_FIGHT).
    { id: 'clash.fire-traded', why: `${WHY} (fire traded between sides, with the weapon named between: "exchanged mortar fire and gunfire").`, all: ['FIRE_TRADE', 'VOLLEY'], object: 'VOLLEY', objectAfter: true, reach: 4, none: [...NOT_ARMED_FIGHT, 'SHELL'], score: 78 },
    { id: 'clash.fire-traded-small-arms', why: `${WHY} (heavy fire traded with small arms beside it: "exchanged mortar fire and gunfire"; small arms are fired in contact).`, all: ['FIRE_TRADE', 'VOLLEY', 'SMALL_ARMS'], object: 'VOLLEY', objectAfter: true, reach: 4, none: NOT_ARMED_FIGHT, score: 78 },
    // Neighbours: Shelling (GUNFIGHT's fire answered or exchanged, told beside the mortars one side used), Disrupted weapons use.
    { id: 'clash.fire-answered-beside-shelling', why: `${WHY} (fire answered or exchanged beside the heavy weapons used: "attacked the post with mortars; soldiers returned fire").`, all: ['GUNFIGHT'], any: ['SHELL', 'SHELL_WEAK', 'HEAVY_WEAPON'], none: [...NOT_ARMED_FIGHT, 'INTERCEPT'], score: 78 },
    // Neighbours: Attack (an armed side's one-sided violence: the other side does not fight), Mob violence (a crowd that fights).
    // Scored under the older fight rows (clash.attack-on-forces 69), over the killings' (attack.kill-civilians 66): a backstop.
    { id: 'clash.armed-side-fought', why: `${WHY} (an armed side that fought: "tribal fighters fought a rival tribe"; to fight is to be engaged in a fight, both sides).`, all: ['FOUGHT'], agent: ['state', 'nonstate'], patient: ['state', 'nonstate', 'target', 'unknown'], act: { concept: 'FOUGHT', by: ['state', 'nonstate'], finite: true }, none: NOT_ARMED_FIGHT, score: 67 },
    // Neighbours: Disrupted weapons use (a missile or drone intercepted: no fight told), Government regains territory.
    { id: 'clash.assault-repelled-in-fight', why: `${WHY} (an assault repelled in a fight, whatever weapon repelled it: "fought …, using artillery to repel the assault").`, all: ['REPEL', 'ASSAULT_MOVE'], any: ['CLASH', 'FOUGHT', 'GUNFIGHT'], object: 'ASSAULT_MOVE', objectAfter: true, reach: 4, none: [...NOT_ARMED_FIGHT, 'DUD'], score: 91 },
  ],
};
