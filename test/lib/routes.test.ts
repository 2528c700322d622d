import { describe, expect, it } from 'vitest';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { areaPath, langPaths, localePath, slugify } from '../../src/lib/routes.ts';
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
  it('localePath(lang, path) keeps Indonesian at the root and puts English under /en', () => {
    expect(localePath('id', '/data/')).toBe('/data/');
    expect(localePath('en', '/data/')).toBe('/en/data/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(langPaths().map((p) => [p.params.lang, p.props.lang])).toEqual([[undefined, 'id'], ['en', 'en']]);
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
