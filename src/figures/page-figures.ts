import { categoryBars, categoryBarsTable } from '../charts/category-bars.ts';
import { coverageBars, coverageBarsTable } from '../charts/coverage-bars.ts';
import { timelineLines, timelineTable } from '../charts/timeline-lines.ts';
import { ui } from '../i18n/ui.ts';
import { areaTitle, regionWords, villageLabel, villageWord } from '../lib/area-words.ts';
import { areaTable, mapAreas, mapMeasure, populationSource } from '../lib/area-table.ts';
import { claimsTable } from '../lib/claims-table.ts';
import { demographicsTable } from '../lib/demographics-table.ts';
import { formatDate } from '../lib/format.ts';
import { href, PATHS, type PageContext } from '../lib/routes.ts';
import type { Site } from '../lib/site-data.ts';
import { spendTable } from '../lib/spend-table.ts';
import { statusTable } from '../lib/status-table.ts';
import { isHiddenCell, type TableSpec } from '../lib/table-spec.ts';
import { ALL_CATEGORIES, type PublishedArea } from '../schemas/published.ts';
import type { MapMeasure } from '../map/map-spec.ts';
import type { Figure } from './figure.ts';

// The figures of every page that has any (home, category, kecamatan and kelurahan pages), with the titles the
// pages show: the one list the download files, the embed pages and the citations are made from.

/** A chart whose every bar is hidden would be an empty frame: then the table alone says it, with its asterisks. */
const anyShown = (table: TableSpec) => table.rows.some((r) => !isHiddenCell(r.cells[0] ?? null));

/** Members by category and coverage against targets in an area (AreaBreakdown); no coverage figure without targets. */
function breakdownFigures(site: Site, ctx: PageContext, code: string, place: string): { categories: Figure; coverage: Figure | null } {
  const { lang } = ctx;
  const id = lang === 'id';
  const toCategory = (c: string) => href(ctx, PATHS.category(c));
  const categories = categoryBarsTable(site, code, lang, toCategory);
  const coverage = coverageBarsTable(site, code, lang, toCategory);
  return {
    categories: {
      id: 'menurut-kategori',
      title: id ? `Peserta aktif menurut kategori, ${place}` : `Active members by category, ${place}`,
      area: place,
      table: categories,
      ...(anyShown(categories) ? { chart: { ...categoryBars(site, code, lang), unit: 'count', size: 'tall' } } : {}),
    },
    coverage: coverage.rows.length === 0 ? null : {
      id: 'cakupan',
      title: id ? `Peserta aktif, sasaran dan cakupan, ${place}` : `Active members, target and coverage, ${place}`,
      area: place,
      table: coverage,
      ...(anyShown(coverage) ? { chart: { ...coverageBars(site, code, lang), unit: 'percent', size: 'short' } } : {}),
    },
  };
}

/** What a map and its table are about, and where they are shown. */
interface MapOf {
  id: string;
  areas: PublishedArea[];
  category: string;
  /** The map's title, given what it measures. */
  title: (measure: MapMeasure) => string;
  area: string;
  levelLabel: string;
  highlight?: string;
  filesFrom?: { path: string; id: string };
}

/** A map of `areas` for a category (coverage, a rate per 1,000 residents, or counts as circles) with the table of its numbers. */
function mapFigure(site: Site, ctx: PageContext, of: MapOf): Figure {
  const measure = mapMeasure(site, of.areas, of.category);
  const level = of.areas[0]?.level === 'kecamatan' ? 'kecamatan' : 'kelurahan';
  const baseSource = measure === 'perThousand' ? populationSource(site, of.areas, ctx.lang) : undefined;
  return {
    id: of.id,
    title: of.title(measure),
    area: of.area,
    table: areaTable(site, of.areas, of.category, ctx, of.levelLabel, measure),
    map: { level, measure, areas: mapAreas(site, of.areas, of.category, ctx, measure), ...(of.highlight ? { highlight: of.highlight } : {}), ...(baseSource ? { baseSource } : {}) },
    ...(of.filesFrom ? { filesFrom: of.filesFrom } : {}),
  };
}

