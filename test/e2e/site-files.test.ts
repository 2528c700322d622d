// The built demo site as files and as served over HTTP, without a browser: links, the sitemap, the downloads and
// the 404 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { embedPagePaths } from '../../src/figures/figure-routes.ts';
import { getSite, releaseDates } from '../../src/lib/site-data.ts';
import { sharedPages, sitePages } from '../../src/lib/site-pages.ts';
import { builtSite } from '../helpers/built-site.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { builtPages, downloadLinksIn, idsIn, type BuiltPage } from './pages/built-html.ts';
import { checkLinks } from './pages/site-links.ts';

let dist: string;
let pages: BuiltPage[];
let server: StaticSite;
/** The origin the site is built for (Astro's `site`): absolute links to it are internal. */
let siteOrigin: string;

beforeAll(async () => {
  dist = await builtSite();
  pages = await builtPages(dist);
  server = await serveStatic(dist);
  const home = pages.find((p) => p.path === '/')!;
  siteOrigin = new URL(/<link rel="canonical" href="([^"]*)"/.exec(home.html)![1]!).origin;
});

afterAll(async () => {
  await server?.close();
});

const exists = (file: string) => stat(join(dist, file)).then((s) => s.isFile(), () => false);

describe('the built site\'s pages', () => {
  it('the built HTML pages are exactly every copy\'s sitePages (latest and each release), the list of releases, the embed pages and the 404 page', () => {
    const releases = releaseDates();
    expect(releases.length).toBeGreaterThanOrEqual(2);
    const copies = [null, ...releases].flatMap((release) => sitePages(getSite(release), release));
    expect(pages.map((p) => p.path).sort()).toEqual([...copies, ...sharedPages(), ...embedPagePaths(), '/404.html'].sort());
    // 236 pages per copy of the site (both languages), 2 release lists, and the embed pages.
    expect(copies.length).toBe(236 * (1 + releases.length));
  });

  it('every internal link, script, stylesheet and image on every page resolves to a built file, and every #fragment to an id on its page', async () => {
    const { broken, checked, external } = await checkLinks(dist, pages, siteOrigin);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 20);
    // Outside links are for readers to follow (sources, licences); the site itself requests nothing from them.
    expect([...external].filter((href) => !href.startsWith('https://'))).toEqual([]);
  });

  it('no page repeats an id (aria-labelledby, fragment links and SVG <use> resolve to the first one only)', () => {
    const pagesById = new Map<string, string[]>();
    for (const page of pages) {
      const ids = idsIn(page.html);
      for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) pagesById.set(id, [...(pagesById.get(id) ?? []), page.path]);
    }
    const repeated = [...pagesById].map(([id, where]) => `id "${id}" more than once on ${where.length} pages: ${where.slice(0, 4).join(', ')}${where.length > 4 ? ', …' : ''}`);
    expect(repeated).toEqual([]);
  });

  it('tables, maps, charts, figure tools and share bars carry no scoped-style attribute, and such attributes are under 1% of the HTML', () => {
    // Astro stamps data-astro-cid-… on every element of a component with a scoped <style>: on every cell and map
    // area it was a sixth of each page, stored again in every frozen release. These components style from their class.
    const owned = /class="[^"]*\b(table-scroll|data-table|map-area|map-drawing|area-map|figure-tools|figure-panel|chart-figure|chart-box|figure-notes|share-bar|share-button)\b/;
    const stamped = new Map<string, number>();
    let attributeBytes = 0;
    let htmlBytes = 0;
    for (const page of pages) {
      htmlBytes += page.html.length;
      for (const [tag] of page.html.matchAll(/<[a-z][a-z0-9]*\b[^>]*\bdata-astro-cid-[a-z0-9]+[^>]*>/g)) {
        attributeBytes += tag.match(/ data-astro-cid-[a-z0-9]+(="")?/)![0].length;
        const name = /^<([a-z0-9]+)/.exec(tag)![1]!;
        if (['table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'path', 'use'].includes(name) || owned.test(tag)) {
          const key = `${name} ${owned.exec(tag)?.[1] ?? ''} on ${page.path}`;
          stamped.set(key, (stamped.get(key) ?? 0) + 1);
        }
      }
    }
    expect([...stamped].slice(0, 10)).toEqual([]);
    expect(attributeBytes / htmlBytes).toBeLessThan(0.01);
  });

  it('sitemap.xml lists every page in both languages, and only built pages, each with both language twins', async () => {
    const xml = await readFile(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(new Set(locs.map((u) => u.origin))).toEqual(new Set([siteOrigin]));
    // Embed pages are for iframes, not for search engines (they carry noindex).
    const embeds = new Set(embedPagePaths());
    const built = pages.map((p) => p.path).filter((p) => p !== '/404.html' && !embeds.has(p));
    expect(locs.map((u) => u.pathname).sort()).toEqual(built.sort());
    const alternates = [...xml.matchAll(/<xhtml:link rel="alternate" hreflang="(id|en)" href="([^"]*)"\/>/g)].map((m) => new URL(m[2]!).pathname);
    // Every page has both language twins, except the list of releases, which is one page in two languages of its own.
    expect(alternates).toHaveLength(2 * (locs.length - sharedPages().length));
    expect(alternates.filter((p) => !built.includes(p))).toEqual([]);
  });

  it('every page but the 404 and embed pages names a built 1200×630 palette PNG share image, with its size in the page', async () => {
    const embeds = new Set(embedPagePaths());
    let checked = 0;
    for (const page of pages.filter((p) => p.path !== '/404.html' && !embeds.has(p.path))) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(page.html)?.[1];
      expect(image, page.path).toBeDefined();
      const png = await readFile(join(dist, new URL(image!).pathname));
      expect(png.subarray(0, 8).toString('hex'), page.path).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], page.path).toEqual([1200, 630]);
      expect([png[24], png[25]], `${page.path}: bit depth and colour type (8-bit palette)`).toEqual([8, 3]);
      expect(page.html, page.path).toContain('<meta property="og:image:width" content="1200">');
      checked++;
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('the share image\'s description and the WhatsApp text of every area and category page carry its published count, ≈ and "angka perkiraan" exactly where the JSON says approximate', async () => {
    const site = getSite();
    const cases = [
      ...[...site.kecamatan, ...site.kelurahan].map((a) => ({ path: site.path(a.code), cell: site.cell(a.code) })),
      ...site.metadata.categories.map((c) => ({ path: `/kategori/${c.id}/`, cell: site.cell(site.kota.code, c.id) })),
    ];
    const counts = { approximate: 0, exact: 0 };
    for (const { path, cell } of cases) {
      const html = pages.find((p) => p.path === path)!.html;
      const alt = /<meta property="og:image:alt" content="([^"]+)"/.exec(html)![1]!;
      const whatsapp = decodeURIComponent(/href="https:\/\/wa\.me\/\?text=([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&'));
      const approximate = cell.approximate.includes('count');
      const figure = `${approximate ? '≈' : ''}${new Intl.NumberFormat('id-ID').format(cell.count!)} peserta aktif${approximate ? ' (angka perkiraan)' : ''}`;
      expect(alt, path).toContain(figure);
      expect(whatsapp, path).toContain(figure);
      counts[approximate ? 'approximate' : 'exact']++;
    }
    // Area pages share approximate counts; category pages the city's exact totals.
    expect(counts).toEqual({ approximate: site.kecamatan.length + site.kelurahan.length, exact: site.metadata.categories.length });
  });

  it('the site is built for the address in program.json (metadata.json), and no built file mentions localhost', async () => {
    const address = getSite().metadata.site!.url.replace(/\/$/, '');
    expect(siteOrigin).toBe(address);
    const home = pages.find((p) => p.path === '/')!.html;
    expect(home).toContain(`<meta property="og:url" content="${address}/">`);
    // The citation of a figure and the briefing's permanent address: what journalists and officials copy.
    const release = getSite().metadata.asOfDate;
    expect(home).toContain(`${address}/rilis/${release}/#peta`);
    expect(pages.find((p) => p.path === '/ringkasan/')!.html).toMatch(new RegExp(`data-testid="permanent-url"[^>]*>${address}/rilis/${release}/ringkasan/</a>`));
    const text = (await readdir(dist, { recursive: true })).filter((f) => /\.(html|xml|json|csv|svg|txt|js|css)$/.test(f));
    expect(text.length).toBeGreaterThan(2000);
    const local: string[] = [];
    for (const file of text) if (/localhost|127\.0\.0\.1/.test(await readFile(join(dist, file), 'utf8'))) local.push(file);
    expect(local).toEqual([]);
  });

  it('robots.txt allows every page and names the sitemap', async () => {
    const robots = await readFile(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \//);
    expect(robots).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
  });
});

