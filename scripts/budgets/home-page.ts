// Loads a page in Chromium as a phone would (Lighthouse's 412 × 823 moto g power viewport), records what
// crosses the wire before any interaction through the DevTools protocol, then scrolls the first chart into
// view and checks that Chart.js arrives only then.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { pageWeight, resourceKind, type PageWeight, type Transfer } from './page-weight.ts';

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } as const;

export interface HomePageMeasurement {
  url: string;
  /** Before any interaction: after load and 500 ms without network. */
  weight: PageWeight;
  transfers: Transfer[];
  /** Chart.js files requested before anything was scrolled: must be none. */
  chartJsBeforeScroll: string[];
  /** What happened when the first [data-chart] figure was scrolled into view. */
  chartJsOnScroll: 'arrived' | 'already there' | 'did not arrive' | 'no chart on the page' | 'no Chart.js chunk in the build';
}

const CHART_WAIT_MS = 10_000;

export async function measureHomePage(browser: Browser, url: string, chartJsPaths: readonly string[]): Promise<HomePageMeasurement> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const recorder = await recordTransfers(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const transfers = recorder.finished();
    const isChartJs = (u: string) => chartJsPaths.includes(new URL(u).pathname);
    const chartJsBeforeScroll = transfers.filter((t) => isChartJs(t.url)).map((t) => t.url);
    return {
      url,
      weight: pageWeight(transfers),
      transfers,
      chartJsBeforeScroll,
      chartJsOnScroll: chartJsBeforeScroll.length > 0 ? 'already there' : await scrollToFirstChart(page, chartJsPaths, isChartJs),
    };
  } finally {
    await context.close();
  }
}

async function scrollToFirstChart(page: Page, chartJsPaths: readonly string[], isChartJs: (url: string) => boolean): Promise<HomePageMeasurement['chartJsOnScroll']> {
  const chart = page.locator('[data-chart]').first();
  if ((await chart.count()) === 0) return 'no chart on the page';
  if (chartJsPaths.length === 0) return 'no Chart.js chunk in the build';
  const arrival = page.waitForResponse((r) => isChartJs(r.url()), { timeout: CHART_WAIT_MS }).then(() => true, () => false);
  await chart.scrollIntoViewIfNeeded();
  return (await arrival) ? 'arrived' : 'did not arrive';
}

/** Transferred bytes of every response that finishes, from the Network domain (what DevTools calls "transferred"). */
async function recordTransfers(page: Page): Promise<{ finished: () => Transfer[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const pending = new Map<string, { url: string; resourceType: string; mimeType: string }>();
  const done: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) => pending.set(e.requestId, { url: e.request.url, resourceType: e.type ?? 'Other', mimeType: '' }));
  cdp.on('Network.responseReceived', (e) => {
    const request = pending.get(e.requestId);
    if (request) request.mimeType = e.response.mimeType;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = pending.get(e.requestId);
    if (!request || request.url.startsWith('data:')) return;
    done.push({ url: request.url, kind: resourceKind(request.resourceType, request.mimeType), bytes: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  return { finished: () => [...done] };
}
