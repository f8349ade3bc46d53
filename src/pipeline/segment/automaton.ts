// wink-nlp's pattern automaton (src/automaton.js of wink-nlp 2.4), recognition only, for the model's
// sentence-boundary and POS machines, on tables instead of objects. Its greedy walk restarts at every
// token and reads 3-4 dictionary-mode objects (transitions keyed by event id, terminal and marked
// states) and calls the token transformer at every step, so a token was transformed and looked up
// once per partial match over it: the largest part of the segment stage after tokenisation. Here
// - each token is transformed once per pass (the transformers are pure functions of the token's
//   position: the POS tags they read change only between passes), and turned into a column of the
//   machine's alphabet (any event the machine has no transition for is column 0, which leads to the
//   root as wink's `|| root` does);
// - transitions, the `otherwise` transitions and terminal/marked states are flat arrays by state.
// The walk itself is wink's, line for line, including its quirks (the state and the last `otherwise`
// carry over from one restart to the next); machines with token substitutions or a pattern-detection
// callback, which our pipe never sets, stay with wink's own automaton.
const EOS = 2070000;
const OTHERWISE = 2070003;
const ROOT = 0;
/** Hinted events: the model's transformers add this to a hint. */
const HINT = 1080000;
const DIRECT = 4096;

export type Transform = (t: number, cache: any, param: any, j: number) => number;
export interface Machine {
  recognize(tokens: number[], transform: Transform, param: any): Array<[number, number, string]>;
}

/** A machine from its JSON (wink's exportJSON format), or null when it is not in the numeric form.
 * `ignore` is the token the walk skips (wink's `token2Ignore`: the new line, or for POS the OOV lexeme). */
export function compileMachine(json: string, cache: any, ignore = '\n'): Machine | null {
  const keyLF = cache.lookup(ignore)[0] as number;
  const [, , fsm, terminals, marks] = JSON.parse(json) as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];
  // Event keys: numbers by value; any other key ("$of") by its text. A token event is usually a
  // number, but the POS updater writes a machine's pattern name ("3", a string) into the tags.
  const alphabet = new Map<number, number>();
  const named = new Map<string, number>();
  const columnOfKey = (e: string): number => {
    const event = Number(e);
    const numeric = String(event) === e;
    let column = numeric ? alphabet.get(event) : named.get(e);
    if (column === undefined) {
      column = alphabet.size + named.size + 1;
      if (numeric) alphabet.set(event, column);
      else named.set(e, column);
    }
    return column;
  };
  let states = 1;
  for (const s in fsm) {
    const state = Number(s);
    if (!Number.isInteger(state) || String(state) !== s || state < 0) return null;
    states = Math.max(states, state + 1);
    for (const e in fsm[s]) {
      columnOfKey(e);
      states = Math.max(states, fsm[s][e] + 1);
    }
  }
  for (const s in terminals) states = Math.max(states, Number(s) + 1);
  const width = alphabet.size + named.size + 1;
  const next = new Int32Array(states * width);
  const otherwise = new Int32Array(states);
  const hasRow = new Uint8Array(states);
  const terminal: Array<string | undefined> = new Array(states).fill(undefined);
  const mark: Array<[number, number] | undefined> = new Array(states).fill(undefined);
  for (const s in fsm) {
    hasRow[Number(s)] = 1;
    for (const e in fsm[s]) next[Number(s) * width + columnOfKey(e)] = fsm[s][e];
    otherwise[Number(s)] = fsm[s][OTHERWISE] || 0;
  }
  for (const s in terminals) terminal[Number(s)] = terminals[s];
  // The walk's test `terminal[ns]` (a string's truth, read at every step) as a byte.
  const isTerminal = new Uint8Array(states);
  for (let s = 0; s < states; s++) isTerminal[s] = terminal[s] ? 1 : 0;
  for (const s in marks) mark[Number(s)] = marks[s];
  const eosColumn = alphabet.get(EOS) ?? 0;
  // A walk that starts at the root on a token the root has no transition for ends there, having done nothing
  // (no match, no `otherwise`): such tokens are stepped over in a tight loop. Only when the root is an
  // ordinary state (a row, not terminal, no `otherwise`), as it is in every model machine.
  const rootSkips = hasRow[ROOT] === 1 && terminal[ROOT] === undefined && otherwise[ROOT] === 0;
  // Columns of the small events (POS tags, lexemes of the first thousands) and of the hints (tag or
  // lexeme plus 1080000) straight from arrays; any other event from the map.
  const small = new Int32Array(DIRECT);
  const hints = new Int32Array(DIRECT);
  for (const [event, column] of alphabet) {
    if (event >= 0 && event < DIRECT && Number.isInteger(event)) small[event] = column;
    else if (event >= HINT && event < HINT + DIRECT && Number.isInteger(event)) hints[event - HINT] = column;
  }
  /** The column of a token event, as wink's `fsm[state][event]` reads it: a number or its text. */
  const columnOf = (event: unknown): number => {
    if (typeof event === 'number') {
      if ((event | 0) === event) {
        if (event >= 0 && event < DIRECT) return small[event];
        if (event >= HINT && event < HINT + DIRECT) return hints[event - HINT];
      }
      return alphabet.get(event) ?? 0;
    }
    const text = String(event);
    const value = Number(text);
    return (String(value) === text ? alphabet.get(value) : named.get(text)) ?? 0;
  };
  let columns = new Int32Array(1024);

  const push = (patterns: Array<[number, number, string]>, match: [number, number, any]): void => {
    const m0 = match[2];
    if (terminal[m0] === '0') return;
    const mk = mark[m0];
    if (mk) {
      match[0] += mk[0];
      match[1] -= mk[1];
    }
    match[2] = terminal[m0];
    patterns.push(match);
  };

  function recognize(tokens: number[], transform: Transform, param: any): Array<[number, number, string]> {
    const length = tokens.length;
    if (columns.length < length + 1) columns = new Int32Array(2 * length + 1);
    for (let j = 0; j < length; j++) {
      const t = tokens[j];
      // wink skips this token before transforming it: its column is never read.
      columns[j] = t === keyLF ? -1 : columnOf(transform(t, cache, param, j));
    }
    columns[length] = eosColumn;
    const patterns: Array<[number, number, string]> = [];
    let first = 0;
    let state = ROOT;
    let ns = ROOT;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = 0;
    for (let i = 0; i <= length; i += 1) {
      if (rootSkips && state === ROOT && lastOtherwiseState === 0) {
        let column;
        while (i <= length && (column = columns[i]) >= 0 && next[column] === 0) i++;
        if (i > length) break;
      }
      for (let j = i; j <= length; j += 1) {
        const column = columns[j];
        if (column < 0) continue;
        if (!hasRow[state]) throw new Error(`automaton: no row for state ${state}`);
        ns = next[state * width + column] || ROOT;
        if (!state && ns) first = j;
        if (isTerminal[ns] === 1) {
          push(patterns, [first, j, ns]);
          i = j;
          j = length + 100;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else if (ns === ROOT) {
          if (lastOtherwiseState) {
            push(patterns, [first, lastOtherwiseIndex, lastOtherwiseState]);
            i = lastOtherwiseIndex;
            j = length + 100;
            ns = ROOT;
            lastOtherwiseState = ROOT;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        if (otherwise[state]) {
          lastOtherwiseIndex = j;
          lastOtherwiseState = otherwise[state];
        }
      }
    }
    return patterns;
  }

  return { recognize };
}
