// A bulletin of n undated strikes, each at a town of its own, as the events stage's mentions: every
// mention fits no earlier incident, so grouping them (events/group-mentions.ts) is where a walk over every
// earlier incident shows. Shared by the SiteIndex's growth test and the bench (bench/sections/25-group.ts).
import type { Mention } from '../../src/pipeline/events/types.js';

export function undatedBulletin(n: number): Mention[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `Town ${i}`;
    const location = {
      text: name, start: 0, end: name.length, name, geonameid: 1000 + i, lat: -60 + (i % 1200) * 0.1, lon: -170 + Math.floor(i / 1200) * 0.5,
      country: 'XA', admin1: `Area ${i}`, featureCode: 'PPL', precision: 1 as const,
    };
    return {
      sentence: i, typed: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', score: 70, rule: 'test', trigger: { concept: 'ATTACK', first: 0, end: 1 } },
      site: { location, locative: true, first: 0, end: 1 }, date: null, actor1: null, actor2: null, dead: null, injured: null, excluded: [], definite: false,
    } as unknown as Mention;
  });
}
