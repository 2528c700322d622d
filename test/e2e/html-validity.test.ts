// The W3C Nu HTML Checker on one page of every kind the site builds (a page per page file in src/pages, and the
// English home page) and on every stylesheet (the pages have no <style> blocks: their CSS is in /_astro/ files),
// served over HTTP as a reader gets them: no errors and no warnings, except where the checker is wrong
// (checkerGap). One Java process checks them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedPagePaths } from '../../src/figures/figure-routes.ts';
import { briefingPath, presentationPath } from '../../src/lib/briefing-paths.ts';
import { href, PATHS, type PageContext } from '../../src/lib/routes.ts';
import { getSite, releaseDates } from '../../src/lib/site-data.ts';
import { builtSite } from '../helpers/built-site.ts';
import { highlighted, nuCheck, type NuMessage } from '../helpers/nu-html-checker.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { fileOf } from './pages/built-html.ts';

const PAGE_FILES = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/** The page or pages checked for each page file in src/pages, by its path there. */
function pagesByFile(): Record<string, string[]> {
  const site = getSite();
  const kecamatan = site.kecamatan[0]!;
  const kelurahan = site.children(kecamatan.code)[0]!;
  const id: PageContext = { lang: 'id', release: null };
  const en: PageContext = { lang: 'en', release: null };
  const permanent: PageContext = { lang: 'id', release: releaseDates()[0]! };
  return {
    '[...base]/index.astro': [href(id, PATHS.home), href(en, PATHS.home), href(permanent, PATHS.home)],
    '[...base]/wilayah.astro': [href(id, PATHS.areas)],
    '[...base]/data.astro': [href(id, PATHS.data)],
    '[...base]/metodologi.astro': [href(id, PATHS.method)],
    '[...base]/kategori/[category].astro': [href(id, PATHS.category(site.metadata.categories[0]!.id))],
    '[...base]/kecamatan/[kecamatan]/index.astro': [href(id, site.path(kecamatan.code))],
    '[...base]/kecamatan/[kecamatan]/[kelurahan]/index.astro': [href(id, site.path(kelurahan.code))],
    '[...base]/ringkasan/index.astro': [href(id, briefingPath(site, site.kota.code))],
    '[...base]/ringkasan/[kecamatan].astro': [href(id, briefingPath(site, kecamatan.code))],
    '[...base]/presentasi/index.astro': [href(id, presentationPath(site, site.kota.code))],
    '[...base]/presentasi/[kecamatan].astro': [href(id, presentationPath(site, kecamatan.code))],
    '[...base]/embed/[...figure].astro': [embedPagePaths()[0]!],
    'rilis/index.astro': [href(id, PATHS.releases)],
    '[lang]/rilis/index.astro': [href(en, PATHS.releases)],
    '404.astro': ['/404.html'],
  };
}

// The checker's CSS knows neither container queries nor paint-order yet; every browser the site supports does.
const CSS_GAPS = new Set([
  'CSS: “container-type”: Property “container-type” doesn\'t exist.',
  'CSS: Unrecognized at-rule “@container”',
  'CSS: “paint-order”: Property “paint-order” doesn\'t exist.',
]);
const INLINE_BLOCKED = new Set([
  'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
  'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
]);

/** Whether a message is the checker's mistake rather than the page's, each kind told apart as narrowly as it can be. */
function checkerGap(message: NuMessage, html: string): boolean {
  if (CSS_GAPS.has(message.message)) return true;
  if (!INLINE_BLOCKED.has(message.message)) return false;
  // It holds data blocks (the charts' <script type="application/json"> configurations) to the policy, but a browser
  // never runs one, so no policy applies to them (the HTML standard, "prepare the script element").
  if (/^<script type="application\/json"/.test(highlighted(message))) return true;
  // It hashes an inline script or style with its leading and trailing whitespace trimmed; a browser hashes the text
  // as it stands, as Astro does (its CSS ends with a newline). The page is right when that hash is in its policy.
  return policyHashesExactText(html, message);
}

/** Whether the page's policy lists the sha256 of the exact text of the <script> or <style> a message points at. */
function policyHashesExactText(html: string, message: NuMessage): boolean {
  const element = /^<(script|style)\b/.exec(highlighted(message))?.[1];
  if (element === undefined || message.lastLine === undefined || message.lastColumn === undefined) return false;
  // lastColumn is the start tag's closing ">", counted from 1 on its line, so it is also where the text starts.
  const lineStart = html.split('\n').slice(0, message.lastLine - 1).reduce((at, line) => at + line.length + 1, 0);
  const textStart = lineStart + message.lastColumn;
  if (html[textStart - 1] !== '>') return false;
  const text = html.slice(textStart, html.indexOf(`</${element}>`, textStart));
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const sources = policy.split(';').map((directive) => directive.trim().split(/\s+/)).find(([name]) => name === `${element}-src`) ?? [];
  return sources.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

/** "presentasi/index.html:2:56333 error: Stray start tag “script”. «…</html><script type="module">…»" */
function describeMessage(message: NuMessage, file: string): string {
  const kind = message.subType ? `${message.type} ${message.subType}` : message.type;
  const extract = message.extract === undefined ? '' : ` «${message.extract.replace(/\n/g, '↵')}»`;
  return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'} ${kind}: ${message.message}${extract}`;
}

let dist: string;
let server: StaticSite;

beforeAll(async () => {
  dist = await builtSite();
  server = await serveStatic(dist);
});

afterAll(async () => {
  await server?.close();
});

describe('the Nu HTML checker on the built site', () => {
  it('pagesByFile() names a page for every page file in src/pages', async () => {
    const pageFiles = (await readdir(PAGE_FILES, { recursive: true })).filter((f) => f.endsWith('.astro')).map((f) => f.split('\\').join('/'));
    expect(Object.keys(pagesByFile()).sort()).toEqual(pageFiles.sort());
  });

  it('reports no errors and no warnings on one page of every kind and on every stylesheet, besides its own gaps', async () => {
    const stylesheets = (await readdir(join(dist, '_astro'))).filter((f) => f.endsWith('.css')).map((f) => `/_astro/${f}`);
    const paths = [...Object.values(pagesByFile()).flat(), ...stylesheets];
    const started = performance.now();
    const messages = await nuCheck(paths.map((path) => `${server.url}${path}`));
    console.info(`the Nu HTML checker read ${paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: ${paths.join(' ')}`);
    const problems: string[] = [];
    for (const message of messages) {
      const file = fileOf(new URL(message.url).pathname);
      const html = await readFile(join(dist, file), 'utf8');
      if (!checkerGap(message, html)) problems.push(describeMessage(message, file));
    }
    expect(problems).toEqual([]);
    // The report is live: the stylesheets were read, and their CSS gaps reported (and let through above).
    expect(messages.filter((m) => m.url.endsWith('.css') && CSS_GAPS.has(m.message))).not.toEqual([]);
  });
});
