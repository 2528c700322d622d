import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'lighthouse';
import { chartJsChunks, isChartJs } from '../../scripts/budgets/chart-chunks.ts';
import { pageWeight, resourceKind, weightProblems, type Transfer } from '../../scripts/budgets/page-weight.ts';
import { summariseLhr } from '../../scripts/budgets/lighthouse-scores.ts';
import { buildProblems, formatReport, homeProblems, median, medianScores, scoreProblems, type BudgetSummary } from '../../scripts/budgets/report.ts';
import { budgetPages } from '../../scripts/budgets/site-pages.ts';
import { writeBudgetFixtureSite } from '../helpers/budget-fixture-site.ts';

const t = (kind: Transfer['kind'], bytes: number): Transfer => ({ url: `http://x/${kind}`, kind, bytes });

describe('page weight', () => {
  it('resourceKind(type, mime) sorts responses the way the budget groups them', () => {
    expect(resourceKind('Document', 'text/html')).toBe('html');
    expect(resourceKind('Stylesheet', 'text/css')).toBe('css');
    expect(resourceKind('Script', 'text/javascript')).toBe('js');
    expect(resourceKind('Fetch', 'application/javascript')).toBe('js');
    expect(resourceKind('Image', 'image/svg+xml')).toBe('svg');
    expect(resourceKind('Fetch', 'application/json')).toBe('json');
    expect(resourceKind('Other', 'application/manifest+json')).toBe('json');
    expect(resourceKind('Image', 'image/png')).toBe('image');
    expect(resourceKind('Font', 'font/woff2')).toBe('font');
    expect(resourceKind('Other', 'text/plain')).toBe('other');
  });

  it('pageWeight(transfers) adds bytes by kind and puts everything but JavaScript in the 80 KB group', () => {
    const w = pageWeight([t('html', 1000), t('css', 200), t('svg', 30), t('js', 400), t('js', 5), t('json', 7)]);
    expect(w.bytes).toMatchObject({ html: 1000, css: 200, svg: 30, js: 405, json: 7, image: 0 });
    expect(w.nonJs).toBe(1237);
    expect(w.js).toBe(405);
    expect(w.requests).toBe(6);
  });

  it('weightProblems(weight) allows exactly 80,000 + 15,000 bytes and names each budget one byte over', () => {
    expect(weightProblems(pageWeight([t('html', 79_000), t('css', 1000), t('js', 15_000)]))).toEqual([]);
    const over = weightProblems(pageWeight([t('html', 79_000), t('svg', 1001), t('js', 15_001)]));
    expect(over).toHaveLength(2);
    expect(over[0]).toMatch(/HTML \+ CSS \+ map .* 80\.0 KB/);
    expect(over[1]).toMatch(/JavaScript .* 15\.0 KB/);
  });
});

describe('report', () => {
  it('median(values) takes the middle value, or the mean of the two middle ones', () => {
    expect(median([90, 100, 95])).toBe(95);
    expect(median([90, 100, 94, 98])).toBe(96);
    expect(() => median([])).toThrow();
  });

  it('medianScores(runs) takes each category\'s median, a run that could not score counting as lowest', () => {
    expect(medianScores([{ performance: 90, seo: 100 }, { performance: 99, seo: null }, { performance: 97, seo: 100 }])).toEqual({ performance: 97, seo: 100 });
    expect(medianScores([{ seo: null }, { seo: null }, { seo: 100 }])).toEqual({ seo: null });
  });

  it('scoreProblems(page) names the category and page under 95, and any category Lighthouse could not score', () => {
    expect(scoreProblems({ name: 'home', path: '/', scores: { performance: 95, accessibility: 100 } })).toEqual([]);
    expect(scoreProblems({ name: 'data', path: '/data/', scores: { performance: 94, seo: null } })).toEqual([
      'Lighthouse Performance on the data page (/data/) is 94, under 95',
      'Lighthouse could not score SEO on the data page (/data/)',
    ]);
  });

  it('homeProblems(home) fails when Chart.js comes before the first chart is in view, or not at all', () => {
    const weight = pageWeight([t('html', 100)]);
    expect(homeProblems({ weight, chartJsBeforeScroll: [], chartJsOnScroll: 'arrived' })).toEqual([]);
    expect(homeProblems({ weight, chartJsBeforeScroll: [], chartJsOnScroll: 'no chart on the page' })).toEqual([]);
    expect(homeProblems({ weight, chartJsBeforeScroll: ['http://x/_astro/c.js'], chartJsOnScroll: 'already there' })[0]).toMatch(/before any chart .*c\.js/);
    expect(homeProblems({ weight, chartJsBeforeScroll: [], chartJsOnScroll: 'did not arrive' })[0]).toMatch(/did not arrive/);
  });

  it('buildProblems(seconds) fails a build over 20 s and says nothing when the build was not timed', () => {
    expect(buildProblems(19.9)).toEqual([]);
    expect(buildProblems(null)).toEqual([]);
    expect(buildProblems(20.4)[0]).toMatch(/20\.4 s, over the 20 s budget/);
  });

  it('formatReport(summary) prints paste-ready tables, skipped pages and every broken budget', () => {
    const summary: BudgetSummary = {
      dist: '/d', chromium: 'Chromium 1', lighthouse: '13.0.0', buildSeconds: 12.34, lighthouseRuns: 3,
      home: { url: 'http://x/', weight: pageWeight([t('html', 20_500), t('css', 3000), t('js', 4200)]), transfers: [], chartJsBeforeScroll: [], chartJsOnScroll: 'arrived' },
      pages: [
        { name: 'home', path: '/', built: true, scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 92 }, runs: [], failedAudits: ['meta-description (0)'], outsideRequests: [], errors: [], secondsPerRun: [6, 7, 8] },
        { name: 'data', path: '/data/', built: false, scores: {}, runs: [], failedAudits: [], outsideRequests: [], errors: [], secondsPerRun: [] },
      ],
      failures: ['Lighthouse SEO on the home page (/) is 92, under 95'], notes: ['skipped /data/ (data page): not in /d yet'],
    };
    const text = formatReport(summary);
    expect(text).toContain('| 20.5 KB | 3.0 KB | 0.0 KB | 0.0 KB | 23.5 KB | 4.2 KB | 3 | on scroll only |');
    expect(text).toContain('median of 3 runs');
    expect(text).toContain('| home `/` | 99 | 100 | 100 | 92 | 7.0 |');
    expect(text).not.toContain('| data');
    expect(text).toContain('Audits not passed on /: meta-description (0)');
    expect(text).toContain('Site build: 12.3 s');
    expect(text).toContain('Note: skipped /data/');
    expect(text).toMatch(/Budgets broken \(1\):\n {2}- Lighthouse SEO on the home page/);
  });
});

