import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { readJson } from '../helpers/stage1.ts';

// One build of test/sites/chart-site (the real ChartFigure and DataTable over data/published, under the site's
// real Content-Security-Policy); every test below reads that build in Chromium.

const TEAL = [0x0b, 0x5e, 0x55];
/** The budget for JavaScript before any interaction, compressed. */
const FIRST_LOAD_JS_BUDGET = 15 * 1024;

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let outDir: string;
let chartChunk: string;

beforeAll(async () => {
  outDir = join(await mkdtemp(join(tmpdir(), 'chart-site-')), 'dist');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'test/sites/chart-site', '--outDir', outDir], { stdio: 'pipe' });
  const chunks = (await readdir(join(outDir, '_astro'))).filter((f) => /^register\..*\.js$/.test(f));
  expect(chunks, 'the Chart.js chunk is its own file, named after src/browser/register.ts').toHaveLength(1);
  chartChunk = `/_astro/${chunks[0]}`;
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The fixture page as a reader sees it, with everything the tests listen for: requests, errors, CSP violations. */
class ChartsPage {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  readonly page: Page;
  private constructor(page: Page) {
    this.page = page;
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && this.errors.push(m.text()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(path: string, options: BrowserContextOptions & { withoutIntersectionObserver?: boolean } = {}): Promise<ChartsPage> {
    const { withoutIntersectionObserver, ...contextOptions } = options;
    const context = await browser.newContext({ viewport: { width: 412, height: 860 }, ...contextOptions });
    // Init scripts run through DevTools, outside the page's CSP: they only listen, they do not relax anything.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as any).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (withoutIntersectionObserver) await context.addInitScript(() => { delete (window as any).IntersectionObserver; });
    const page = new ChartsPage(await context.newPage());
    await page.page.goto(`${site.url}${path}`);
    await page.page.waitForLoadState('load');
    return page;
  }

  figure(id: string) {
    return this.page.locator(`#${id}`);
  }

  chartBox(id: string) {
    return this.page.locator(`#${id} [data-chart-box]`);
  }

  table(id: string) {
    return this.page.locator(`#${id} table`);
  }

  chartChunkRequests(): string[] {
    return this.requests.filter((url) => new URL(url).pathname === chartChunk);
  }

  outsideRequests(): string[] {
    return this.requests.filter((url) => !url.startsWith(site.url));
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as any).cspViolations as string[]);
  }

  /** Lets the first IntersectionObserver round run (it reports on the next rendering update, then as a task). */
  settle(): Promise<void> {
    return this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  }

  async scrollTo(id: string): Promise<void> {
    await this.figure(id).scrollIntoViewIfNeeded();
  }

  async waitUntilDrawn(id: string): Promise<void> {
    await this.page.locator(`#${id}[data-chart="drawn"]`).waitFor();
  }

  /** How many canvas pixels are the bars' teal: drawing has happened when this is well above zero. */
  tealPixels(id: string): Promise<number> {
    return this.page.locator(`#${id} canvas`).evaluate((canvas: HTMLCanvasElement, teal) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 200 && Math.abs(data[i]! - teal[0]!) < 8 && Math.abs(data[i + 1]! - teal[1]!) < 8 && Math.abs(data[i + 2]! - teal[2]!) < 8) n++;
      }
      return n;
    }, TEAL);
  }

  /** Table cell texts, row by row, header first. */
  rows(id: string): Promise<string[][]> {
    return this.table(id).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}

async function gzippedBytes(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += gzipSync(await readFile(join(outDir, path))).length;
  return total;
}

