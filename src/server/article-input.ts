// A JSON object from a client → an ArticleInput, or a failure naming the field that is wrong.
import type { ArticleInput, Failure } from '../types.js';
import { checkDay } from '../io/dates.js';

const OPTIONAL = ['title', 'published', 'url', 'outlet'] as const;
const MAX_FIELD = 2000;

export function toArticleInput(raw: unknown, fallbackId: string): ArticleInput | Failure {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, code: 'E_BAD_ARTICLE', message: 'an article is a JSON object {"text", "id"?, "title"?, "published"?, "url"?, "outlet"?}' };
  }
  const row = raw as Record<string, unknown>;
  if (typeof row.text !== 'string') return { ok: false, code: 'E_NO_TEXT', message: 'the article has no "text" string' };
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id).slice(0, MAX_FIELD) : fallbackId;
  const input: ArticleInput = { id, text: row.text };
  for (const key of OPTIONAL) {
    const value = row[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || value.length > MAX_FIELD) {
      return { ok: false, code: 'E_BAD_FIELD', message: `"${key}" must be a string of at most ${MAX_FIELD} characters` };
    }
    input[key] = value;
  }
  // Checked as every date entering sitrep is: an impossible day is E_BAD_DATE, never rolled over.
  if (input.published !== undefined) {
    const day = checkDay(input.published);
    if (!day.ok) return day;
    input.published = day.value;
  }
  return input;
}

export function isFailure(x: ArticleInput | Failure): x is Failure {
  return (x as Failure).ok === false;
}
