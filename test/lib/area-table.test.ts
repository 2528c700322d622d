import { describe, expect, it } from 'vitest';
import { areaTable, mapAreas, mapMeasure } from '../../src/lib/area-table.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';
import { cellNumber, isApproximateCell } from '../../src/lib/table-spec.ts';

const manifest = readPublishedFile('data/published', 'manifest.json', Manifest);
const site = makeSite(loadPublished('data/published'), 'data/published', manifest);
const cells = site.enrollment.cells;
/** The demo as a suppression method would publish it: every third kelurahan's RT heads hidden. */
const suppressedData = loadPublished('data/published');
suppressedData.enrollment.cells.filter((c) => c.level === 'kelurahan' && c.category === 'ketua-rt').forEach((c, i) => {
  if (i % 3 === 0) Object.assign(c, { count: null, coveragePercent: null, approximate: [] });
});
const suppressed = makeSite(suppressedData, 'data/published', manifest);

describe('area tables and map values', () => {
  it('mapMeasure(areas, category) maps coverage only when every area has a target', () => {
    expect(mapMeasure(site, site.kecamatan, 'ketua-rt')).toBe('percent');
    expect(mapMeasure(site, site.kecamatan, 'semua')).toBe('count');
    expect(mapMeasure(site, site.kecamatan, 'nelayan')).toBe('count'); // targets in 7 of 12 kecamatan only
  });

  it('mapAreas(…, percent) gives each kelurahan its published coverage, and null wherever the count is hidden', () => {
    const areas = mapAreas(suppressed, suppressed.kelurahan, 'ketua-rt', { lang: 'id', release: null }, 'percent');
    expect(areas).toHaveLength(64);
    for (const area of areas) {
      const cell = suppressed.enrollment.cells.find((c) => c.code === area.code && c.category === 'ketua-rt')!;
      expect(area.value, area.name).toBe(cell.count === null ? null : cell.coveragePercent);
      expect(area.valueText, area.name).toMatch(cell.count === null ? /^angka disembunyikan$/ : /% dari sasaran \(≈?\d[\d.]* peserta\)$/);
      expect(area.approximate, area.name).toBe(cell.approximate.includes('coveragePercent'));
    }
    expect(areas.some((a) => a.value === null)).toBe(true);
  });

  it('mapAreas(…) words an approximate value ≈ in its tooltip and spoken name, an exact one without, in both languages', () => {
    const lang = (l: 'id' | 'en') => ({ lang: l, release: null });
    for (const [l, members, ofTarget] of [['id', 'peserta', 'dari sasaran'], ['en', 'members', 'of target']] as const) {
      const areas = mapAreas(site, site.kelurahan, 'ketua-rt', lang(l), 'percent');
      const approximate = areas.filter((a) => a.approximate);
      const exact = areas.filter((a) => !a.approximate && a.value !== null);
      expect(approximate.length).toBeGreaterThan(0);
      for (const a of approximate) expect(a.valueText, a.name).toMatch(new RegExp(`^≈[\\d.,]+% ${ofTarget} \\(≈[\\d.,]+ ${members}\\)$`));
      for (const a of exact) expect(a.valueText, a.name).not.toContain('≈');
    }
  });

  it('mapAreas(…, count, en) words values the English way and links to the English pages', () => {
    const [first] = mapAreas(site, site.kecamatan, 'semua', { lang: 'en', release: null }, 'count');
    const cell = cells.find((c) => c.code === first!.code && c.category === 'semua')!;
    expect(cell.approximate).toEqual(['count']);
    expect(first!.valueText).toBe(`≈${cell.count!.toLocaleString('en')} members`);
    expect(first!.href).toBe('/en/kecamatan/belakang-padang/');
  });

  it('areaTable(areas, category) adds target and coverage columns only when some area has a target', () => {
    const withTarget = areaTable(site, site.kecamatan, 'ketua-rt', { lang: 'id', release: null }, 'Kecamatan');
    expect(withTarget.columns.map((c) => c.label)).toEqual(['Kecamatan', 'Peserta aktif', 'Sasaran', 'Cakupan']);
    const without = areaTable(site, site.kecamatan, 'petani', { lang: 'en', release: null }, 'Kecamatan');
    expect(without.columns.map((c) => c.label)).toEqual(['Kecamatan', 'Active members']);
    expect(without.rows.map((r) => cellNumber(r.cells[0]!))).toEqual(site.kecamatan.map((k) => cells.find((c) => c.code === k.code && c.category === 'petani')!.count));
    expect(without.rows.map((r) => isApproximateCell(r.cells[0]!))).toEqual(site.kecamatan.map((k) => cells.find((c) => c.code === k.code && c.category === 'petani')!.approximate.includes('count')));
  });
});
