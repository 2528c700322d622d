import { z } from 'zod';
import { Contact } from './contact.ts';
import { SiteAddress } from './site-address.ts';
import { BilingualText, IsoDate } from './text.ts';
import { AreaKind, AreaLevel, RegionKind } from './area-level.ts';
import { Approximate, Percent, ProtectedCount, PublishedMeta } from './published-meta.ts';
import { DisclosureMethod, Perturbation } from './disclosure.ts';
import { Population, POPULATION_FILE } from './published-population.ts';

export { AreaLevel } from './area-level.ts';
export { Approximate, Percent, ProtectedCount, PublishedMeta, SCHEMA_VERSION } from './published-meta.ts';

/** The all-categories total, used wherever a category id is expected. */
export const ALL_CATEGORIES = 'semua';

export const PublishedArea = z.object({
  /** Kemendagri code: 35.78 (kota or kabupaten), 35.78.01 (kecamatan), 35.78.01.1001 (kelurahan or desa). */
  code: z.string(),
  name: z.string(),
  level: AreaLevel,
  /**
   * What the area is officially (kota, kabupaten, kecamatan, kelurahan, desa), from the Kemendagri list. Absent in
   * folders published before kinds were; the site then derives it (region name, village code serial).
   */
  kind: AreaKind.optional(),
  parent: z.string().nullable(),
});
export type PublishedArea = z.infer<typeof PublishedArea>;

export const PublishedCategory = z.object({
  id: z.string(),
  label: BilingualText,
  group: z.string(),
  batch: z.string(),
  sensitive: z.boolean(),
  finestGeography: AreaLevel,
  /** True when being outside the group is itself sensitive (see program.json). */
  complementSensitive: z.boolean(),
  /** Counts from 1 to threshold−1 must never be learnable. */
  threshold: z.number().int(),
  /** Rupiah per person per month. */
  premiumPerPersonMonth: z.number().int(),
});
export type PublishedCategory = z.infer<typeof PublishedCategory>;

/** metadata.json: what the program is, its categories, batches and areas. */
export const Metadata = PublishedMeta.extend({
  /** The city or regency; `kind` as in the official Kemendagri name (absent in older folders: read from `name`). */
  region: z.object({ code: z.string(), name: z.string(), kind: RegionKind.optional() }),
  programName: BilingualText,
  source: z.object({ id: z.string(), en: z.string(), url: z.string().optional() }),
  disclosure: z.object({
    method: DisclosureMethod,
    k: z.number().int(),
    kSensitive: z.number().int(),
    /** The noise methods' public perturbation table; null for the suppression methods. */
    perturbation: Perturbation.nullable(),
  }),
  /** Funding batches; `description` (how a sentence names the batch) only where program.json gives one. */
  batches: z.array(z.object({ id: z.string(), label: BilingualText, start: IsoDate, description: BilingualText.optional() })),
  /** From program.json: the program's own text (the home page's lead); absent when the site generates it. */
  text: z.object({ lead: BilingualText.optional() }).optional(),
  groups: z.array(z.object({ id: z.string(), label: BilingualText })),
  categories: z.array(PublishedCategory),
  areas: z.array(PublishedArea),
  /** From program.json: where readers report a discrepancy; absent when none is configured. */
  contact: Contact.optional(),
  /** From program.json: the site's public address, which the site is built for unless SITE_URL says otherwise. */
  site: SiteAddress.optional(),
});
export type Metadata = z.infer<typeof Metadata>;

/** One area × category cell of active enrolled people, with its target where one is known. */
export const EnrollmentCell = z.object({
  level: AreaLevel,
  code: z.string(),
  /** A category id, or "semua" for all categories. */
  category: z.string(),
  count: ProtectedCount,
  /** Eligible people (e.g. RT heads in the area); null where no target is known for the whole area. */
  target: z.number().int().nonnegative().nullable(),
  coveragePercent: Percent,
  approximate: Approximate,
});
export type EnrollmentCell = z.infer<typeof EnrollmentCell>;

