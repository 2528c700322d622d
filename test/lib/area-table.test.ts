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
  it('mapMeasure(areas, category) maps coverage where any area has a target, else a rate with population, else counts', () => {
    expect(mapMeasure(site, site.kecamatan, 'ketua-rt')).toBe('coverage');
    expect(mapMeasure(site, site.kecamatan, 'nelayan')).toBe('coverage'); // targets in 7 of 12 kecamatan: the others dotted
    const noPopulation = { ...site, population: () => null };
    expect(mapMeasure(noPopulation, site.kecamatan, 'semua')).toBe('count');
    expect(mapMeasure(noPopulation, site.kecamatan, 'petani')).toBe('count');
    const withPopulation = { ...site, population: (code: string) => (code.length === 8 ? { code, level: 'kecamatan' as const, residents: 100_000, source: 'Uji', year: 2024 } : null) };
    expect(mapMeasure(withPopulation, site.kecamatan, 'petani')).toBe('perThousand');
    expect(mapMeasure(withPopulation, site.kelurahan, 'petani')).toBe('count'); // no kelurahan has a figure
    expect(mapMeasure(withPopulation, site.kecamatan, 'ketua-rt')).toBe('coverage');
  });

  it('mapAreas(…, coverage) marks areas without a target as having no base, and words them so', () => {
    const areas = mapAreas(site, site.kecamatan, 'nelayan', { lang: 'id', release: null }, 'coverage');
    for (const area of areas) {
      const cell = cells.find((c) => c.code === area.code && c.category === 'nelayan')!;
      expect(area.state, area.name).toBe(cell.count === null ? 'hidden' : cell.target === null ? 'no-base' : 'shown');
      if (area.state === 'no-base') expect(area.valueText).toMatch(/^tidak ada sasaran \(≈?\d[\d.]* peserta\)$/);
    }
    expect(areas.filter((a) => a.state === 'no-base')).toHaveLength(5);
  });

  it('mapAreas(…, perThousand) gives members per 1,000 residents with one decimal, ≈ when the count is', () => {
    const withPopulation = { ...site, population: (code: string) => (code === site.kecamatan[0]!.code ? { code, level: 'kecamatan' as const, residents: 24_343, source: 'Uji', year: 2013 } : null) };
    const [first, second] = mapAreas(withPopulation, site.kecamatan, 'semua', { lang: 'en', release: null }, 'perThousand');
    const cell = cells.find((c) => c.code === first!.code && c.category === 'semua')!;
    expect(first!.value).toBe(Math.round((cell.count! / 24_343) * 10_000) / 10);
    expect(first!.valueText).toBe(`≈${first!.value!.toFixed(1)} per 1,000 residents (≈${cell.count!.toLocaleString('en')} members)`);
    expect(second).toMatchObject({ value: null, state: 'no-base' });
    expect(second!.valueText).toMatch(/^no population figure \(/);
    const table = areaTable(withPopulation, site.kecamatan, 'semua', { lang: 'en', release: null }, 'Kecamatan', 'perThousand');
    expect(table.columns.map((c) => c.label)).toEqual(['Kecamatan', 'Active members', 'Residents', 'Per 1,000 residents']);
    expect(table.rows[0]!.cells.slice(1)).toEqual([24_343, { rate: first!.value, hidden: false, approximate: true }]);
    expect(table.rows[1]!.cells.slice(1)).toEqual(['–', { rate: null, hidden: false, approximate: true }]);
  });

  it('mapAreas(…, coverage) gives each kelurahan its published coverage, and null wherever the count is hidden', () => {
    const areas = mapAreas(suppressed, suppressed.kelurahan, 'ketua-rt', { lang: 'id', release: null }, 'coverage');
    expect(areas).toHaveLength(64);
    for (const area of areas) {
      const cell = suppressed.enrollment.cells.find((c) => c.code === area.code && c.category === 'ketua-rt')!;
      expect(area.value, area.name).toBe(cell.count === null ? null : cell.coveragePercent);
      expect(area.valueText, area.name).toMatch(cell.count === null ? /^angka disembunyikan$/ : /% dari sasaran \(≈?\d[\d.]* peserta\)$/);
      expect(area.approximate, area.name).toBe(cell.approximate.includes('coveragePercent'));
      expect(area.state, area.name).toBe(cell.count === null ? 'hidden' : 'shown');
    }
    expect(areas.some((a) => a.value === null)).toBe(true);
  });

  it('mapAreas(…) words an approximate value ≈ in its tooltip and spoken name, an exact one without, in both languages', () => {
    const lang = (l: 'id' | 'en') => ({ lang: l, release: null });
    for (const [l, members, ofTarget] of [['id', 'peserta', 'dari sasaran'], ['en', 'members', 'of target']] as const) {
      const areas = mapAreas(site, site.kelurahan, 'ketua-rt', lang(l), 'coverage');
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
    const without = areaTable(site, site.kecamatan, 'petani', { lang: 'en', release: null }, 'Kecamatan', 'count');
    expect(without.columns.map((c) => c.label)).toEqual(['Kecamatan', 'Active members']);
    expect(without.rows.map((r) => cellNumber(r.cells[0]!))).toEqual(site.kecamatan.map((k) => cells.find((c) => c.code === k.code && c.category === 'petani')!.count));
    expect(without.rows.map((r) => isApproximateCell(r.cells[0]!))).toEqual(site.kecamatan.map((k) => cells.find((c) => c.code === k.code && c.category === 'petani')!.approximate.includes('count')));
  });
});
