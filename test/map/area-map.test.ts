import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AreaMap from '../../src/components/AreaMap.astro';
import { formatCount, formatPercent } from '../../src/lib/format.ts';
import { PALETTE } from '../../src/map/choropleth.ts';
import { legendCounts, SYMBOL } from '../../src/map/symbols.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { ALL_CATEGORIES } from '../../src/schemas/published.ts';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../helpers/browser.ts';
import { copyFixture, runOn } from '../helpers/stage1.ts';

const { metadata, enrollment } = loadPublished('data/published');
const cell = (code: string, category: string) => enrollment.cells.find((c) => c.code === code && c.category === category)!;
const kecamatan = metadata.areas.filter((a) => a.level === 'kecamatan');
const cityAreas = kecamatan.map((k) => {
  const { count: value, approximate } = cell(k.code, ALL_CATEGORIES);
  return { code: k.code, name: k.name, href: `/kecamatan/${k.code}/`, value, state: 'shown' as const, approximate: approximate.includes('count'), valueText: `${formatCount(value, 'id', approximate.includes('count'))} peserta` };
});
/** Coverage values for the twelve kecamatan: one in each class, the whole target in two, no target in one. */
const coverageAreas = cityAreas.map((a, i) => {
  const value = [30, 55, 80, 95, 100, 100, 62, 91.5, 49.9, 75, 89.9, 0][i]!;
  return i === 11
    ? { ...a, value: null, state: 'no-base' as const, approximate: false, valueText: 'tidak ada sasaran (5 peserta)' }
    : { ...a, value, approximate: false, valueText: `${formatPercent(value, 'id')} dari sasaran` };
});
const URBAN = ['Batu Ampar', 'Lubuk Baja', 'Bengkong', 'Batam Kota'];

let container: AstroContainer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  container = await AstroContainer.create();
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Renders the component and loads its HTML into Chromium, to ask the DOM what a browser would see. */
async function render({ level = 'kecamatan', areas = cityAreas, measure = 'count', highlight, ...props }: Record<string, unknown>): Promise<string> {
  const html = await container.renderToString(AreaMap, {
    props: { lang: 'id', metadata, dir: 'data/published', map: { level, measure, areas, ...(highlight ? { highlight } : {}) }, caption: 'Peserta per kecamatan', ...props },
  });
  await page.setContent(`<!doctype html><html lang="id"><body>${html}</body></html>`);
  return html;
}

/** The links a keyboard or screen-reader user meets: not hidden, not taken out of the tab order. */
const reachableLinks = () =>
  page.$$eval('a.map-area:not([aria-hidden="true"])', (links) => links.map((a) => ({
    href: a.getAttribute('href'), label: a.getAttribute('aria-label'), tabindex: a.getAttribute('tabindex'), fill: a.getAttribute('fill'), stroke: a.getAttribute('stroke'),
    inInset: a.closest('.inset') !== null,
  })));

