import { z } from 'zod';
import { AreaLevel } from './area-level.ts';
import { Contact } from './contact.ts';
import { DisclosureMethod } from './disclosure.ts';
import { SiteAddress } from './site-address.ts';
import { BilingualText, IsoDate } from './text.ts';


const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, e.g. ketua-rt');

/** Rupiah per person per month; whole rupiah. */
const Rupiah = z.number().int().nonnegative();

const FundingBatch = z.object({
  id: slug,
  /** The batch's name in tables, legends and filters, e.g. { id: "APBD 2025", en: "2025 budget" }. */
  label: BilingualText,
  /** First day of cover paid by this batch. */
  start: IsoDate,
  /**
   * The batch as a sentence names it, e.g. { id: "APBD Perubahan 2025 (diluncurkan 26 September 2025)", en: "the
   * revised 2025 budget (launched 26 September 2025)" }. Without it the site writes the label and the start month:
   * "APBD 2025 (sejak Juni 2025)".
   */
  description: BilingualText.optional(),
});

/** The program's own words, where the site's generated text would not say enough. */
const ProgramText = z.object({
  /**
   * The home page's opening sentence: who pays what for whom, e.g. { id: "Pemerintah Kabupaten Bintan membayar iuran
   * JKK dan JKM bagi ketua RT dan RW, kader posyandu dan nelayan.", en: "…" }. Without it the site writes one from
   * the region's kind and name and the category groups.
   */
  lead: BilingualText.optional(),
});

const CategoryGroup = z.object({ id: slug, label: BilingualText });

export const Category = z.object({
  id: slug,
  label: BilingualText,
  group: slug,
  batch: slug,
  /** How the category is written in exports (matched ignoring case, spaces and punctuation). */
  aliases: z.array(z.string().min(1)).default([]),
  /** True when membership reveals specific personal data (e.g. religion): a higher threshold applies. */
  sensitive: z.boolean().default(false),
  /** The finest geography at which counts may be published. */
  finestGeography: AreaLevel.default('kelurahan'),
  /**
   * True when being outside the group is itself sensitive, so "all but a few of the eligible are enrolled" must not
   * be learnable (the complement rule of the suppression methods, and of the attacker). False for public roles in a
   * free program, such as RT heads.
   */
  complementSensitive: z.boolean().default(false),
  /** Overrides the program's premium for this category. */
  premiumPerPersonMonth: Rupiah.optional(),
});
export type Category = z.infer<typeof Category>;

const Disclosure = z
  .object({
    /** Counts from 1 to k−1 are suppressed. */
    k: z.number().int().min(2).max(100).default(5),
    /** Threshold for sensitive categories. */
    kSensitive: z.number().int().min(2).max(100).default(10),
    /** How small counts are protected; see data/README.md for the comparison that chose the default. */
    method: DisclosureMethod.default('cell-key'),
  })
  .refine((d) => d.kSensitive >= d.k, { message: 'kSensitive must be at least k', path: ['kSensitive'] });

/** A relative path that stays inside the input folder (forward or back slashes). */
const insideFolder = (path: string) => !/^([/\\]|[A-Za-z]:)/.test(path) && !path.split(/[/\\]/).includes('..');

/**
 * An operator's boundary file in the input folder: GeoJSON or TopoJSON (told apart by content), in
 * longitude/latitude (WGS 84), with one property holding each area's dotted Kemendagri code.
 */
export const BoundaryFile = z.object({
  level: z.enum(['kecamatan', 'kelurahan']),
  /** Relative to the input folder, e.g. batas/kelurahan.geojson. */
  file: z.string().min(1).refine(insideFolder, 'must be a path inside the input folder, e.g. batas/kelurahan.geojson'),
  /** The property with the Kemendagri code: KDEPUM (kelurahan/desa) or KDCPUM (kecamatan) in BIG files. */
  codeProperty: z.string().min(1),
  /** TopoJSON only: the object holding the areas; by default the file's only object. */
  object: z.string().min(1).optional(),
  /** The credit the file's licence asks for, shown under every map drawn from it, e.g. "Batas wilayah: BIG". */
  attribution: BilingualText.optional(),
});
export type BoundaryFile = z.infer<typeof BoundaryFile>;

export const Program = z
  .object({
    region: z.object({
      /** Kemendagri code of the city or regency, e.g. 35.78 for Kota Surabaya, 21.01 for Kabupaten Bintan. */
      code: z.string().regex(/^\d{2}\.\d{2}$/, 'must be a Kemendagri regency or city code such as 35.78'),
      name: z.string().min(1),
    }),
    name: BilingualText,
    /** The as-of date of the export (tanggal_data): every published figure is "as of" this day. */
    asOfDate: IsoDate,
    premiumPerPersonMonth: Rupiah,
    source: z.object({ id: z.string().min(1), en: z.string().min(1), url: z.url().optional() }),
    synthetic: z.boolean(),
    disclosure: Disclosure.default({ k: 5, kSensitive: 10, method: 'cell-key' }),
    /** Extra header spellings for enrollment columns, e.g. { "nik": ["NO IDENTITAS"] }. */
    columnAliases: z.record(z.string(), z.array(z.string().min(1))).default({}),
    batches: z.array(FundingBatch).min(1),
    /** Optional text written by the operator (see ProgramText); the site generates what is missing. */
    text: ProgramText.optional(),
    groups: z.array(CategoryGroup).min(1),
    categories: z.array(Category).min(1),
    /** Official boundaries replacing the default GADM shapes; a kelurahan file alone serves both levels. */
    boundaries: z.array(BoundaryFile).optional(),
    /** Where readers report a discrepancy (the "Laporkan ketidaksesuaian" link on every page). */
    contact: Contact.optional(),
    /** The public site's address, for citations and share links (see site-address.ts); SITE_URL overrides it. */
    site: SiteAddress.optional(),
  })
  .superRefine((p, ctx) => {
    const unique = (values: string[], path: string) => {
      const seen = new Set<string>();
      for (const v of values) {
        if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [path], message: `"${v}" appears twice; ids must be unique` });
        seen.add(v);
      }
    };
    unique(p.categories.map((c) => c.id), 'categories');
    unique(p.batches.map((b) => b.id), 'batches');
    unique(p.groups.map((g) => g.id), 'groups');
    const batchIds = new Set(p.batches.map((b) => b.id));
    const groupIds = new Set(p.groups.map((g) => g.id));
    p.categories.forEach((c, i) => {
      if (!batchIds.has(c.batch))
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'batch'], message: `unknown batch "${c.batch}"; add it to "batches" or fix the id` });
      if (!groupIds.has(c.group))
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'group'], message: `unknown group "${c.group}"; add it to "groups" or fix the id` });
    });
    (p.boundaries ?? []).forEach((b, i, all) => {
      if (all.findIndex((other) => other.level === b.level) < i)
        ctx.addIssue({ code: 'custom', path: ['boundaries', i, 'level'], message: `a ${b.level} file is already given; give one file per level` });
    });
    if (p.categories.some((c) => c.id === 'semua'))
      ctx.addIssue({ code: 'custom', path: ['categories'], message: '"semua" is reserved for the all-categories total' });
  });
export type Program = z.infer<typeof Program>;