describe('ChartFigure in Chromium', () => {
  it('loads no Chart.js until a chart nears the viewport, then fetches the chunk once and draws it, with no errors, CSP violations or outside requests', async () => {
    const page = await ChartsPage.open('/');
    await page.settle();
    const scriptsBeforeScroll = page.requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname);
    expect(page.chartChunkRequests()).toEqual([]);
    expect(await page.figure('kategori').getAttribute('data-chart')).toBe('');
    expect(scriptsBeforeScroll.length).toBeGreaterThan(0); // the small mount script did load
    expect(await gzippedBytes(scriptsBeforeScroll)).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);

    await page.scrollTo('kategori');
    await page.waitUntilDrawn('kategori');
    await expect.poll(() => page.tealPixels('kategori')).toBeGreaterThan(1000);
    expect(await page.page.locator('#kategori canvas').isVisible()).toBe(true);
    await page.scrollTo('waktu');
    await page.waitUntilDrawn('waktu');
    expect(page.chartChunkRequests()).toHaveLength(1);

    expect(page.errors).toEqual([]);
    expect(await page.cspViolations()).toEqual([]);
    expect(page.outsideRequests()).toEqual([]);
    await page.close();
  });

  it('the page carries a Content-Security-Policy that blocks an injected inline script (so "no violations" above means something)', async () => {
    const page = await ChartsPage.open('/');
    const policy = await page.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    await page.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
    });
    await expect.poll(() => page.cspViolations()).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.page.evaluate(() => (window as any).injectedRan)).toBeUndefined();
    await page.close();
  });

  it('drawing a chart moves nothing: the table stays where it was and no layout shift is recorded', async () => {
    const page = await ChartsPage.open('/', { reducedMotion: 'reduce' });
    const tableTop = () => page.table('kategori').evaluate((t) => t.getBoundingClientRect().top + window.scrollY);
    const before = await tableTop();
    await page.scrollTo('kategori');
    await page.waitUntilDrawn('kategori');
    expect(await page.tealPixels('kategori')).toBeGreaterThan(1000); // reduced motion: drawn at once, no animation
    expect(await tableTop()).toBe(before);
    const shift = await page.page.evaluate(() => new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) total += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
    }));
    expect(shift).toBe(0);
    await page.close();
  });

  it('at 412 px the table sits under the chart; at 1280 px beside it', async () => {
    const phone = await ChartsPage.open('/', { reducedMotion: 'reduce' });
    const box = (await phone.chartBox('kategori').boundingBox())!;
    const table = (await phone.table('kategori').boundingBox())!;
    expect(table.y).toBeGreaterThanOrEqual(box.y + box.height);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBe(412); // wide tables scroll inside their region
    await phone.close();

    const desktop = await ChartsPage.open('/', { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await desktop.scrollTo('kategori');
    await desktop.waitUntilDrawn('kategori');
    const wideBox = (await desktop.chartBox('kategori').boundingBox())!;
    const wideTable = (await desktop.table('kategori').boundingBox())!;
    expect(wideTable.x).toBeGreaterThanOrEqual(wideBox.x + wideBox.width);
    expect(wideTable.y).toBeLessThan(wideBox.y + wideBox.height);
    await desktop.page.screenshot({ path: join(outDir, '..', 'charts-1280.png') });
    await desktop.close();
  });

  it('without JavaScript the tables show every number and the chart boxes take no space', async () => {
    const page = await ChartsPage.open('/', { javaScriptEnabled: false });
    for (const id of ['kategori', 'cakupan', 'waktu']) {
      expect(await page.table(id).isVisible()).toBe(true);
      expect(await page.chartBox(id).isVisible()).toBe(false);
    }
    const metadata = await readJson('data/published', 'metadata.json');
    const enrollment = await readJson('data/published', 'enrollment.json');
    const count = (category: string) => enrollment.cells.find((c: any) => c.code === '21.71' && c.category === category).count;
    expect(await page.rows('kategori')).toEqual(metadata.categories.map((c: any) =>
      [c.label.id, count(c.id) === null ? '* disembunyikan' : new Intl.NumberFormat('id-ID').format(count(c.id))]));
    expect(page.requests.filter((u) => u.endsWith('.js'))).toEqual([]);
    await page.close();
  });

  it('without IntersectionObserver the script leaves only the tables and never loads Chart.js', async () => {
    const page = await ChartsPage.open('/', { withoutIntersectionObserver: true });
    await page.page.locator('#kategori[data-chart="unsupported"]').waitFor();
    await page.scrollTo('waktu');
    expect(await page.chartBox('kategori').isVisible()).toBe(false);
    expect(await page.table('kategori').isVisible()).toBe(true);
    expect(page.chartChunkRequests()).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the English page formats the same numbers the English way and draws its charts', async () => {
    const page = await ChartsPage.open('/en/', { reducedMotion: 'reduce' });
    const enrollment = await readJson('data/published', 'enrollment.json');
    const cell = enrollment.cells.find((c: any) => c.code === '21.71.10' && c.category === 'ketua-rt');
    const rt = (await page.rows('cakupan'))[0]!;
    // Batam Kota's RT heads are approximate in the demo: count and coverage read ≈, the target is exact.
    expect(cell.approximate).toEqual(['count', 'coveragePercent']);
    expect(rt).toEqual([expect.any(String), `≈${new Intl.NumberFormat('en').format(cell.count)}`, new Intl.NumberFormat('en').format(cell.target), `≈${cell.coveragePercent}%`]);
    expect(await page.page.locator('#kategori canvas').getAttribute('aria-label')).toMatch(/^Bar chart\. Active members: highest .*Every number is in the table\.$/);
    expect(await page.page.locator('#cakupan canvas').getAttribute('aria-label')).toMatch(/highest .+ \(≈[\d.]+%\)\. Every number/);
    // The chart's tooltips mark the same values ≈ as the table beside it: the flags it is handed say so.
    const payload = JSON.parse((await page.page.locator('#cakupan script[data-chart-config]').textContent())!);
    const coverageColumn = (await page.rows('cakupan')).map((r) => r[3]!.startsWith('≈'));
    expect(payload.approximate).toEqual([coverageColumn]);
    expect(await page.figure('cakupan').locator('[data-note="approximate"]').textContent()).toMatch(/^≈ approximate: up to \d+ people added or taken away/);
    // The city's totals per category are exact: no ≈ and no footnote under their table.
    expect((await page.rows('kategori')).flat().join('')).not.toContain('≈');
    expect(await page.figure('kategori').locator('[data-note]').count()).toBe(0);
    await page.scrollTo('cakupan');
    await page.waitUntilDrawn('cakupan');
    expect(await page.tealPixels('cakupan')).toBeGreaterThan(500);
    expect(page.errors).toEqual([]);
    expect(await page.cspViolations()).toEqual([]);
    await page.close();
  });

  it('the page with its charts drawn has no axe-core accessibility violations (WCAG 2.2 AA)', async () => {
    const page = await ChartsPage.open('/', { reducedMotion: 'reduce' });
    for (const id of ['kategori', 'cakupan', 'waktu']) {
      await page.scrollTo(id);
      await page.waitUntilDrawn(id);
    }
    // Evaluated through DevTools, like the init scripts: the page's CSP still applies to the page itself.
    await page.page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
