import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';
import { PUBLISHED_JSON, type PublishedJsonName, type PublishedMeta } from '../schemas/published.ts';
import { POPULATION_FILE } from '../schemas/published-population.ts';
import type { z } from 'zod';

/**
 * A file's key in Published: its name without .json, but population.json is `populationFile`, because Site's
 * `population(code)` is the look-up pages use.
 */
type FileKey<K extends string> = K extends typeof POPULATION_FILE ? 'populationFile' : K extends `${infer N}.json` ? N : never;
const fileKey = (file: string) => (file === POPULATION_FILE ? 'populationFile' : file.replace(/\.json$/, ''));

export type Published = { [K in PublishedJsonName as FileKey<K>]: z.infer<(typeof PUBLISHED_JSON)[K]> };

/**
 * Files added after the first releases, with what a release published before them means: releases never change, so
 * an old release folder lacks them, and the site reads that as "none" instead of stopping the build.
 */
const ADDED_LATER: Partial<Record<PublishedJsonName, (meta: PublishedMeta) => unknown>> = {
  // No population figures (releases before population.json).
  [POPULATION_FILE]: (meta) => ({ ...meta, rows: [] }),
};

/** The published folder stage 2 builds from: PUBLISHED_DIR, or data/published. */
export function publishedDir(): string {
  return resolve(process.env.PUBLISHED_DIR ?? 'data/published');
}

/**
 * Reads and validates one published JSON file; a missing or malformed file stops the build with its name, unless
 * `whenMissing` says what a missing file stands for.
 */
export function readPublishedFile<S extends z.ZodType>(dir: string, file: string, schema: S, whenMissing?: () => unknown): z.infer<S> {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (whenMissing && (error as NodeJS.ErrnoException).code === 'ENOENT') return parseWithFriendlyErrors(schema, whenMissing(), path);
    throw new Error(`${path} is missing: run stage 1 (npm run data) or set PUBLISHED_DIR to a published folder`);
  }
  return parseWithFriendlyErrors(schema, JSON.parse(text), path);
}

/** Reads and validates every published JSON file; one added later (ADDED_LATER) may be missing from an old release. */
export function loadPublished(dir = publishedDir()): Published {
  const out: Record<string, unknown> = {};
  for (const [file, schema] of Object.entries(PUBLISHED_JSON)) {
    const absent = ADDED_LATER[file as PublishedJsonName];
    const meta = () => {
      const { schemaVersion, asOfDate, synthetic, regionCode } = out.metadata as PublishedMeta;
      return { schemaVersion, asOfDate, synthetic, regionCode };
    };
    out[fileKey(file)] = readPublishedFile(dir, file, schema, absent && (() => absent(meta())));
  }
  return out as Published;
}
