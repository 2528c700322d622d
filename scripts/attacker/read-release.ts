// Reads one release folder as the attacker sees it: only the published JSON files, parsed leniently so that
// files of schema version 1 (no `approximate`, no perturbation table) and version 2 both load. A missing file
// reads as no rows; a missing `approximate` as [] (every shown value exact); a missing perturbation as null.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AreaLevel } from '../../src/schemas/area-level.ts';

const Count = z.number().nullable();
const Approximate = z.array(z.string()).default([]);

export const PerturbationTable = z.object({
  maxDeviation: z.number().int().nonnegative(),
  period: z.number().int().positive(),
  rows: z.array(z.object({
    original: z.number().int(),
    changes: z.array(z.object({ change: z.number().int(), probability: z.number() })),
  })).min(1),
});
export type PerturbationTable = z.infer<typeof PerturbationTable>;

const ReleaseMetadata = z.object({
  asOfDate: z.string(),
  disclosure: z.object({
    method: z.string().default('suppression'),
    k: z.number().int(),
    kSensitive: z.number().int(),
    perturbation: PerturbationTable.nullable().default(null),
  }),
  batches: z.array(z.object({ id: z.string() })),
  categories: z.array(z.object({
    id: z.string(),
    batch: z.string(),
    threshold: z.number().int(),
    complementSensitive: z.boolean().default(false),
  })),
  areas: z.array(z.object({ code: z.string(), level: AreaLevel, parent: z.string().nullable() })),
});

const rowsOf = <T extends z.ZodRawShape>(shape: T) => z.array(z.object({ ...shape, approximate: Approximate })).default([]);

const FILES = {
  enrollment: ['enrollment.json', 'cells', rowsOf({
    level: AreaLevel, code: z.string(), category: z.string(), count: Count,
    target: z.number().nullable().default(null), coveragePercent: z.number().nullable().default(null),
  })],
  status: ['status.json', 'rows', rowsOf({ level: AreaLevel, code: z.string(), active: Count, nonActive: Count, registered: Count })],
  timeline: ['timeline.json', 'rows', rowsOf({ month: z.string(), batch: z.string(), newCount: Count, cumulative: Count })],
  demographics: ['demographics.json', 'rows', rowsOf({ level: AreaLevel, code: z.string(), dimension: z.string(), group: z.string(), count: Count })],
  claims: ['claims.json', 'rows', rowsOf({ level: AreaLevel, code: z.string(), program: z.string(), claims: Count, amountRupiah: Count })],
  spend: ['spend.json', 'rows', rowsOf({
    category: z.string(), active: Count, premiumPerPersonMonth: z.number().nullable().default(null), monthlyRupiah: Count,
  })],
} as const;

type Files = typeof FILES;
type ReleaseRows = { [F in keyof Files]: z.infer<Files[F][2]> };
export type PublishedRelease = { folder: string; metadata: z.infer<typeof ReleaseMetadata> } & ReleaseRows;

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, path: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${path}: not a published file the attacker can read:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The release in `folder` (a folder holding metadata.json, enrollment.json and the other published JSON files). */
export async function readRelease(folder: string): Promise<PublishedRelease> {
  const metadataPath = join(folder, 'metadata.json');
  const metadataJson = await readJson(metadataPath);
  if (metadataJson === undefined) throw new Error(`${metadataPath}: missing; is ${folder} a published release folder?`);
  const metadata = parse(ReleaseMetadata, metadataJson, metadataPath);
  const rows = {} as Record<string, unknown>;
  for (const [name, [file, key, schema]] of Object.entries(FILES)) {
    const path = join(folder, file);
    const json = (await readJson(path)) as Record<string, unknown> | undefined;
    rows[name] = parse(schema, json?.[key], path);
  }
  return { folder, metadata, ...(rows as ReleaseRows) };
}
