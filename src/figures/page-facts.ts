import { briefingPath, presentationPath } from '../lib/briefing-paths.ts';
import { shownValue, type ShownValue } from '../lib/approximate.ts';
import { formatCount, formatDate } from '../lib/format.ts';
import { PATHS, type PageContext } from '../lib/routes.ts';
import type { Site } from '../lib/site-data.ts';
import { ui } from '../i18n/ui.ts';
import { areaTitle } from '../lib/area-words.ts';
import { OG_IMAGE_WIDTH, ogImageSvg, type OgImageInput } from '../pictures/og-image.ts';
import { pictureKey } from '../pictures/png-cache.ts';
import type { ShareFacts } from './share-text.ts';

/**
 * The one figure a page is shared with, from the page's own numbers: an area page's active members, a category
 * page's count for the whole region, and the region's total for every other page. A forwarded message carries no footnote, so an
 * approximate figure says so in words as well as with its "≈".
 */
export function pageFacts(site: Site, ctx: PageContext, path: string): ShareFacts {
  const { lang } = ctx;
  const { metadata } = site;
  const active = ui(lang).activeMembers.toLowerCase();
  // A hidden count is shared as "*" with its reason, never as a word where a number belongs.
  const hidden = lang === 'id' ? `${active} (disembunyikan untuk melindungi peserta)` : `${active} (hidden to protect members)`;
  const approximate = lang === 'id' ? `${active} (angka perkiraan)` : `${active} (approximate)`;
  const facts = ({ value, approximate: isApproximate }: ShownValue, place: string) => ({
    lang, figure: value === null ? '*' : formatCount(value, lang, isApproximate), figureLabel: value === null ? hidden : isApproximate ? approximate : active, place,
    asOfDate: formatDate(metadata.asOfDate, lang), synthetic: metadata.synthetic,
  });
  // A kecamatan's briefing sheet and slides share its page's figure.
  const area = [...site.kecamatan, ...site.kelurahan].find((a) => (site.path(a.code) === path || (a.level === 'kecamatan' && [briefingPath(site, a.code), presentationPath(site, a.code)].includes(path))));
  if (area) {
    const parent = site.parentOf(area);
    const place = area.level === 'kecamatan' || parent === null ? areaTitle(area) : `${areaTitle(area)}, ${areaTitle(parent)}`;
    return facts(shownValue(site.cell(area.code), 'count'), place);
  }
  const category = metadata.categories.find((c) => PATHS.category(c.id) === path);
  if (category) return facts(shownValue(site.cell(site.kota.code, category.id), 'count'), `${category.label[lang]}, ${areaTitle(site.kota)}`);
  return facts(shownValue(site.cell(site.kota.code), 'count'), areaTitle(site.kota));
}

/** What the page's share image shows. */
export function ogImageInput(site: Site, ctx: PageContext, path: string): OgImageInput {
  const { figure, figureLabel, place, asOfDate, synthetic } = pageFacts(site, ctx, path);
  return {
    lang: ctx.lang, siteName: `${ui(ctx.lang).siteName} · ${areaTitle(site.kota)}`,
    place, figure, figureLabel, asOfDate, source: site.metadata.source[ctx.lang], synthetic,
  };
}

/**
 * The share image's address, named by its content (the SVG that draws it and what turns that into PNG): pages showing
 * the same figure share one file (the latest pages and their release's permanent copy), and a change to how share
 * images are drawn gives new names, so a frozen release keeps its own images beside the latest pages' new ones.
 */
export function ogImagePath(input: OgImageInput): string {
  return ogImageFile(input).path;
}

/** The share image's address and the SVG that draws it, worked out once. */
export function ogImageFile(input: OgImageInput): { path: string; svg: string } {
  const svg = ogImageSvg(input);
  return { path: `/og/${pictureKey(svg, OG_IMAGE_WIDTH).slice(0, 20)}.png`, svg };
}
