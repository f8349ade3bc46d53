// Article text with spans highlighted, built from text nodes and <mark> elements only: the text is
// untrusted and must never be parsed as HTML. Overlapping spans (a place inside an evidence sentence)
// split the text at every boundary; each piece carries the classes of all spans that cover it.

export interface Highlight {
  start: number;
  end: number;
  kind: string; // css class suffix: place, event, claim-source, cue, evidence...
  label?: string;
}

export function highlightText(text: string, spans: Highlight[]): HTMLElement {
  const out = document.createElement('div');
  out.className = 'article-text';
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  let open: Highlight[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    open = open.filter((s) => s.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) open.push(byStart[next]);
      next++;
    }
    const piece = text.slice(a, b);
    if (!open.length) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = [...new Set(open.map((s) => `hl-${s.kind}`))].join(' ');
    const labels = open.map((s) => s.label).filter(Boolean);
    if (labels.length) mark.title = labels.join('\n');
    mark.textContent = piece;
    out.appendChild(mark);
  }
  return out;
}
