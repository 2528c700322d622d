// A worker thread that rasterises SVGs (see prerenderPngs in src/figures/png-cache.ts): one per core, so the ~1,000
// PNGs of a build are made in parallel instead of one after another in Astro's page loop.
import { parentPort } from 'node:worker_threads';
import { svgToPng } from './render-png.ts';

parentPort!.on('message', ({ id, svg, width }: { id: number; svg: string; width: number }) => {
  parentPort!.postMessage({ id, png: svgToPng(svg, width) });
});
