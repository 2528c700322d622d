// A tiny hand-written "built site" for the page-weight tests, written into a folder on demand (stage 1's
// test/fixtures/ holds generated inputs only). `/` has a chart far below the fold whose stand-in Chart.js file
// (found by its banner) is imported only when the chart nears the viewport; `/eager/` loads it before any
// interaction, which the budget must catch.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const page = (title: string, script: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>${title}</title>
  <link rel="stylesheet" href="/_astro/site.css">
  <script type="module" src="${script}"></script>
</head>
<body>
  <main>
    <h1>${title}</h1>
    <p class="tall">Scroll down.</p>
    <figure data-chart id="chart"><canvas></canvas><figcaption>The chart</figcaption></figure>
  </main>
</body>
</html>
`;

export const BUDGET_FIXTURE_FILES: Record<string, string> = {
  'index.html': page('A chart far below the fold', '/_astro/mount.js'),
  'eager/index.html': page('Chart.js loaded before any chart is in view', '/_astro/chart-lib.js'),
  '_astro/site.css': `body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
.tall { min-height: 4000px; }
figure { height: 300px; }
`,
  // Like src/browser/mount-charts.ts: Chart.js is imported only when a chart comes near the viewport.
  '_astro/mount.js': `const observer = new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting)) {
    observer.disconnect();
    import('./chart-lib.js').then((lib) => lib.draw());
  }
}, { rootMargin: '200px' });
document.querySelectorAll('[data-chart]').forEach((figure) => observer.observe(figure));
`,
  '_astro/chart-lib.js': `/*!
 * Chart.js v4.6.1 (a stand-in for the budget tests: only its banner is real)
 */
export function draw() {
  document.querySelector('[data-chart]').dataset.drawn = 'yes';
}
`,
};

export async function writeBudgetFixtureSite(dir: string): Promise<string> {
  for (const [file, text] of Object.entries(BUDGET_FIXTURE_FILES)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}
