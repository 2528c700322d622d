// Reading the built site's files without a browser: which pages exist, and the links and ids in each page's HTML.
// Astro writes every attribute double-quoted, so a pattern over the markup finds them all.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A built HTML file: its site path (/kecamatan/nongsa/, /404.html) and markup. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Every .html file under `dist`, by the path a browser asks for (dir/index.html → /dir/). */
export async function builtPages(dist: string): Promise<BuiltPage[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(files.map(async (file) => ({ path: sitePathOf(file), html: await readFile(join(dist, file), 'utf8') })));
}

function sitePathOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file (relative to the site's folder) a site path is served from: '/x/' → 'x/index.html'. */
export function fileOf(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every href, src and action value of the page's elements (not text inside <script> elements), entities decoded. */
export function linksIn(html: string): string[] {
  const markup = html.replace(/(<script\b(?:[^>"]|"[^"]*")*>)[\s\S]*?<\/script>/g, '$1</script>');
  return tagsIn(markup).flatMap((tag) => [...tag.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** The id attributes of the page's elements, in document order (a repeated id appears twice). */
export function idsIn(html: string): string[] {
  return tagsIn(html).flatMap((tag) => [...tag.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** The href of every <a … download> link. */
export function downloadLinksIn(html: string): string[] {
  return tagsIn(html)
    .filter((tag) => tag.startsWith('<a ') && /\sdownload(?=[\s>=])/.test(tag))
    .map((tag) => decodeEntities(/\shref="([^"]*)"/.exec(tag)![1]!));
}

/** Every start tag, whole: a quoted attribute value may hold ">". */
function tagsIn(html: string): string[] {
  return [...html.matchAll(/<[a-z](?:[^>"]|"[^"]*")*>/gi)].map((m) => m[0]);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
