// Every map the demo site draws, checked against the one rule of its design: counts are never a choropleth.
// Rates (coverage, members per 1,000 residents) fill areas by class; counts are circles over unpainted areas.
import { describe, expect, it } from 'vitest';
import { pageFigure, figurePagePaths, pageFigures } from '../../src/figures/page-figures.ts';
import { LANGS, type PageContext } from '../../src/lib/routes.ts';
import { getSite, releaseDates, type Site } from '../../src/lib/site-data.ts';
import { PALETTE } from '../../src/map/choropleth.ts';
import { loadMapLayout } from '../../src/map/map-cache.ts';
import { paintMap } from '../../src/map/map-paint.ts';
import { mapForm, type MapSpec } from '../../src/map/map-spec.ts';
import { SYMBOL } from '../../src/map/symbols.ts';

/** Every map of every page of every copy of the demo site, with where it is. */
function everyMap(): Array<{ where: string; site: Site; map: MapSpec }> {
  return [null, ...releaseDates()].flatMap((release) => LANGS.flatMap((lang) => {
    const ctx: PageContext = { lang, release };
    const site = getSite(release);
    return figurePagePaths(site).flatMap((path) => pageFigures(site, ctx, path)
      .filter((f) => f.map !== undefined)
      .map((f) => ({ where: `${lang} ${release ?? 'latest'} ${path}#${f.id}`, site, map: f.map! })));
  }));
}

describe('map specifications', () => {
  const maps = everyMap();

  it('the demo site has maps of every measure it can draw: coverage, and counts or rates per 1,000', () => {
    expect(maps.length).toBeGreaterThan(300);
    const measures = new Set(maps.map((m) => m.map.measure));
    expect(measures).toContain('coverage');
    expect(measures.has('count') || measures.has('perThousand')).toBe(true);
  });

  it('mapForm(measure) draws counts as symbols and only rates as choropleths, on every map of the site', () => {
    for (const { where, map } of maps) {
      expect(mapForm(map.measure), where).toBe(map.measure === 'count' ? 'symbols' : 'choropleth');
    }
  });

  it('paintMap(map) colours no area of a map of counts by its value: one pale fill, hatch where hidden, circles for the counts', async () => {
    for (const { where, site, map } of maps.filter((m) => m.map.measure === 'count')) {
      const layout = await loadMapLayout(site.metadata, map.level, map.areas.map((a) => a.code), site.dir);
      const painted = paintMap(map, layout, 'id');
      for (const area of map.areas) {
        const paint = painted.paint.get(area.code)!;
        expect(PALETTE as readonly string[], where).not.toContain(paint.fill);
        expect(paint, `${where} ${area.name}`).toMatchObject(area.state === 'hidden' ? { pattern: 'hatch' } : { fill: SYMBOL.base, pattern: null });
      }
      const circles = [layout.main, ...(layout.inset ? [layout.inset] : [])].flatMap((d) => painted.circles(d));
      expect(circles.map((c) => c.code).sort(), where).toEqual(map.areas.filter((a) => a.value !== null && a.value > 0).map((a) => a.code).sort());
      expect(painted.key.classes, where).toEqual([]);
    }
  });

  it('paintMap(map) colours a rate map\'s shown areas from the palette and textures the rest, with no circles', async () => {
    for (const { where, site, map } of maps.filter((m) => m.map.measure !== 'count')) {
      const layout = await loadMapLayout(site.metadata, map.level, map.areas.map((a) => a.code), site.dir);
      const painted = paintMap(map, layout, 'en');
      for (const area of map.areas) {
        const paint = painted.paint.get(area.code)!;
        if (area.state === 'shown') expect(PALETTE as readonly string[], `${where} ${area.name}`).toContain(paint.fill);
        else expect(paint.pattern, `${where} ${area.name}`).toBe(area.state === 'hidden' ? 'hatch' : 'dots');
      }
      expect(painted.circles(layout.main), where).toEqual([]);
    }
  });

  it('a coverage map shows each area\'s published coverage, 100% only where the whole target is covered', () => {
    for (const { where, site, map } of maps.filter((m) => m.map.measure === 'coverage')) {
      const category = where.match(/\/kategori\/([^/]+)\//)?.[1];
      if (!category) continue;
      for (const area of map.areas) {
        const cell = site.cell(area.code, category);
        if (area.state !== 'shown') continue;
        expect(area.value, `${where} ${area.name}`).toBe(cell.coveragePercent);
        if (area.value === 100) expect(cell.count, `${where} ${area.name}`).toBe(cell.target);
      }
    }
  });

  it('every category has a kecamatan map on its page, the one the home page\'s picker shows', () => {
    const site = getSite();
    for (const lang of LANGS) {
      for (const c of site.metadata.categories) {
        const figure = pageFigure(site, { lang, release: null }, `/kategori/${c.id}/`, 'per-wilayah');
        expect(figure.map?.level, c.id).toBe('kecamatan');
        expect(figure.map!.areas.map((a) => a.code), c.id).toEqual(site.kecamatan.map((k) => k.code));
      }
    }
  });
});