describe('built site', () => {
  it('chartJsChunks(dist) finds the files that carry Chart.js by content, whatever their names', async () => {
    const dist = await writeBudgetFixtureSite(await mkdtemp(join(tmpdir(), 'budget-site-')));
    expect(await chartJsChunks(dist)).toEqual(['/_astro/chart-lib.js']);
  });

  it('isChartJs(source) recognises the real Chart.js build and not a mount script', async () => {
    expect(isChartJs(await readFile('node_modules/chart.js/dist/chart.js', 'utf8'))).toBe(true);
    expect(isChartJs('import("./chart.js").then((m) => new m.Chart(canvas, config))')).toBe(false);
  });

  it('budgetPages(dist) takes the first kecamatan page in sorted order and marks pages the build lacks', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'budget-pages-'));
    for (const page of ['', 'kecamatan/bengkong/', 'kecamatan/batu-aji/', 'en/data/']) {
      await mkdir(join(dist, page), { recursive: true });
      await writeFile(join(dist, page, 'index.html'), '<!doctype html>');
    }
    await mkdir(join(dist, 'kecamatan/abc'));
    expect(await budgetPages(dist)).toEqual([
      { name: 'home', path: '/', built: true },
      { name: 'kecamatan', path: '/kecamatan/batu-aji/', built: true },
      { name: 'data', path: '/data/', built: false },
    ]);
    const empty = await mkdtemp(join(tmpdir(), 'budget-pages-'));
    expect((await budgetPages(empty)).map((p) => [p.path, p.built])).toEqual([['/', false], ['/kecamatan/batam-kota/', false], ['/data/', false]]);
  });
});

describe('Lighthouse results', () => {
  it('summariseLhr(lhr) rounds scores to 0–100, lists scored audits that failed, and finds requests to other origins', () => {
    const lhr = {
      requestedUrl: 'http://127.0.0.1:5000/', finalDisplayedUrl: 'http://127.0.0.1:5000/',
      categories: {
        accessibility: { score: 0.974, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'landmark-one-main', weight: 3 }, { id: 'tabindex', weight: 0 }] },
        seo: { score: null, auditRefs: [] },
      },
      audits: {
        'color-contrast': { score: 1 }, 'landmark-one-main': { score: 0 }, tabindex: { score: 0 },
        'network-requests': { details: { items: [{ url: 'http://127.0.0.1:5000/' }, { url: 'https://fonts.example.org/a.woff2' }, { url: 'data:image/png;base64,AA' }] } },
      },
    } as unknown as Result;
    const run = summariseLhr(lhr, ['accessibility', 'seo']);
    expect(run.scores).toEqual({ accessibility: 97, seo: null });
    expect(run.failedAudits).toEqual(['landmark-one-main (0)']);
    expect(run.outsideRequests).toEqual(['https://fonts.example.org/a.woff2']);
  });
});