describe('the built site over HTTP', () => {
  it('every download link on /data/ and /en/data/ returns bytes whose sha256 is the one in manifest.json, and every published file is linked', async () => {
    const manifest = JSON.parse(await readFile(join(getSite().dir, 'manifest.json'), 'utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
    for (const path of ['/data/', '/en/data/']) {
      const links = downloadLinksIn(pages.find((p) => p.path === path)!.html);
      expect(links.sort(), path).toEqual([...manifest.files.map((f) => `/data/${f.path}`), '/data/manifest.json'].sort());
      for (const link of links) {
        const response = await fetch(`${server.url}${link}`);
        expect(response.status, link).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        const entry = manifest.files.find((f) => `/data/${f.path}` === link);
        if (entry) {
          expect(createHash('sha256').update(bytes).digest('hex'), link).toBe(entry.sha256);
          expect(bytes.length, link).toBe(entry.bytes);
        } else {
          expect(JSON.parse(bytes.toString('utf8')), link).toEqual(manifest);
        }
      }
    }
  });

  it('the server answers an unknown path with status 404 and the site\'s 404 page', async () => {
    for (const path of ['/tidak-ada/', '/en/no-such-page/', '/kecamatan/tidak-ada/']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(await readFile(join(dist, '404.html'), 'utf8'));
    }
  });
});

/** A _headers file's rules (Netlify and Cloudflare Pages syntax): a path pattern, then its indented headers. */
function headerRules(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // ":date" matches one path segment, "*" the rest of the path.
      const source = line.trim().split(/(:[a-z]+|\*)/).map((part) => part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

describe('the host\'s headers (_headers)', () => {
  it('lets any site frame the embed pages, and only the site itself frame every other page', async () => {
    const rules = headerRules(await readFile(join(dist, '_headers'), 'utf8'));
    const headersOf = (path: string) => rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers);
    const embeds = new Set(embedPagePaths());
    expect(embeds.size).toBeGreaterThan(100);
    for (const page of pages) {
      const headers = headersOf(page.path);
      expect(headers.filter(([name]) => name === 'x-frame-options').map(([, v]) => v), page.path).toEqual(['SAMEORIGIN']);
      const frameAncestors = headers.filter(([name]) => name === 'content-security-policy').map(([, v]) => v);
      expect(frameAncestors, page.path).toEqual(embeds.has(page.path) ? ['frame-ancestors *'] : []);
    }
  });
});
