import { type Site, siteLanguages } from './site-data.ts';
import { href, PATHS } from './routes.ts';
import { briefingPagePaths } from './briefing-paths.ts';

/** Every language-neutral page path of the site, in reading order: the sitemap and the page tests walk this list. */
export function sitePagePaths(site: Site): string[] {
  return [
    PATHS.home,
    PATHS.areas,
    ...site.metadata.categories.map((c) => PATHS.category(c.id)),
    ...site.kecamatan.flatMap((kec) => [site.path(kec.code), ...site.children(kec.code).map((kel) => site.path(kel.code))]),
    PATHS.data,
    PATHS.method,
    ...briefingPagePaths(site),
  ];
}

/** Every page of one release's copy of the site in every language of the site: /, /en/, /wilayah/, /en/wilayah/, … (latest by default). */
export function sitePages(site: Site, release: string | null = null): string[] {
  return sitePagePaths(site).flatMap((path) => siteLanguages().map((lang) => href({ lang, release }, path)));
}

/** Pages that belong to no release (the list of releases), in every language of the site. */
export function sharedPages(): string[] {
  return siteLanguages().map((lang) => href({ lang, release: null }, PATHS.releases));
}
