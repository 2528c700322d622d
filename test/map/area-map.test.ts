import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AreaMap from '../../src/components/AreaMap.astro';
import { formatCount, formatPercent } from '../../src/lib/format.ts';
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
  return { code: k.code, name: k.name, href: `/kecamatan/${k.code}/`, value, approximate: approximate.includes('count'), valueText: `${formatCount(value, 'id', approximate.includes('count'))} peserta` };
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
async function render(props: Record<string, unknown>): Promise<string> {
  const html = await container.renderToString(AreaMap, {
    props: { lang: 'id', metadata, level: 'kecamatan', areas: cityAreas, measure: 'count', caption: 'Peserta per kecamatan', ...props },
  });
  await page.setContent(`<!doctype html><html lang="id"><body>${html}</body></html>`);
  return html;
}

/** The links a keyboard or screen-reader user meets: not hidden, not taken out of the tab order. */
const reachableLinks = () =>
  page.$$eval('a.map-area:not([aria-hidden="true"])', (links) => links.map((a) => ({
    href: a.getAttribute('href'), label: a.getAttribute('aria-label'), tabindex: a.getAttribute('tabindex'), fill: a.getAttribute('fill'),
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

  it('AreaMap(some values hidden) hatches those areas and explains the hatch in the legend', async () => {
    const hidden = cityAreas.map((a, i) => (i % 3 === 0 ? { ...a, value: null, valueText: 'disembunyikan' } : a));
    await render({ areas: hidden });
    const links = await reachableLinks();
    const patternIds = await page.$$eval('pattern', (ps) => ps.map((p) => p.id));
    for (const area of hidden) {
      const link = links.find((l) => l.href === area.href)!;
      if (area.value === null) {
        expect(link.fill).toMatch(/^url\(#(.+)\)$/);
        expect(patternIds).toContain(link.fill!.slice(5, -1));
        expect(link.label).toBe(`${area.name}: disembunyikan`);
      } else expect(link.fill).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(await page.locator('.legend li').last().textContent()).toMatch(/disembunyikan untuk melindungi peserta/);
  });

  it('AreaMap(approximate values) colours them like exact ones, names them ≈ in their links, and hatches nothing', async () => {
    expect(cityAreas.every((a) => a.approximate)).toBe(true);
    await render({});
    const links = await reachableLinks();
    for (const link of links) {
      expect(link.fill).toMatch(/^#[0-9a-f]{6}$/);
      expect(link.label).toMatch(/: ≈[\d.]+ peserta$/);
    }
    expect(await page.locator('.legend').textContent()).not.toMatch(/diarsir|disembunyikan/);
  });

  it('AreaMap has a legend of its classes, a caption naming the map, and the boundary source', async () => {
    await render({});
    expect(await page.locator('.legend li').allTextContents()).toEqual(['kurang dari 1.600', '1.600–1.699', '1.700–1.899', '1.900–2.799', '2.800 atau lebih']);
    const name = await page.$eval('.main svg', (svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent);
    expect(name).toBe('Peserta per kecamatan');
    expect(await page.locator('figure').textContent()).toMatch(/GADM 4\.1/);
    expect(await page.locator('.legend li').count()).toBe(5);
  });

  it('AreaMap(English, percent) words its legend and boundary line in English', async () => {
    const percentAreas = cityAreas.map((a, i) => ({ ...a, value: 60 + i * 3.5, valueText: `${formatPercent(60 + i * 3.5, 'en')} of target` }));
    await render({ lang: 'en', areas: percentAreas, measure: 'percent', caption: 'Coverage' });
    expect(await page.locator('.legend li').allTextContents()).toEqual(['under 50%', '50–74.9%', '75–89.9%', '90–99.9%', '100%']);
    expect(await page.locator('.legend-title').textContent()).toMatch(/Coverage/);
    expect(await page.locator('.map-source').textContent()).toMatch(/^Boundaries: GADM/);
  });

  it('AreaMap(kelurahan of one kecamatan, highlight) outlines that kelurahan and marks its link current', async () => {
    const batamKota = kecamatan.find((k) => k.name === 'Batam Kota')!.code;
    const kelurahan = metadata.areas.filter((a) => a.parent === batamKota).map((k) => {
      const value = cell(k.code, ALL_CATEGORIES).count;
      return { code: k.code, name: k.name, href: `/kelurahan/${k.code}/`, value, valueText: formatCount(value, 'id') };
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
      .map((k) => ({ code: k.code, name: k.name, href: `/kecamatan/${k.code}/`, value: 10, valueText: '10 peserta' }));
    const before = process.env.PUBLISHED_DIR;
    process.env.PUBLISHED_DIR = outDir;
    try {
      await render({ metadata: published.metadata, areas: own });
    } finally {
      if (before === undefined) delete process.env.PUBLISHED_DIR; else process.env.PUBLISHED_DIR = before;
    }
    expect((await reachableLinks()).map((l) => l.href).sort()).toEqual(own.map((a) => a.href).sort());
    expect(await page.locator('.map-source').allTextContents()).toEqual(['Batas wilayah: BIG (uji)']);
  });

  it('AreaMap renders without style attributes and with unique ids, so a strict CSP and two maps per page work', async () => {
    const html = await render({});
    expect(html).not.toMatch(/\sstyle=/);
    const english = await container.renderToString(AreaMap, {
      props: { lang: 'en', metadata, level: 'kecamatan', areas: cityAreas, measure: 'count', caption: 'x', id: 'second-map' },
    });
    await page.setContent(`<!doctype html><html><body>${html}${english}</body></html>`);
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
