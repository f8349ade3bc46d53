// 2b. Grouping an article's mentions into incidents (src/pipeline/events/group-mentions.ts) when the text
// gives no dates: a bulletin of undated strikes, each at a town of its own (test/support/undated-bulletin.ts),
// at two sizes four times apart. An undated mention used to read every incident told before it (2,000
// mentions 0.7 s, 8,000 7.8 s: quadratic); the SiteIndex (events/group-sites.ts) finds its candidates by
// kind and place, so the time per mention stays flat and the ratio of the two sizes' times stays near 4.
// In process, CPU time, the least of a few runs.
import { groupMentions } from '../../src/pipeline/events/group-mentions.js';
import { undatedBulletin } from '../../test/support/undated-bulletin.js';
import type { Row, Section } from '../section.js';

const cpuMs = (fn: () => void): number => {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};

const section: Section = {
  name: 'group',
  async run(ctx) {
    const [small, big] = ctx.quick ? [2000, 8000] : [4000, 16000];
    const runs = ctx.quick ? 2 : 4;
    groupMentions(undatedBulletin(500)); // warm-up (JIT)
    const least = (n: number): number => {
      const mentions = undatedBulletin(n);
      let best = Infinity;
      for (let r = 0; r < runs; r++) best = Math.min(best, cpuMs(() => groupMentions(mentions)));
      return best;
    };
    const a = least(small);
    const b = least(big);
    ctx.log(`group: ${small} undated mentions ${a.toFixed(0)} ms, ${big} ${b.toFixed(0)} ms`);
    return [
      { key: 'group.undated.small', label: `group-mentions: ${small} undated mentions at distinct places, CPU ms per 1,000`, value: (a * 1000) / small, unit: 'ms', better: 'lower' },
      { key: 'group.undated.big', label: `  the same at ${big} mentions, CPU ms per 1,000`, value: (b * 1000) / big, unit: 'ms', better: 'lower' },
      { key: 'group.undated.growth', label: `  time at ${big} / time at ${small} (linear: ~4; quadratic: ~16)`, value: b / a, unit: '×', better: 'lower', must: 8 },
    ] satisfies Row[];
  },
};
export default section;
