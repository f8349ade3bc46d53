// 3b. The gazetteer (issue 14): how long the install-time build of data/gazetteer.bin takes, how big
// the file is, how long loading it takes at run time and the memory it adds, and what it holds.
// Loading is timed in a fresh process each run (the median of several): one file read and a handful
// of typed-array views, so the figure is mostly the read of the file from the page cache.
import { join } from 'node:path';
import { defaultGazetteerPath } from '../../src/gazetteer/path.js';
import { median, runChild, type Row, type Section } from '../section.js';

interface Built { bytes: number; entries: number; keys: number; areas: number; buildMs: number }
interface Loaded { loadMs: number; firstLookupMs: number; rssMb: number; bytes: number; entries: number; keys: number; areas: number }

const section: Section = {
  name: 'gazetteer',
  async run(ctx) {
    const built = await runChild<Built>('gazetteer.ts', ['build', join(ctx.tmp, 'gazetteer.bin')]);
    const runs = ctx.quick ? 3 : 7;
    const loads: Loaded[] = [];
    for (let i = 0; i < runs; i++) loads.push(await runChild<Loaded>('gazetteer.ts', ['load', defaultGazetteerPath()]));
    const last = loads[loads.length - 1];
    return [
      { key: 'gaz.build', label: 'gazetteer build (npm run build: cities500 + admin tables → data/gazetteer.bin)', value: built.buildMs / 1000, unit: 's', better: 'lower' },
      { key: 'gaz.build.cpu', label: '  the same in CPU time', value: (built.timed.cpuMs ?? NaN) / 1000, unit: 's', better: 'lower' },
      { key: 'gaz.build.rss', label: '  peak RSS of the build', value: built.timed.maxRssMb ?? NaN, unit: 'MB', better: 'lower' },
      { key: 'gaz.bytes', label: 'gazetteer file size', value: last.bytes / 1e6, unit: 'MB', better: 'lower' },
      { key: 'gaz.load', label: `gazetteer load (one read, zero-copy views), median of ${runs} fresh processes`, value: median(loads.map((l) => l.loadMs)), unit: 'ms', better: 'lower' },
      { key: 'gaz.lookup', label: '  first look-up and its entries after loading', value: median(loads.map((l) => l.firstLookupMs)), unit: 'ms', better: 'lower' },
      { key: 'gaz.rss', label: '  memory the loaded gazetteer adds (RSS)', value: median(loads.map((l) => l.rssMb)), unit: 'MB', better: 'lower' },
      { key: 'gaz.entries', label: '  entries (places, admin areas, countries, curated)', value: last.entries, unit: '', better: 'none' },
      { key: 'gaz.areas', label: '  of which admin1/admin2 areas', value: last.areas, unit: '', better: 'none' },
      { key: 'gaz.keys', label: '  look-up keys (names, alternates, loose keys)', value: last.keys, unit: '', better: 'none' },
    ] satisfies Row[];
  },
};
export default section;
