import { describe, expect, it } from 'vitest';
import { briefingPagePaths, briefingPath, citedContext, kecamatanSlug, presentationPath } from '../../src/lib/briefing-paths.ts';
import { categoryTable } from '../../src/lib/category-table.ts';
import { keyFigures } from '../../src/lib/key-figures.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

const site = makeSite(loadPublished('data/published'), 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
const cell = (code: string, category: string) => site.enrollment.cells.find((c) => c.code === code && c.category === category)!;
const kota = site.kota.code;
/** A kecamatan with a hidden count among its targeted categories, so coverage is shown for only some. */
const partly = site.kecamatan.find((k) => site.metadata.categories.some((c) => cell(k.code, c.id).target !== null && cell(k.code, c.id).count === null))!;

describe('briefing figures', () => {
  it('keyFigures(city) reads the published totals: members, non-active, all claims and the yearly premium', () => {
    const figures = keyFigures(site, kota);
    expect(figures.active).toBe(cell(kota, 'semua').count);
    expect(figures.nonActive).toBe(site.status.rows.find((r) => r.code === kota)!.nonActive);
    const claims = site.claims.rows.find((r) => r.code === kota && r.program === 'semua')!;
    expect(figures.claims).toEqual({ claims: claims.claims, amountRupiah: claims.amountRupiah });
    const spend = site.spend.rows.find((r) => r.category === 'semua')!;
    expect(figures.spend).toEqual({ monthlyRupiah: spend.monthlyRupiah, yearlyRupiah: spend.yearlyRupiah, premiumPerPersonMonth: spend.premiumPerPersonMonth });
  });

  it('keyFigures(city).coverage spans the lowest to the highest shown coverage of the categories with a target', () => {
    const targeted = site.metadata.categories.map((c) => cell(kota, c.id)).filter((c) => c.target !== null);
    const shown = targeted.map((c) => c.coveragePercent).filter((p): p is number => p !== null);
    expect(shown.length).toBeGreaterThan(1);
    expect(keyFigures(site, kota).coverage).toEqual({ targeted: targeted.length, shown: shown.length, low: Math.min(...shown), high: Math.max(...shown) });
  });

  it('keyFigures(kecamatan) counts a hidden targeted category as targeted but not shown, and has no premium (spend.json is city-wide)', () => {
    const figures = keyFigures(site, partly.code);
    expect(figures.coverage!.shown).toBeLessThan(figures.coverage!.targeted);
    expect(figures.spend).toBeUndefined();
    expect(figures.active).toBe(cell(partly.code, 'semua').count);
  });

  it('categoryTable(code) lists every published category with members, and target and coverage only where a target is known', () => {
    const table = categoryTable(site, partly.code, 'en');
    expect(table.columns.map((c) => c.label)).toEqual(['Category', 'Active members', 'Target', 'Coverage']);
    expect(table.rows.map((r) => r.header)).toEqual(site.metadata.categories.filter((c) => c.finestGeography !== 'kota').map((c) => c.label.en));
    for (const [i, row] of table.rows.entries()) {
      const c = cell(partly.code, site.metadata.categories[i]!.id);
      expect(row.cells, row.header).toEqual([c.count, c.target ?? '–', { percent: c.coveragePercent, hidden: c.count === null && c.target !== null }]);
    }
  });
});

describe('briefing addresses', () => {
  it('briefingPath and presentationPath reuse the kecamatan page\'s slug, and are the root for the city', () => {
    const batamKota = site.kecamatan.find((k) => k.name === 'Batam Kota')!;
    expect(kecamatanSlug(site, batamKota.code)).toBe('batam-kota');
    expect(briefingPath(site, batamKota.code)).toBe('/ringkasan/batam-kota/');
    expect(presentationPath(site, batamKota.code)).toBe('/presentasi/batam-kota/');
    expect(briefingPath(site, kota)).toBe('/ringkasan/');
    expect(presentationPath(site, kota)).toBe('/presentasi/');
  });

  it('briefingPath(kelurahan) refuses: only the city and kecamatan have briefings', () => {
    expect(() => briefingPath(site, site.kelurahan[0]!.code)).toThrow(/not a kecamatan/);
  });

  it('briefingPagePaths(site) lists a briefing and a presentation for the city and each kecamatan, all distinct', () => {
    const paths = briefingPagePaths(site);
    expect(paths).toHaveLength(2 * (1 + site.kecamatan.length));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('citedContext(ctx, asOf, releases) cites the release copy once it is kept, the page itself before, and a release page as it is', () => {
    expect(citedContext({ lang: 'en', release: null }, '2025-11-30', ['2025-10-31', '2025-11-30'])).toEqual({ lang: 'en', release: '2025-11-30' });
    expect(citedContext({ lang: 'id', release: null }, '2025-11-30', [])).toEqual({ lang: 'id', release: null });
    expect(citedContext({ lang: 'id', release: '2025-10-31' }, '2025-10-31', ['2025-10-31', '2025-11-30'])).toEqual({ lang: 'id', release: '2025-10-31' });
  });
});
