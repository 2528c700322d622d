import { AGE_BANDS } from '../../schemas/published.ts';

export const SEXES = ['L', 'P'] as const;

/**
 * Counts of people, before any protection: the only thing stage 1 keeps about rows once they are read.
 * Indexed by kelurahan × category in flat typed arrays so a million-row run allocates nothing per row.
 */
export class Tally {
  readonly kelurahanCount: number;
  readonly categoryCount: number;
  readonly active: Int32Array;
  readonly nonActive: Int32Array;
  /** Active people by kelurahan × sex (L, P). */
  readonly sex: Int32Array;
  /** Active people by kelurahan × age band. */
  readonly age: Int32Array;
  /** Active people by month their cover started (YYYY-MM) × category. */
  readonly byMonth = new Map<string, Int32Array>();

  constructor(kelurahanCount: number, categoryCount: number) {
    this.kelurahanCount = kelurahanCount;
    this.categoryCount = categoryCount;
    this.active = new Int32Array(kelurahanCount * categoryCount);
    this.nonActive = new Int32Array(kelurahanCount * categoryCount);
    this.sex = new Int32Array(kelurahanCount * SEXES.length);
    this.age = new Int32Array(kelurahanCount * AGE_BANDS.length);
  }

  addActive(kelurahan: number, category: number, sex: number, ageBand: number, month: string): void {
    this.active[kelurahan * this.categoryCount + category]!++;
    this.sex[kelurahan * SEXES.length + sex]!++;
    this.age[kelurahan * AGE_BANDS.length + ageBand]!++;
    let months = this.byMonth.get(month);
    if (!months) {
      months = new Int32Array(this.categoryCount);
      this.byMonth.set(month, months);
    }
    months[category]!++;
  }

  addNonActive(kelurahan: number, category: number): void {
    this.nonActive[kelurahan * this.categoryCount + category]!++;
  }

  activeAt(kelurahan: number, category: number): number {
    return this.active[kelurahan * this.categoryCount + category]!;
  }

  nonActiveAt(kelurahan: number, category: number): number {
    return this.nonActive[kelurahan * this.categoryCount + category]!;
  }
}

/** Index into AGE_BANDS for a completed age in years; -1 outside 15–120. */
export function ageBandIndex(age: number): number {
  if (age < 15 || age > 120) return -1;
  if (age >= 65) return AGE_BANDS.length - 1;
  return Math.min(Math.floor((age - 5) / 10) - 1, AGE_BANDS.length - 2);
}
