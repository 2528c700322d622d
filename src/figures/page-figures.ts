import { categoryBars, categoryBarsTable } from '../charts/category-bars.ts';
import { coverageBars, coverageBarsTable } from '../charts/coverage-bars.ts';
import { timelineLines, timelineTable } from '../charts/timeline-lines.ts';
import { ui } from '../i18n/ui.ts';
import { areaTable, mapAreas, mapMeasure } from '../lib/area-table.ts';
import { claimsTable } from '../lib/claims-table.ts';
import { demographicsTable } from '../lib/demographics-table.ts';
import { formatDate } from '../lib/format.ts';
import { href, PATHS, type PageContext } from '../lib/routes.ts';
import type { Site } from '../lib/site-data.ts';
import { spendTable } from '../lib/spend-table.ts';
import { statusTable } from '../lib/status-table.ts';
import { isHiddenCell, type TableSpec } from '../lib/table-spec.ts';
import { ALL_CATEGORIES, type PublishedArea } from '../schemas/published.ts';
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

/** A choropleth of `areas` for a category, with the table of their numbers. */
function mapFigure(site: Site, ctx: PageContext, areas: PublishedArea[], category: string, title: string, area: string, levelLabel: string, highlight?: string): Figure {
  const measure = mapMeasure(site, areas, category);
  const level = areas[0]?.level === 'kecamatan' ? 'kecamatan' : 'kelurahan';
  return {
    id: 'peta',
    title,
    area,
    table: areaTable(site, areas, category, ctx, levelLabel),
    map: { level, measure, areas: mapAreas(site, areas, category, ctx, measure), ...(highlight ? { highlight } : {}) },
  };
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
  const place = site.metadata.region.name;
  const { categories, coverage } = breakdownFigures(site, ctx, site.kota.code, place);
  const date = formatDate(site.metadata.asOfDate, lang);
  return [
    categories,
    ...(coverage ? [coverage] : []),
    mapFigure(site, ctx, site.kecamatan, ALL_CATEGORIES, id ? `Peserta aktif per kecamatan, ${place}` : `Active members by kecamatan, ${place}`, place, ui(lang).kecamatan),
    timelineFigure(site, ctx, id ? 'Jumlah peserta aktif menurut bulan mulai perlindungan, per sumber anggaran' : 'Active members by the month their cover started, per funding batch'),
    claimsFigure(site, ctx, site.kota.code, place),
    {
      id: 'biaya',
      title: id ? `Perkiraan iuran yang dibayar pemerintah kota, per ${date}` : `Estimated premium paid by the city, as of ${date}`,
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
  const byKelurahan = category.finestGeography === 'kelurahan';
  const mapLevel = byKelurahan ? 'kelurahan' : 'kecamatan';
  const mapped = byKelurahan ? site.kelurahan : site.kecamatan;
  const mapTitle = mapMeasure(site, mapped, category.id) === 'percent'
    ? (id ? `Cakupan ${label} terhadap sasaran, per ${mapLevel}` : `${label}: coverage against target, by ${mapLevel}`)
    : (id ? `Peserta aktif ${label}, per ${mapLevel}` : `${label}: active members, by ${mapLevel}`);
  const place = site.kota.name;
  return [
    mapFigure(site, ctx, mapped, category.id, mapTitle, place, byKelurahan ? t.kelurahan : t.kecamatan),
    {
      id: 'per-wilayah',
      title: id ? `${label} per kecamatan` : `${label} by kecamatan`,
      area: place,
      table: areaTable(site, site.kecamatan, category.id, ctx, t.kecamatan),
    },
    timelineFigure(site, ctx, id ? 'Peserta aktif menurut bulan mulai perlindungan, per sumber anggaran' : 'Active members by the month their cover started, per funding batch'),
  ];
}

function areaFigures(site: Site, ctx: PageContext, code: string): Figure[] {
  const { lang } = ctx;
  const id = lang === 'id';
  const area = site.area(code);
  const isKecamatan = area.level === 'kecamatan';
  const kecamatan = isKecamatan ? area : site.parentOf(area)!;
  const place = `${isKecamatan ? 'Kecamatan' : 'Kelurahan'} ${area.name}`;
  const kecamatanPlace = `Kecamatan ${kecamatan.name}`;
  const { categories, coverage } = breakdownFigures(site, ctx, code, place);
  const status = statusTable(site, code, lang);
  const figures: Figure[] = [
    categories,
    ...(coverage ? [coverage] : []),
    mapFigure(site, ctx, site.children(kecamatan.code), ALL_CATEGORIES,
      id ? `Peserta aktif per kelurahan, ${kecamatanPlace}` : `Active members by kelurahan, ${kecamatanPlace}`, kecamatanPlace, ui(lang).kelurahan,
      isKecamatan ? undefined : code),
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
