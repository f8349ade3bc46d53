// The API as the page uses it. Errors come back as {error:{code,message}}; they surface as ApiFailure.
import type { ApiArticle, ApiIncident, ApiReviewRecord, IncidentDetail, IncidentPage, IngestResult, RawAction, SourceHealth } from '../../src/server/shapes.js';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const TOKEN_KEY = 'sitrep-token';
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string) => sessionStorage.setItem(TOKEN_KEY, t),
};

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const t = token.get();
  if (t && init.method === 'POST') headers.set('Authorization', `Bearer ${t}`);
  const res = await fetch(path, { ...init, headers });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** Every incident matching the filters, page by page (capped: the map is for overviews). */
export async function allIncidents(filters: URLSearchParams, cap = 5000): Promise<ApiIncident[]> {
  const out: ApiIncident[] = [];
  let offset: number | null = 0;
  while (offset !== null && out.length < cap) {
    const q = new URLSearchParams(filters);
    q.set('limit', '500');
    q.set('offset', String(offset));
    const page: IncidentPage = await call<IncidentPage>(`/api/incidents?${q}`);
    out.push(...page.items);
    offset = page.next;
  }
  return out;
}

export const getIncident = (id: number) => call<IncidentDetail>(`/api/incidents/${id}`);
export const getArticle = (id: number) => call<ApiArticle>(`/api/articles/${id}`);
export const getSources = () => call<SourceHealth>('/api/sources');

export interface Extraction {
  id: string;
  text: string;
  title?: string;
  places: { start: number; end: number; text: string; name: string | null; country: string | null }[];
  events: { id: string; eventType: string; subEventType: string; evidence: { start: number; end: number }[]; trigger?: { start: number; end: number; text: string }; location: { name: string | null; country: string | null } | null; date: { start: string | null }; fatalities: { low: number; best: number; high: number } | null; injuries?: { low: number; best: number; high: number } | null; status: string }[];
  claims: { id: string; source: { start: number; end: number; name: string; kind: string }; cue: { start: number; end: number; text: string }; content: { start: number; end: number }; stance: string; hedged: boolean }[];
}

export function extract(text: string, isHtml: boolean, published?: string): Promise<Extraction> {
  const q = published ? `?published=${encodeURIComponent(published)}` : '';
  return call<Extraction>(`/api/extract${q}`, { method: 'POST', headers: { 'Content-Type': isHtml ? 'text/html' : 'text/plain' }, body: text });
}

export function storeArticle(article: { text: string; title?: string; published?: string; outlet?: string }): Promise<IngestResult> {
  return call<IngestResult>('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
}

/** A person's review actions on an incident at the version the page read (src/server/review-input.ts). */
export function reviewIncident(id: number, body: { version: number; by: string; why?: string; actions: RawAction[] }): Promise<{ incident: ApiIncident; reviews: ApiReviewRecord[] }> {
  return call(`/api/incidents/${id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

const REVIEWER_KEY = 'sitrep-reviewer';
export const reviewer = {
  get: (): string => localStorage.getItem(REVIEWER_KEY) ?? '',
  set: (name: string) => localStorage.setItem(REVIEWER_KEY, name),
};

/** Incidents and fatalities per country or admin-1 area under the filters (GET /api/stats/places). */
export const placeCounts = (by: 'country' | 'admin1', filters: URLSearchParams) =>
  call<{ by: string; rows: { country: string | null; admin1?: string | null; incidents: number; fatalities: number }[] }>(`/api/stats/places?${new URLSearchParams([...filters, ['by', by]])}`);
