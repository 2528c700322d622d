import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

/** Data that lists every region of the country, the demo's among them: naming it there assumes nothing. */
const EVERY_REGION = new Set(['src/pipeline/load/gadm-index.json']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Text files only: fonts and other binaries cannot name a place. */
const TEXT = /\.(ts|astro|css|json|js|mjs|md|txt)$/;

describe('src/ assumes no region', () => {
  it('no file under src/ mentions the demo region by name (its words belong in data/sample/program.json)', () => {
    const mentions = filesUnder(SRC)
      .filter((path) => TEXT.test(path))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !EVERY_REGION.has(path))
      .flatMap((path) => readFileSync(join(ROOT, path), 'utf8').split('\n')
        .map((line, i) => ({ line, at: `${path}:${i + 1}` }))
        .filter(({ line }) => /batam/i.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(mentions).toEqual([]);
  });
});
