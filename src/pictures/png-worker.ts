// A worker thread that rasterises SVGs (see prerenderPngs in src/pictures/png-cache.ts): one per core, so the ~1,000
// PNGs of a build are made in parallel, while Astro renders the pages, instead of one after another in its page loop.
import { parentPort } from 'node:worker_threads';
import { svgToPng } from './render-png.ts';

// One job at a time (the pool sends the next when this one answers); a failure rejects here, which ends the worker
// with an 'error' event that fails the job.
parentPort!.on('message', async ({ svg, width }: { svg: string; width: number }) => {
  parentPort!.postMessage({ png: await svgToPng(svg, width) });
});
