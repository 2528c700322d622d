// Every figure is citable, downloadable and embeddable: the citation under each figure matches the page (title,
// area, as-of date, source, permanent address that resolves), the copy buttons copy it, every CSV and JSON holds
// exactly the published numbers, every chart and map has a valid SVG and PNG, and the embed pages stand alone
// (no errors, no outside requests, axe WCAG 2.2 AA) with their source line and a way back.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { embedPagePaths, figuresToMake } from '../../src/figures/figure-routes.ts';
import { PNG_WIDTH } from '../../src/figures/figure-picture.ts';
import { pageFigures } from '../../src/figures/page-figures.ts';
import { isDrawn } from '../../src/figures/figure.ts';
import { embedHref, figureFileHref } from '../../src/figures/figure-links.ts';
import type { Lang } from '../../src/lib/format.ts';
import { loadPublished, type Published } from '../../src/lib/published.ts';
import { basePath, LANGS, type PageContext } from '../../src/lib/routes.ts';
import { getSite, releaseDates } from '../../src/lib/site-data.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { pngHeader } from '../pictures/png-size.ts';
import { fileOf } from './pages/built-html.ts';
import { expectedApproximateColumns, expectedFigureRows, NUMBERS_ONLY, type DataRow, type FigurePage } from './pages/expected-figures.ts';
import { shown } from './pages/expected-tables.ts';
import { DESKTOP, PHONE, SitePage } from './pages/site-page.ts';

let dist: string;
let server: StaticSite;
let browser: Browser;
/** The origin the site is built for: citations and embed codes carry it. */
let siteOrigin: string;

