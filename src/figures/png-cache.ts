import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

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

const cacheFile = (dir: string, svg: string, width: number) =>
  join(dir, `${createHash('sha256').update(`${RENDERER}\n${width}\n${svg}`).digest('hex')}.png`);

function store(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: two builds at once never read a half-written file.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** `render(svg, width)`, or the PNG a build made before from the same SVG and width. */
export function cachedPng(svg: string, width: number, render: (svg: string, width: number) => Buffer, dir = pngCacheDir()): Buffer {
  const file = cacheFile(dir, svg, width);
  try {
    return readFileSync(file);
  } catch {
    // Not made yet.
  }
  const png = render(svg, width);
  store(file, png);
  return png;
}

/** The worker that rasterises (src/share/png-worker.ts), found from the project folder the build runs in. */
const WORKER = resolve('src/share/png-worker.ts');

/**
 * Fills the cache with every PNG of `jobs` not in it yet, on one worker thread per core (at most 4), so cachedPng
 * then only reads. The bytes are svgToPng's, as on the main thread. Without the worker file (a build run from
 * elsewhere) it does nothing and cachedPng renders one by one.
 */
export async function prerenderPngs(jobs: { svg: string; width: number }[], dir = pngCacheDir()): Promise<void> {
  const missing = [...new Map(jobs.map((j) => [cacheFile(dir, j.svg, j.width), j])).entries()].filter(([file]) => !existsSync(file));
  if (missing.length === 0 || !existsSync(WORKER)) return;
  const workers = Array.from({ length: Math.min(4, availableParallelism(), missing.length) }, () => new Worker(WORKER));
  let next = 0;
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((done, fail) => {
      const give = () => {
        const job = missing[next++];
        if (!job) return done();
        worker.postMessage({ id: next - 1, svg: job[1].svg, width: job[1].width });
      };
      worker.on('message', ({ id, png }: { id: number; png: Uint8Array }) => {
        store(missing[id]![0], Buffer.from(png));
        give();
      });
      worker.on('error', fail);
      give();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
