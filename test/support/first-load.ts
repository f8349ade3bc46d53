// The page's first load in bytes transferred: every response (headers and body as sent, compressed when
// the server compressed it) from opening the page until the network is idle with the incidents drawn.
// Shared by the browser test (issue 17's 1 MB budget) and the bench (bench/sections/85-web.ts).
import type { Page, Request } from 'playwright-core';

/** Issue 17: the first load stays under 1 MB transferred on the bundled examples. */
export const FIRST_LOAD_BUDGET = 1_000_000;

export async function measureFirstLoad(page: Page, url: string): Promise<{ bytes: number; requests: number; largest: { url: string; bytes: number } }> {
  const requests: Request[] = [];
  const take = (r: Request) => requests.push(r);
  page.on('requestfinished', take);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.incident-marker, .incident-cluster, #list .empty');
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('requestfinished', take);
  }
  let bytes = 0;
  let largest = { url: '', bytes: 0 };
  for (const r of requests) {
    const s = await r.sizes();
    const n = s.responseBodySize + s.responseHeadersSize;
    bytes += n;
    if (n > largest.bytes) largest = { url: r.url(), bytes: n };
  }
  return { bytes, requests: requests.length, largest };
}