describe('AreaMap', () => {
  it('AreaMap(city kecamatan) gives each area one reachable link, named with its value', async () => {
    await render({});
    const links = await reachableLinks();
    expect(links.map((l) => l.href).sort()).toEqual(cityAreas.map((a) => a.href).sort());
    for (const area of cityAreas) {
      const link = links.find((l) => l.href === area.href)!;
      expect(link.label).toBe(`${area.name}: ${formatCount(area.value, 'id', area.approximate)} peserta`);
      expect(link.tabindex).toBeNull();
    }
  });

  it('AreaMap(city kecamatan) enlarges the four small urban kecamatan in an inset, where their links are', async () => {
    await render({});
    const inInset = (await reachableLinks()).filter((l) => l.inInset).map((l) => l.label!.split(':')[0]);
    expect(inInset.sort()).toEqual([...URBAN].sort());
    // The main map marks where the inset is, and the inset has its own accessible name.
    expect(await page.locator('.main svg > rect').count()).toBe(1);
    const insetName = await page.$eval('.inset svg', (svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent);
    expect(insetName).toMatch(/Diperbesar/);
  });

  it('AreaMap(counts) paints no area by its count: every shown area has the same pale fill, and a circle per count sized by area', async () => {
    await render({});
    const links = await reachableLinks();
    expect(new Set(links.map((l) => l.fill))).toEqual(new Set([SYMBOL.base]));
    expect(await page.$eval('figure', (f) => f.dataset.mapForm)).toBe('symbols');
    // One circle per area with a count, in the drawing that holds its link; its area ∝ the count.
    const circles = await page.$$eval('.symbols circle', (cs) => cs.map((c) => Number(c.getAttribute('r'))));
    expect(circles).toHaveLength(cityAreas.length);
    const counts = cityAreas.map((a) => a.value!).sort((x, y) => y - x);
    const radii = [...circles].sort((x, y) => y - x);
    for (let i = 1; i < counts.length; i++) expect(radii[i]! ** 2 / radii[0]! ** 2).toBeCloseTo(counts[i]! / counts[0]!, 2);
    // The legend's reference circles are drawn at the map's scale, with their counts.
    expect(await page.locator('.legend-title').textContent()).toMatch(/luas lingkaran sebanding/);
    expect(await page.locator('.legend-circles text').allTextContents()).toEqual(legendCounts(counts[0]!).map((c) => formatCount(c, 'id')));
    const keyR = await page.$eval('.legend-circles circle', (c) => Number(c.getAttribute('r')));
    expect(keyR / radii[0]!).toBeCloseTo(Math.sqrt(legendCounts(counts[0]!)[0]! / counts[0]!), 2);
  });

  it('AreaMap(counts, some hidden or 0) hatches the hidden, draws no circle for them or for 0, and says both in the legend', async () => {
    const areas = cityAreas.map((a, i) => (i % 4 === 0 ? { ...a, value: null, state: 'hidden' as const, valueText: 'angka disembunyikan' } : i === 1 ? { ...a, value: 0, valueText: '0 peserta' } : a));
    await render({ areas });
    const links = await reachableLinks();
    const patternIds = await page.$$eval('pattern', (ps) => ps.map((p) => p.id));
    for (const area of areas) {
      const link = links.find((l) => l.href === area.href)!;
      if (area.value === null) {
        expect(link.fill).toMatch(/^url\(#(.+)\)$/);
        expect(patternIds).toContain(link.fill!.slice(5, -1));
        expect(link.label).toBe(`${area.name}: angka disembunyikan`);
      } else expect(link.fill).toBe(SYMBOL.base);
    }
    expect(await page.locator('.symbols circle').count()).toBe(areas.filter((a) => a.value !== null && a.value > 0).length);
    const legend = await page.locator('.legend li').allTextContents();
    expect(legend).toEqual(['diarsir: disembunyikan untuk melindungi peserta', 'tanpa lingkaran: 0 peserta']);
  });

  it('AreaMap(coverage) colours each area by its class, 100% alone in the darkest, areas without a target dotted', async () => {
    await render({ areas: coverageAreas, measure: 'coverage', caption: 'Cakupan' });
    expect(await page.$eval('figure', (f) => f.dataset.mapForm)).toBe('choropleth');
    expect(await page.locator('.symbols').count()).toBe(0);
    const links = await reachableLinks();
    const fillOf = (i: number) => links.find((l) => l.href === coverageAreas[i]!.href)!.fill;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(fillOf)).toEqual([0, 1, 2, 3, 4, 4, 1, 3, 0, 2, 2].map((c) => PALETTE[c]));
    const dotted = fillOf(11)!;
    const patterns = await page.$$eval('pattern', (ps) => ps.map((p) => ({ id: p.id, dots: p.querySelector('circle') !== null })));
    expect(patterns.find((p) => `url(#${p.id})` === dotted)?.dots).toBe(true);
    expect(await page.locator('.legend li').allTextContents()).toEqual(['kurang dari 50%', '50–74,9%', '75–89,9%', '90–99,9%', '100%', 'berbintik: tidak ada sasaran']);
  });

  it('AreaMap(approximate values) draws them like exact ones, names them ≈ in their links, and hatches nothing', async () => {
    expect(cityAreas.every((a) => a.approximate)).toBe(true);
    await render({});
    const links = await reachableLinks();
    for (const link of links) {
      expect(link.fill).toBe(SYMBOL.base);
      expect(link.label).toMatch(/: ≈[\d.]+ peserta$/);
    }
    // Nothing to explain but the circles: no legend of textures at all.
    expect(await page.locator('.legend').count()).toBe(0);
    expect(await page.locator('figure').textContent()).not.toMatch(/diarsir|disembunyikan/);
  });

  it('AreaMap has a caption naming the map and the boundary source', async () => {
    await render({});
    const name = await page.$eval('.main svg', (svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent);
    expect(name).toBe('Peserta per kecamatan');
    expect(await page.locator('figure').textContent()).toMatch(/GADM 4\.1/);
  });

  it('AreaMap(English, rate per 1,000) words its legend, its base and boundary lines in English', async () => {
    const rates = cityAreas.map((a, i) => ({ ...a, value: 1 + i * 0.4, valueText: `${1 + i * 0.4} per 1,000 residents` }));
    const html = await container.renderToString(AreaMap, {
      props: { lang: 'en', metadata, dir: 'data/published', map: { level: 'kecamatan', measure: 'perThousand', areas: rates, baseSource: 'Residents: Dukcapil, 2024' }, caption: 'Rate' },
    });
    await page.setContent(`<!doctype html><html lang="en"><body>${html}</body></html>`);
    expect(await page.locator('.legend-title').textContent()).toBe('Members per 1,000 residents');
    expect(await page.locator('.legend li').first().textContent()).toMatch(/^under \d\.\d$/);
    expect(await page.locator('.map-source').allTextContents()).toEqual(['Residents: Dukcapil, 2024', expect.stringMatching(/^Boundaries: GADM/)]);
  });

  it('AreaMap(kelurahan of one kecamatan, highlight) outlines that kelurahan and marks its link current', async () => {
    const batamKota = kecamatan.find((k) => k.name === 'Batam Kota')!.code;
    const kelurahan = metadata.areas.filter((a) => a.parent === batamKota).map((k) => {
      const value = cell(k.code, ALL_CATEGORIES).count;
      return { code: k.code, name: k.name, href: `/kelurahan/${k.code}/`, value, state: 'shown' as const, approximate: false, valueText: formatCount(value, 'id') };
    });
    const chosen = kelurahan[2]!;
    await render({ level: 'kelurahan', areas: kelurahan, highlight: chosen.code, caption: 'Batam Kota' });
    expect((await reachableLinks()).map((l) => l.href).sort()).toEqual(kelurahan.map((k) => k.href).sort());
    const current = await page.$$eval('a[aria-current]', (as) => as.map((a) => a.getAttribute('href')));
    expect(current).toEqual([chosen.href]);
    const outlined = await page.$$eval('.highlight use', (uses) => uses.map((u) => document.querySelector(u.getAttribute('href')!)?.closest('a')?.getAttribute('href')));
    expect(outlined.length).toBeGreaterThan(0);
    for (const href of outlined) expect(href).toBe(chosen.href);
  });

  it('AreaMap(shapes from the operator’s boundary file) draws them with the file’s credit instead of GADM’s', async () => {
    const input = await copyFixture('csv-comma-plain', (program) => ({
      ...program, boundaries: [{ level: 'kelurahan', file: 'kelurahan.geojson', codeProperty: 'KDEPUM', attribution: { id: 'Batas wilayah: BIG (uji)', en: 'Boundaries: BIG (test)' } }],
    }));
    await cp('test/fixtures/boundaries/kelurahan-big.geojson', join(input, 'kelurahan.geojson'));
    const { outDir } = await runOn(input);
    const published = loadPublished(outDir);
    const own = published.metadata.areas.filter((a) => a.level === 'kecamatan')
      .map((k) => ({ code: k.code, name: k.name, href: `/kecamatan/${k.code}/`, value: 10, state: 'shown' as const, approximate: false, valueText: '10 peserta' }));
    await render({ metadata: published.metadata, dir: outDir, areas: own });
    expect((await reachableLinks()).map((l) => l.href).sort()).toEqual(own.map((a) => a.href).sort());
    expect(await page.locator('.map-source').allTextContents()).toEqual(['Batas wilayah: BIG (uji)']);
  });

  it('AreaMap(an area without a shape) draws the others, names it under the map, and keeps going', async () => {
    const newArea = { code: '21.71.13', level: 'kecamatan' as const, name: 'Kecamatan Baru', parent: '21.71' };
    const withNew = { ...metadata, areas: [...metadata.areas, newArea] };
    const areas = [...cityAreas, { ...cityAreas[0]!, code: newArea.code, name: newArea.name, href: '/kecamatan/baru/', value: 7, valueText: '7 peserta' }];
    await render({ metadata: withNew, areas });
    expect((await reachableLinks()).map((l) => l.href).sort()).toEqual(cityAreas.map((a) => a.href).sort());
    expect(await page.locator('[data-map-missing]').textContent()).toBe('Belum ada batas peta untuk Kecamatan Baru; angkanya ada di tabel.');
    expect(await page.locator('.symbols circle').count()).toBe(cityAreas.length);
  });

  it('AreaMap(no area with a shape) draws no map, only the list of areas and its legend, without failing', async () => {
    const newArea = { code: '21.71.14', level: 'kecamatan' as const, name: 'Kecamatan Lain', parent: '21.71' };
    const html = await container.renderToString(AreaMap, {
      props: { lang: 'en', metadata: { ...metadata, areas: [...metadata.areas, newArea] }, dir: 'data/published', map: { level: 'kecamatan', measure: 'coverage', areas: [{ ...coverageAreas[0]!, code: newArea.code, name: newArea.name }] }, caption: 'x' },
    });
    await page.setContent(`<!doctype html><html lang="en"><body>${html}</body></html>`);
    expect(await page.locator('svg a').count()).toBe(0);
    expect(await page.locator('[data-map-missing]').textContent()).toBe('No map boundary yet for Kecamatan Lain; their numbers are in the table.');
  });

  it('AreaMap renders without style attributes and with unique ids, so a strict CSP and two maps per page work', async () => {
    const html = await render({});
    expect(html).not.toMatch(/\sstyle=/);
    const english = await container.renderToString(AreaMap, {
      props: { lang: 'en', metadata, dir: 'data/published', map: { level: 'kecamatan', measure: 'count', areas: cityAreas }, caption: 'x', id: 'second-map' },
    });
    await page.setContent(`<!doctype html><html><body>${html}${english}</body></html>`);
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
