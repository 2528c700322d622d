// The numbers in the demo site's tables, read in Chromium as a reader sees them, equal the published JSON the site
// was built from (the copy it serves under /data/), formatted for the page's language, with ≈ exactly where the JSON
// lists a value as approximate; and each table carries the ≈ footnote, and the note that its parts miss its total,
// exactly when its numbers call for them.
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

/** The notes a table's expected rows call for: the ≈ footnote when a value is approximate, then the parts note. */
const notesFor = (rows: string[][], partsMiss = false) => [...(rows.flat().some((t) => t.startsWith('≈')) ? ['approximate'] : []), ...(partsMiss ? ['parts'] : [])];
const approximateIn = (rows: string[][]) => rows.flat().filter((t) => t.startsWith('≈')).length;

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
  it('the numbers are formatted as the issue asks: 24.348 in Indonesian, 24,348 in English, ≈47 and ≈12,5% / ≈12.5% when approximate', () => {
    expect(shown.count(24348, 'id')).toBe('24.348');
    expect(shown.count(24348, 'en')).toBe('24,348');
    expect(shown.percent(12.5, 'id')).toBe('12,5%');
    expect(shown.percent(12.5, 'en')).toBe('12.5%');
    expect(shown.count(47, 'id', true)).toBe('≈47');
    expect(shown.percent(12.5, 'id', true)).toBe('≈12,5%');
    expect(shown.percent(12.5, 'en', true)).toBe('≈12.5%');
  });

  it.for(LANGS)('[%s] the home page: headline = kota total; kecamatan, category, coverage, claims and premium tables = enrollment, claims and spend.json', async (lang) => {
    await tab.visit(at(lang, '/'));
    const kota = expected.areas('kota')[0]!;
    const total = expected.cell(kota.code);
    expect(await tab.headline()).toBe(shown.count(total.count, lang, total.approximate.includes('count')));
    // The headline's notes: ≈ because the city's claims are approximate, though its total is exact.
    const claims = expected.data.claims.rows.find((r) => r.code === kota.code && r.program === 'semua')!;
    expect(claims.approximate.length > 0 || total.approximate.length > 0).toBe(true);
    expect(await tab.headlineNotes()).toContain('approximate');
    const tables = [
      { scope: '[data-choice-panel]:has(#peta)', rows: expected.areaRows(expected.areas('kecamatan'), 'semua', lang) },
      { scope: '#menurut-kategori', rows: expected.categoryRows(kota.code, lang) },
      { scope: '#cakupan', rows: expected.coverageRows(kota.code, lang) },
      { scope: '#klaim', rows: expected.claimsNumbers(kota.code, lang), numbersOnly: true, partsMiss: expected.claimsPartsMiss(kota.code) },
      { scope: '#biaya', rows: expected.spendRows(lang) },
    ];
    for (const { scope, rows, numbersOnly, partsMiss } of tables) {
      const shownRows = await tab.rows(scope);
      expect(numbersOnly ? shownRows.map((r) => r.slice(1)) : shownRows, scope).toEqual(rows);
      expect(await tab.tableNotes(scope), scope).toEqual(notesFor(rows, partsMiss));
    }
    expect((await tab.rows('[data-choice-panel]:has(#peta)'))).toHaveLength(12);
    // The cell key method publishes the city's totals per category exactly and its kecamatan approximately.
    expect(approximateIn(tables[1]!.rows)).toBe(0);
    expect(approximateIn(tables[0]!.rows.map((r) => r.slice(0, 2)))).toBe(12);
    await expectHiddenCountsExplained(lang, ['[data-choice-panel]:has(#peta)', '#menurut-kategori', '#cakupan', '#klaim', '#biaya']);
  });

  it.for(LANGS)('[%s] every kecamatan page: headline, kelurahan, category, coverage, status and claims tables = the published JSON, with their notes', async (lang) => {
    let approximate = 0;
    let partsMissed = 0;
    for (const kec of expected.areas('kecamatan')) {
      const path = at(lang, getSite().path(kec.code));
      await tab.visit(path);
      const where = `${path}`;
      const total = expected.cell(kec.code);
      expect(await tab.headline(), where).toBe(shown.count(total.count, lang, total.approximate.includes('count')));
      const nonActive = expected.data.status.rows.find((r) => r.code === kec.code)!;
      expect((await tab.headlineNotes()).includes('approximate'), where).toBe(total.approximate.includes('count') || nonActive.approximate.includes('nonActive'));
      const status = expected.statusNumbers(kec.code, lang).map((n) => ['', n]);
      const tables = [
        { scope: 'section:has([data-area-map])', rows: expected.areaRows(expected.areas('kelurahan', kec.code), 'semua', lang) },
        { scope: '#menurut-kategori', rows: expected.categoryRows(kec.code, lang) },
        { scope: '#cakupan', rows: expected.coverageRows(kec.code, lang) },
        { scope: '#status', rows: status, numbersOnly: true, partsMiss: expected.statusPartsMiss(kec.code) },
        { scope: '#klaim', rows: expected.claimsNumbers(kec.code, lang), numbersOnly: true, partsMiss: expected.claimsPartsMiss(kec.code) },
      ];
      for (const { scope, rows, numbersOnly, partsMiss } of tables) {
        const shownRows = await tab.rows(scope);
        if (scope === '#status') expect(shownRows.map((r) => r[1]), `${where} ${scope}`).toEqual(rows.map((r) => r[1]));
        else expect(numbersOnly ? shownRows.map((r) => r.slice(1)) : shownRows, `${where} ${scope}`).toEqual(rows);
        expect(await tab.tableNotes(scope), `${where} ${scope}`).toEqual(notesFor(rows, partsMiss));
        approximate += approximateIn(rows);
        partsMissed += partsMiss ? 1 : 0;
      }
      await expectHiddenCountsExplained(lang, ['section:has([data-area-map])', '#menurut-kategori', '#cakupan', '#status', '#klaim']);
    }
    expect(approximate, 'the demo\'s kecamatan figures are approximate, so the ≈ path is exercised').toBeGreaterThan(100);
    expect(partsMissed, 'some kecamatan\'s approximate parts miss their total, so the parts note is exercised').toBeGreaterThan(0);
  });

  it.for(LANGS)('[%s] every kelurahan page: headline, category and coverage tables = enrollment.json (no sensitive category below kecamatan)', async (lang) => {
    let approximate = 0;
    let exact = 0;
    for (const kel of expected.areas('kelurahan')) {
      const path = at(lang, getSite().path(kel.code));
      await tab.visit(path);
      const total = expected.cell(kel.code);
      expect(await tab.headline(), path).toBe(shown.count(total.count, lang, total.approximate.includes('count')));
      for (const [scope, rows] of [['#menurut-kategori', expected.categoryRows(kel.code, lang)], ['#cakupan', expected.coverageRows(kel.code, lang)]] as const) {
        expect(await tab.rows(scope), `${path} ${scope}`).toEqual(rows);
        expect(await tab.tableNotes(scope), `${path} ${scope}`).toEqual(notesFor(rows));
        approximate += approximateIn(rows);
        exact += rows.flat().filter((t) => /^\d/.test(t)).length;
      }
      await expectHiddenCountsExplained(lang, ['#menurut-kategori', '#cakupan']);
    }
    // Both kinds are on kelurahan pages: approximate counts, and exact zeros (a true 0 is published as 0).
    expect(approximate).toBeGreaterThan(100);
    expect(exact).toBeGreaterThan(0);
  });

  it.for(LANGS)('[%s] every category page: headline and its kecamatan table, with target and coverage, = enrollment.json', async (lang) => {
    for (const category of expected.data.metadata.categories) {
      const path = at(lang, `/kategori/${category.id}/`);
      await tab.visit(path);
      const kota = expected.areas('kota')[0]!;
      const city = expected.cell(kota.code, category.id);
      expect(city.approximate, path).toEqual([]);
      expect(await tab.headline(), path).toBe(shown.count(city.count, lang));
      // An exact city count and coverage, nothing hidden: no note under the headline at all.
      const hidden = [...expected.areaRows(expected.areas('kecamatan'), category.id, lang), ...expected.areaRows(expected.areas(category.finestGeography), category.id, lang)]
        .flat().includes('*') || expected.data.timeline.rows.some((r) => r.cumulative === null);
      expect(await tab.headlineNotes(), path).toEqual(hidden ? ['hidden'] : []);
      const rows = expected.areaRows(expected.areas('kecamatan'), category.id, lang);
      expect(await tab.rows('section:has(#per-wilayah)'), path).toEqual(rows);
      expect(await tab.tableNotes('section:has(#per-wilayah)'), path).toEqual(notesFor(rows));
      await expectHiddenCountsExplained(lang, ['section:has(#per-wilayah)']);
    }
    const withTargets = expected.data.metadata.categories.filter((c) => expected.cell(expected.areas('kota')[0]!.code, c.id).target !== null);
    expect(withTargets.length, 'some category tables carry target and coverage columns').toBeGreaterThan(0);
  });
});
