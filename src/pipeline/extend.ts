// `extend(a, b)`: what `{ ...a, ...b }` makes (a's own keys, then b's new ones; b's values win), built with
// Object.assign on an empty object. In V8 11 (Node 20) a literal that opens with a spread and goes on to a key the
// spread object lacks ("{ ...place, precision }", "{ ...figure, first, end }") gives every object it makes a hidden
// class of its own: a new map and descriptor array per object (about 1 µs), and each site that later reads such
// objects meets thousands of maps and falls back to its slowest look-up. Object.assign adds the keys one by one from
// the empty object's class, so objects made alike share a class. extend.test.ts holds both to the same objects.

/** The type of `{ ...A, ...B }`: B's keys over A's, union by union. */
export type Spread<A, B> = A extends unknown ? Omit<A, keyof B> & B : never;

export function extend<A extends object, B extends object>(a: A, b: B): Spread<A, B> {
  // Object.assign sets keys as a program would, so an own "__proto__" (JSON.parse makes one from an input line) would set the
  // copy's prototype; the spread copies it as a plain key, as it must stay.
  if (Object.hasOwn(a, '__proto__') || Object.hasOwn(b, '__proto__')) return { ...a, ...b } as unknown as Spread<A, B>;
  return Object.assign({}, a, b) as unknown as Spread<A, B>;
}
