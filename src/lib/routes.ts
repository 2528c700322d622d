import type { Lang } from './format.ts';
import type { Metadata, PublishedArea } from '../schemas/published.ts';

/** Every language the site can be built in, Indonesian first; program.json's `site.languages` may keep only "id". */
export const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Which copy of the site a page belongs to: its language, and the release it shows — null for the latest data
 * (at / and /en/), or an as-of date for the permanent pages of that release (/rilis/2025-11-30/, /en/rilis/…),
 * whose addresses never change, so a citation never breaks when new data arrives.
 */
export interface PageContext {
  lang: Lang;
  release: string | null;
}

/** The part of an address before a page's own path: "", "/en", "/rilis/2025-11-30", "/en/rilis/2025-11-30". */
export function basePath({ lang, release }: PageContext): string {
  return `${lang === 'id' ? '' : '/en'}${release === null ? '' : `/rilis/${release}`}`;
}

/**
 * Astro's static paths for a page that exists in every language of the site and in every release: the rest parameter
 * `base` is undefined for the latest Indonesian page, so all copies share one page file and one set of slugs.
 */
export function sitePaths(releases: readonly string[], langs: readonly Lang[]): { params: { base: string | undefined }; props: { ctx: PageContext } }[] {
  return [null, ...releases].flatMap((release) =>
    langs.map((lang) => {
      const ctx = { lang, release };
      return { params: { base: basePath(ctx).slice(1) || undefined }, props: { ctx } };
    }));
}

/** A site path (always starting and ending with "/") in the page's language and release: /data/ → /en/data/. */
export function href(ctx: PageContext, path: string): string {
  return `${basePath(ctx)}${path}`;
}

/**
 * The address a reader copies or a link preview needs: the site's public address (astro.config.mjs `site`) with the
 * path, or the path alone when the build has no public address, so that nothing ever points at a local server.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site === undefined ? path : new URL(path, site).href;
}

/** Where a published file is downloaded: /data/<file> for the latest release, /rilis/<date>/data/<file> for one release. */
export function dataHref(release: string | null, file: string): string {
  return `${release === null ? '' : `/rilis/${release}`}/data/${file}`;
}

/** "Batu Ampar" → "batu-ampar"; "Tanjung Uma" → "tanjung-uma". Stable, lower-case, ASCII. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const PATHS = {
  home: '/',
  areas: '/wilayah/',
  data: '/data/',
  method: '/metodologi/',
  /** The list of releases and what changed in each: one page for the whole site, outside any release. */
  releases: '/rilis/',
  category: (id: string) => `/kategori/${id}/`,
} as const;

/**
 * The path of an area's page: /kecamatan/<kecamatan>/ and /kecamatan/<kecamatan>/<kelurahan>/, so a kelurahan's
 * address names its kecamatan (kelurahan names repeat across Indonesia) and every address reads as a place.
 */
export function areaPath(area: PublishedArea, metadata: Metadata): string {
  if (area.level === 'kota') return PATHS.home;
  if (area.level === 'kecamatan') return `/kecamatan/${slugify(area.name)}/`;
  const parent = metadata.areas.find((a) => a.code === area.parent);
  if (!parent) throw new Error(`kelurahan ${area.name} (${area.code}) has no kecamatan ${area.parent} in metadata.json`);
  return `/kecamatan/${slugify(parent.name)}/${slugify(area.name)}/`;
}
