// The published JSON as the site's tables should show it, worked out here from the data and the rules for
// numbers (Indonesian 24.348 and 12,5%, English 24,348 and 12.5%, rupiah as Rp16.800, a value the row lists in
// `approximate` as ≈47 / ≈12,5%, a hidden count as "*", no target as "–"), not with the site's own formatting code.
import type { Lang } from '../../../src/lib/format.ts';
import type { Published } from '../../../src/lib/published.ts';
import type { EnrollmentCell, PublishedArea, PublishedCategory } from '../../../src/schemas/published.ts';

const LOCALES = { id: 'id-ID', en: 'en' } as const;
const LEVELS = ['kota', 'kecamatan', 'kelurahan'];
const ALL = 'semua';

const approx = (text: string, approximate: boolean) => (approximate ? `≈${text}` : text);

export const shown = {
  count: (n: number | null, lang: Lang, approximate = false) => (n === null ? '*' : approx(new Intl.NumberFormat(LOCALES[lang]).format(n), approximate)),
  percent: (p: number | null, lang: Lang, approximate = false) =>
    (p === null ? '–' : approx(`${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(p)}%`, approximate)),
  rate: (r: number | null, lang: Lang, approximate = false) =>
    (r === null ? '*' : approx(new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r), approximate)),
  rupiah: (n: number | null, lang: Lang, approximate = false) => (n === null ? '*' : approx(`Rp${new Intl.NumberFormat(LOCALES[lang]).format(n)}`, approximate)),
};

/** A row's field as shown: ≈ exactly when the published row lists the field in `approximate`. */
const field = (row: { approximate: string[] }, name: string) => row.approximate.includes(name);

export class ExpectedTables {
  readonly data: Published;
  constructor(data: Published) {
    this.data = data;
  }

  area(code: string): PublishedArea {
    return this.data.metadata.areas.find((a) => a.code === code)!;
  }

  areas(level: PublishedArea['level'], parent?: string): PublishedArea[] {
    return this.data.metadata.areas.filter((a) => a.level === level && (parent === undefined || a.parent === parent));
  }

  cell(code: string, category = ALL): EnrollmentCell {
    const cell = this.data.enrollment.cells.find((c) => c.code === code && c.category === category);
    if (!cell) throw new Error(`no enrollment cell ${code} ${category}`);
    return cell;
  }

  /** Categories with figures at the area's level (sensitive ones stop at kecamatan). */
  categoriesAt(code: string): PublishedCategory[] {
    const level = LEVELS.indexOf(this.area(code).level);
    return this.data.metadata.categories.filter((c) => level <= LEVELS.indexOf(c.finestGeography));
  }

  /** A coverage cell: hidden with its count, "–" without a target. */
  private coverage(cell: EnrollmentCell, lang: Lang): string {
    return cell.count === null ? '*' : shown.percent(cell.coveragePercent, lang, field(cell, 'coveragePercent'));
  }

  private count(cell: EnrollmentCell, lang: Lang): string {
    return shown.count(cell.count, lang, field(cell, 'count'));
  }

  /**
   * Areas side by side for a category: name, members, and target and coverage when any of them has a target; else
   * residents and members per 1,000 residents (one decimal) when any of them has a population figure.
   */
  areaRows(areas: PublishedArea[], category: string, lang: Lang): string[][] {
    const withTarget = areas.some((a) => this.cell(a.code, category).target !== null);
    const residents = (code: string) => this.data.populationFile.rows.find((r) => r.code === code)?.residents ?? null;
    const withRate = !withTarget && areas.some((a) => residents(a.code) !== null);
    const rate = (cell: EnrollmentCell, people: number | null) => {
      if (cell.count === null) return '*';
      if (people === null) return '–';
      return shown.rate(Math.round((cell.count / people) * 10_000) / 10, lang, field(cell, 'count'));
    };
    return areas.map((a) => {
      const cell = this.cell(a.code, category);
      const people = residents(a.code);
      return [
        a.name, this.count(cell, lang),
        ...(withTarget ? [cell.target === null ? '–' : shown.count(cell.target, lang), this.coverage(cell, lang)] : []),
        ...(withRate ? [people === null ? '–' : shown.count(people, lang), rate(cell, people)] : []),
      ];
    });
  }

  /** Members by category in an area. */
  categoryRows(code: string, lang: Lang): string[][] {
    return this.categoriesAt(code).map((c) => [c.label[lang], this.count(this.cell(code, c.id), lang)]);
  }

  /** Members, target and coverage for each category with a target in the area. */
  coverageRows(code: string, lang: Lang): string[][] {
    return this.categoriesAt(code)
      .map((c) => ({ c, cell: this.cell(code, c.id) }))
      .filter(({ cell }) => cell.target !== null)
      .map(({ c, cell }) => [c.label[lang], this.count(cell, lang), shown.count(cell.target, lang), this.coverage(cell, lang)]);
  }

  /** Active, non-active and ever enrolled: the status table's numbers, top to bottom. */
  statusNumbers(code: string, lang: Lang): string[] {
    const row = this.data.status.rows.find((r) => r.code === code);
    return row ? (['active', 'nonActive', 'registered'] as const).map((f) => shown.count(row[f], lang, field(row, f))) : [];
  }

  /** Whether the status table's ever-enrolled total differs from active + non-active as published (only approximate ones can). */
  statusPartsMiss(code: string): boolean {
    const row = this.data.status.rows.find((r) => r.code === code);
    if (!row || row.active === null || row.nonActive === null || row.registered === null || row.approximate.length === 0) return false;
    return row.active + row.nonActive !== row.registered;
  }

  /** Whether the claims table's JKK + JKM differ from its total as published, in claims or in rupiah. */
  claimsPartsMiss(code: string): boolean {
    const [jkk, jkm, all] = ['JKK', 'JKM', ALL].map((p) => this.data.claims.rows.find((r) => r.code === code && r.program === p));
    if (!jkk || !jkm || !all) return false;
    return (['claims', 'amountRupiah'] as const).some((f) => {
      const values = [jkk[f], jkm[f], all[f]];
      if (values.includes(null) || ![jkk, jkm, all].some((r) => field(r, f))) return false;
      return values[0]! + values[1]! !== values[2];
    });
  }

  /** Claims and rupiah paid for JKK, JKM and both: the claims table without its row headers. */
  claimsNumbers(code: string, lang: Lang): string[][] {
    return ['JKK', 'JKM', ALL].flatMap((program) => {
      const row = this.data.claims.rows.find((r) => r.code === code && r.program === program);
      return row ? [[shown.count(row.claims, lang, field(row, 'claims')), shown.rupiah(row.amountRupiah, lang, field(row, 'amountRupiah'))]] : [];
    });
  }

  /** The premium table: each category in metadata order, then the total. */
  spendRows(lang: Lang): string[][] {
    const order = [...this.data.metadata.categories.map((c) => c.id), ALL];
    return order.flatMap((category) => {
      const row = this.data.spend.rows.find((r) => r.category === category);
      if (!row) return [];
      const label = category === ALL ? (lang === 'id' ? 'Jumlah' : 'Total') : this.data.metadata.categories.find((c) => c.id === category)!.label[lang];
      const premium = row.premiumPerPersonMonth === null ? (lang === 'id' ? 'beragam' : 'varies') : shown.rupiah(row.premiumPerPersonMonth, lang);
      return [[label, shown.count(row.active, lang, field(row, 'active')), premium, shown.rupiah(row.monthlyRupiah, lang, field(row, 'monthlyRupiah')), shown.rupiah(row.yearlyRupiah, lang, field(row, 'yearlyRupiah'))]];
    });
  }
}
