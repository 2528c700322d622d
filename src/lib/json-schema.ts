/**
 * JSON Schema (draft 2020-12) of every published JSON file, generated from the zod schemas stage 2 reads them
 * with (zod stays the source of truth), for the static API at /api/schema/<name>.schema.json.
 * Refinements that JSON Schema cannot say (newest-first order in rilis.json, arc indexes in the topology) are
 * checked by zod only.
 */
import { z } from 'zod';
import { Approximate, Claims, Demographics, Enrollment, Manifest, Metadata, ProtectedCount, Spend, Status, Timeline, Percent } from '../schemas/published.ts';
import { DisclosureMethod, Perturbation } from '../schemas/disclosure.ts';
import { BOUNDARIES_FILE, PublishedBoundaries } from '../schemas/published-boundaries.ts';
import { RELEASES_FILE, ReleaseIndex } from '../schemas/published-releases.ts';
import { Population, POPULATION_FILE } from '../schemas/published-population.ts';

interface SchemaDoc {
  schema: z.ZodType;
  title: string;
  description: string;
}

const HIDDEN = 'null means hidden to protect individuals; the fields a row lists in `approximate` are approximate (≈).';

/** Every published JSON file (in each release folder, and rilis.json at the top) with its schema and what it holds. */
export const PUBLISHED_JSON_SCHEMAS: Readonly<Record<string, SchemaDoc>> = {
  'metadata.json': { schema: Metadata, title: 'metadata.json', description: 'The program, its source, how numbers are protected (disclosure: method, thresholds and, for the noise methods, the public perturbation table), funding batches, category groups, categories and every area (Kemendagri code, name, level, parent).' },
  'enrollment.json': { schema: Enrollment, title: 'enrollment.json', description: `Active members by area (level kota = the whole city or regency, kecamatan, kelurahan = kelurahan and desa) and category ("semua" = all categories), with target and coverage in percent (0–100). ${HIDDEN}` },
  'status.json': { schema: Status, title: 'status.json', description: `Active, non-active and registered (active + non-active) members, the whole region (level kota) and kecamatan. ${HIDDEN}` },
  'timeline.json': { schema: Timeline, title: 'timeline.json', description: `Active members by the month their cover started (YYYY-MM): new and cumulative, per funding batch and "semua". ${HIDDEN}` },
  'demographics.json': { schema: Demographics, title: 'demographics.json', description: `Active members by sex (L/P) and age band on the as-of date, the whole region (level kota) and kecamatan only. ${HIDDEN}` },
  'claims.json': { schema: Claims, title: 'claims.json', description: `JKK and JKM claims and rupiah paid, the whole region (level kota) and kecamatan. ${HIDDEN}` },
  'spend.json': { schema: Spend, title: 'spend.json', description: `Estimated premium the city or regency pays per month and per year (whole rupiah), by category. ${HIDDEN}` },
  [POPULATION_FILE]: { schema: Population, title: POPULATION_FILE, description: 'Residents per area (the region, its kecamatan and kelurahan/desa; Kemendagri codes), sorted by code, as an official source counted them in `year`, with that `source`: public statistics, published as given, never protected (no null, no approximate). The site divides members by them for rates per 1,000 residents. rows is empty when the operator gave no figures; releases published before this file existed lack it, which means the same.' },
  'manifest.json': { schema: Manifest, title: 'manifest.json', description: 'Every other file of the release with its size in bytes and sha256.' },
  [BOUNDARIES_FILE]: { schema: PublishedBoundaries, title: BOUNDARIES_FILE, description: 'Area boundaries as one quantized TopoJSON topology in longitude/latitude (WGS 84), keyed by Kemendagri code: per level the operator’s official file, or the default GADM 4.1 shapes (see source and attribution).' },
  [RELEASES_FILE]: { schema: ReleaseIndex, title: RELEASES_FILE, description: 'Every release kept in the published folder, newest first; each release is in rilis/<asOfDate>/ and the latest also at the top level. manifestSha256 is the sha256 of that release\'s manifest.json.' },
};

/** Descriptions of shared field schemas, wherever they occur. */
const FIELD_DESCRIPTIONS = new Map<z.ZodType, string>([
  [ProtectedCount, 'A whole number ≥ 0; null means hidden to protect individuals. Approximate (not exact) when the row lists this field in `approximate`.'],
  [Percent, 'Percent on a 0–100 scale, one decimal; null when the count is hidden or no target is known. Approximate when the row lists this field in `approximate` (with its count).'],
  [Approximate, 'The names of this row\'s fields whose values are approximate (shown as ≈ on the site, "perkiraan" in the CSV files): the true count with a little noise or rounding, at most metadata.json disclosure.perturbation.maxDeviation away. Empty when every value is exact; hidden (null) fields are not listed. Always empty under the suppression methods. Never negative, never above a target the true count is not above, 0 only when the true count is 0.'],
  [DisclosureMethod, 'How small counts are protected: "cell-key" (cell key method: noise from the perturbation table, the same for the same people in every release), "random-rounding" (random rounding to base 3), "suppression", "fitted-suppression" or "optimal-suppression" (small counts and what reveals them are hidden, null). The noise methods publish city totals per category exactly.'],
  [Perturbation, 'The public perturbation table of the noise methods: for each true count, the possible changes and their probabilities. maxDeviation bounds |published − true| for every approximate value; variance is the noise variance for counts of rows.length − period and more; a count t ≥ rows.length uses the row of rows.length − period + ((t − rows.length) mod period). null for the suppression methods.'],
]);

/** "enrollment.json" → "enrollment.schema.json"; "batas-wilayah.topo.json" → "batas-wilayah.topo.schema.json". */
export function schemaFileName(file: string): string {
  if (!file.endsWith('.json')) throw new Error(`${file} is not a JSON file`);
  return file.replace(/\.json$/, '.schema.json');
}

/**
 * The JSON Schema of one published JSON file; `$id` is `base` + its schema file name, e.g. base
 * "https://example.org/api/schema/" gives "https://example.org/api/schema/enrollment.schema.json".
 */
export function jsonSchemaFor(file: string, base = '/api/schema/'): Record<string, unknown> {
  const doc = PUBLISHED_JSON_SCHEMAS[file];
  if (!doc) throw new Error(`${file} is not a published JSON file; known: ${Object.keys(PUBLISHED_JSON_SCHEMAS).join(', ')}`);
  const generated = z.toJSONSchema(doc.schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    override: (ctx) => {
      const description = FIELD_DESCRIPTIONS.get(ctx.zodSchema as unknown as z.ZodType);
      if (description) ctx.jsonSchema.description = description;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${base}${schemaFileName(file)}`, title: doc.title, description: doc.description, ...rest };
}

/** The schema as the file served: two-space JSON with a final newline, the same bytes on every build. */
export function jsonSchemaText(file: string, base?: string): string {
  return `${JSON.stringify(jsonSchemaFor(file, base), null, 2)}\n`;
}
