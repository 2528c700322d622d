import { describe, expect, it } from 'vitest';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { areaPath, dataHref, href, sitePaths, slugify } from '../../src/lib/routes.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

const published = loadPublished('data/published');
const { metadata } = published;
const manifest = readPublishedFile('data/published', 'manifest.json', Manifest);

describe('routes', () => {
  it('slugify(name) gives lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Batu Ampar')).toBe('batu-ampar');
    expect(slugify('  Sei Beduk ')).toBe('sei-beduk');
    expect(slugify('Tanjung Uma (Lama)')).toBe('tanjung-uma-lama');
    expect(slugify('Pulau Terong')).toBe('pulau-terong');
  });
  it('href(ctx, path) keeps the latest Indonesian pages at the root, English under /en, releases under /rilis/<date>', () => {
    expect(href({ lang: 'id', release: null }, '/data/')).toBe('/data/');
    expect(href({ lang: 'en', release: null }, '/data/')).toBe('/en/data/');
    expect(href({ lang: 'en', release: null }, '/')).toBe('/en/');
    expect(href({ lang: 'id', release: '2025-10-31' }, '/kategori/nelayan/')).toBe('/rilis/2025-10-31/kategori/nelayan/');
    expect(href({ lang: 'en', release: '2025-10-31' }, '/')).toBe('/en/rilis/2025-10-31/');
  });
  it('sitePaths(releases, langs) gives one copy per language for the latest data and for every release', () => {
    expect(sitePaths(['2025-10-31'], ['id', 'en']).map((p) => [p.params.base, p.props.ctx.lang, p.props.ctx.release])).toEqual([
      [undefined, 'id', null], ['en', 'en', null], ['rilis/2025-10-31', 'id', '2025-10-31'], ['en/rilis/2025-10-31', 'en', '2025-10-31'],
    ]);
    expect(sitePaths(['2025-10-31'], ['id']).map((p) => p.params.base)).toEqual([undefined, 'rilis/2025-10-31']);
  });
  it('dataHref(release, file) serves files once, outside the language prefix', () => {
    expect(dataHref(null, 'csv/klaim.csv')).toBe('/data/csv/klaim.csv');
    expect(dataHref('2025-10-31', 'manifest.json')).toBe('/rilis/2025-10-31/data/manifest.json');
  });
  it('areaPath(area, metadata) names a kelurahan under its kecamatan', () => {
    const belian = metadata.areas.find((a) => a.name === 'Belian')!;
    const batamKota = metadata.areas.find((a) => a.code === '21.71.10')!;
    expect(areaPath(batamKota, metadata)).toBe('/kecamatan/batam-kota/');
    expect(areaPath(belian, metadata)).toBe('/kecamatan/batam-kota/belian/');
    expect(areaPath(metadata.areas.find((a) => a.level === 'kota')!, metadata)).toBe('/');
  });
  it('makeSite(published) gives every area its own page and refuses two areas with one address', () => {
    const site = makeSite(published, 'data/published', manifest);
    const paths = metadata.areas.map((a) => site.path(a.code));
    expect(new Set(paths).size).toBe(metadata.areas.length);
    const twin = { ...metadata.areas.find((a) => a.name === 'Belian')!, code: '21.71.10.1999' };
    const clash = { ...published, metadata: { ...metadata, areas: [...metadata.areas, twin] } };
    expect(() => makeSite(clash, 'data/published', manifest)).toThrow(/two areas share the page \/kecamatan\/batam-kota\/belian\//);
  });
  it('site.cell(code, category) throws for a cell stage 1 did not publish, naming it', () => {
    const site = makeSite(published, 'data/published', manifest);
    expect(site.cell('21.71').count).toBe(24_348);
    expect(() => site.cell('21.71', 'astronot')).toThrow(/no cell for area 21\.71, category astronot/);
  });
});
