import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';
import { PUBLISHED_JSON, type PublishedJsonName } from '../schemas/published.ts';
import type { z } from 'zod';

export type Published = { [K in PublishedJsonName as K extends `${infer N}.json` ? N : never]: z.infer<(typeof PUBLISHED_JSON)[K]> };

/** The published folder stage 2 builds from: PUBLISHED_DIR, or data/published. */
export function publishedDir(): string {
  return resolve(process.env.PUBLISHED_DIR ?? 'data/published');
}

/** Reads and validates one published JSON file; a missing or malformed file stops the build with its name. */
export function readPublishedFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run stage 1 (npm run data) or set PUBLISHED_DIR to a published folder`);
  }
  return parseWithFriendlyErrors(schema, JSON.parse(text), path);
}

/** Reads and validates every published JSON file. */
export function loadPublished(dir = publishedDir()): Published {
  const out: Record<string, unknown> = {};
  for (const [file, schema] of Object.entries(PUBLISHED_JSON)) out[file.replace(/\.json$/, '')] = readPublishedFile(dir, file, schema);
  return out as Published;
}
