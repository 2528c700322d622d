import { isApproximate } from './approximate.ts';
import { formatCount, formatPercent, formatRate, type Lang } from './format.ts';
import { href, type PageContext } from './routes.ts';
import type { Site } from './site-data.ts';
import { countCell, coverageColumns, type CellValue, type TableSpec } from './table-spec.ts';
import type { MapAreaValue, MapMeasure } from '../map/map-spec.ts';
import type { PublishedArea } from '../schemas/published.ts';

/**
 * What a map of these areas for a category shows: coverage where any area has a target, else members per 1,000
 * residents where any area has a population figure, else the counts themselves (which a map draws as circles).
 */
export function mapMeasure(site: Site, areas: PublishedArea[], category: string): MapMeasure {
  if (areas.some((a) => site.cell(a.code, category).target !== null)) return 'coverage';
  if (areas.some((a) => site.population(a.code) !== null)) return 'perThousand';
  return 'count';
}

/** Members per 1,000 residents, one decimal (published counts only: a hidden count has no rate). */
function perThousand(count: number | null, residents: number | null): number | null {
  if (count === null || residents === null || residents <= 0) return null;
  return Math.round((count / residents) * 10_000) / 10;
}

/**
 * Areas side by side for one category ("semua" for all): members; target and coverage when any area has a
 * target; residents and members per 1,000 residents when the map beside it shows that rate. The table beside
 * every map, so its colours and circles can always be read as exact numbers.
 */
export function areaTable(site: Site, areas: PublishedArea[], category: string, ctx: PageContext, levelLabel: string, measure = mapMeasure(site, areas, category)): TableSpec {
  const id = ctx.lang === 'id';
  const withTarget = areas.some((a) => site.cell(a.code, category).target !== null);
  const withRate = measure === 'perThousand';
  return {
    columns: [
      ...coverageColumns(ctx.lang, levelLabel).slice(0, withTarget ? 4 : 2),
      ...(withRate ? [{ label: id ? 'Penduduk' : 'Residents', numeric: true }, { label: id ? 'Per 1.000 penduduk' : 'Per 1,000 residents', numeric: true }] : []),
    ],
    rows: areas.map((a) => {
      const cell = site.cell(a.code, category);
      const residents = site.population(a.code)?.residents ?? null;
      const rate: CellValue = { rate: perThousand(cell.count, residents), hidden: cell.count === null, approximate: isApproximate(cell, 'count') };
      return {
        header: a.name,
        href: href(ctx, site.path(a.code)),
        cells: [
          countCell(cell.count, isApproximate(cell, 'count')),
          ...(withTarget ? [cell.target ?? '–', { percent: cell.coveragePercent, hidden: cell.count === null, approximate: isApproximate(cell, 'coveragePercent') }] : []),
          ...(withRate ? [residents ?? '–', rate] : []),
        ],
      };
    }),
  };
}

const WORDS = {
  id: { hidden: 'angka disembunyikan', members: 'peserta', ofTarget: 'dari sasaran', noTarget: 'tidak ada sasaran', perThousand: 'per 1.000 penduduk', noPopulation: 'tidak ada data penduduk' },
  en: { hidden: 'number hidden', members: 'members', ofTarget: 'of target', noTarget: 'no target', perThousand: 'per 1,000 residents', noPopulation: 'no population figure' },
} as const;

/**
 * The areas of a map with their value (coverage, rate per 1,000 or members), whether it is shown, hidden or has
 * no base, whether it is approximate, and the words a screen reader hears and a tooltip shows for each
 * ("≈83,2% dari sasaran (≈99 peserta)").
 */
export function mapAreas(site: Site, areas: PublishedArea[], category: string, ctx: PageContext, measure: MapMeasure): MapAreaValue[] {
  const { lang } = ctx;
  const w = WORDS[lang];
  return areas.map((a) => {
    const cell = site.cell(a.code, category);
    const countApproximate = isApproximate(cell, 'count');
    const members = `${formatCount(cell.count, lang, countApproximate)} ${w.members}`;
    const residents = site.population(a.code)?.residents ?? null;
    const base = { code: a.code, name: a.name, href: href(ctx, site.path(a.code)) };
    if (cell.count === null) return { ...base, value: null, state: 'hidden' as const, approximate: false, valueText: w.hidden };
    if (measure === 'count') return { ...base, value: cell.count, state: 'shown' as const, approximate: countApproximate, valueText: members };
    if (measure === 'coverage') {
      if (cell.target === null) return { ...base, value: null, state: 'no-base' as const, approximate: false, valueText: `${w.noTarget} (${members})` };
      const approximate = isApproximate(cell, 'coveragePercent');
      return { ...base, value: cell.coveragePercent, state: 'shown' as const, approximate, valueText: `${formatPercent(cell.coveragePercent, lang, approximate)} ${w.ofTarget} (${members})` };
    }
    const rate = perThousand(cell.count, residents);
    if (rate === null) return { ...base, value: null, state: 'no-base' as const, approximate: false, valueText: `${w.noPopulation} (${members})` };
    return { ...base, value: rate, state: 'shown' as const, approximate: countApproximate, valueText: `${formatRate(rate, lang, countApproximate)} ${w.perThousand} (${members})` };
  });
}

/** "Penduduk: Dinas Kependudukan …, 2013": where the residents behind a rate come from, each source once. */
export function populationSource(site: Site, areas: PublishedArea[], lang: Lang): string | undefined {
  const sources = [...new Set(areas.flatMap((a) => {
    const p = site.population(a.code);
    return p ? [p.source.includes(String(p.year)) ? p.source : `${p.source}, ${p.year}`] : [];
  }))];
  if (sources.length === 0) return undefined;
  return `${lang === 'id' ? 'Jumlah penduduk' : 'Residents'}: ${sources.join('; ')}`;
}
