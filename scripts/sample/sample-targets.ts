import type { KelurahanProfile } from './kelurahan-profiles.ts';
import { prngFor } from './prng.ts';

export interface SampleTarget {
  /** Kemendagri code of a kelurahan (21.71.10.1001) or kecamatan (21.71.10). */
  kode_wilayah: string;
  kategori: string;
  sasaran: number;
}

const roundUpToTen = (n: number) => Math.ceil(n / 10) * 10;

/**
 * Targets (sasaran): the RT/RW/LPM heads that exist per kelurahan, and kecamatan estimates of posyandu cadres and fishers.
 * Kader and nelayan estimates sit 5–50 % above enrolment, rounded up to tens like planning figures.
 */
export function sampleTargets(profiles: readonly KelurahanProfile[], spread: ReadonlyMap<string, readonly number[]>): SampleTarget[] {
  const rows: SampleTarget[] = [];
  for (const k of profiles) {
    rows.push({ kode_wilayah: k.code, kategori: 'ketua-rt', sasaran: k.rtEnrolled + k.rtMissing });
    rows.push({ kode_wilayah: k.code, kategori: 'ketua-rw', sasaran: k.rwEnrolled + k.rwMissing });
    rows.push({ kode_wilayah: k.code, kategori: 'ketua-lpm', sasaran: 1 });
  }
  const estimates: [category: string, range: readonly [number, number]][] = [
    ['kader-posyandu', [1.05, 1.35]],
    ['nelayan', [1.1, 1.5]],
  ];
  for (const [category, [lo, hi]] of estimates) {
    const rng = prngFor(`targets:${category}`);
    const byKecamatan = new Map<string, number>();
    const counts = spread.get(category) ?? [];
    profiles.forEach((k, i) => byKecamatan.set(k.kecamatanCode, (byKecamatan.get(k.kecamatanCode) ?? 0) + (counts[i] ?? 0)));
    for (const [code, enrolled] of byKecamatan)
      if (enrolled > 0) rows.push({ kode_wilayah: code, kategori: category, sasaran: roundUpToTen(enrolled * rng.uniform(lo, hi)) });
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => byText(a.kode_wilayah, b.kode_wilayah) || byText(a.kategori, b.kategori));
}
