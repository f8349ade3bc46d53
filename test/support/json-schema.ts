// A validator for the part of JSON Schema (draft 2020-12) that docs/extraction.schema.json uses: type,
// enum, const, required, properties, additionalProperties, propertyNames, items, minimum, maximum,
// minLength, pattern, $ref to its own $defs, allOf, anyOf, oneOf, if/then/else. A keyword outside that
// list is an error, never silently passed over, so the schema cannot say more than the tests check.
// Returns the problems, each with the path of the value (empty when the value is valid).
type Schema = Record<string, any> | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'default', 'examples']);
const KEYWORDS = new Set(['type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'propertyNames', 'items', 'minimum',
  'maximum', 'minLength', 'pattern', '$ref', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else']);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;
const isType = (v: unknown, t: string): boolean => typeOf(v) === t || (t === 'number' && typeOf(v) === 'integer');

export function schemaProblems(root: Schema, value: unknown): string[] {
  const patterns = new Map<string, RegExp>();
  const resolve = (ref: string): Schema => {
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const target = m ? (root as Record<string, any>).$defs?.[m[1]] : undefined;
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };
  const check = (s: Schema, v: unknown, at: string, out: string[]): void => {
    if (s === true) return;
    if (s === false) { out.push(`${at}: not allowed`); return; }
    for (const k of Object.keys(s)) if (!KEYWORDS.has(k) && !ANNOTATIONS.has(k)) throw new Error(`unsupported keyword ${k} at ${at}`);
    if (s.$ref) check(resolve(s.$ref), v, at, out);
    if (s.type !== undefined) {
      const types: string[] = [s.type].flat();
      if (!types.some((t) => isType(v, t))) { out.push(`${at}: ${JSON.stringify(v)?.slice(0, 60)} is not ${types.join('|')}`); return; }
    }
    if (s.enum && !s.enum.some((e: unknown) => e === v)) out.push(`${at}: ${JSON.stringify(v)?.slice(0, 60)} is not one of ${s.enum.length} values`);
    if ('const' in s && s.const !== v) out.push(`${at}: ${JSON.stringify(v)?.slice(0, 60)} is not ${JSON.stringify(s.const)}`);
    if (typeof v === 'number') {
      if (s.minimum !== undefined && v < s.minimum) out.push(`${at}: ${v} < ${s.minimum}`);
      if (s.maximum !== undefined && v > s.maximum) out.push(`${at}: ${v} > ${s.maximum}`);
    }
    if (typeof v === 'string') {
      if (s.minLength !== undefined && [...v].length < s.minLength) out.push(`${at}: shorter than ${s.minLength}`);
      if (s.pattern !== undefined) {
        let re = patterns.get(s.pattern);
        if (!re) patterns.set(s.pattern, (re = new RegExp(s.pattern, 'u')));
        if (!re.test(v)) out.push(`${at}: ${JSON.stringify(v).slice(0, 60)} does not match ${s.pattern}`);
      }
    }
    if (Array.isArray(v) && s.items !== undefined) v.forEach((x, i) => check(s.items, x, `${at}[${i}]`, out));
    if (typeOf(v) === 'object') {
      const o = v as Record<string, unknown>;
      for (const r of s.required ?? []) if (!(r in o)) out.push(`${at}: no ${r}`);
      for (const [k, x] of Object.entries(o)) {
        if (s.propertyNames) check(s.propertyNames, k, `${at}{${k}}`, out);
        if (s.properties && k in s.properties) check(s.properties[k], x, `${at}.${k}`, out);
        else if (s.additionalProperties !== undefined) {
          if (s.additionalProperties === false) out.push(`${at}: ${k} is not a documented field`);
          else check(s.additionalProperties, x, `${at}.${k}`, out);
        }
      }
    }
    for (const sub of s.allOf ?? []) check(sub, v, at, out);
    if (s.anyOf && !s.anyOf.some((sub: Schema) => !problems(sub, v, at).length)) out.push(`${at}: matches none of anyOf`);
    if (s.oneOf) {
      const results = s.oneOf.map((sub: Schema) => problems(sub, v, at));
      const ok = results.filter((r: string[]) => !r.length).length;
      if (ok !== 1) out.push(ok ? `${at}: matches ${ok} of oneOf` : `${at}: matches none of oneOf (${results.map((r: string[]) => r[0]).join(' | ')})`);
    }
    if (s.if !== undefined) {
      const branch = problems(s.if, v, at).length ? s.else : s.then;
      if (branch !== undefined) check(branch, v, at, out);
    }
  };
  const problems = (s: Schema, v: unknown, at: string): string[] => {
    const out: string[] = [];
    check(s, v, at, out);
    return out;
  };
  return problems(root, value, '$');
}
