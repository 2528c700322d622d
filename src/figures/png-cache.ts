import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// Rasterising is most of the build time of the figure files, and every kept release draws its pictures again on
// each build although their SVG never changes. PNGs are therefore kept on disk by the SHA-256 of what makes
// them (the SVG, the width, the renderer's and the font's versions): the same input gives the same bytes, so a
// cached file is exactly the one rendering would make.

const require = createRequire(import.meta.url);
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const RENDERER = `resvg-js ${version('@resvg/resvg-js')}, inter ${version('@expo-google-fonts/inter')}`;

/** FIGURE_PNG_CACHE, or node_modules/.cache/figure-png. */
export function pngCacheDir(): string {
  return resolve(process.env.FIGURE_PNG_CACHE ?? join('node_modules', '.cache', 'figure-png'));
}

/** `render(svg, width)`, or the PNG a build made before from the same SVG and width. */
export function cachedPng(svg: string, width: number, render: (svg: string, width: number) => Buffer, dir = pngCacheDir()): Buffer {
  const key = createHash('sha256').update(`${RENDERER}\n${width}\n${svg}`).digest('hex');
  const file = join(dir, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not made yet.
  }
  const png = render(svg, width);
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed: two builds at once never read a half-written file.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
