import type { Lang } from '../lib/format.ts';
import { markHidden } from '../lib/area-categories.ts';
import type { BuiltChart } from './chart-format.ts';

/**
 * One series of horizontal bars, one per category: the shape both category charts share. A null value draws no
 * bar and its label carries "*", as the table beside it does; an approximate value is "≈" in its tooltip.
 */
export function horizontalBars(
  bars: { label: string; value: number | null; approximate?: boolean }[],
  series: string,
  lang: Lang,
  valueAxis: { suggestedMax?: number } = {},
): BuiltChart<'bar'> {
  return { config: {
    type: 'bar',
    data: {
      labels: bars.map((b) => markHidden(b.label, b.value)),
      datasets: [{ label: series, data: bars.map((b) => b.value), backgroundColor: '#0b5e55' }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      locale: lang === 'id' ? 'id-ID' : 'en',
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ...valueAxis } },
    },
  }, approximate: [bars.map((b) => b.value !== null && b.approximate === true)] };
}
