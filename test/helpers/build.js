import { textHash } from '../../src/ingest/store-article.js';
export function event(id, s, claimIds) {
    const p = s.place;
    const dead = s.dead == null ? null : Array.isArray(s.dead) ? { low: s.dead[0], best: s.dead[1], high: s.dead[2] } : { low: s.dead, best: s.dead, high: s.dead };
    return {
        id,
        eventType: s.type ?? 'Explosions/Remote violence',
        subEventType: s.sub ?? 'Air/drone strike',
        date: { start: s.date === undefined ? '2024-03-10' : s.date, end: s.end ?? (s.date === undefined ? '2024-03-10' : s.date), precision: s.datePrecision ?? 1, text: null },
        location: p ? {
            text: p.name, start: 0, end: p.name.length, name: p.name, geonameid: p.geonameid ?? null, lat: p.lat, lon: p.lon,
            country: p.country, admin1: p.admin1 ?? null, featureCode: 'PPL', precision: p.precision ?? 1,
        } : null,
        actor1: s.actor1 ? { name: s.actor1, text: s.actor1, country: null } : null,
        actor2: s.actor2 ? { name: s.actor2, text: s.actor2, country: null } : null,
        fatalities: dead,
        status: s.status ?? (s.actor1 ? 'alleged' : 'unclaimed'),
        claims: claimIds,
        evidence: [{ start: 0, end: 10 }],
    };
}
/** A result whose events are the specs, each with its own claims (c1, c2, ... numbered across the article). */
export function result(id, specs) {
    const claims = [];
    const events = specs.map((s, i) => {
        const ids = [];
        for (const c of s.claims ?? []) {
            const cid = `c${claims.length + 1}`;
            ids.push(cid);
            claims.push({
                id: cid, source: { name: c.source, text: c.source, start: 0, end: 1, kind: c.kind ?? 'other' },
                cue: { text: 'said', start: 1, end: 2 }, content: { start: 0, end: 10 }, stance: c.stance ?? 'asserts', hedged: false, events: [`e${i + 1}`],
            });
        }
        return event(`e${i + 1}`, s, ids);
    });
    return { id, places: [], events, claims };
}
export function article(key, text, extra = {}) {
    return { key, url: null, textHash: textHash(text), title: null, outlet: null, published: '2024-03-11', text, origin: null, ...extra };
}
let n = 0;
/** A distinct filler text, so that unrelated test articles are never taken for copies of each other. */
export function uniqueText(words = 60) {
    n++;
    const out = [];
    let x = n * 7919;
    for (let i = 0; i < words; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        out.push(`w${x.toString(36)}`);
    }
    return out.join(' ') + '.';
}