/**
 * A map's title by what it measures: "Cakupan Ketua RT terhadap sasaran, per kecamatan", "Peserta aktif per 1.000
 * penduduk, per kelurahan, Kecamatan Nongsa", "Petani: peserta aktif per kecamatan". `what` is the category's
 * label, or null for all categories.
 */
function mapTitle(lang: PageContext['lang'], measure: MapMeasure, what: string | null, level: string, place: string | null): string {
  const at = place ? `, ${place}` : '';
  const about = what ? `${what}: ` : '';
  if (lang === 'id') {
    if (measure === 'coverage') return `Cakupan ${what ?? 'peserta'} terhadap sasaran, per ${level}${at}`;
    if (measure === 'perThousand') return `${about}${what ? 'peserta' : 'Peserta aktif'} per 1.000 penduduk, per ${level}${at}`;
    return `${about}${what ? 'peserta' : 'Peserta'} aktif per ${level}${at}`;
  }
  if (measure === 'coverage') return `${about}${what ? 'coverage' : 'Coverage'} against target, by ${level}${at}`;
  if (measure === 'perThousand') return `${about}${what ? 'active' : 'Active'} members per 1,000 residents, by ${level}${at}`;
  return `${about}${what ? 'active' : 'Active'} members by ${level}${at}`;
}

function timelineFigure(site: Site, ctx: PageContext, title: string): Figure {
  return {
    id: 'perkembangan',
    title,
    area: site.kota.name,
    table: timelineTable(site, ctx.lang),
    chart: { ...timelineLines(site, ctx.lang), unit: 'count', size: 'medium' },
  };
}

function claimsFigure(site: Site, ctx: PageContext, code: string, place: string): Figure {
  const id = ctx.lang === 'id';
  return { id: 'klaim', title: id ? `Klaim JKK dan JKM yang dibayar, ${place}` : `JKK and JKM claims paid, ${place}`, area: place, table: claimsTable(site, code, ctx.lang) };
}

function homeFigures(site: Site, ctx: PageContext): Figure[] {
  const { lang } = ctx;
  const id = lang === 'id';
  const place = areaTitle(site.kota);
  const { government } = regionWords(site.regionKind, lang);
  const { categories, coverage } = breakdownFigures(site, ctx, site.kota.code, place);
  const date = formatDate(site.metadata.asOfDate, lang);
  return [
    categories,
    ...(coverage ? [coverage] : []),
    mapFigure(site, ctx, { id: 'peta', areas: site.kecamatan, category: ALL_CATEGORIES, title: (m) => mapTitle(lang, m, null, 'kecamatan', place), area: place, levelLabel: ui(lang).kecamatan }),
    timelineFigure(site, ctx, id ? 'Jumlah peserta aktif menurut bulan mulai perlindungan, per sumber anggaran' : 'Active members by the month their cover started, per funding batch'),
    claimsFigure(site, ctx, site.kota.code, place),
    {
      id: 'biaya',
      title: id ? `Perkiraan iuran yang dibayar ${government}, per ${date}` : `Estimated premium paid by ${government}, as of ${date}`,
      area: place,
      table: spendTable(site, lang, (c) => href(ctx, PATHS.category(c))),
    },
  ];
}

function categoryFigures(site: Site, ctx: PageContext, categoryId: string): Figure[] {
  const { lang } = ctx;
  const id = lang === 'id';
  const t = ui(lang);
  const category = site.category(categoryId);
  const label = category.label[lang];
  const place = areaTitle(site.kota);
  const villages = villageWord(site.kelurahan);
  return [
    // The category by kecamatan: the map the home page's picker shows too, with the table of its numbers.
    mapFigure(site, ctx, { id: 'per-wilayah', areas: site.kecamatan, category: category.id, title: (m) => mapTitle(lang, m, label, 'kecamatan', null), area: place, levelLabel: t.kecamatan }),
    // Stage 1 never publishes a category below its finest geography (religion-revealing ones stop at kecamatan).
    ...(category.finestGeography === 'kelurahan'
      ? [mapFigure(site, ctx, { id: 'peta', areas: site.kelurahan, category: category.id, title: (m) => mapTitle(lang, m, label, villages, null), area: place, levelLabel: villageLabel(site.kelurahan, lang) })]
      : []),
    timelineFigure(site, ctx, id ? 'Peserta aktif menurut bulan mulai perlindungan, per sumber anggaran' : 'Active members by the month their cover started, per funding batch'),
  ];
}

