import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../lib/format.ts';
import type { Published } from '../lib/published.ts';

/**
 * A horizontal bar chart of active people by category for one area, from published numbers only.
 * Hidden counts stay null (no bar) rather than 0: a missing bar and the table's "*" say the same thing.
 * Pure: the page serialises the result as JSON and a one-line mount hands it to Chart.js.
 */
export function categoryBars(data: Pick<Published, 'metadata' | 'enrollment'>, areaCode: string, lang: Lang): ChartConfiguration<'bar', (number | null)[], string> {
  const { metadata, enrollment } = data;
  const count = (category: string) => enrollment.cells.find((c) => c.code === areaCode && c.category === category)?.count ?? null;
  return {
    type: 'bar',
    data: {
      labels: metadata.categories.map((c) => c.label[lang]),
      datasets: [{
        label: lang === 'id' ? 'Peserta aktif' : 'Active members',
        data: metadata.categories.map((c) => count(c.id)),
        backgroundColor: '#0b5e55',
      }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: lang === 'id' ? 'id-ID' : 'en',
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true } },
    },
  };
}
