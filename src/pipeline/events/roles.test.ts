import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// fix15: the speaker whose own forces acted, told by its possessive, is actor 1 (roles.ts, actor.speaker-of-own-act). Moved
// from the fix15 round file (tidy16); invented reports, never evaluation rows.
test('fix15: "X said its fighters killed …" makes X actor 1', () => {
  const e = readArticle('Al-Shabaab said on Monday that its forces killed 12 soldiers near Arvella.').events[0];
  assert.match(e.actor1?.name ?? '', /Shabaab/);
  assert.ok(e.why?.actor1?.some((r) => r.rule === 'actor.speaker-of-own-act'));
  // Neighbour: a speaker naming another side's forces ("said Russian forces killed") is no actor of them.
  const other = readArticle('The mayor of Arvella said on Monday that rebel forces killed 12 soldiers near Arvella.').events[0];
  assert.ok(!other.why?.actor1?.some((r) => r.rule === 'actor.speaker-of-own-act'));
});
