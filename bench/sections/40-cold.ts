// 4. Cold start: `sitrep extract FILE` on one ~800-word article, process start to exit, the median of
// several runs (module loading, the gazetteer index, wink-nlp's model, then one reading).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from '../corpus.js';
import { median, SITREP, timed, type Row, type Section } from '../section.js';

const section: Section = {
  name: 'cold-start',
  async run(ctx) {
    const corpus = await ctx.corpusFile(ctx.quick ? 500 : 2000);
    const { readFileSync } = await import('node:fs');
    const articles = readFileSync(corpus.path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; published: string });
    // The article whose length is nearest the corpus median.
    const target = [...corpus.words].sort((a, b) => a - b)[corpus.words.length >> 1];
    const a = articles.reduce((best, x) => (Math.abs(countWords(x.text) - target) < Math.abs(countWords(best.text) - target) ? x : best));
    const file = join(ctx.tmp, 'one-article.txt');
    writeFileSync(file, a.text);
    const runs = ctx.quick ? 3 : 7;
    const walls: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await timed(process.execPath, [SITREP, 'extract', file, '--published', a.published]);
      if (t.code !== 0) throw new Error(`sitrep extract exited with ${t.code}: ${t.stderr.slice(-500)}`);
      walls.push(t.wallMs);
      if (t.maxRssMb != null) rss.push(t.maxRssMb);
    }
    const rows: Row[] = [{ key: 'cold.wall', label: `cold start: sitrep extract FILE (${countWords(a.text)} words), start to exit, median of ${runs}`, value: median(walls), unit: 'ms', better: 'lower', must: 700 }];
    if (rss.length) rows.push({ key: 'cold.rss', label: '  peak RSS', value: Math.max(...rss), unit: 'MB', better: 'lower', must: 600 });
    return rows;
  },
};
export default section;
