// Browser side of ChartFigure.astro. The page's table is the chart's no-JavaScript form; this only adds the canvas.
import { mountableConfig, type ChartPayload } from '../charts/chart-format.ts';

/** How far below the viewport a chart starts loading, so it is drawn by the time the reader gets there. */
const LOAD_AHEAD = '300px 0px';

/**
 * Draws each `[data-chart]` figure's chart the first time its box nears the viewport. Chart.js (register.ts) is a
 * separate chunk imported with the first chart, so it never competes with the first paint. Without
 * IntersectionObserver the figures keep only their tables.
 */
export function mountCharts(root: ParentNode = document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
  if (typeof IntersectionObserver === 'undefined') {
    for (const figure of figures) figure.dataset.chart = 'unsupported';
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const figure = entry.target.closest<HTMLElement>('[data-chart]');
      if (figure) void drawChart(figure);
    }
  }, { rootMargin: LOAD_AHEAD });
  for (const figure of figures) observer.observe(figure.querySelector('[data-chart-box]') ?? figure);
}

async function drawChart(figure: HTMLElement): Promise<void> {
  const canvas = figure.querySelector('canvas');
  const json = figure.querySelector('script[data-chart-config]');
  try {
    if (!canvas || !json?.textContent) throw new Error('the figure has no canvas or chart config');
    const payload = JSON.parse(json.textContent) as ChartPayload;
    const { Chart } = await import('./register.ts');
    new Chart(canvas, mountableConfig(payload, matchMedia('(prefers-reduced-motion: reduce)').matches));
    figure.dataset.chart = 'drawn';
  } catch (error) {
    figure.dataset.chart = 'failed'; // the CSS hides the empty box; the table stays
    console.error(`Chart ${figure.id} could not be drawn; its table has the same numbers.`, error);
  }
}
