import { describe, expect, it } from 'vitest';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { ogImageInput, ogImagePath, pageFacts } from '../../src/figures/page-facts.ts';
import { Manifest } from '../../src/schemas/published.ts';

const published = loadPublished('data/published');
const site = makeSite(published, 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
const cellOf = (code: string, category = 'semua') => published.enrollment.cells.find((c) => c.code === code && c.category === category)!;
const count = (code: string, category = 'semua') => cellOf(code, category).count;
/** The demo with the city's LPM heads hidden, as a suppression method could publish it. */
const suppressedData = loadPublished('data/published');
Object.assign(suppressedData.enrollment.cells.find((c) => c.code === '21.71' && c.category === 'ketua-lpm')!, { count: null, coveragePercent: null, approximate: [] });
const suppressed = makeSite(suppressedData, 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));

describe('pageFacts', () => {
  it('pageFacts(site, ctx, area path) shares the area’s active members, ≈ and "(angka perkiraan)" when approximate, and names its kecamatan', () => {
    const facts = pageFacts(site, { lang: 'id', release: null }, '/kecamatan/batam-kota/belian/');
    const belian = published.metadata.areas.find((a) => a.name === 'Belian')!;
    expect(cellOf(belian.code).approximate).toEqual(['count']);
    expect(facts.figure).toBe(`≈${new Intl.NumberFormat('id-ID').format(count(belian.code)!)}`);
    expect(facts.figureLabel).toBe('peserta aktif (angka perkiraan)');
    expect(pageFacts(site, { lang: 'en', release: null }, '/kecamatan/batam-kota/belian/').figureLabel).toBe('active members (approximate)');
    expect(facts.place).toBe('Kelurahan Belian, Kecamatan Batam Kota');
    expect(facts.synthetic).toBe(true);
  });
  it('pageFacts(site, ctx, category path) shares the exact city count without ≈, and a hidden one as "*" with its reason', () => {
    const fishers = pageFacts(site, { lang: 'en', release: null }, '/kategori/nelayan/');
    expect(fishers).toMatchObject({ figure: count('21.71', 'nelayan')!.toLocaleString('en'), figureLabel: 'active members' });
    const lpm = pageFacts(suppressed, { lang: 'en', release: null }, '/kategori/ketua-lpm/');
    expect(lpm.figure).toBe('*');
    expect(lpm.figureLabel).toMatch(/hidden to protect members/);
  });
  it('pageFacts(site, ctx, a kecamatan’s briefing or slides) shares that kecamatan’s figure', () => {
    const nongsa = count('21.71.04')!;
    for (const path of ['/ringkasan/nongsa/', '/presentasi/nongsa/'])
      expect(pageFacts(site, { lang: 'en', release: null }, path)).toMatchObject({ figure: `≈${nongsa.toLocaleString('en')}`, place: 'Kecamatan Nongsa' });
  });
  it('pageFacts for every other page is the city total', () => {
    for (const path of ['/', '/data/', '/metodologi/', '/wilayah/', '/ringkasan/', '/presentasi/'])
      expect(pageFacts(site, { lang: 'id', release: null }, path).figure).toBe('24.348');
  });
  it('ogImagePath(input) names the image by its content: same figure, same file; another language, another file', () => {
    const id = ogImageInput(site, { lang: 'id', release: null }, '/');
    expect(ogImagePath(id)).toBe(ogImagePath(ogImageInput(site, { lang: 'id', release: null }, '/data/')));
    expect(ogImagePath(id)).not.toBe(ogImagePath(ogImageInput(site, { lang: 'en', release: null }, '/')));
    expect(ogImagePath(id)).toMatch(/^\/og\/[0-9a-f]{20}\.png$/);
  });
});
