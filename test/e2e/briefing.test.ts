// The briefing sheets (/ringkasan/, /ringkasan/<kecamatan>/) printed to PDF by Chromium on A4, read back: one or
// two pages holding the published figures and nothing of the site's frame; the print button only with JavaScript;
// axe on screen; the links to briefings and presentations; and the policy every new page keeps (no inline styles or
// handlers). The print view and the screen are photographed for a look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { getSite, releaseDates } from '../../src/lib/site-data.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { builtPages, type BuiltPage } from './pages/built-html.ts';
import { SitePage } from './pages/site-page.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4 = { width: 595.28, height: 841.89 };

let browser: Browser;
let site: StaticSite;
let dist: string;
let shots: string;
let published: { enrollment: any; status: any; claims: any; spend: any; metadata: any };

beforeAll(async () => {
  dist = await builtSite();
  const read = async (file: string) => JSON.parse(await readFile(join(dist, 'data', file), 'utf8'));
  published = { enrollment: await read('enrollment.json'), status: await read('status.json'), claims: await read('claims.json'), spend: await read('spend.json'), metadata: await read('metadata.json') };
  site = await serveStatic(dist);
  browser = await launchChromium();
  shots = await mkdtemp(join(tmpdir(), 'briefing-shots-'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const number = (lang: 'id' | 'en', n: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en').format(n);
/** A published value as the sheet writes it: ≈ when its row lists the field as approximate. */
const written = (lang: 'id' | 'en', row: any, field: string) => `${row.approximate.includes(field) ? '≈' : ''}${number(lang, row[field])}`;
const longDate = (lang: 'id' | 'en', iso: string) =>
  new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const area = (name: string) => published.metadata.areas.find((a: any) => a.name === name);
const cell = (code: string, category: string) => published.enrollment.cells.find((c: any) => c.code === code && c.category === category);

/** Prints a page as Chromium's "Save as PDF" does on A4, and reads the PDF back. */
async function printed(path: string): Promise<{ pages: string[]; mediaBoxes: number[][] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await context.close();
  const mediaBoxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
  // Ligatures (ﬁ) and line breaks as the PDF draws them: compare text with both flattened.
  return { pages: pdfPageTexts(pdf).map((t) => t.normalize('NFKC')), mediaBoxes };
}

/** What the sheet of an area must print: its members, non-active, claims, and each category's members. */
function expectedFigures(lang: 'id' | 'en', code: string): string[] {
  const status = published.status.rows.find((r: any) => r.code === code);
  const claims = published.claims.rows.find((r: any) => r.code === code && r.program === 'semua');
  const categories = published.metadata.categories.map((c: any) => cell(code, c.id));
  return [
    written(lang, cell(code, 'semua'), 'count'),
    written(lang, status, 'nonActive'),
    ...(claims.claims === null ? [] : [written(lang, claims, 'claims')]),
    ...(claims.amountRupiah === null ? [] : [`${claims.approximate.includes('amountRupiah') ? '≈' : ''}Rp${number(lang, claims.amountRupiah)}`]),
    ...categories.flatMap((c: any) => [c.count === null ? '*' : written(lang, c, 'count'), ...(c.target === null ? [] : [number(lang, c.target)])]),
  ];
}

describe('the briefing sheet printed to PDF (A4)', () => {
  for (const [path, lang, name] of [['/ringkasan/', 'id', 'Kota Batam'], ['/en/ringkasan/batam-kota/', 'en', 'Batam Kota'], ['/ringkasan/galang/', 'id', 'Galang']] as const) {
    it(`${path} prints on one or two A4 pages with the published figures, the as-of date and source, and none of the site's frame`, async () => {
      const { pages, mediaBoxes } = await printed(path);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      expect(mediaBoxes).toHaveLength(pages.length);
      for (const [x0, y0, x1, y1] of mediaBoxes) {
        expect(x1! - x0!).toBeCloseTo(A4.width, 0);
        expect(y1! - y0!).toBeCloseTo(A4.height, 0);
      }
      const text = pages.join('\n');
      const lines = text.split('\n');
      // Every figure is drawn as its own text run: look for whole runs, so "24.348" cannot match inside "124.348".
      const missing = expectedFigures(lang, area(name).code).filter((figure) => !lines.includes(figure) && !lines.some((l) => l.split(/[\s:()]+/).includes(figure)));
      expect(missing).toEqual([]);
      expect(text).toContain(longDate(lang, published.metadata.asOfDate));
      expect(text.replace(/\n/g, ' ')).toContain(published.metadata.source[lang].replace(/\s+/g, ' ').slice(0, 60));
      if (published.metadata.synthetic) expect(text).toContain(lang === 'id' ? 'Data sintetis.' : 'Synthetic data.');
      // The page's numbers of pages, printed in the bottom margin.
      expect(pages.map((p) => p.split('\n').slice(0, 3).join(''))).toEqual(pages.map((_, i) => `${i + 1} / ${pages.length}`));
      // The site's navigation, footer and share buttons stay on screen.
      for (const frame of lang === 'id' ? ['Cari wilayah', 'Unduh data', 'Bagikan lewat WhatsApp', 'Cetak / Simpan PDF'] : ['Find an area', 'Download data', 'Share on WhatsApp', 'Print / Save as PDF']) {
        expect(text, frame).not.toContain(frame);
      }
    });
  }

  it('the printed sheet names the release\'s permanent address (the /rilis/<date>/ copy once the published folder keeps it)', async () => {
    const { pages } = await printed('/ringkasan/batam-kota/');
    const asOf = published.metadata.asOfDate;
    const kept = await stat(join(dist, 'rilis', asOf, 'ringkasan', 'batam-kota', 'index.html')).then(() => true, () => false);
    expect(kept).toBe(releaseDates().includes(asOf));
    expect(pages.join('\n').replace(/\n/g, '')).toMatch(kept ? new RegExp(`https?://[^ ]+/rilis/${asOf}/ringkasan/batam-kota/`) : /https?:\/\/[^ ]+\/ringkasan\/batam-kota\//);
  });

  it('in the print view (794 px, print media) the frame is gone, text is black, tables show whole and no row is split', async () => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of ['/ringkasan/', '/ringkasan/batam-kota/']) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.screenshot({ path: join(shots, `print${path.replace(/\//g, '-')}.png`), fullPage: true });
      const look = await page.evaluate(() => ({
        hidden: ['.site-header', '.site-footer', '.share-bar', '.print-action', '.sheet-tools'].map((s) => {
          const e = document.querySelector(s);
          return e === null || getComputedStyle(e).display === 'none';
        }),
        colour: getComputedStyle(document.querySelector('.sheet h1')!).color,
        cellColour: getComputedStyle(document.querySelector('.sheet tbody th a, .sheet tbody th')!).color,
        rowBreak: getComputedStyle(document.querySelector('.sheet tbody tr')!).breakInside,
        scrolls: [...document.querySelectorAll('.sheet .table-scroll')].filter((t) => t.scrollWidth > t.clientWidth + 1).length,
        width: document.documentElement.scrollWidth,
      }));
      expect(look, path).toEqual({ hidden: [true, true, true, true, true], colour: 'rgb(0, 0, 0)', cellColour: 'rgb(0, 0, 0)', rowBreak: 'avoid', scrolls: 0, width: 794 });
    }
    await context.close();
  });
});

describe('the briefing sheet on screen', () => {
  it('the "Cetak / Simpan PDF" button shows only with JavaScript and opens the print dialog; without it the page says how to print', async () => {
    const withJs = await browser.newContext();
    await withJs.addInitScript(() => { (window as any).printed = 0; window.print = () => { (window as any).printed++; }; });
    const page = await withJs.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${site.url}/ringkasan/`, { waitUntil: 'load' });
    const button = page.getByRole('button', { name: 'Cetak / Simpan PDF' });
    expect(await button.isVisible()).toBe(true);
    expect(await page.locator('[data-print-hint]').isVisible()).toBe(false);
    await button.click();
    expect(await page.evaluate(() => (window as any).printed)).toBe(1);
    expect(errors).toEqual([]);
    await withJs.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.url}/en/ringkasan/`, { waitUntil: 'load' });
    expect(await plain.getByRole('button', { name: 'Print / Save as PDF' }).count()).toBe(0); // hidden: not in the accessibility tree
    expect(await plain.locator('[data-print-hint]').textContent()).toMatch(/Ctrl\+P/);
    expect(await plain.locator('[data-print-hint]').isVisible()).toBe(true);
    await noJs.close();
  });

  it('the key figures on screen equal the published JSON, in both languages', async () => {
    const tab = await SitePage.open(browser, site.url);
    const kota = published.metadata.areas.find((a: any) => a.level === 'kota').code;
    for (const lang of ['id', 'en'] as const) {
      await tab.visit(lang === 'id' ? '/ringkasan/' : '/en/ringkasan/');
      const value = (name: string) => tab.page.locator(`[data-figure="${name}"] .figure-value`).evaluate((e) => e.textContent!.trim());
      expect(await value('active')).toBe(written(lang, cell(kota, 'semua'), 'count'));
      expect(await value('non-active')).toBe(written(lang, published.status.rows.find((r: any) => r.code === kota), 'nonActive'));
      expect(await value('claims')).toBe(written(lang, published.claims.rows.find((r: any) => r.code === kota && r.program === 'semua'), 'claims'));
      // The city's total is exact and its claims approximate: the foot of the sheet says what ≈ means.
      expect(await value('active')).not.toContain('≈');
      expect(await value('claims')).toMatch(/^≈/);
      expect(await tab.page.getByTestId('sheet-source').textContent()).toContain(lang === 'id' ? '≈ angka perkiraan' : '≈ approximate');
      const monthly = published.spend.rows.find((r: any) => r.category === 'semua').monthlyRupiah;
      expect(await tab.page.locator('[data-figure="spend"]').textContent()).toContain(`Rp${number(lang, monthly)}`);
      const shown = published.metadata.categories.map((c: any) => cell(kota, c.id)).filter((c: any) => c.target !== null && c.count !== null).map((c: any) => c.coveragePercent);
      const pct = (p: number) => `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: 1 }).format(p)}%`;
      expect(await value('coverage')).toBe(`${pct(Math.min(...shown))}–${pct(Math.max(...shown))}`);
    }
    await tab.close();
  });

  it('axe finds no WCAG 2.2 A/AA violation on the city and a kecamatan sheet; nothing errs; no sideways scrolling at 412 or 1280 px', async () => {
    const failures: string[] = [];
    for (const viewport of [{ width: 412, height: 915 }, { width: 1280, height: 900 }]) {
      const tab = await SitePage.open(browser, site.url, { axe: true, viewport, reducedMotion: 'reduce' });
      for (const path of ['/ringkasan/', '/en/ringkasan/batam-kota/']) {
        const visit = await tab.visit(path);
        failures.push(...visit.errors.map((e) => `${path}: ${e}`), ...visit.outside.map((u) => `${path}: requested ${u}`));
        for (const v of await tab.axeViolations()) failures.push(`${path} at ${viewport.width}: ${v}`);
        expect((await tab.frame()).scrollWidth, `${path} at ${viewport.width}`).toBe(viewport.width);
        await tab.page.screenshot({ path: join(shots, `screen-${viewport.width}${path.replace(/\//g, '-')}.png`), fullPage: true });
      }
      await tab.close();
    }
    expect(failures).toEqual([]);
    console.info(`briefing screenshots: ${shots}`);
  });
});

describe('briefing and presentation pages in the site', () => {
  let pages: BuiltPage[];
  beforeAll(async () => { pages = await builtPages(dist); });

  it('every release has a briefing and a presentation for the city and each kecamatan, in both languages, and the site lists them', () => {
    const kecamatan = getSite().kecamatan.length;
    const ours = pages.filter((p) => /\/(ringkasan|presentasi)\//.test(p.path)).map((p) => p.path);
    expect(ours).toHaveLength(2 * 2 * (1 + kecamatan) * (1 + releaseDates().length));
    const listed = new Set(sitePages(getSite()));
    expect(ours.filter((p) => !p.includes('/rilis/') && !listed.has(p))).toEqual([]);
  });

  it('the home page and each kecamatan page link to their briefing and presentation; a kelurahan page does not', () => {
    const html = (path: string) => pages.find((p) => p.path === path)!.html;
    expect(html('/')).toMatch(/href="\/ringkasan\/"[^>]*>Ringkasan untuk rapat \(cetak\)</);
    expect(html('/')).toMatch(/href="\/presentasi\/"/);
    expect(html('/en/kecamatan/batam-kota/')).toMatch(/href="\/en\/ringkasan\/batam-kota\/"[^>]*>Briefing sheet \(print\)</);
    expect(html('/en/kecamatan/batam-kota/')).toMatch(/href="\/en\/presentasi\/batam-kota\/"/);
    const kelurahan = pages.find((p) => /^\/kecamatan\/batam-kota\/[^/]+\/$/.test(p.path))!;
    expect(kelurahan.html).not.toMatch(/href="[^"]*\/(ringkasan|presentasi)\//);
  });

  it('no briefing or presentation page has a style="" attribute or an inline event handler, and each carries the Content-Security-Policy', () => {
    const ours = pages.filter((p) => /\/(ringkasan|presentasi)\//.test(p.path));
    const bad: string[] = [];
    for (const page of ours) {
      const tags = page.html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>').match(/<[a-z][^>]*>/gi) ?? [];
      for (const tag of tags) if (/\sstyle=|\son[a-z]+=/i.test(tag)) bad.push(`${page.path}: ${tag.slice(0, 80)}`);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
      if (!/default-src 'self'/.test(policy) || /unsafe-inline/.test(policy)) bad.push(`${page.path}: policy ${policy.slice(0, 60)}`);
    }
    expect(ours.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
