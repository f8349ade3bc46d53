// What a module of the reading pipeline may keep at module level (issue 13): constants and lexicons compiled
// at load, and caches that span articles when they are bounded (cleared when full: src/memo.ts). What it may
// not keep: anything an article's reading writes and a later reading could see, since two articles read
// interleaved (or one read inside another's) would then mix. Article state lives on the per-article object
// (reading.ts), caches that span articles on the reader's memory (reader-memory.ts). Read by
// module-state.test.ts over every module under src/pipeline, with the TypeScript parser (no type checking).
import ts from 'typescript';

export interface Finding { name: string; line: number; why: string }

const CONTAINERS = /^(?:Map|Set|WeakMap|WeakSet|Array|Int8Array|Uint8Array|Uint16Array|Int16Array|Int32Array|Uint32Array|Float32Array|Float64Array)$/;
const MUTATORS = new Set(['set', 'add', 'push', 'pop', 'shift', 'unshift', 'splice', 'delete', 'clear', 'fill', 'sort', 'reverse', 'copyWithin']);

/** Whether the node runs while reading, not at load: inside a function, unless that function is a callback
 * handed to a call made at load (`RULES.forEach((r) => INDEX.set(…))` compiles a lexicon). */
const insideFunction = (n: ts.Node): boolean => {
  for (let p = n.parent; p; p = p.parent) {
    if (!ts.isFunctionLike(p)) continue;
    const call = p.parent;
    if ((ts.isArrowFunction(p) || ts.isFunctionExpression(p)) && ts.isCallExpression(call) && call.arguments.includes(p as ts.Expression)) return insideFunction(call);
    return true;
  }
  return false;
};

/** A module-level container (`new Map()`, `[]`, a typed array) mutated inside a function is state written
 * while reading; it passes only as a bounded cache: some function clears it whole. A WeakMap or WeakSet so
 * written is keyed by an article's objects (never bounded by a clear): article state. A `let` or `var` at
 * module level is state, unless `allowed` names it with its reason (a process-wide resource loaded on
 * first use). */
export function moduleState(source: string, file = 'module.ts', allowed: ReadonlySet<string> = new Set()): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Finding[] = [];
  const containers = new Map<string, { line: number; weak: boolean }>();
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const constant = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      const name = d.name.text;
      if (!constant) {
        if (!allowed.has(name)) out.push({ name, line: lineOf(d), why: 'a module-level let/var' });
        continue;
      }
      const init = d.initializer;
      if (!init) continue;
      if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && CONTAINERS.test(init.expression.text)) {
        // Tables derived from the loaded gazetteer (seats, priors) are keyed by it: they span articles and are
        // bounded by its size.
        if (init.typeArguments?.[0]?.getText(sf) === 'Gazetteer') continue;
        containers.set(name, { line: lineOf(d), weak: /^Weak/.test(init.expression.text) });
      } else if (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) containers.set(name, { line: lineOf(d), weak: false });
    }
  }
  const written = new Set<string>(), cleared = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression)) {
      const name = n.expression.expression.text, method = n.expression.name.text;
      if (containers.has(name) && MUTATORS.has(method) && insideFunction(n)) {
        if (method === 'clear') cleared.add(name);
        else written.add(name);
      }
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = n.left;
      const base = ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target) ? target.expression : null;
      if (base && ts.isIdentifier(base) && containers.has(base.text) && insideFunction(n)) written.add(base.text);
    }
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
      const target = n.operand;
      const base = ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target) ? target.expression : null;
      if (base && ts.isIdentifier(base) && containers.has(base.text) && insideFunction(n)) written.add(base.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  for (const name of written) {
    if (allowed.has(name)) continue;
    const c = containers.get(name)!;
    if (c.weak) out.push({ name, line: c.line, why: 'a module-level WeakMap/WeakSet written while reading (keyed by an article\'s objects)' });
    else if (!cleared.has(name)) out.push({ name, line: c.line, why: 'a module-level container written while reading and never cleared (unbounded, or article state)' });
  }
  return out.sort((a, b) => a.line - b.line);
}
