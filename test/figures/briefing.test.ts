import { describe, expect, it } from 'vitest';
import { briefing } from '../../src/figures/briefing.ts';
import { pageFigure } from '../../src/figures/page-figures.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite, type Site } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

const published = loadPublished('data/published');
const site = makeSite(published, 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
const latest = { lang: 'id' as const, release: null };
const kota = site.kota.code;
const nongsa = site.kecamatan.find((k) => k.name === 'Nongsa')!.code;

/** The same published data with every target and every claims row taken away. */
function withoutTargetsAndClaims(): Site {
  const enrollment = { ...published.enrollment, cells: published.enrollment.cells.map((c) => ({ ...c, target: null, coveragePercent: null })) };
  return makeSite({ ...published, enrollment, claims: { ...published.claims, rows: [] } }, 'data/published', site.manifest);
}

describe('briefing(site, ctx, code, releases)', () => {
  it('briefing(city) shows the home page’s map and claims figures, under the home page’s titles', () => {
    const b = briefing(site, latest, kota, []);
    expect(b.place).toBe('Kota Batam');
    expect(b.map).toEqual(pageFigure(site, latest, '/', 'peta'));
    expect(b.claims).toEqual(pageFigure(site, latest, '/', 'klaim'));
    expect(b.categories.title).toBe(pageFigure(site, latest, '/', 'menurut-kategori').title);
  });

  it('briefing(kecamatan) shows that kecamatan page’s map of its kelurahan and its figures', () => {
    const b = briefing(site, { lang: 'en', release: null }, nongsa, []);
    const path = site.path(nongsa);
    expect(b.place).toBe('Kecamatan Nongsa');
    expect(b.map).toEqual(pageFigure(site, { lang: 'en', release: null }, path, 'peta'));
    expect(b.map.map!.areas.map((a) => a.code)).toEqual(site.children(nongsa).map((a) => a.code));
    expect(b.categories.title).toBe('Active members by category, Kecamatan Nongsa');
    expect(b.paths).toEqual({ area: path, briefing: '/ringkasan/nongsa/', presentation: '/presentasi/nongsa/' });
  });

  it('briefing(…).categories.bars has a row per published category, hidden counts without a bar', () => {
    const b = briefing(site, latest, kota, []);
    const cells = published.metadata.categories.map((c) => published.enrollment.cells.find((x) => x.code === kota && x.category === c.id)!);
    expect(b.categories.bars.rows.map((r) => r.value)).toEqual(cells.map((c) => c.count));
    for (const row of b.categories.bars.rows) expect(row.width === 0).toBe(row.value === null || row.value === 0);
    expect(Math.max(...b.categories.bars.rows.map((r) => r.width))).toBe(100);
  });

  it('briefing(…).coverage bars reach a dashed line at 100% and say "count of target" under each label', () => {
    const coverage = briefing(site, latest, kota, []).coverage!;
    expect(coverage.bars.reference).not.toBeNull();
    const rt = coverage.bars.rows.find((r) => r.label === 'Ketua RT')!;
    const cell = published.enrollment.cells.find((c) => c.code === kota && c.category === 'ketua-rt')!;
    expect(rt.note).toBe(`${cell.count!.toLocaleString('id-ID')} dari ${cell.target!.toLocaleString('id-ID')}`);
    expect(rt.value).toBe(cell.coveragePercent);
  });

  it('briefing(…).slides: the timeline only for the city, coverage only with targets, claims and spend only when shown', () => {
    expect(briefing(site, latest, kota, []).slides).toEqual(['headline', 'categories', 'coverage', 'map', 'timeline', 'claims', 'spend', 'sources']);
    const kecamatan = briefing(site, latest, nongsa, []).slides;
    expect(kecamatan).not.toContain('timeline');
    expect(kecamatan).not.toContain('spend');
    const bare = briefing(withoutTargetsAndClaims(), latest, kota, []);
    expect(bare.slides).toEqual(['headline', 'categories', 'map', 'timeline', 'spend', 'sources']);
    expect(bare.coverage).toBeNull();
    expect(bare.coverageText).toBeNull();
  });

  it('briefing(…).cited is the release’s permanent copy once the published folder keeps it, and the page itself on a release page', () => {
    const asOf = published.metadata.asOfDate;
    expect(briefing(site, latest, kota, []).cited).toEqual(latest);
    expect(briefing(site, latest, kota, [asOf]).cited).toEqual({ lang: 'id', release: asOf });
    const releasePage = { lang: 'en' as const, release: '2025-10-31' };
    expect(briefing(site, releasePage, kota, [asOf]).cited).toEqual(releasePage);
  });

  it('briefing(…).coverageText runs from the lowest to the highest shown coverage', () => {
    const shown = published.metadata.categories
      .map((c) => published.enrollment.cells.find((x) => x.code === kota && x.category === c.id)!.coveragePercent)
      .filter((p): p is number => p !== null);
    const format = (p: number) => `${p.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
    expect(briefing(site, latest, kota, []).coverageText).toBe(`${format(Math.min(...shown))}–${format(Math.max(...shown))}`);
  });

  it('briefing(kecamatan) writes approximate bars ≈ ("≈458", "≈96,2%", "≈458 dari 476") and names the slides whose foot explains ≈', () => {
    const batamKota = site.kecamatan.find((k) => k.name === 'Batam Kota')!.code;
    const b = briefing(site, latest, batamKota, []);
    const rt = published.enrollment.cells.find((c) => c.code === batamKota && c.category === 'ketua-rt')!;
    expect(rt.approximate).toEqual(['count', 'coveragePercent']);
    const bar = b.categories.bars.rows.find((r) => r.label === 'Ketua RT')!;
    expect(bar).toMatchObject({ approximate: true, valueText: `≈${rt.count!.toLocaleString('id-ID')}` });
    const coverage = b.coverage!.bars.rows.find((r) => r.label === 'Ketua RT')!;
    expect(coverage.valueText).toBe(`≈${rt.coveragePercent!.toLocaleString('id-ID')}%`);
    expect(coverage.note).toBe(`≈${rt.count!.toLocaleString('id-ID')} dari ${rt.target!.toLocaleString('id-ID')}`);
    // An exact zero (no fishers in Batam Kota) is written without ≈.
    expect(b.categories.bars.rows.find((r) => r.label === 'Nelayan')).toMatchObject({ value: 0, approximate: false, valueText: '0' });
    expect(b.approximate).toEqual(['headline', 'categories', 'coverage', 'map', 'claims']);
    expect(b.hidden).toBe(false);
  });

  it('briefing(city) has exact headline, category and coverage slides, and says ≈ only where the city\'s numbers are approximate', () => {
    const b = briefing(site, latest, kota, []);
    expect(b.key.active.approximate).toBe(false);
    expect(b.categories.bars.rows.every((r) => !r.approximate && !r.valueText.includes('≈'))).toBe(true);
    expect(b.approximate).not.toContain('headline');
    expect(b.approximate).not.toContain('categories');
    expect(b.approximate).not.toContain('coverage');
    // Kecamatan counts (the map) and the claims are approximate; the timeline's earlier months are too.
    expect(b.approximate).toEqual(expect.arrayContaining(['map', 'claims', 'timeline']));
  });

  it('briefing(…).hidden says whether any figure is hidden ("*")', () => {
    const hidden = structuredClone(published);
    Object.assign(hidden.enrollment.cells.find((c) => c.code === nongsa && c.category === 'ketua-rt')!, { count: null, coveragePercent: null, approximate: [] });
    expect(briefing(makeSite(hidden, 'data/published', site.manifest), latest, nongsa, []).hidden).toBe(true);
    expect(briefing(site, latest, nongsa, []).hidden).toBe(false);
  });

  it('briefing(a kelurahan) fails: only the city and the kecamatan have briefings', () => {
    const kelurahan = site.children(nongsa)[0]!;
    expect(() => briefing(site, latest, kelurahan.code, [])).toThrow(/only the city and kecamatan have briefings/);
  });
});