function areaFigures(site: Site, ctx: PageContext, code: string): Figure[] {
  const { lang } = ctx;
  const id = lang === 'id';
  const area = site.area(code);
  const isKecamatan = area.level === 'kecamatan';
  const kecamatan = isKecamatan ? area : site.parentOf(area)!;
  const place = areaTitle(area);
  const kecamatanPlace = areaTitle(kecamatan);
  const villages = site.children(kecamatan.code);
  const { categories, coverage } = breakdownFigures(site, ctx, code, place);
  const status = statusTable(site, code, lang);
  const figures: Figure[] = [
    categories,
    ...(coverage ? [coverage] : []),
    mapFigure(site, ctx, {
      id: 'peta', areas: villages, category: ALL_CATEGORIES, title: (m) => mapTitle(lang, m, null, villageWord(villages), kecamatanPlace),
      area: kecamatanPlace, levelLabel: villageLabel(villages, lang),
      // A kelurahan shows its kecamatan's map with itself outlined: the numbers, files and citation are the kecamatan's.
      ...(isKecamatan ? {} : { highlight: code, filesFrom: { path: site.path(kecamatan.code), id: 'peta' } }),
    }),
    ...(status ? [{ id: 'status', title: id ? `Peserta aktif dan tidak aktif, ${place}` : `Active and non-active members, ${place}`, area: place, table: status }] : []),
  ];
  if (isKecamatan) {
    figures.push(
      { id: 'demografi', title: id ? `Peserta aktif menurut jenis kelamin dan umur, ${place}` : `Active members by sex and age, ${place}`, area: place, table: demographicsTable(site, code, lang) },
      claimsFigure(site, ctx, code, place),
    );
  }
  return figures;
}

/** The language-neutral paths of the pages that show figures: home, every category, every kecamatan and kelurahan. */
export function figurePagePaths(site: Site): string[] {
  return [PATHS.home, ...site.metadata.categories.map((c) => PATHS.category(c.id)), ...[...site.kecamatan, ...site.kelurahan].map((a) => site.path(a.code))];
}

const cache = new WeakMap<Site, Map<string, Figure[]>>();

/** The figures of one page (by its language-neutral path) in one language and release, in page order. */
export function pageFigures(site: Site, ctx: PageContext, path: string): Figure[] {
  let bySite = cache.get(site);
  if (!bySite) cache.set(site, (bySite = new Map()));
  const key = `${ctx.lang}|${path}`;
  let figures = bySite.get(key);
  if (!figures) {
    figures = figuresOf(site, ctx, path);
    bySite.set(key, figures);
  }
  return figures;
}

function figuresOf(site: Site, ctx: PageContext, path: string): Figure[] {
  if (path === PATHS.home) return homeFigures(site, ctx);
  const category = site.metadata.categories.find((c) => PATHS.category(c.id) === path);
  if (category) return categoryFigures(site, ctx, category.id);
  const area = [...site.kecamatan, ...site.kelurahan].find((a) => site.path(a.code) === path);
  if (area) return areaFigures(site, ctx, area.code);
  return [];
}

/** One figure of a page; a missing one is a page asking for tools of a figure this list does not know. */
export function pageFigure(site: Site, ctx: PageContext, path: string, id: string): Figure {
  const figure = pageFigures(site, ctx, path).find((f) => f.id === id);
  if (!figure) throw new Error(`the page ${path} has no figure "${id}" in src/figures/page-figures.ts`);
  return figure;
}
