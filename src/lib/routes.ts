import type { Lang } from './format.ts';
import type { Metadata, PublishedArea } from '../schemas/published.ts';

export const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Astro's static paths for a page that exists in both languages: Indonesian at the root, English under /en/.
 * The rest parameter `lang` is undefined for Indonesian, so both share one page file and one set of slugs.
 */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: lang === 'id' ? undefined : lang }, props: { lang } }));
}

/** A site path (always starting and ending with "/") in the given language: /data/ → /en/data/. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'id' ? path : `/en${path}`;
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
