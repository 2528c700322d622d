import { getSite, releaseDates, type Site, siteCopies } from './site-data.ts';
import type { PageContext } from './routes.ts';
import type { PublishedArea } from '../schemas/published.ts';

/** Where the printable briefing sheets and the presentation slides live, below each language and release prefix. */
const BRIEFING_ROOT = '/ringkasan/';
const PRESENTATION_ROOT = '/presentasi/';

type Paths = Pick<Site, 'kota' | 'kecamatan' | 'area' | 'path'>;

/** The areas that have a briefing and a presentation: the city, then each kecamatan in metadata order. */
function briefingAreas(site: Paths): PublishedArea[] {
  return [site.kota, ...site.kecamatan];
}

/** "gunung-kijang" for Kecamatan Gunung Kijang: the second segment of its page path, so the addresses stay in step. */
export function kecamatanSlug(site: Paths, code: string): string {
  const area = site.area(code);
  const slug = site.path(code).split('/').filter(Boolean)[1];
  if (area.level !== 'kecamatan' || !slug) throw new Error(`${area.name} (${code}) is not a kecamatan: only the city and kecamatan have briefings`);
  return slug;
}

function below(root: string, site: Paths, code: string): string {
  return code === site.kota.code ? root : `${root}${kecamatanSlug(site, code)}/`;
}

/** /ringkasan/ for the city, /ringkasan/<kecamatan>/ for a kecamatan. */
export function briefingPath(site: Paths, code: string): string {
  return below(BRIEFING_ROOT, site, code);
}

/** /presentasi/ for the city, /presentasi/<kecamatan>/ for a kecamatan. */
export function presentationPath(site: Paths, code: string): string {
  return below(PRESENTATION_ROOT, site, code);
}

/** Every briefing and presentation page path (language-neutral), city first. */
export function briefingPagePaths(site: Paths): string[] {
  const areas = briefingAreas(site);
  return [...areas.map((a) => briefingPath(site, a.code)), ...areas.map((a) => presentationPath(site, a.code))];
}

/**
 * The copy of a page to cite: the page itself on a release page (/rilis/<date>/…); on the latest pages the permanent
 * copy of the same release once the published folder keeps it (`releases`: releaseDates()), else the page as it is.
 */
export function citedContext(ctx: PageContext, asOfDate: string, releases: readonly string[]): PageContext {
  if (ctx.release !== null || !releases.includes(asOfDate)) return ctx;
  return { lang: ctx.lang, release: asOfDate };
}

/**
 * Astro's static paths for a page per kecamatan below a briefing root (/ringkasan/<kecamatan>/,
 * /presentasi/<kecamatan>/), in every language and release, with the kecamatan's code as a prop.
 */
export function kecamatanBriefingPaths() {
  return siteCopies().flatMap(({ params, props }) => {
    const site = getSite(props.ctx.release);
    return site.kecamatan.map((area) => ({ params: { ...params, kecamatan: kecamatanSlug(site, area.code) }, props: { ...props, code: area.code } }));
  });
}