beforeAll(async () => {
  dist = await builtSite();
  server = await serveStatic(dist);
  browser = await launchChromium();
  const home = await readFile(join(dist, 'index.html'), 'utf8');
  siteOrigin = new URL(/<link rel="canonical" href="([^"]*)"/.exec(home)![1]!).origin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const exists = (file: string) => stat(join(dist, file)).then((s) => s.isFile(), () => false);
const published = new Map<string | null, Published>();
/** The published JSON a copy of the site was built from, as the site serves it under its /data/. */
const dataOf = (release: string | null) => {
  if (!published.has(release)) published.set(release, loadPublished(join(dist, release === null ? '' : `rilis/${release}`, 'data')));
  return published.get(release)!;
};
const longDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The area (and category) a page's figures are about, found by the page's path. */
function figurePage(release: string | null, path: string): FigurePage {
  const site = getSite(release);
  const category = /^\/kategori\/([^/]+)\/$/.exec(path)?.[1];
  if (category) return { area: site.kota, category };
  return { area: site.metadata.areas.find((a) => site.path(a.code) === path)! };
}

/** A CSV value as data: empty is hidden (null), a number is a number, anything else the text shown. */
const csvValue = (text: string) => (text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

describe('figure downloads', () => {
  it('every figure of every page in every copy has a CSV and a JSON holding exactly the published numbers, hidden ones empty/null, approximate ones named', async () => {
    const made = figuresToMake();
    let rows = 0;
    let approximate = 0;
    for (const { ctx, path, id } of made) {
      const where = `${basePath(ctx)}${path}#${id}`;
      const expected = expectedFigureRows(dataOf(ctx.release), figurePage(ctx.release, path), id, ctx.lang);
      const compare = (actual: DataRow[]) => (NUMBERS_ONLY.has(id) ? actual.map((r) => r.slice(1)) : actual);
      const want = compare(expected);

      const csv = parse(await readFile(join(dist, figureFileHref(ctx, path, id, 'csv')), 'utf8'), { relax_column_count: false }) as string[][];
      const [header, ...body] = csv;
      expect(header!.at(-1), where).toBe('status');
      expect(compare(body.map((r) => r.slice(0, -1).map((v, i) => (i === 0 ? v : csvValue(v))))), where).toEqual(want);
      const approximateColumns = expectedApproximateColumns(dataOf(ctx.release), figurePage(ctx.release, path), id, ctx.lang);
      for (const [i, r] of body.entries()) {
        const status = r.at(-1)!;
        expect(status.startsWith(ctx.lang === 'id' ? 'disembunyikan' : 'hidden'), `${where} row ${i}`).toBe(expected[i]!.includes(null));
        // The status names the row's approximate columns, as the published row lists them.
        const named = status.split(' | ').find((part) => part.startsWith(ctx.lang === 'id' ? 'perkiraan: ' : 'approximate: '));
        expect(named?.replace(/^[^:]+: /, '').split('; ') ?? [], `${where} row ${i}`).toEqual(approximateColumns[i]!.map((c) => header![c]));
        if (status === (ctx.lang === 'id' ? 'tersedia' : 'available')) expect(approximateColumns[i], `${where} row ${i}`).toEqual([]);
      }

      const json = JSON.parse(await readFile(join(dist, figureFileHref(ctx, path, id, 'json')), 'utf8'));
      expect(compare(json.rows), where).toEqual(want);
      expect(json.columns.map((c: { label: string }) => c.label), where).toEqual(header!.slice(0, -1));
      expect(json.approximate, where).toEqual(approximateColumns.map((cols) => cols.map((c) => header![c])));
      const data = dataOf(ctx.release);
      const release = ctx.release ?? data.metadata.asOfDate;
      expect(json, where).toMatchObject({ asOfDate: data.metadata.asOfDate, release, source: data.metadata.source[ctx.lang], synthetic: data.metadata.synthetic });
      expect(json.url, where).toBe(`${siteOrigin}${ctx.lang === 'en' ? '/en' : ''}/rilis/${release}${path}#${id}`);
      rows += body.length;
      approximate += approximateColumns.filter((cols) => cols.length > 0).length;
    }
    // Both languages of every page with figures, for every copy the build makes.
    expect(made.length).toBeGreaterThan(2 * 150 * 3);
    expect(rows).toBeGreaterThan(made.length * 3);
    expect(approximate, 'the demo publishes approximate numbers, so the ≈ path is exercised').toBeGreaterThan(1000);
  });

  it('every chart has a PNG (signature, IHDR PNG_WIDTH px wide, 8-bit palette) and an SVG that parses, carries the figure\'s title and the synthetic marker', async () => {
    const drawn = figuresToMake().filter((f) => f.drawn);
    const tab = await browser.newPage();
    const svgs: { where: string; svg: string; title: string; synthetic: boolean; lang: Lang }[] = [];
    for (const { ctx, path, id } of drawn) {
      const where = `${basePath(ctx)}${path}#${id}`;
      const png = await readFile(join(dist, figureFileHref(ctx, path, id, 'png')));
      const header = pngHeader(png);
      expect(header.width, where).toBe(PNG_WIDTH);
      expect(header.height, where).toBeGreaterThan(PNG_WIDTH / 3);
      expect([header.bitDepth, header.colourType], where).toEqual([8, 3]);
      const { title, synthetic } = JSON.parse(await readFile(join(dist, figureFileHref(ctx, path, id, 'json')), 'utf8'));
      svgs.push({ where, svg: await readFile(join(dist, figureFileHref(ctx, path, id, 'svg')), 'utf8'), title, synthetic, lang: ctx.lang });
    }
    const problems: string[] = [];
    for (let i = 0; i < svgs.length; i += 40) {
      problems.push(...await tab.evaluate((batch) => batch.flatMap(({ where, svg, title, synthetic, lang }) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        if (doc.querySelector('parsererror')) return [`${where}: the SVG does not parse`];
        const root = doc.documentElement;
        const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
        const out: string[] = [];
        if (root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg') out.push(`${where}: root is not <svg>`);
        if (doc.querySelector('title')?.textContent !== title) out.push(`${where}: <title> is not "${title}"`);
        if (!texts.join(' ').includes(title.split(' ').slice(0, 3).join(' '))) out.push(`${where}: the picture does not show its title`);
        if (synthetic && !texts.includes(lang === 'id' ? 'DATA SINTETIS' : 'SYNTHETIC DATA')) out.push(`${where}: no synthetic marker`);
        return out;
      }), svgs.slice(i, i + 40)));
    }
    await tab.close();
    expect(problems).toEqual([]);
    expect(svgs.length).toBeGreaterThan(2 * 150 * 2);
  });
});

/** Pages whose figure tools are read in the browser: each kind of page, both languages, the latest and an older copy. */
function sampledPages(): { ctx: PageContext; path: string }[] {
  const site = getSite();
  const kecamatan = site.kecamatan[0]!;
  const kelurahan = site.children(kecamatan.code)[0]!;
  const paths = ['/', `/kategori/${site.metadata.categories[0]!.id}/`, site.path(kecamatan.code), site.path(kelurahan.code)];
  const older = releaseDates().find((r) => r !== site.metadata.asOfDate);
  return [
    ...LANGS.flatMap((lang) => paths.map((path) => ({ ctx: { lang, release: null }, path }))),
    ...(older ? [{ ctx: { lang: 'id' as const, release: older }, path: '/' }, { ctx: { lang: 'en' as const, release: older }, path: site.path(kecamatan.code) }] : []),
  ];
}

interface ToolsSeen {
  cites: { path: string; id: string } | null;
  id: string;
  permalink: string;
  /** The figure's title as the page shows it (chart title, map caption, table caption, or the headline number and its words). */
  title: string;
  citation: string;
  downloads: { href: string; download: string; format: string }[];
  embed: string | null;
}

/** Each figure's tools as the page has them, with the title the reader sees on the figure itself. */
function readTools(tab: SitePage): Promise<ToolsSeen[]> {
  return tab.page.locator('[data-figure-tools]').evaluateAll((blocks) => blocks.map((block) => {
    const permalink = block.querySelector('.figure-permalink')!.getAttribute('href')!;
    const figure = document.getElementById(permalink.slice(1));
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    let title = '';
    if (figure?.classList.contains('stat')) {
      const value = figure.querySelector('.stat-value')!.cloneNode(true) as Element;
      const hidden = value.querySelector('.hidden-count .sr-only');
      title = `${hidden ? text(hidden) : text(value)} ${text(figure.querySelector('.stat-label'))}`;
    } else title = text(figure?.querySelector('.chart-title') ?? figure?.querySelector(':scope > figcaption') ?? figure?.querySelector('caption'));
    // A figure of another page shown here (a category's map on the home page, a kecamatan's map on its kelurahan's
    // page) is cited and downloaded as that page's figure.
    const cites = (block as HTMLElement).dataset.cites ?? null;
    return {
      id: permalink.slice(1),
      permalink,
      cites: cites === null ? null : { path: cites.split('#')[0]!, id: cites.split('#')[1]! },
      title,
      // Exactly the text a reader copies: not tidied.
      citation: block.querySelector('[data-citation]')?.textContent ?? '',
      downloads: [...block.querySelectorAll('a[data-format]')].map((a) => ({ href: a.getAttribute('href')!, download: a.getAttribute('download')!, format: a.getAttribute('data-format')! })),
      embed: block.querySelector('[data-embed-code]')?.textContent ?? null,
    };
  }));
}

describe('figure tools on the pages', () => {
  it('every figure and headline number has a permalink to its own anchor and a citation matching the page: title, area, as-of date, source, release, permanent URL', async () => {
    const tab = await SitePage.open(browser, server.url);
    let checked = 0;
    for (const { ctx, path } of sampledPages()) {
      const pagePath = `${basePath(ctx)}${path}`;
      const visit = await tab.visit(pagePath);
      expect(visit.errors, pagePath).toEqual([]);
      const data = dataOf(ctx.release);
      const asOf = data.metadata.asOfDate;
      const date = longDate(asOf, ctx.lang);
      const place = (await tab.frame()).h1[0]!;
      const source = data.metadata.source[ctx.lang].replace(/\.$/, '');
      const tools = await readTools(tab);
      expect(tools.map((t) => t.id).filter((id, i, all) => all.indexOf(id) !== i), pagePath).toEqual([]);
      expect(tools.filter((t) => t.id.startsWith('angka-')).length, `${pagePath} cites its headline numbers`).toBeGreaterThan(0);
      for (const t of tools) {
        const where = `${pagePath}#${t.id}`;
        expect(t.title, `${where} has a visible title`).not.toBe('');
        // The city's pages are about the city; area pages about their area, unless the title names its place.
        const area = path === '/' || path.startsWith('/kategori/') ? data.metadata.region.name : place;
        const named = /Kota |Kecamatan |Kelurahan /.test(t.title) ? t.title : `${t.title}, ${area}`;
        const cited = t.cites ?? { path, id: t.id };
        const url = `${siteOrigin}${ctx.lang === 'en' ? '/en' : ''}/rilis/${ctx.release ?? asOf}${cited.path}#${cited.id}`;
        expect(t.citation, where).toBe(ctx.lang === 'id'
          ? `"${named}", data per ${date}. Sumber: ${source}. Rilis ${longDate(ctx.release ?? asOf, 'id')}. ${url}`
          : `"${named}", data as of ${date}. Source: ${source}. Release of ${longDate(ctx.release ?? asOf, 'en')}. ${url}`);
        // The permanent address exists and shows the same figure.
        const permanent = new URL(url);
        expect(await exists(fileOf(permanent.pathname)), `${where}: ${url}`).toBe(true);
        expect(await readFile(join(dist, fileOf(permanent.pathname)), 'utf8'), url).toContain(`id="${cited.id}"`);
        checked++;
      }
    }
    await tab.close();
    expect(checked).toBeGreaterThan(60);
  });

  it('every figure\'s download links name a built file of its format, and each chart has an embed code for its permanent embed page', async () => {
    const tab = await SitePage.open(browser, server.url);
    let embeds = 0;
    for (const { ctx, path } of sampledPages()) {
      await tab.visit(`${basePath(ctx)}${path}`);
      const asOf = dataOf(ctx.release).metadata.asOfDate;
      for (const t of await readTools(tab)) {
        const where = `${basePath(ctx)}${path}#${t.id}`;
        if (t.id.startsWith('angka-')) {
          expect(t.downloads, `${where}: a headline number is cited, its table is downloaded`).toEqual([]);
          continue;
        }
        expect(t.downloads.map((d) => d.format).slice(0, 2), where).toEqual(['csv', 'json']);
        for (const d of t.downloads) {
          expect(await exists(fileOf(d.href)), `${where}: ${d.href}`).toBe(true);
          expect(d.download.endsWith(`.${d.format}`), `${where}: ${d.download}`).toBe(true);
          // The latest pages download the files of the release they show: the same data, at a permanent address.
          expect(d.href.startsWith(`${ctx.lang === 'en' ? '/en' : ''}/rilis/${ctx.release ?? asOf}/unduh${t.cites?.path ?? path}`), `${where}: ${d.href}`).toBe(true);
        }
        const drawn = t.downloads.some((d) => d.format === 'png');
        expect(t.embed !== null, where).toBe(drawn);
        if (t.embed === null) continue;
        const iframe = /^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)" loading="lazy"><\/iframe>$/.exec(t.embed);
        expect(iframe, `${where}: ${t.embed}`).not.toBeNull();
        const src = new URL(iframe![1]!);
        expect(src.origin).toBe(siteOrigin);
        expect(src.pathname).toBe(`${ctx.lang === 'en' ? '/en' : ''}/rilis/${ctx.release ?? asOf}/embed${t.cites?.path ?? path}${t.cites?.id ?? t.id}/`);
        expect(await exists(fileOf(src.pathname)), `${where}: ${src.pathname}`).toBe(true);
        expect(iframe![2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(t.title);
        expect(Number(iframe![3])).toBeGreaterThan(300);
        embeds++;
      }
    }
    await tab.close();
    // One embed code per chart and map of the sampled pages, as pageFigures lists them (tables have none), and one per
    // category map of the home page's picker (the category page's own).
    const charts = sampledPages().reduce((n, { ctx, path }) => n + pageFigures(getSite(ctx.release), ctx, path).filter(isDrawn).length
      + (path === '/' ? getSite(ctx.release).metadata.categories.length : 0), 0);
    expect(charts).toBeGreaterThan(10);
    expect(embeds).toBe(charts);
  });

  it('the copy buttons copy the citation and the embed code to the clipboard and say so in a status region', async () => {
    const tab = await SitePage.open(browser, server.url, { viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    await tab.visit(getSite().path(getSite().kecamatan[0]!.code));
    const tools = tab.page.locator('[data-figure-tools]:has([data-embed-code])').first();
    await tools.locator('summary').click();
    const status = tools.locator('[data-copy-status]');
    await tools.getByRole('button', { name: 'Salin kutipan' }).click();
    await expect.poll(() => status.textContent()).toBe('Disalin.');
    expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toBe((await tools.locator('[data-citation]').textContent())!.trim());
    await tools.getByRole('button', { name: 'Salin kode' }).click();
    expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="http[^"]+\/embed\/kecamatan\/[^"]+\/menurut-kategori\/" title=/);
    expect(tab.since().errors).toEqual([]);
    await tab.close();
  });

  it('with every figure\'s tools open (a kecamatan page and the English home page at 412 and 1280 px), axe finds no WCAG 2.2 A/AA violations and nothing overflows', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const tab = await SitePage.open(browser, server.url, { axe: true, viewport, reducedMotion: 'reduce' });
      for (const path of [getSite().path(getSite().kecamatan[1]!.code), '/en/']) {
        await tab.visit(path);
        await tab.page.locator('[data-figure-tools] details').evaluateAll((all) => all.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
        expect(await tab.axeViolations(), `${path} at ${viewport.width} px`).toEqual([]);
        expect((await tab.frame()).scrollWidth, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
      }
      await tab.close();
    }
  });

  it('without JavaScript the citation and embed code are on the page to select, and the copy buttons stay hidden', async () => {
    const tab = await SitePage.open(browser, server.url, { javaScriptEnabled: false });
    await tab.visit('/');
    const tools = tab.page.locator('[data-figure-tools]:has([data-embed-code])').first();
    await tools.locator('summary').click();
    expect(await tools.locator('[data-citation]').isVisible()).toBe(true);
    expect(await tools.locator('[data-embed-code]').isVisible()).toBe(true);
    expect(await tools.locator('button').count()).toBe(2);
    expect(await tools.locator('button:visible').count()).toBe(0);
    await tab.close();
  });
});

describe('embed pages', () => {
  it('the embed pages of each kind of figure load standalone without errors or outside requests, pass axe, show the figure, its source line and as-of date, and link back', async () => {
    const all = embedPagePaths();
    expect(all.length).toBeGreaterThan(2 * 150 * 2);
    // Every chart and map of the home page, a category, a kecamatan and a kelurahan, in both languages and every copy.
    const pages = new Set(sampledPages().map((p) => p.path));
    const sample = figuresToMake().filter((f) => f.drawn && pages.has(f.path)).map((f) => embedHref(f.ctx, f.path, f.id));
    expect(sample.filter((p) => !all.includes(p))).toEqual([]);
    expect(sample.length).toBeGreaterThan(20);
    const tab = await SitePage.open(browser, server.url, { axe: true, reducedMotion: 'reduce' });
    const failures: string[] = [];
    for (const path of sample) {
      const visit = await tab.visit(path);
      if (visit.status !== 200) failures.push(`${path}: status ${visit.status}`);
      failures.push(...visit.errors.map((e) => `${path}: ${e}`), ...visit.outside.map((o) => `${path}: outside request ${o}`));
      await tab.drawAllCharts();
      failures.push(...(await tab.axeViolations()).map((v) => `${path}: ${v}`));
      const seen = await tab.page.evaluate(() => ({
        header: document.querySelector('header, nav') !== null,
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        source: document.querySelector('[data-embed-source]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        back: document.querySelector<HTMLAnchorElement>('[data-embed-source] a')?.getAttribute('href') ?? '',
        synthetic: document.querySelector('[data-testid="synthetic-marker"]') !== null,
        tables: document.querySelectorAll('table').length,
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        target: document.querySelector('base')?.getAttribute('target'),
      }));
      const lang = path.startsWith('/en/') ? 'en' : 'id';
      const release = /\/rilis\/([\d-]+)\//.exec(path)?.[1] ?? null;
      const data = dataOf(release);
      expect(seen.header, path).toBe(false);
      expect(seen.tables, `${path}: the table is the figure without JavaScript`).toBe(1);
      expect(seen.source, path).toContain(longDate(data.metadata.asOfDate, lang));
      expect(seen.source, path).toContain(data.metadata.source[lang]);
      expect(seen.synthetic, path).toBe(data.metadata.synthetic);
      expect(seen.robots, path).toBe('noindex');
      expect(seen.target, `${path}: links open outside the iframe`).toBe('_blank');
      // Back to the same figure on its full page, in the same language and release.
      const id = path.split('/').at(-2)!;
      const back = new URL(seen.back, `${server.url}${path}`);
      expect(back.hash, path).toBe(`#${id}`);
      expect(back.pathname, path).toBe(path.replace(/\/embed\//, '/').replace(new RegExp(`${id}/$`), ''));
      expect(await readFile(join(dist, fileOf(back.pathname)), 'utf8'), path).toContain(`id="${id}"`);
      const json = JSON.parse(await readFile(join(dist, path.replace('/embed/', '/unduh/').replace(/\/$/, '.json')), 'utf8'));
      expect(seen.h1, path).toBe(json.title);
      // The embedded table shows the numbers of the figure's download, formatted for its language.
      const units: string[] = json.columns.map((c: { unit: string }) => c.unit);
      // ≈ exactly on the columns the download lists as approximate for that row.
      const format = (row: number) => (v: string | number | null, i: number) => {
        const approximate = (json.approximate[row] as string[]).includes(json.columns[i].label);
        return v === null ? '*' : typeof v === 'string' || i === 0 ? String(v)
          : units[i] === 'percent' ? shown.percent(v, lang, approximate) : units[i] === 'rupiah' ? shown.rupiah(v, lang, approximate)
            : units[i] === 'perThousand' ? shown.rate(v, lang, approximate) : shown.count(v, lang, approximate);
      };
      expect(await tab.rows('main'), path).toEqual(json.rows.map((r: DataRow, row: number) => r.map(format(row))));
      const anyApproximate = (json.approximate as string[][]).some((cols) => cols.length > 0);
      expect(await tab.tableNotes('main'), path).toEqual(anyApproximate ? ['approximate'] : []);
    }
    await tab.close();
    expect(failures).toEqual([]);
  });
});
