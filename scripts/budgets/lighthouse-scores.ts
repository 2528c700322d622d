// Lighthouse 13 (mobile preset: moto g power viewport, simulated slow 4G and 4× CPU) on Debian's Chromium,
// fully offline. Chromium starts with chrome-launcher's defaults, which switch off translate, optimisation
// hints, media router, autofill, safe browsing, domain reliability and component updates, plus the flags the
// tests use (see scripts/lib/chromium.ts). Lighthouse's error reporting (Sentry) is started only by its CLI,
// never by this Node API. Pages are on 127.0.0.1, which Lighthouse treats as secure, like localhost.
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Partial<Record<Category, number | null>>;

export interface LighthouseRun {
  url: string;
  /** 0–100, null when Lighthouse could not score the category. */
  scores: Scores;
  /** Scored audits that did not pass, e.g. "color-contrast (0)", to say why a score is below 100. */
  failedAudits: string[];
  /** Requests that left the page's origin (must be none: the site makes no third-party requests). */
  outsideRequests: string[];
  runtimeError?: string;
  lhr: Result;
}

export type Audit = (url: string, categories?: readonly Category[]) => Promise<LighthouseRun>;

/** Starts one headless Chromium for Lighthouse; `audit` runs Lighthouse on a URL in a new tab. */
export async function launchLighthouse(): Promise<{ audit: Audit; close: () => void }> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'], logLevel: 'silent' });
  const audit: Audit = async (url, categories = CATEGORIES) => {
    const result = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summariseLhr(result.lhr, categories);
  };
  return { audit, close: () => chrome.kill() };
}

/** Hands `use` an audit function and always stops Chromium afterwards. */
export async function withLighthouse<T>(use: (audit: Audit) => Promise<T>): Promise<T> {
  const lighthouse = await launchLighthouse();
  try {
    return await use(lighthouse.audit);
  } finally {
    lighthouse.close();
  }
}

export function summariseLhr(lhr: Result, categories: readonly Category[]): LighthouseRun {
  const scores: Scores = {};
  const failedAudits: string[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failedAudits.push(`${ref.id} (${Math.round(audit.score * 100) / 100})`);
    }
  }
  const origin = new URL(lhr.finalDisplayedUrl || lhr.requestedUrl || 'http://invalid').origin;
  const items = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
  const outsideRequests = items.map((i) => i.url ?? '').filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
  return { url: lhr.requestedUrl ?? lhr.finalDisplayedUrl, scores, failedAudits: [...new Set(failedAudits)], outsideRequests, runtimeError: lhr.runtimeError?.message, lhr };
}
