import { barRows, type BarChart } from '../charts/bar-rows.ts';
import { categoryCounts } from '../charts/category-bars.ts';
import { coverageCells } from '../charts/coverage-bars.ts';
import { timelineSeries } from '../charts/timeline-series.ts';
import type { LineSeries } from '../charts/line-layout.ts';
import { briefingPath, citedContext, presentationPath } from '../lib/briefing-paths.ts';
import { formatCount, formatCoverageRange, formatDate, formatPercent } from '../lib/format.ts';
import { keyFigures, type KeyFigures } from '../lib/key-figures.ts';
import { href, PATHS, type PageContext } from '../lib/routes.ts';
import type { Site } from '../lib/site-data.ts';
import { areaTitle, regionWords, villageWord } from '../lib/area-words.ts';
import { isApproximate } from '../lib/approximate.ts';
import { categoryTable } from '../lib/category-table.ts';
import type { TableSpec } from '../lib/table-spec.ts';
import type { Claims } from '../schemas/published.ts';
import { anyHidden, type Figure } from './figure.ts';
import { pageFigure } from './page-figures.ts';

// What a briefing sheet (/ringkasan/) and a presentation (/presentasi/) show of one area, the city or a kecamatan:
// the same figures as the area's page, under the same titles, plus the few views only they have (bars for a
// slide, one table by category for a printed page). Pure: it reads the published data it is given, nothing else.

/** The slides of a presentation, in order; an area shows only those it has numbers for. */
export type SlideKind = 'headline' | 'categories' | 'coverage' | 'map' | 'timeline' | 'claims' | 'spend' | 'sources';

export interface Briefing {
  code: string;
  isCity: boolean;
  /** "Kabupaten Bintan", or "Kecamatan Gunung Kijang". */
  place: string;
  /** The as-of date in the page language. */
  date: string;
  key: KeyFigures;
  /** The coverage of the categories with a target, lowest to highest ("78,5%–100%"); null when none is shown. */
  coverageText: string | null;
  /** The area page's map: kecamatan for the region, the kecamatan's kelurahan/desa for a kecamatan. */
  map: Figure;
  /** What the map's areas are called: "kecamatan", or the kecamatan's "kelurahan", "desa" or "kelurahan/desa". */
  mapAreas: string;
  /** "anggaran kota" / "the regency budget": what pays the premium. */
  budget: string;
  /** The area page's claims paid, by programme. */
  claims: Figure;
  /** Active members by category, as a slide's bars. */
  categories: { title: string; bars: BarChart };
  /** Coverage of each category with a target, as a slide's bars; null when no category has a target here. */
  coverage: { title: string; bars: BarChart } | null;
  /** Members, target and coverage by category in one table: the printed sheet's table. */
  byCategory: { title: string; table: TableSpec };
  /** The city's growth by start month; null for a kecamatan, or when every month is hidden. */
  timeline: { title: string; months: string[]; series: LineSeries[]; first: number; last: number } | null;
  /** JKK and JKM, each with its claims and rupiah, under the claims slide's total. */
  claimRows: Claims['rows'];
  /** The copy of the pages to cite: the release's permanent copy once the published folder keeps it. */
  cited: PageContext;
  paths: { area: string; briefing: string; presentation: string };
  slides: SlideKind[];
  /** The slides that show an approximate value (≈), whose foot says what ≈ means. */
  approximate: SlideKind[];
  /** Whether any figure of the briefing is hidden ("*"). */
  hidden: boolean;
}

