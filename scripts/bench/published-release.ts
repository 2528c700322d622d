import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A published value: a whole number, or null where hidden. */
type Value = number | null;
/** Schema v2 lists the fields of a row whose values are approximate; v1 has no such list (everything shown is exact). */
interface Row { approximate?: string[] }

/** The parts of one published release the benchmark reads; loose on purpose, so it reads schema v1 and v2 alike. */
export interface PublishedRelease {
  metadata: {
    asOfDate: string;
    disclosure: { method?: string };
    categories: { id: string; finestGeography: string }[];
  };
  enrollment: { cells: (Row & { level: string; code: string; category: string; count: Value; target: Value; coveragePercent: Value })[] };
  status: { rows: (Row & { active: Value; nonActive: Value; registered: Value })[] };
  timeline: { rows: (Row & { newCount: Value; cumulative: Value })[] };
  demographics: { rows: (Row & { count: Value })[] };
  claims: { rows: (Row & { claims: Value })[] };
}

/** Reads a release folder (the top level of a published folder, or one of its rilis/<date>/). */
export async function readPublishedRelease(dir: string): Promise<PublishedRelease> {
  const json = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8'));
  return {
    metadata: await json('metadata.json'),
    enrollment: await json('enrollment.json'),
    status: await json('status.json'),
    timeline: await json('timeline.json'),
    demographics: await json('demographics.json'),
    claims: await json('claims.json'),
  };
}
