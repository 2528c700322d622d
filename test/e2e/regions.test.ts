// Two regions the demo is not, from generated synthetic inputs alone: Kabupaten Bintan (21.01, mostly desa) and Kota
// Surabaya (35.78, 153 kelurahan). For each: npm run sample -- --region → stage 1 → site build, once, then the built
// HTML is read (no page says Batam, every area page's h1 names the area's kind, the home page names the region) and a
// few pages are opened in Chromium (no console errors, axe clean, the maps drawn).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegionSample } from '../../scripts/sample/region-sample.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { areaPath, PATHS } from '../../src/lib/routes.ts';
import type { Metadata } from '../../src/schemas/published.ts';
import { launchChromium } from '../helpers/browser.ts';
import { runOn } from '../helpers/stage1.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { SitePage } from './pages/site-page.ts';

interface Region {
  code: string;
  name: string;
  /** Words a site of this kind of region must never use about itself. */
  wrongWords: RegExp;
  /** program.json `site.languages` for this site: the kabupaten's is built in Indonesian only. */
  languages: ('id' | 'en')[];
}

const REGIONS: Region[] = [
  // Not "kota" alone: Kijang Kota is a kelurahan of Bintan.
  { code: '21.01', name: 'Kabupaten Bintan', wrongWords: /pemerintah kota|anggaran kota|city government|city budget/i, languages: ['id'] },
  { code: '35.78', name: 'Kota Surabaya', wrongWords: /pemerintah kabupaten|anggaran kabupaten|regency government|regency budget/i, languages: ['id', 'en'] },
];

/** The test's own rule for a village's kind (DOMAIN.md): the code's serial starts with 1 for a kelurahan, 2 for a desa. */
const kindWord = (area: Metadata['areas'][number]) =>
  area.level === 'kecamatan' ? 'Kecamatan' : area.code.slice(-4).startsWith('1') ? 'Kelurahan' : 'Desa';

function build(published: string, dist: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build-site.ts', dist], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PUBLISHED_DIR: published } });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`the site build failed:\n${output.slice(-4000)}`))));
  });
}

async function filesUnder(root: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => {
    const path = join(e.parentPath, e.name);
    return { path, bytes: (await stat(path)).size };
  }));
}

/** Each page whose HTML (attributes included: titles, descriptions, labels) matches `pattern`, with the first match. */
const pagesSaying = (pages: Map<string, string>, pattern: RegExp) =>
  [...pages].flatMap(([path, text]) => {
    const found = pattern.exec(text);
    return found ? [`${path}: …${text.slice(Math.max(0, found.index - 50), found.index + found[0].length + 30)}…`] : [];
  });

const h1Of = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

let browser: Browser;
const work = await mkdtemp(join(tmpdir(), 'regions-'));
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

describe.for(REGIONS)('a site for $name ($code) from generated inputs', (region) => {
  const dist = join(work, region.code, 'dist');
  let metadata: Metadata;
  let html: Map<string, string>;
  let server: StaticSite;

  beforeAll(async () => {
    const input = join(work, region.code, 'input');
    const published = join(work, region.code, 'published');
    let started = performance.now();
    await generateRegionSample(region.code, input);
    const programFile = join(input, 'program.json');
    const program = JSON.parse(await readFile(programFile, 'utf8')) as { site: { url: string; languages?: string[] } };
    await writeFile(programFile, JSON.stringify({ ...program, site: { ...program.site, languages: region.languages } }, null, 2));
    const sampleSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const { result } = await runOn(input, { outDir: published });
    if (!result.ok) throw new Error(`stage 1 failed for ${region.name}: ${result.fatal.join('; ')}`);
    const stage1Seconds = (performance.now() - started) / 1000;
    started = performance.now();
    await build(published, dist);
    const buildSeconds = (performance.now() - started) / 1000;
    const files = await filesUnder(dist);
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    console.info(`${region.name}: sample ${sampleSeconds.toFixed(1)} s, stage 1 ${stage1Seconds.toFixed(1)} s, build ${buildSeconds.toFixed(1)} s; dist ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
    metadata = loadPublished(join(dist, 'data')).metadata;
    html = new Map();
    for (const f of files.filter((f) => f.path.endsWith('.html'))) html.set(f.path.slice(dist.length), await readFile(f.path, 'utf8'));
    server = await serveStatic(dist);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('no page of the site mentions Batam', () => {
    expect(html.size).toBeGreaterThan(100);
    expect(pagesSaying(html, /batam/i)).toEqual([]);
  });

  it(`no page uses words for the wrong kind of region (${region.wrongWords.source})`, () => {
    expect(pagesSaying(html, region.wrongWords)).toEqual([]);
  });

  it('every area page\'s h1 is the area\'s kind and name: Kecamatan …, Kelurahan … or Desa …', () => {
    const areas = metadata.areas.filter((a) => a.level !== 'kota');
    expect(areas.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const area of areas) {
      const path = `${areaPath(area, metadata)}index.html`;
      const expected = `${kindWord(area)} ${area.name}`;
      const h1 = h1Of(html.get(path) ?? '');
      if (h1 !== expected) wrong.push(`${path}: "${h1}", expected "${expected}"`);
    }
    expect(wrong).toEqual([]);
  });

  it(`the home page names ${region.name} in each of the site's languages (${region.languages.join(', ')}), and there are no pages in others`, () => {
    expect(html.get('/index.html')).toContain(region.name);
    if (region.languages.includes('en')) {
      expect(html.get('/en/index.html')).toContain(region.name);
    } else {
      expect([...html.keys()].filter((path) => path.startsWith('/en/'))).toEqual([]);
      expect(pagesSaying(html, /href="[^"]*\/en\/|hreflang="en"/)).toEqual([]);
    }
  });

  it('home, a kecamatan, a village and a category page in Chromium: no console errors, axe clean, the maps drawn', async () => {
    const kecamatan = metadata.areas.find((a) => a.level === 'kecamatan')!;
    // A desa where the region has one (Bintan), else a kelurahan.
    const villages = metadata.areas.filter((a) => a.level === 'kelurahan');
    const village = villages.find((a) => kindWord(a) === 'Desa') ?? villages[0]!;
    const paths = [PATHS.home, areaPath(kecamatan, metadata), areaPath(village, metadata), PATHS.category(metadata.categories[0]!.id)];
    const tab = await SitePage.open(browser, server.url, { axe: true, reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const path of paths) {
      const visit = await tab.visit(path);
      if (visit.status !== 200) problems.push(`${path}: status ${visit.status}`);
      for (const error of [...visit.errors, ...visit.outside.map((url) => `outside request ${url}`)]) problems.push(`${path}: ${error}`);
      for (const violation of await tab.axeViolations()) problems.push(`${path}: axe ${violation}`);
      // Drawn: the page's area maps hold shapes of a real size, not an empty frame or a list of missing areas alone.
      const shapes = await tab.page.locator('[data-area-map] svg a.map-area').evaluateAll((links) =>
        links.filter((a) => {
          const shape = a.querySelector('path, use') as SVGGraphicsElement | null;
          const box = shape?.getBBox();
          return box !== undefined && box.width > 0 && box.height > 0;
        }).length);
      if (shapes === 0) problems.push(`${path}: no map area drawn`);
    }
    await tab.close();
    expect(problems).toEqual([]);
  });
});
