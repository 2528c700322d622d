import { describe, expect, it } from 'vitest';
import { briefingPagePaths, briefingPath, citedContext, kecamatanSlug, presentationPath } from '../../src/lib/briefing-paths.ts';
import { categoryTable } from '../../src/lib/category-table.ts';
import { keyFigures } from '../../src/lib/key-figures.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';
import { countCell } from '../../src/lib/table-spec.ts';

const manifest = readPublishedFile('data/published', 'manifest.json', Manifest);
const site = makeSite(loadPublished('data/published'), 'data/published', manifest);
const cell = (code: string, category: string) => site.enrollment.cells.find((c) => c.code === code && c.category === category)!;
const kota = site.kota.code;
const shown = (row: { approximate: string[] }, field: string, value: number | null) => ({ value, approximate: row.approximate.includes(field) });
/** The demo as a suppression method would publish it: Nongsa's RW heads hidden, so coverage is shown for only some. */
const suppressedData = loadPublished('data/published');
Object.assign(suppressedData.enrollment.cells.find((c) => c.code === '21.71.04' && c.category === 'ketua-rw')!, { count: null, coveragePercent: null, approximate: [] });
const suppressed = makeSite(suppressedData, 'data/published', manifest);
const partly = suppressed.area('21.71.04');

describe('briefing figures', () => {
  it('keyFigures(city) reads the published totals: members, non-active, all claims and the yearly premium', () => {
    const figures = keyFigures(site, kota);
    expect(figures.active).toEqual({ value: cell(kota, 'semua').count, approximate: false });
    const status = site.status.rows.find((r) => r.code === kota)!;
    expect(figures.nonActive).toEqual(shown(status, 'nonActive', status.nonActive));
    const claims = site.claims.rows.find((r) => r.code === kota && r.program === 'semua')!;
    expect(figures.claims).toEqual({ claims: shown(claims, 'claims', claims.claims), amountRupiah: shown(claims, 'amountRupiah', claims.amountRupiah) });
    const spend = site.spend.rows.find((r) => r.category === 'semua')!;
    expect(figures.spend).toEqual({ monthlyRupiah: shown(spend, 'monthlyRupiah', spend.monthlyRupiah), yearlyRupiah: shown(spend, 'yearlyRupiah', spend.yearlyRupiah), premiumPerPersonMonth: spend.premiumPerPersonMonth });
    // The demo's city total is exact and its claims approximate, as the cell key method publishes them.
    expect([figures.active.approximate, figures.claims!.claims.approximate]).toEqual([false, true]);
  });

  it('keyFigures(city).coverage spans the lowest to the highest shown coverage of the categories with a target', () => {
    const targeted = site.metadata.categories.map((c) => cell(kota, c.id)).filter((c) => c.target !== null);
    const percents = targeted.map((c) => c.coveragePercent).filter((p): p is number => p !== null);
    expect(percents.length).toBeGreaterThan(1);
    expect(keyFigures(site, kota).coverage).toEqual({
      targeted: targeted.length, shown: percents.length, low: Math.min(...percents), high: Math.max(...percents), lowApproximate: false, highApproximate: false,
    });
  });

  it('keyFigures(kecamatan).coverage marks an end approximate when its category\'s coverage is', () => {
    const coverage = keyFigures(site, '21.71.10').coverage!;
    const targeted = site.metadata.categories.map((c) => cell('21.71.10', c.id)).filter((c) => c.target !== null && c.coveragePercent !== null);
    const low = targeted.find((c) => c.coveragePercent === coverage.low)!;
    expect(coverage.lowApproximate).toBe(low.approximate.includes('coveragePercent'));
    expect(coverage.lowApproximate).toBe(true);
  });

  it('keyFigures(kecamatan) counts a hidden targeted category as targeted but not shown, and has no premium (spend.json is city-wide)', () => {
    const figures = keyFigures(suppressed, partly.code);
    expect(figures.coverage!.shown).toBe(figures.coverage!.targeted - 1);
    expect(figures.spend).toBeUndefined();
    expect(figures.active.value).toBe(cell(partly.code, 'semua').count);
  });

  it('categoryTable(code) lists every published category with members, and target and coverage only where a target is known', () => {
    const table = categoryTable(suppressed, partly.code, 'en');
    expect(table.columns.map((c) => c.label)).toEqual(['Category', 'Active members', 'Target', 'Coverage']);
    expect(table.rows.map((r) => r.header)).toEqual(site.metadata.categories.filter((c) => c.finestGeography !== 'kota').map((c) => c.label.en));
    for (const [i, row] of table.rows.entries()) {
      const c = suppressed.cell(partly.code, site.metadata.categories[i]!.id);
      const approximate = (field: string) => c.approximate.includes(field);
      expect(row.cells, row.header).toEqual([
        countCell(c.count, approximate('count')), c.target ?? '–',
        { percent: c.coveragePercent, hidden: c.count === null && c.target !== null, approximate: approximate('coveragePercent') },
      ]);
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
