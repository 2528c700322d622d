import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../lib/format.ts';
import { markHidden } from '../lib/area-categories.ts';

/**
 * One series of horizontal bars, one per category: the shape both category charts share. A null value draws no
 * bar and its label carries "*", as the table beside it does.
 */
export function horizontalBars(
  bars: { label: string; value: number | null }[],
  series: string,
  lang: Lang,
  valueAxis: { suggestedMax?: number } = {},
): ChartConfiguration<'bar', (number | null)[], string> {
  return {
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
  };
}
