import { describe, expect, it } from 'vitest';
import { embedHeight, embedSnippet } from '../../src/figures/embed-snippet.ts';
import { embedPagePaths, figureFilePaths, figuresToMake } from '../../src/figures/figure-routes.ts';
import { pageFigures } from '../../src/figures/page-figures.ts';
import { getSite, releaseDates } from '../../src/lib/site-data.ts';

const site = getSite();
const asOf = site.metadata.asOfDate;

describe('figuresToMake', () => {
  it('figuresToMake(releases) makes no latest copy when the latest data is kept as a release, and one when it is not', () => {
    const releases = releaseDates();
    expect(releases).toContain(asOf); // the demo folder keeps its latest release
    expect(figuresToMake(releases).filter((f) => f.ctx.release === null)).toEqual([]);
    const notKept = figuresToMake(releases.filter((r) => r !== asOf));
    expect(notKept.filter((f) => f.ctx.release === null).length).toBeGreaterThan(0);
    expect(notKept.filter((f) => f.ctx.release === asOf)).toEqual([]);
  });

  it('figuresToMake lists each figure of each page once per language and release, charts and maps as drawn, tables as numbers', () => {
    const made = figuresToMake();
    const keys = made.map((f) => `${f.ctx.lang}|${f.ctx.release}|${f.path}|${f.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const home = made.filter((f) => f.path === '/' && f.ctx.lang === 'id' && f.ctx.release === asOf);
    expect(home.map((f) => [f.id, f.drawn])).toEqual([
      ['menurut-kategori', true], ['cakupan', true], ['peta', true], ['perkembangan', true], ['klaim', false], ['biaya', false],
    ]);
    expect(home.find((f) => f.id === 'menurut-kategori')!.formats).toEqual(['csv', 'json', 'svg', 'png']);
    expect(home.find((f) => f.id === 'peta')!.formats).toEqual(['csv', 'json', 'svg', 'png']);
    expect(home.find((f) => f.id === 'klaim')!.formats).toEqual(['csv', 'json']);
  });

  it('figuresToMake makes a kelurahan page\'s map once, as its kecamatan\'s, and every category\'s kecamatan map on its page', () => {
    const made = figuresToMake().filter((f) => f.ctx.lang === 'id' && f.ctx.release === asOf);
    const kelurahan = site.kelurahan[0]!;
    expect(made.filter((f) => f.path === site.path(kelurahan.code)).map((f) => f.id)).not.toContain('peta');
    expect(made.find((f) => f.path === site.path(kelurahan.parent!) && f.id === 'peta')?.drawn).toBe(true);
    for (const c of site.metadata.categories) {
      const ids = made.filter((f) => f.path === `/kategori/${c.id}/`).map((f) => f.id);
      expect(ids, c.id).toContain('per-wilayah');
      expect(ids.includes('peta'), c.id).toBe(c.finestGeography === 'kelurahan');
    }
  });

  it('figureFilePaths and embedPagePaths name files under /unduh/ and pages under /embed/ after the release prefix', () => {
    const files = figureFilePaths();
    expect(files).toContain(`/rilis/${asOf}/unduh/kecamatan/nongsa/menurut-kategori.csv`);
    expect(files).toContain(`/en/rilis/${asOf}/unduh/perkembangan.png`);
    expect(files).toContain(`/en/rilis/${asOf}/unduh/peta.csv`);
    expect(files).toContain(`/en/rilis/${asOf}/unduh/peta.png`);
    expect(files).toContain(`/rilis/${asOf}/unduh/kategori/nelayan/per-wilayah.svg`);
    expect(files).not.toContain(`/rilis/${asOf}/unduh/klaim.png`);
    const embeds = embedPagePaths();
    expect(embeds).toContain(`/en/rilis/${asOf}/embed/kecamatan/nongsa/menurut-kategori/`);
    expect(embeds).toContain(`/en/rilis/${asOf}/embed/kecamatan/nongsa/peta/`);
    expect(embeds.filter((p) => p.endsWith('/klaim/') || p.endsWith('/biaya/') || p.endsWith('/status/'))).toEqual([]);
  });
});

describe('pageFigures', () => {
  it('pageFigures(kelurahan page) outlines the kelurahan on its kecamatan\'s map and has no kecamatan-only tables', () => {
    const kelurahan = site.kelurahan[0]!;
    const figures = pageFigures(site, { lang: 'id', release: null }, site.path(kelurahan.code));
    expect(figures.map((f) => f.id)).not.toContain('demografi');
    expect(figures.map((f) => f.id)).not.toContain('klaim');
    const map = figures.find((f) => f.id === 'peta')!;
    expect(map.map!.highlight).toBe(kelurahan.code);
    expect(map.map!.areas.map((a) => a.code)).toEqual(site.children(kelurahan.parent!).map((a) => a.code));
    expect(map.area).toBe(`Kecamatan ${site.area(kelurahan.parent!).name}`);
    expect(map.filesFrom).toEqual({ path: site.path(kelurahan.parent!), id: 'peta' });
  });

  it('pageFigures(page without figures) is empty', () => {
    expect(pageFigures(site, { lang: 'en', release: null }, '/metodologi/')).toEqual([]);
  });
});

describe('embedSnippet', () => {
  it('embedSnippet(src, title, height) is one lazy iframe whose attributes cannot be broken by a quote in the title', () => {
    expect(embedSnippet('https://x.id/embed/peta/', 'Peta "A" & B', 640))
      .toBe('<iframe src="https://x.id/embed/peta/" title="Peta &quot;A&quot; &amp; B" width="100%" height="640" loading="lazy"></iframe>');
  });

  it('embedHeight grows with the table and the chart box', () => {
    const [categories, coverage] = pageFigures(site, { lang: 'id', release: null }, '/');
    expect(embedHeight(categories!, true)).toBeGreaterThan(embedHeight(coverage!, true));
    expect(embedHeight(categories!, true)).toBeGreaterThan(embedHeight(categories!, false));
  });
});
