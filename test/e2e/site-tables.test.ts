// The numbers in the demo site's tables, read in Chromium as a reader sees them, equal the published JSON the site
// was built from (the copy it serves under /data/), formatted for the page's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../src/lib/format.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { getSite } from '../../src/lib/site-data.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { ExpectedTables, shown } from './pages/expected-tables.ts';
import { SitePage } from './pages/site-page.ts';

const LANGS: Lang[] = ['id', 'en'];
const HIDDEN_WORDS = { id: '* disembunyikan', en: '* hidden' };
const at = (lang: Lang, path: string) => (lang === 'id' ? path : `/en${path}`);

let browser: Browser;
let site: StaticSite;
let expected: ExpectedTables;
let tab: SitePage;

beforeAll(async () => {
  const dist = await builtSite();
  expected = new ExpectedTables(loadPublished(`${dist}/data`));
  site = await serveStatic(dist);
  browser = await launchChromium();
  tab = await SitePage.open(browser, site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every "*" in the page's tables tells screen readers what it means. */
async function expectHiddenCountsExplained(lang: Lang, scopes: string[]): Promise<number> {
  let hidden = 0;
  for (const scope of scopes) {
    const words = await tab.hiddenCountWords(scope);
    expect(words.filter((w) => w !== HIDDEN_WORDS[lang]), scope).toEqual([]);
    hidden += words.length;
  }
  return hidden;
}

describe('the demo site\'s tables equal the published JSON', () => {
  it('the numbers are formatted as the issue asks: 24.348 in Indonesian, 24,348 in English', () => {
    expect(shown.count(24348, 'id')).toBe('24.348');
    expect(shown.count(24348, 'en')).toBe('24,348');
    expect(shown.percent(12.5, 'id')).toBe('12,5%');
    expect(shown.percent(12.5, 'en')).toBe('12.5%');
  });

  it.for(LANGS)('[%s] the home page: headline = kota total; kecamatan, category, coverage, claims and premium tables = enrollment, claims and spend.json', async (lang) => {
    await tab.visit(at(lang, '/'));
    const kota = expected.areas('kota')[0]!;
    expect(await tab.headline()).toBe(shown.count(expected.cell(kota.code).count, lang));
    expect(await tab.rows('section:has([data-area-map])')).toEqual(expected.areaRows(expected.areas('kecamatan'), 'semua', lang));
    expect(await tab.rows('#menurut-kategori')).toEqual(expected.categoryRows(kota.code, lang));
    expect(await tab.rows('#cakupan')).toEqual(expected.coverageRows(kota.code, lang));
    expect((await tab.rows('#klaim')).map((r) => r.slice(1))).toEqual(expected.claimsNumbers(kota.code, lang));
    expect(await tab.rows('#biaya')).toEqual(expected.spendRows(lang));
    expect((await tab.rows('section:has([data-area-map])'))).toHaveLength(12);
    await expectHiddenCountsExplained(lang, ['section:has([data-area-map])', '#menurut-kategori', '#cakupan', '#klaim', '#biaya']);
  });

  it.for(LANGS)('[%s] every kecamatan page: headline, kelurahan, category, coverage, status and claims tables = the published JSON', async (lang) => {
    let hidden = 0;
    for (const kec of expected.areas('kecamatan')) {
      const path = at(lang, getSite().path(kec.code));
      await tab.visit(path);
      const where = `${path}`;
      expect(await tab.headline(), where).toBe(shown.count(expected.cell(kec.code).count, lang));
      expect(await tab.rows('section:has([data-area-map])'), where).toEqual(expected.areaRows(expected.areas('kelurahan', kec.code), 'semua', lang));
      expect(await tab.rows('#menurut-kategori'), where).toEqual(expected.categoryRows(kec.code, lang));
      expect(await tab.rows('#cakupan'), where).toEqual(expected.coverageRows(kec.code, lang));
      expect((await tab.rows('#status')).map((r) => r[1]), where).toEqual(expected.statusNumbers(kec.code, lang));
      expect((await tab.rows('#klaim')).map((r) => r.slice(1)), where).toEqual(expected.claimsNumbers(kec.code, lang));
      hidden += await expectHiddenCountsExplained(lang, ['section:has([data-area-map])', '#menurut-kategori', '#cakupan', '#status', '#klaim']);
    }
    expect(hidden, 'the demo data hides some kecamatan figures, so the "*" path is exercised').toBeGreaterThan(0);
  });

  it.for(LANGS)('[%s] every kelurahan page: headline, category and coverage tables = enrollment.json (no sensitive category below kecamatan)', async (lang) => {
    let hidden = 0;
    for (const kel of expected.areas('kelurahan')) {
      const path = at(lang, getSite().path(kel.code));
      await tab.visit(path);
      expect(await tab.headline(), path).toBe(shown.count(expected.cell(kel.code).count, lang));
      expect(await tab.rows('#menurut-kategori'), path).toEqual(expected.categoryRows(kel.code, lang));
      expect(await tab.rows('#cakupan'), path).toEqual(expected.coverageRows(kel.code, lang));
      hidden += await expectHiddenCountsExplained(lang, ['#menurut-kategori', '#cakupan']);
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it.for(LANGS)('[%s] every category page: headline and its kecamatan table, with target and coverage, = enrollment.json', async (lang) => {
    for (const category of expected.data.metadata.categories) {
      const path = at(lang, `/kategori/${category.id}/`);
      await tab.visit(path);
      const kota = expected.areas('kota')[0]!;
      expect(await tab.headline(), path).toBe(shown.count(expected.cell(kota.code, category.id).count, lang));
      expect(await tab.rows('#per-wilayah'), path).toEqual(expected.areaRows(expected.areas('kecamatan'), category.id, lang));
      await expectHiddenCountsExplained(lang, ['#per-wilayah']);
    }
    const withTargets = expected.data.metadata.categories.filter((c) => expected.cell(expected.areas('kota')[0]!.code, c.id).target !== null);
    expect(withTargets.length, 'some category tables carry target and coverage columns').toBeGreaterThan(0);
  });
});
