// Lighthouse 13's Accessibility, Best Practices and SEO (deterministic: no timing in them) on the three budget
// pages of the demo site. Performance depends on the machine's speed, so it stays in `npm run budgets`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetPages, type BudgetPage } from '../../scripts/budgets/site-pages.ts';
import { launchLighthouse, type Audit } from '../../scripts/budgets/lighthouse-scores.ts';
import { scoreProblems } from '../../scripts/budgets/report.ts';
import { builtSite } from '../helpers/built-site.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

let site: StaticSite;
let pages: BudgetPage[];
let lighthouse: { audit: Audit; close: () => void };

beforeAll(async () => {
  const dist = await builtSite();
  site = await serveStatic(dist);
  pages = await budgetPages(dist);
  lighthouse = await launchLighthouse();
});

afterAll(async () => {
  lighthouse?.close();
  await site?.close();
});

describe('Lighthouse on the demo site (mobile)', () => {
  it.for(['home', 'kecamatan', 'data'])('the %s page scores at least 95 in Accessibility, Best Practices and SEO and requests nothing from another origin', async (name, ctx) => {
    const page = pages.find((p) => p.name === name)!;
    if (!page.built) ctx.skip(`${page.path} is not built yet`);
    const run = await lighthouse.audit(`${site.url}${page.path}`, ['accessibility', 'best-practices', 'seo']);
    expect(run.runtimeError).toBeUndefined();
    expect(scoreProblems({ ...page, scores: run.scores }), `not passed: ${run.failedAudits.join(', ')}`).toEqual([]);
    expect(run.scores).toEqual({ accessibility: expect.any(Number), 'best-practices': expect.any(Number), seo: expect.any(Number) });
    expect(run.outsideRequests).toEqual([]);
  });
});
