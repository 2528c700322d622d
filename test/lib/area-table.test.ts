import { describe, expect, it } from 'vitest';
import { areaTable, mapAreas, mapMeasure } from '../../src/lib/area-table.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

const site = makeSite(loadPublished('data/published'), 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
const cells = site.enrollment.cells;

describe('area tables and map values', () => {
  it('mapMeasure(areas, category) maps coverage only when every area has a target', () => {
    expect(mapMeasure(site, site.kecamatan, 'ketua-rt')).toBe('percent');
    expect(mapMeasure(site, site.kecamatan, 'semua')).toBe('count');
    expect(mapMeasure(site, site.kecamatan, 'nelayan')).toBe('count'); // targets in 7 of 12 kecamatan only
  });

  it('mapAreas(…, percent) gives each kelurahan its published coverage, and null wherever the count is hidden', () => {
    const areas = mapAreas(site, site.kelurahan, 'ketua-rt', { lang: 'id', release: null }, 'percent');
    expect(areas).toHaveLength(64);
    for (const area of areas) {
      const cell = cells.find((c) => c.code === area.code && c.category === 'ketua-rt')!;
      expect(area.value, area.name).toBe(cell.count === null ? null : cell.coveragePercent);
      expect(area.valueText, area.name).toMatch(cell.count === null ? /^angka disembunyikan$/ : /% dari sasaran \(\d[\d.]* peserta\)$/);
    }
    expect(areas.some((a) => a.value === null)).toBe(true);
  });

  it('mapAreas(…, count, en) words values the English way and links to the English pages', () => {
    const [first] = mapAreas(site, site.kecamatan, 'semua', { lang: 'en', release: null }, 'count');
    const count = cells.find((c) => c.code === first!.code && c.category === 'semua')!.count!;
    expect(first!.valueText).toBe(`${count.toLocaleString('en')} members`);
    expect(first!.href).toBe('/en/kecamatan/belakang-padang/');
  });

  it('areaTable(areas, category) adds target and coverage columns only when some area has a target', () => {
    const withTarget = areaTable(site, site.kecamatan, 'ketua-rt', { lang: 'id', release: null }, 'Kecamatan');
    expect(withTarget.columns.map((c) => c.label)).toEqual(['Kecamatan', 'Peserta aktif', 'Sasaran', 'Cakupan']);
    const without = areaTable(site, site.kecamatan, 'petani', { lang: 'en', release: null }, 'Kecamatan');
    expect(without.columns.map((c) => c.label)).toEqual(['Kecamatan', 'Active members']);
    expect(without.rows.map((r) => r.cells[0])).toEqual(site.kecamatan.map((k) => cells.find((c) => c.code === k.code && c.category === 'petani')!.count));
  });
});