/** enrollment.json: active people by area (kota, kecamatan, kelurahan) and category. */
export const Enrollment = PublishedMeta.extend({ cells: z.array(EnrollmentCell) });
export type Enrollment = z.infer<typeof Enrollment>;

/** status.json: active and non-active enrolled people by area (kota and kecamatan). */
export const Status = PublishedMeta.extend({
  rows: z.array(
    z.object({ level: AreaLevel, code: z.string(), active: ProtectedCount, nonActive: ProtectedCount, registered: ProtectedCount, approximate: Approximate }),
  ),
});
export type Status = z.infer<typeof Status>;

/** timeline.json: active people by the month their cover started (new and cumulative), per funding batch and in all. */
export const Timeline = PublishedMeta.extend({
  rows: z.array(
    z.object({
      /** YYYY-MM */
      month: z.string().regex(/^\d{4}-\d{2}$/),
      /** A batch id, or "semua". */
      batch: z.string(),
      newCount: ProtectedCount,
      cumulative: ProtectedCount,
      approximate: Approximate,
    }),
  ),
});
export type Timeline = z.infer<typeof Timeline>;

export const AGE_BANDS = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;

/** demographics.json: active people by sex and by age band (age on the as-of date), kota and kecamatan only. */
export const Demographics = PublishedMeta.extend({
  rows: z.array(
    z.object({
      level: AreaLevel,
      code: z.string(),
      /** "jenis_kelamin" or "kelompok_umur" */
      dimension: z.enum(['jenis_kelamin', 'kelompok_umur']),
      /** L / P, or an age band such as 25-34 */
      group: z.string(),
      count: ProtectedCount,
      approximate: Approximate,
    }),
  ),
});
export type Demographics = z.infer<typeof Demographics>;

/** claims.json: JKK and JKM benefits paid, by program and area (kota and kecamatan). */
export const Claims = PublishedMeta.extend({
  rows: z.array(
    z.object({
      level: AreaLevel,
      code: z.string(),
      /** JKK, JKM, or "semua" */
      program: z.string(),
      claims: ProtectedCount,
      /** Rupiah paid; when approximate, the row's published claim count × the program's city-wide average per claim ("semua": the programs' sum). */
      amountRupiah: ProtectedCount,
      approximate: Approximate,
    }),
  ),
});
export type Claims = z.infer<typeof Claims>;

/** spend.json: estimated premium paid by the city, from active people and the premium per person per month. */
export const Spend = PublishedMeta.extend({
  rows: z.array(
    z.object({
      /** A category id, or "semua". */
      category: z.string(),
      active: ProtectedCount,
      premiumPerPersonMonth: z.number().int().nullable(),
      /** Rupiah per month. */
      monthlyRupiah: ProtectedCount,
      /** Rupiah per year (12 months at today's count). */
      yearlyRupiah: ProtectedCount,
      approximate: Approximate,
    }),
  ),
});
export type Spend = z.infer<typeof Spend>;

export const ManifestEntry = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** The manifest's file name, in every release folder. */
export const MANIFEST = 'manifest.json';

/** manifest.json: every published file and its checksum, so a reader can verify a download. */
export const Manifest = PublishedMeta.extend({ files: z.array(ManifestEntry) });
export type Manifest = z.infer<typeof Manifest>;

/** The JSON files of a published folder and their schemas; stage 2 loads them through this table. */
export const PUBLISHED_JSON = {
  'metadata.json': Metadata,
  'enrollment.json': Enrollment,
  'status.json': Status,
  'timeline.json': Timeline,
  'demographics.json': Demographics,
  'claims.json': Claims,
  'spend.json': Spend,
  [POPULATION_FILE]: Population,
} as const;
export type PublishedJsonName = keyof typeof PUBLISHED_JSON;

/** The journalists' CSV mirror of enrollment.json; its header is a public contract. */
export const ENROLLMENT_CSV_HEADER = [
  'tanggal_data', 'tingkat', 'kode_wilayah', 'nama_wilayah', 'kategori',
  'jumlah_peserta', 'sasaran', 'cakupan_persen', 'status',
] as const;
