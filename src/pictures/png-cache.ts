import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { FONT_WEIGHTS, subsetFontPath } from './font-files.ts';
// Importing render-png.ts also loads sharp on the main thread, which sharp needs on glibc: the workers below end
// when their queue is empty, and the last one to close libvips would unload it under the others
// (https://github.com/lovell/sharp/issues/2263).
import { PNG_ENCODER } from './render-png.ts';

// Rasterising is most of the build time of the figure files, and every kept release draws its pictures again on
// each build although their SVG never changes. PNGs are therefore kept on disk by the SHA-256 of what makes
// them (the SVG, the width, the renderer's, the font's and the palette encoder's versions and settings): the same
// input gives the same bytes, so a cached file is exactly the one rendering would make.

const require = createRequire(import.meta.url);
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const subsets = createHash('sha256');
for (const weight of FONT_WEIGHTS) subsets.update(readFileSync(subsetFontPath(weight)));
const RENDERER = `resvg-js ${version('@resvg/resvg-js')}, inter ${version('@expo-google-fonts/inter')}, subsets ${subsets.digest('hex')}, ${PNG_ENCODER}`;

/** FIGURE_PNG_CACHE, or node_modules/.cache/figure-png. */
function pngCacheDir(): string {
  return resolve(process.env.FIGURE_PNG_CACHE ?? join('node_modules', '.cache', 'figure-png'));
}

/**
 * The SHA-256 (hex) of what makes a PNG: the renderer's and font's versions, the width and the SVG. The same key
 * gives the same bytes, so it names a picture by its content before it is drawn (the cache, the share images).
 */
export const pictureKey = (svg: string, width: number): string => createHash('sha256').update(`${RENDERER}\n${width}\n${svg}`).digest('hex');

const cacheFile = (dir: string, svg: string, width: number) => join(dir, `${pictureKey(svg, width)}.png`);

function store(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: two builds at once never read a half-written file.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/**
 * `render(svg, width)`, or the PNG a build made before from the same SVG and width. If prerenderPngs is making
 * that PNG on a worker thread right now, it waits for it instead of making it a second time.
 */
export async function cachedPng(svg: string, width: number, render: (svg: string, width: number) => Promise<Buffer>, dir = pngCacheDir()): Promise<Buffer> {
  const file = cacheFile(dir, svg, width);
  await pending.get(file);
  try {
    return readFileSync(file);
  } catch {
    // Not made yet.
  }
  const png = await render(svg, width);
  store(file, png);
  return png;
}

/** The worker that rasterises (src/pictures/png-worker.ts), found from the project folder the build runs in. */
const WORKER = resolve('src/pictures/png-worker.ts');

/** A picture to make: where it goes, what it is, and who waits for it. */
interface Job { file: string; svg: string; width: number; done: () => void; fail: (error: unknown) => void }

/** Cache file → the worker job making it: settles when the file is written (or the job failed). */
const pending = new Map<string, Promise<void>>();
/** Jobs waiting for a worker, oldest first. */
const queue: Job[] = [];
let workerCount = 0;

/**
 * Starts making every PNG of `jobs` that is neither in the cache nor already on its way, on worker threads (one per
 * core, at most 4), and returns at once: Astro goes on rendering pages while the pictures are drawn, and cachedPng
 * waits for the ones it needs. The bytes are svgToPng's, as on the main thread. Without the worker file (a build
 * run from elsewhere) it does nothing and cachedPng renders one by one. The returned promise settles when these
 * jobs are done; a failed job makes it (and cachedPng of that picture) reject with the worker's error.
 */
export function prerenderPngs(jobs: { svg: string; width: number }[], dir = pngCacheDir()): Promise<void> {
  if (!existsSync(WORKER)) return Promise.resolve();
  const mine: Promise<void>[] = [];
  for (const { svg, width } of jobs) {
    const file = cacheFile(dir, svg, width);
    const known = pending.get(file);
    if (known) mine.push(known);
    else if (!existsSync(file)) {
      const job = new Promise<void>((done, fail) => queue.push({ file, svg, width, done, fail }));
      job.catch(() => {}); // whoever needs the picture sees the error; an unawaited job must not crash the build
      pending.set(file, job);
      mine.push(job);
    }
  }
  while (workerCount < Math.min(4, availableParallelism(), queue.length)) new Rasteriser();
  return Promise.all(mine).then(() => undefined);
}

/** One worker thread taking jobs from the queue until it is empty; then it ends, so the build's process can exit. */
class Rasteriser {
  private readonly worker = new Worker(WORKER);
  private current: Job | undefined;

  constructor() {
    workerCount++;
    this.worker.on('message', ({ png }: { png: Uint8Array }) => {
      const job = this.current!;
      try {
        store(job.file, Buffer.from(png));
        job.done();
      } catch (error) {
        job.fail(error);
      }
      this.next();
    });
    // A crashed worker fails its job and every queued one: the build stops with the error rather than wait forever.
    this.worker.on('error', (error) => {
      workerCount--;
      for (const job of [this.current, ...queue.splice(0)]) job?.fail(error);
    });
    this.next();
  }

  private next(): void {
    this.current = queue.shift();
    if (this.current) this.worker.postMessage({ svg: this.current.svg, width: this.current.width });
    else {
      workerCount--;
      void this.worker.terminate();
    }
  }
}
