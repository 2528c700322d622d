// Which of a built site's JavaScript files carry Chart.js, found by content rather than by file name (Vite
// names chunks after whichever module it likes). Both markers survive minification: the licence banner that
// bundlers keep and an error message from Chart.js's core.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const CHART_JS_MARKERS = [/Chart\.js v\d/, /Canvas is already in use/];

export function isChartJs(source: string): boolean {
  return CHART_JS_MARKERS.some((marker) => marker.test(source));
}

/** Site paths (e.g. /_astro/register.B1x2.js) of the JavaScript files in `dist` that contain Chart.js. */
export async function chartJsChunks(dist: string): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const found: string[] = [];
  for (const file of files.sort()) {
    if (isChartJs(await readFile(join(dist, file), 'utf8'))) found.push(`/${relative(dist, join(dist, file)).split(sep).join('/')}`);
  }
  return found;
}
