import { z } from 'zod';
import { IsoDate } from './text.ts';

const wholeNumber = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is empty; write a whole number, e.g. 1250`, abort: true })
    .regex(/^\d+$/, `${what} must be a whole number without separators (e.g. 1250, not 1.250 or -3)`)
    .transform(Number);

/** A row of targets.csv: how many people are eligible in an area for a category. */
export const TargetRow = z.object({
  /** Kemendagri code of a kecamatan (21.71.10) or kelurahan (21.71.10.1001). */
  kode_wilayah: z.string().trim().min(1, 'kode_wilayah is empty'),
  kategori: z.string().trim().min(1, 'kategori is empty'),
  sasaran: wholeNumber('sasaran'),
});
export type TargetRow = z.infer<typeof TargetRow>;
export const TARGET_COLUMNS = ['kode_wilayah', 'kategori', 'sasaran'] as const;

/** A row of claims.csv: benefits paid (JKK work accident, JKM death) in an area on a day. */
export const ClaimRow = z.object({
  tanggal: IsoDate,
  kode_wilayah: z.string().trim().min(1, 'kode_wilayah is empty'),
  program: z.enum(['JKK', 'JKM'], { error: 'program must be JKK or JKM' }),
  jumlah_klaim: wholeNumber('jumlah_klaim'),
  /** Rupiah, whole. */
  nilai_rupiah: wholeNumber('nilai_rupiah'),
});
export type ClaimRow = z.infer<typeof ClaimRow>;
export const CLAIM_COLUMNS = ['tanggal', 'kode_wilayah', 'program', 'jumlah_klaim', 'nilai_rupiah'] as const;

/** A row of populasi.csv (optional): residents of an area, from an official count. Public statistics, not protected. */
export const PopulationInputRow = z.object({
  /** Kemendagri code of the region (21.71), a kecamatan (21.71.10) or a kelurahan/desa (21.71.10.1001). */
  kode_wilayah: z.string().trim().min(1, 'kode_wilayah is empty'),
  penduduk: wholeNumber('penduduk').pipe(z.number().positive('penduduk is 0; give the number of residents, or leave the area out')),
  sumber: z.string().trim().min(1, 'sumber is empty; name where the figure comes from, e.g. "BPS, Kecamatan Gubeng Dalam Angka 2024"'),
  /** The year the count holds for; not after the as-of date's year (checked with program.json). */
  tahun: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'tahun must be a year of 4 digits, e.g. 2024')
    .transform(Number)
    .pipe(z.number().min(1960, 'tahun is before 1960; check the year of the figure')),
});
export type PopulationInputRow = z.infer<typeof PopulationInputRow>;
export const POPULATION_COLUMNS = ['kode_wilayah', 'penduduk', 'sumber', 'tahun'] as const;
