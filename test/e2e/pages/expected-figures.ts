// A figure's download as the published JSON says it should be: one row per table row, the row's name then its
// numbers (a count, a percent 0–100, whole rupiah, a rate per 1,000 residents), null where the number is hidden and
// "–" where a target or a population figure is not known; and which of a row's numbers are approximate (the row lists them in `approximate`). Worked out here
// from the data, not with the site's table code.
import type { Lang } from '../../../src/lib/format.ts';
import type { Published } from '../../../src/lib/published.ts';
import type { EnrollmentCell, PublishedArea } from '../../../src/schemas/published.ts';

export type DataRow = (string | number | null)[];

/** A value with whether its published row lists it as approximate. */
type Value = { v: string | number | null; a: boolean };
const val = (v: string | number | null, a = false): Value => ({ v, a });
const of = (row: { approximate: string[] } & Record<string, unknown>, field: string): Value => val(row[field] as number | null, row.approximate.includes(field));

const ALL = 'semua';
const LEVELS = ['kota', 'kecamatan', 'kelurahan'];

/** What a figure is about: the page's area (or the city for a category page) and category. */
export interface FigurePage {
  area: PublishedArea;
  /** The category of a category page; undefined on area pages and the home page. */
  category?: string;
}

export function expectedFigureRows(data: Published, page: FigurePage, id: string, lang: Lang): DataRow[] {
  return expectedFigureValues(data, page, id, lang).map((row) => row.map((c) => c.v));
}

/** For each row of a figure's download, the columns (0 = the row's name) whose numbers are approximate. */
export function expectedApproximateColumns(data: Published, page: FigurePage, id: string, lang: Lang): number[][] {
  return expectedFigureValues(data, page, id, lang).map((row) => row.flatMap((c, i) => (c.a && c.v !== null ? [i] : [])));
}

function expectedFigureValues(data: Published, page: FigurePage, id: string, lang: Lang): Value[][] {
  const { metadata, enrollment } = data;
  const cell = (code: string, category = ALL) => enrollment.cells.find((c) => c.code === code && c.category === category)!;
  const areas = (level: string, parent?: string) => metadata.areas.filter((a) => a.level === level && (parent === undefined || a.parent === parent));
  const code = page.area.code;
  const categoriesHere = metadata.categories.filter((c) => LEVELS.indexOf(page.area.level) <= LEVELS.indexOf(c.finestGeography));
  const coverage = (c: EnrollmentCell) => (c.count === null ? val(null) : c.coveragePercent === null ? val('–') : of(c, 'coveragePercent'));
  const residents = (code: string) => data.populationFile.rows.find((r) => r.code === code)?.residents ?? null;
  // Members per 1,000 residents, one decimal: null where the count is hidden, "–" without a population figure.
  const rate = (c: EnrollmentCell, people: number | null) =>
    (c.count === null ? val(null) : people === null ? val('–') : val(Math.round((c.count / people) * 10_000) / 10, c.approximate.includes('count')));
  const areaRows = (list: PublishedArea[], category: string): Value[][] => {
    const withTarget = list.some((a) => cell(a.code, category).target !== null);
    const withRate = !withTarget && list.some((a) => residents(a.code) !== null);
    return list.map((a) => {
      const c = cell(a.code, category);
      const people = residents(a.code);
      return [val(a.name), of(c, 'count'), ...(withTarget ? [val(c.target ?? '–'), coverage(c)] : []), ...(withRate ? [val(people ?? '–'), rate(c, people)] : [])];
    });
  };

  switch (id) {
    case 'menurut-kategori':
      return categoriesHere.map((c) => [val(c.label[lang]), of(cell(code, c.id), 'count')]);
    case 'cakupan':
      return categoriesHere.map((c) => ({ c, e: cell(code, c.id) })).filter(({ e }) => e.target !== null).map(({ c, e }) => [val(c.label[lang]), of(e, 'count'), val(e.target), coverage(e)]);
    case 'peta': {
      if (page.category !== undefined) {
        const category = metadata.categories.find((c) => c.id === page.category)!;
        return areaRows(areas(category.finestGeography), category.id);
      }
      if (page.area.level === 'kota') return areaRows(areas('kecamatan'), ALL);
      const kecamatan = page.area.level === 'kecamatan' ? code : page.area.parent!;
      return areaRows(areas('kelurahan', kecamatan), ALL);
    }
    case 'per-wilayah':
      return areaRows(areas('kecamatan'), page.category!);
    case 'perkembangan': {
      const months = [...new Set(data.timeline.rows.map((r) => r.month))].sort();
      const label = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
      return months.map((m) => [
        val(label.format(new Date(`${m}-01T00:00:00Z`))),
        ...metadata.batches.map((b) => {
          const row = data.timeline.rows.find((r) => r.month === m && r.batch === b.id);
          return row ? of(row, 'cumulative') : val(null);
        }),
      ]);
    }
    case 'klaim':
      return ['JKK', 'JKM', ALL].flatMap((program) => {
        const row = data.claims.rows.find((r) => r.code === code && r.program === program);
        return row ? [[val(program), of(row, 'claims'), of(row, 'amountRupiah')]] : [];
      });
    case 'biaya':
      return [...metadata.categories.map((c) => c.id), ALL].flatMap((category) => {
        const row = data.spend.rows.find((r) => r.category === category);
        if (!row) return [];
        const label = category === ALL ? (lang === 'id' ? 'Jumlah' : 'Total') : metadata.categories.find((c) => c.id === category)!.label[lang];
        return [[val(label), of(row, 'active'), val(row.premiumPerPersonMonth ?? (lang === 'id' ? 'beragam' : 'varies')), of(row, 'monthlyRupiah'), of(row, 'yearlyRupiah')]];
      });
    case 'status': {
      const row = data.status.rows.find((r) => r.code === code)!;
      return (['active', 'nonActive', 'registered'] as const).map((f) => [val(f), of(row, f)]);
    }
    case 'demografi': {
      const rows = data.demographics.rows.filter((r) => r.code === code);
      const sexes = ['L', 'P'].flatMap((g) => rows.filter((r) => r.dimension === 'jenis_kelamin' && r.group === g));
      const ages = rows.filter((r) => r.dimension === 'kelompok_umur').sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true }));
      return [...sexes, ...ages].map((r) => [val(r.group), of(r, 'count')]);
    }
    default:
      throw new Error(`expectedFigureRows knows no figure "${id}": say here what its download must hold`);
  }
}

/** Figures whose row names are codes or words in the test (programs, status, groups): compare their numbers only. */
export const NUMBERS_ONLY = new Set(['klaim', 'status', 'demografi']);
