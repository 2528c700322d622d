import { describe, expect, it } from 'vitest';
import { getSite } from '../../src/lib/site-data.ts';
import { pageFigure } from '../../src/figures/page-figures.ts';
import { loadMapLayout } from '../../src/map/map-cache.ts';
import { mapBody } from '../../src/map/map-svg.ts';
import { PALETTE } from '../../src/map/choropleth.ts';
import { SYMBOL } from '../../src/map/symbols.ts';

const site = getSite();
const width = (text: string) => text.length * 7;

describe('mapBody', () => {
  it('mapBody(map of counts) draws a circle per count, no palette fill, and the key of reference circles', async () => {
    const figure = pageFigure(site, { lang: 'id', release: null }, site.path(site.kecamatan[0]!.code), 'peta');
    const map = figure.map!;
    expect(map.measure).toBe('count');
    const layout = await loadMapLayout(site.metadata, map.level, map.areas.map((a) => a.code), site.dir);
    const { markup } = mapBody(layout, map, 'id', width);
    const areaFills = [...markup.matchAll(/<path d="[^"]+" fill="([^"]+)"/g)].map((m) => m[1]);
    for (const fill of areaFills) expect(PALETTE as readonly string[]).not.toContain(fill);
    const circles = markup.match(new RegExp(`<circle [^>]*`, 'g')) ?? [];
    const counted = map.areas.filter((a) => a.value !== null && a.value > 0).length;
    expect(circles.length).toBeGreaterThan(counted); // the map's circles, then the key's
    expect(markup).toContain(`fill="${SYMBOL.fill}"`);
    expect(markup).toContain('luas lingkaran sebanding');
  });

  it('mapBody(an area without a shape) names it in the picture\'s notes', async () => {
    const map = pageFigure(site, { lang: 'en', release: null }, '/', 'peta').map!;
    const layout = await loadMapLayout(site.metadata, map.level, map.areas.map((a) => a.code), site.dir);
    const body = mapBody({ ...layout, missing: [{ name: 'Kecamatan Baru' }] }, map, 'en', width);
    expect(body.notes?.[0]).toBe('No map boundary yet for Kecamatan Baru; their numbers are in the table.');
  });
});
