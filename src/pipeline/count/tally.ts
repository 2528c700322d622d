import { AGE_BANDS } from '../../schemas/published.ts';

export const SEXES = ['L', 'P'] as const;

/** Rows whose record keys are worked out together (see recordKeyer): large enough to make each call cheap. */
const KEY_BATCH = 8192;

/**
 * Counts of people, before any protection: the only thing stage 1 keeps about rows once they are read.
 * Indexed by kelurahan × category in flat typed arrays so a million-row run allocates nothing per row.
 *
 * With a record keyer (the cell key method), every count has a key beside it: the sum, modulo 2^32, of the record
 * keys of the people it counts. Keys add up like counts, so any published cell's key is the sum of its parts' keys,
 * and the same people always give the same key.
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
  private readonly keyer: ((niks: Buffer) => Uint32Array) | null;
  private readonly keySums: { active: Uint32Array; nonActive: Uint32Array; sex: Uint32Array; age: Uint32Array; byMonth: Map<string, Uint32Array> };
  /** Rows waiting for their record keys: NIKs (16 bytes each), and where each row's key goes. */
  private readonly pendingNiks = Buffer.alloc(KEY_BATCH * 16);
  private readonly pendingSlots = new Int32Array(KEY_BATCH * 4);
  private readonly pendingMonths: Uint32Array[] = [];
  private pending = 0;

  constructor(kelurahanCount: number, categoryCount: number, keyer: ((niks: Buffer) => Uint32Array) | null = null) {
    this.kelurahanCount = kelurahanCount;
    this.categoryCount = categoryCount;
    this.active = new Int32Array(kelurahanCount * categoryCount);
    this.nonActive = new Int32Array(kelurahanCount * categoryCount);
    this.sex = new Int32Array(kelurahanCount * SEXES.length);
    this.age = new Int32Array(kelurahanCount * AGE_BANDS.length);
    this.keyer = keyer;
    this.keySums = {
      active: new Uint32Array(keyer ? kelurahanCount * categoryCount : 0),
      nonActive: new Uint32Array(keyer ? kelurahanCount * categoryCount : 0),
      sex: new Uint32Array(keyer ? kelurahanCount * SEXES.length : 0),
      age: new Uint32Array(keyer ? kelurahanCount * AGE_BANDS.length : 0),
      byMonth: new Map(),
    };
  }

  /** `nik`: the person's 16-digit NIK, for the record key (ignored without a keyer). */
  addActive(kelurahan: number, category: number, sex: number, ageBand: number, month: string, nik = ''): void {
    const cell = kelurahan * this.categoryCount + category;
    this.active[cell]!++;
    this.sex[kelurahan * SEXES.length + sex]!++;
    this.age[kelurahan * AGE_BANDS.length + ageBand]!++;
    let months = this.byMonth.get(month);
    if (!months) {
      months = new Int32Array(this.categoryCount);
      this.byMonth.set(month, months);
      if (this.keyer) this.keySums.byMonth.set(month, new Uint32Array(this.categoryCount));
    }
    months[category]!++;
    if (this.keyer) this.queue(nik, cell, kelurahan * SEXES.length + sex, kelurahan * AGE_BANDS.length + ageBand, this.keySums.byMonth.get(month)!, category);
  }

  addNonActive(kelurahan: number, category: number, nik = ''): void {
    const cell = kelurahan * this.categoryCount + category;
    this.nonActive[cell]!++;
    if (this.keyer) this.queue(nik, -1 - cell, -1, -1, null, -1);
  }

  activeAt(kelurahan: number, category: number): number {
    return this.active[kelurahan * this.categoryCount + category]!;
  }

  nonActiveAt(kelurahan: number, category: number): number {
    return this.nonActive[kelurahan * this.categoryCount + category]!;
  }

  /** The key sums beside the counts (same layout); throws when the tally was made without a keyer. */
  keys(): Readonly<typeof this.keySums> {
    if (!this.keyer) throw new Error('this tally has no record keys: it was made without a secret');
    this.flush();
    return this.keySums;
  }

  private queue(nik: string, cell: number, sex: number, age: number, months: Uint32Array | null, category: number): void {
    if (nik.length !== 16) throw new Error('a record key needs the 16-digit NIK');
    const n = this.pending;
    this.pendingNiks.write(nik, n * 16, 'latin1');
    const slots = this.pendingSlots;
    slots[n * 4] = cell;
    slots[n * 4 + 1] = sex;
    slots[n * 4 + 2] = age;
    slots[n * 4 + 3] = category;
    this.pendingMonths[n] = months ?? EMPTY;
    this.pending++;
    if (this.pending === KEY_BATCH) this.flush();
  }

  private flush(): void {
    if (this.pending === 0) return;
    const keys = this.keyer!(this.pendingNiks.subarray(0, this.pending * 16));
    const s = this.keySums;
    for (let i = 0; i < this.pending; i++) {
      const key = keys[i]!;
      const slots = this.pendingSlots;
      const cell = slots[i * 4]!;
      if (cell < 0) {
        s.nonActive[-1 - cell] = s.nonActive[-1 - cell]! + key;
        continue;
      }
      const [sex, age, category] = [slots[i * 4 + 1]!, slots[i * 4 + 2]!, slots[i * 4 + 3]!];
      s.active[cell] = s.active[cell]! + key;
      s.sex[sex] = s.sex[sex]! + key;
      s.age[age] = s.age[age]! + key;
      const months = this.pendingMonths[i]!;
      months[category] = months[category]! + key;
    }
    this.pending = 0;
  }
}

const EMPTY = new Uint32Array(0);

/** Index into AGE_BANDS for a completed age in years; -1 outside 15–120. */
export function ageBandIndex(age: number): number {
  if (age < 15 || age > 120) return -1;
  if (age >= 65) return AGE_BANDS.length - 1;
  return Math.min(Math.floor((age - 5) / 10) - 1, AGE_BANDS.length - 2);
}
