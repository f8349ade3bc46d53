// A site read in a country the story does not otherwise tell of, when its name has a namesake in a
// country the story does tell of ("Tripoli" in a report whose other places are Lebanese; "Beni" in a
// report on FARDC operations), is that namesake: a namesake abroad needs strong evidence (its own holder
// or another place of its country), the story's country does not.
import type { Place } from '../../types.js';
import type { Geo } from '../places/namesakes.js';

export class StoryCountries {
  /** country → names (folded texts) read there; a country's name or demonym counts twice. */
  private readonly names = new Map<string, Map<string, number>>();

  constructor(places: readonly Place[]) {
    for (const p of places) {
      if (!p.country || p.lat == null) continue;
      const weight = p.mention === 'demonym' || (p.featureCode ?? '').startsWith('PCL') ? 2 : 1;
      this.add(p.country, p.text.toLowerCase(), weight);
    }
  }

  /** An acting party of a known country ("FARDC soldiers", "Saudi-led coalition") tells of that country. */
  addActor(country: string | null | undefined, name: string): void {
    if (country) this.add(country, `actor:${name}`, 1);
  }

  private add(country: string, name: string, weight: number): void {
    let m = this.names.get(country);
    if (!m) this.names.set(country, (m = new Map()));
    m.set(name, Math.max(weight, m.get(name) ?? 0));
  }

  /** How strongly the story tells of `country`, leaving out the name `except`. */
  support(country: string | null, except: string): number {
    const m = country ? this.names.get(country) : undefined;
    if (!m) return 0;
    let n = 0;
    for (const [name, w] of m) if (name !== except) n += w;
    return n;
  }

  /** The namesake of `p` in a country the story tells of, when `p`'s own country is told of nowhere else; else null. */
  namesake(p: Place, geo: Geo | null): Place | null {
    if (!geo || p.lat == null || p.featureCode?.startsWith('PCL')) return null;
    const own = p.text.toLowerCase();
    if (this.support(p.country, own) > 0) return null;
    let best: Place | null = null, bestSupport = 0;
    for (const country of this.names.keys()) {
      const s = this.support(country, own);
      if (s <= bestSupport || country === p.country) continue;
      const ns = geo.namesake(p, (c) => c.country === country);
      if (ns) (best = ns), (bestSupport = s);
    }
    return best;
  }
}