/** The briefing of area `code` (the city or a kecamatan); `releases` are the kept releases (releaseDates()). */
export function briefing(site: Site, ctx: PageContext, code: string, releases: readonly string[]): Briefing {
  const { lang } = ctx;
  const id = lang === 'id';
  const { metadata } = site;
  const area = site.area(code);
  const isCity = code === site.kota.code;
  const place = areaTitle(area);
  const areaPath = site.path(code);
  // First, so that a kelurahan fails here with a clear message: only the city and the kecamatan have briefings.
  const paths = { area: areaPath, briefing: briefingPath(site, code), presentation: presentationPath(site, code) };
  const figure = (figureId: string) => pageFigure(site, ctx, areaPath, figureId);
  const key = keyFigures(site, code);
  const targeted = coverageCells(site, code, lang);
  const timeline = isCity ? timelineSeries(site, lang) : null;
  const total = timeline?.series[0]?.values ?? [];
  const first = total.findIndex((v) => v !== null);
  const hasClaims = key.claims !== undefined && key.claims.claims.value !== null;
  const hasSpend = key.spend !== undefined && key.spend.yearlyRupiah.value !== null;
  const categoryBars = barRows(categoryCounts(site, code, lang).map((c) => ({ label: c.label, value: c.count, approximate: c.approximate, valueText: formatCount(c.count, lang, c.approximate) })));
  const coverageBars = barRows(targeted.map(({ label, cell }) => {
    const approximate = isApproximate(cell, 'coveragePercent');
    return {
      label,
      value: cell.count === null ? null : cell.coveragePercent,
      approximate,
      valueText: formatPercent(cell.coveragePercent, lang, approximate),
      note: `${cell.count === null ? '*' : formatCount(cell.count, lang, isApproximate(cell, 'count'))} ${id ? 'dari' : 'of'} ${formatCount(cell.target, lang)}`,
    };
  }), 100);
  const map = figure('peta');
  const claimRows = ['JKK', 'JKM'].flatMap((programme) => site.claims.rows.filter((r) => r.code === code && r.program === programme));
  const approximate: Record<SlideKind, boolean> = {
    headline: key.active.approximate || (!isCity && key.nonActive?.approximate === true),
    categories: categoryBars.rows.some((r) => r.approximate),
    coverage: coverageBars.rows.some((r) => r.approximate) || targeted.some(({ cell }) => isApproximate(cell, 'count')),
    map: map.map?.areas.some((a) => a.approximate) ?? false,
    timeline: timeline?.series.some((s) => s.approximate.some(Boolean)) ?? false,
    claims: key.claims !== undefined && (key.claims.claims.approximate || key.claims.amountRupiah.approximate || claimRows.some((r) => r.approximate.length > 0)),
    spend: key.spend !== undefined && (key.spend.yearlyRupiah.approximate || key.spend.monthlyRupiah.approximate || key.active.approximate),
    sources: false,
  };
  const slides: SlideKind[] = [
    'headline',
    'categories',
    ...(targeted.length > 0 ? ['coverage' as const] : []),
    'map',
    ...(timeline && first !== -1 ? ['timeline' as const] : []),
    ...(hasClaims ? ['claims' as const] : []),
    ...(hasSpend ? ['spend' as const] : []),
    'sources',
  ];
  return {
    code,
    isCity,
    place,
    date: formatDate(metadata.asOfDate, lang),
    key,
    coverageText: key.coverage && formatCoverageRange(key.coverage, lang),
    map,
    mapAreas: isCity ? 'kecamatan' : villageWord(site.children(code)),
    budget: regionWords(site.regionKind, lang).budget,
    claims: figure('klaim'),
    categories: { title: figure('menurut-kategori').title, bars: categoryBars },
    coverage: targeted.length === 0 ? null : {
      title: id ? `Cakupan terhadap sasaran menurut kategori, ${place}` : `Coverage against target by category, ${place}`,
      bars: coverageBars,
    },
    byCategory: {
      title: id ? `Peserta aktif, sasaran dan cakupan menurut kategori, ${place}` : `Active members, target and coverage by category, ${place}`,
      table: categoryTable(site, code, lang, (c) => href(ctx, PATHS.category(c))),
    },
    timeline: timeline && first !== -1 ? {
      title: id ? 'Peserta aktif (kumulatif) menurut bulan mulai perlindungan' : 'Active members (running total) by the month their cover started',
      ...timeline,
      first,
      last: total.findLastIndex((v) => v !== null),
    } : null,
    claimRows,
    cited: citedContext(ctx, metadata.asOfDate, releases),
    paths,
    slides,
    approximate: slides.filter((s) => approximate[s]),
    hidden: [key.active, key.nonActive, key.claims?.claims].some((v) => v?.value === null)
      || [...categoryBars.rows, ...coverageBars.rows].some((r) => r.value === null)
      || anyHidden([map]) || claimRows.some((r) => r.claims === null || r.amountRupiah === null),
  };
}
