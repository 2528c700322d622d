import { z } from 'zod';
import { IsoDate } from './text.ts';

const wholeNumber = (what: string) =>
  z
    .string()
    .trim()
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
