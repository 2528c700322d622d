// The kecamatan maps by category, as a reader meets them in Chromium: on the home page a picker of one map per
// category (and one of all categories) that works with and without JavaScript; on each category page its map by
// kecamatan (and by kelurahan where published). Every area of every map is a link that says its value, and the
// table beside each map holds the published numbers (worked out here from the built site's /data/ JSON).
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import { loadPublished, type Published } from '../../src/lib/published.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { ExpectedTables } from './pages/expected-tables.ts';
import { DESKTOP, SitePage } from './pages/site-page.ts';

let dist: string;
let server: StaticSite;
let browser: Browser;
let data: Published;
let expected: ExpectedTables;

beforeAll(async () => {
  dist = await builtSite();
  server = await serveStatic(dist);
  browser = await launchChromium();
  data = loadPublished(join(dist, 'data'));
  expected = new ExpectedTables(data);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const kecamatan = () => data.metadata.areas.filter((a) => a.level === 'kecamatan');
const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

/** The picker's choices in order (anchor and label), and which panel shows. */
async function picker(site: SitePage) {
  return site.page.locator('[data-map-picker] .choice').evaluateAll((choices) => choices.map((c) => ({
    anchor: c.querySelector('input')!.value,
    label: c.querySelector('label')!.textContent!.trim(),
    checked: c.querySelector('input')!.checked,
    visible: (c.querySelector('[data-choice-panel]') as HTMLElement).offsetParent !== null,
  })));
}

/** Checks the map and table of one visible panel (or section) against the published numbers for `category`. */
async function checkMap(site: SitePage, scope: string, category: string, level: 'kecamatan' | 'kelurahan', lang: Lang) {
  const areas = data.metadata.areas.filter((a) => a.level === level);
  const links = await site.mapLinks(`${scope} [data-area-map]`);
  expect(links.map((l) => l.href).sort()).toEqual(areas.map((a) => `${prefix(lang)}/kecamatan/${pathOf(a.code)}`).sort());
  for (const area of areas) {
    const link = links.find((l) => l.href.endsWith(`/${pathOf(area.code)}`))!;
    const cell = expected.cell(area.code, category);
    // The link says the area's name and its value: the count (≈ when approximate) or "hidden".
    expect(link.label, area.name).toMatch(new RegExp(`^${escape(area.name)}: `));
    if (cell.count === null) expect(link.label).toMatch(lang === 'id' ? /angka disembunyikan$/ : /number hidden$/);
    else expect(link.label, area.name).toContain(`${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en').format(cell.count)}`);
  }
  const rows = await site.rows(scope);
  expect(rows).toEqual(expected.areaRows(areas, category, lang));
}

/** "belakang-padang/" for a kecamatan, "belakang-padang/pemping/" for a kelurahan: the area's page path after /kecamatan/. */
function pathOf(code: string): string {
  const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const area = data.metadata.areas.find((a) => a.code === code)!;
  const parent = area.parent ? data.metadata.areas.find((a) => a.code === area.parent)! : null;
  return parent && parent.level === 'kecamatan' ? `${slug(parent.name)}/${slug(area.name)}/` : `${slug(area.name)}/`;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([true, false])('the home page map picker (JavaScript %s)', (javaScriptEnabled) => {
  it.each(['id', 'en'] as const)('in %s offers all categories and each category, shows one map at a time, and each shows its numbers', async (lang) => {
    const site = await SitePage.open(browser, server.url, { viewport: DESKTOP, javaScriptEnabled });
    const visit = await site.visit(`${prefix(lang)}/`);
    expect(visit.errors).toEqual([]);
    const choices = await picker(site);
    expect(choices.map((c) => c.label)).toEqual([lang === 'id' ? 'Semua kategori' : 'All categories', ...data.metadata.categories.map((c) => c.label[lang])]);
    expect(choices.map((c) => c.visible)).toEqual(choices.map((_, i) => i === 0));
    await checkMap(site, '.choice:has(#pilih-peta) [data-choice-panel]', 'semua', 'kecamatan', lang);
    for (const [i, category] of data.metadata.categories.entries()) {
      await site.page.locator(`label[for="pilih-peta-${category.id}"]`).click();
      const now = await picker(site);
      expect(now.map((c) => c.visible), category.id).toEqual(now.map((_, j) => j === i + 1));
      expect(now[i + 1]!.checked).toBe(true);
      await checkMap(site, `.choice:has(#pilih-peta-${category.id}) [data-choice-panel]`, category.id, 'kecamatan', lang);
      // The panel's tools cite and download the category page's map.
      const csv = await site.page.locator(`.choice:has(#pilih-peta-${category.id}) a[data-format="csv"]`).getAttribute('href');
      expect(csv).toMatch(new RegExp(`/unduh/kategori/${category.id}/per-wilayah\\.csv$`));
    }
    expect(site.since().errors).toEqual([]);
    await site.close();
  });

  it('with the keyboard: arrow keys move between the choices and show each map', async () => {
    const site = await SitePage.open(browser, server.url, { viewport: DESKTOP, javaScriptEnabled });
    await site.visit('/');
    await site.page.locator('#pilih-peta').focus();
    await site.page.keyboard.press('ArrowRight');
    const now = await picker(site);
    expect(now.findIndex((c) => c.visible)).toBe(1);
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe(`pilih-peta-${data.metadata.categories[0]!.id}`);
    await site.close();
  });
});

describe('the home page map picker and links', () => {
  it('a link to a category\'s map (#peta-nelayan) opens the page on that map when JavaScript runs', async () => {
    const site = await SitePage.open(browser, server.url, { viewport: DESKTOP });
    await site.visit('/#peta-nelayan');
    const now = await picker(site);
    expect(now.find((c) => c.visible)?.anchor).toBe('peta-nelayan');
    await site.close();
  });

  it('every map of the picker draws its shapes from the page\'s one set: each <use> points at a shape defined once', async () => {
    const site = await SitePage.open(browser, server.url, { viewport: DESKTOP });
    await site.visit('/');
    const { missing, shapes, uses } = await site.page.evaluate(() => {
      const refs = [...document.querySelectorAll('[data-map-picker] use')].map((u) => u.getAttribute('href')!);
      return {
        missing: refs.filter((r) => !document.getElementById(r.slice(1))),
        shapes: document.querySelectorAll('[data-map-picker] .map-shapes path[id]').length,
        uses: refs.length,
      };
    });
    expect(missing).toEqual([]);
    expect(shapes).toBeGreaterThanOrEqual(kecamatan().length);
    expect(uses).toBeGreaterThan(shapes * data.metadata.categories.length);
    await site.close();
  });

  it('axe finds no WCAG 2.2 AA violation with a category\'s map picked', async () => {
    const site = await SitePage.open(browser, server.url, { viewport: DESKTOP, axe: true });
    await site.visit('/');
    const withTarget = data.metadata.categories.find((c) => data.enrollment.cells.some((e) => e.category === c.id && e.level === 'kecamatan' && e.target !== null))!;
    for (const c of [withTarget, data.metadata.categories.at(-1)!]) {
      await site.page.locator(`label[for="pilih-peta-${c.id}"]`).click();
      expect(await site.axeViolations(), c.id).toEqual([]);
    }
    await site.close();
  });
});

describe('category pages', () => {
  it.each(['id', 'en'] as const)('in %s, every category page has its kecamatan map and, where published by kelurahan, its kelurahan map, without JavaScript', async (lang) => {
    const site = await SitePage.open(browser, server.url, { viewport: DESKTOP, javaScriptEnabled: false });
    for (const c of data.metadata.categories) {
      const visit = await site.visit(`${prefix(lang)}/kategori/${c.id}/`);
      expect(visit.errors, c.id).toEqual([]);
      await checkMap(site, 'section:has(#per-wilayah)', c.id, 'kecamatan', lang);
      const kelurahanMap = await site.page.locator('#peta').count();
      expect(kelurahanMap, c.id).toBe(c.finestGeography === 'kelurahan' ? 1 : 0);
      if (kelurahanMap) await checkMap(site, 'section:has(#peta)', c.id, 'kelurahan', lang);
    }
    await site.close();
  });
});
