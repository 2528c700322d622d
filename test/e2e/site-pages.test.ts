// Every page of the demo site in both languages, loaded once in a 412 px wide Chromium tab: what each load did
// (errors, outside requests) and each page's frame, then one test per thing every page must get right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadPublished, type Published } from '../../src/lib/published.ts';
import { getSite } from '../../src/lib/site-data.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { PHONE, SitePage, type PageFrame, type Visit } from './pages/site-page.ts';

const NOT_FOUND = '/tidak-ada/';

let browser: Browser;
let site: StaticSite;
let published: Published;
let paths: string[];
const visits = new Map<string, Visit>();
const frames = new Map<string, PageFrame>();

beforeAll(async () => {
  const dist = await builtSite();
  published = loadPublished(`${dist}/data`);
  site = await serveStatic(dist);
  browser = await launchChromium();
  paths = sitePages(getSite());
  const tab = await SitePage.open(browser, site.url);
  for (const path of [...paths, NOT_FOUND]) {
    visits.set(path, await tab.visit(path));
    frames.set(path, await tab.frame());
  }
  await tab.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The same page in the other language: /x/ ↔ /en/x/. */
const twin = (path: string) => (path.startsWith('/en/') ? path.slice(3) : `/en${path}`);
const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'id');

describe('every page of the demo site in Chromium', () => {
  it('every page in both languages loads with status 200, no console errors or failed requests, and no request to another origin', () => {
    const problems = [...visits.values()].filter((v) => v.path !== NOT_FOUND).flatMap((v) => [
      ...(v.status === 200 ? [] : [`${v.path}: status ${v.status}`]),
      ...v.errors.map((e) => `${v.path}: ${e}`),
      ...v.outside.map((u) => `${v.path}: requested ${u}`),
    ]);
    expect(problems).toEqual([]);
    expect(paths).toHaveLength(236); // 92 page paths and 26 briefings and presentations (city and 12 kecamatan), in two languages
  });

  it('an unknown address shows the 404 page (status 404, both languages, not indexed) without errors', () => {
    const visit = visits.get(NOT_FOUND)!;
    expect(visit.status).toBe(404);
    // The one complaint is about the page itself answering 404; any missing script or stylesheet would add its own.
    expect(visit.errors).toEqual([expect.stringMatching(/^console: Failed to load resource: .*404/)]);
    const frame = frames.get(NOT_FOUND)!;
    expect(frame.h1).toEqual(['Halaman tidak ditemukan']);
    expect(frame.title).toMatch(/^Halaman tidak ditemukan \/ Page not found/);
    expect(frame.robots).toBe('noindex');
    expect(frame.langSwitch).toBeNull();
  });

  it('every page is in its language (html lang) and carries the synthetic-data banner in both languages, its own first, while metadata.synthetic', () => {
    const synthetic = published.metadata.synthetic;
    const wrong = [...paths, NOT_FOUND].flatMap((path) => {
      const { lang, banner } = frames.get(path)!;
      const [first, second] = langOf(path) === 'id' ? ['Data sintetis', 'Synthetic data'] : ['Synthetic data', 'Data sintetis'];
      const bannerOk = synthetic ? banner !== null && banner.startsWith(`${first}.`) && banner.includes(`${second}.`) : banner === null;
      return lang === langOf(path) && bannerOk ? [] : [`${path}: lang ${lang}, banner ${banner}`];
    });
    expect(wrong).toEqual([]);
  });

  it('every page has exactly one h1', () => {
    const wrong = paths.filter((p) => frames.get(p)!.h1.length !== 1).map((p) => `${p}: ${JSON.stringify(frames.get(p)!.h1)}`);
    expect(wrong).toEqual([]);
  });

  it('every page has a <title> and a meta description, each unique across all pages', () => {
    const all = [...paths, NOT_FOUND].map((p) => ({ path: p, ...frames.get(p)! }));
    expect(all.filter((f) => !f.title.trim() || !f.description?.trim()).map((f) => f.path)).toEqual([]);
    const repeated = (key: 'title' | 'description') => {
      const seen = new Map<string, string[]>();
      for (const f of all) seen.set(f[key]!, [...(seen.get(f[key]!) ?? []), f.path]);
      return [...seen.entries()].filter(([, where]) => where.length > 1).map(([text, where]) => `${text}: ${where.join(', ')}`);
    };
    expect(repeated('title')).toEqual([]);
    expect(repeated('description')).toEqual([]);
  });

  it('every page\'s language switch links to the same page in the other language', () => {
    const wrong = paths.filter((p) => frames.get(p)!.langSwitch !== twin(p)).map((p) => `${p} → ${frames.get(p)!.langSwitch}`);
    expect(wrong).toEqual([]);
  });

  it('every page\'s canonical link is itself and its hreflang links (id, en, x-default) point to the built twins', () => {
    const origin = new URL(frames.get('/')!.canonical!).origin;
    const pathOf = (href: string | undefined | null) => (href && new URL(href).origin === origin ? new URL(href).pathname : `outside: ${href}`);
    const wrong = paths.flatMap((path) => {
      const { canonical, alternates } = frames.get(path)!;
      const id = langOf(path) === 'id' ? path : twin(path);
      const expected = { canonical: path, id, en: twin(id), 'x-default': id };
      const actual = { canonical: pathOf(canonical), id: pathOf(alternates.id), en: pathOf(alternates.en), 'x-default': pathOf(alternates['x-default']) };
      const missing = Object.values(actual).filter((p) => !paths.includes(p));
      return JSON.stringify(actual) === JSON.stringify(expected) && missing.length === 0 ? [] : [`${path}: ${JSON.stringify(actual)}`];
    });
    expect(wrong).toEqual([]);
  });

  it(`no page scrolls sideways at ${PHONE.width} px (the page is no wider than the screen)`, () => {
    const wide = [...paths, NOT_FOUND].filter((p) => frames.get(p)!.scrollWidth > PHONE.width).map((p) => `${p}: ${frames.get(p)!.scrollWidth} px`);
    expect(wide).toEqual([]);
  });
});
