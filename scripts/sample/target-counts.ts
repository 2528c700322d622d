import type { SampleTarget } from './sample-targets.ts';
import type { SyntheticPerson } from './synthetic-person.ts';

/** Active people per area and category wherever targets.csv gives a target, to keep every count within it. */
export class TargetCounts {
  private readonly target = new Map<string, number>();
  private readonly count = new Map<string, number>();

  constructor(targets: readonly SampleTarget[]) {
    for (const t of targets) this.target.set(`${t.kode_wilayah}|${t.kategori}`, t.sasaran);
  }

  private keys(p: SyntheticPerson): string[] {
    return [p.kelurahanCode, p.kecamatanCode].map((code) => `${code}|${p.categoryId}`).filter((key) => this.target.has(key));
  }

  add(p: SyntheticPerson, n: number): void {
    for (const key of this.keys(p)) this.count.set(key, (this.count.get(key) ?? 0) + n);
  }

  fits(p: SyntheticPerson): boolean {
    return this.keys(p).every((key) => (this.count.get(key) ?? 0) + 1 <= this.target.get(key)!);
  }
}
