import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../lib/format.ts';
import type { Published } from '../lib/published.ts';

const BATCH_COLOURS = ['#0b5e55', '#b35900', '#5b3f8c', '#1f5fa8'];

/** Cumulative active people by the month their cover started, one line per funding batch; hidden months are gaps. */
export function timelineLines(data: Pick<Published, 'metadata' | 'timeline'>, lang: Lang): ChartConfiguration<'line', (number | null)[], string> {
  const { metadata, timeline } = data;
  const months = [...new Set(timeline.rows.map((r) => r.month))].sort();
  const monthLabel = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    type: 'line',
    data: {
      labels: months.map((m) => monthLabel.format(new Date(`${m}-01T00:00:00Z`))),
      datasets: metadata.batches.map((batch, i) => ({
        label: batch.label[lang],
        data: months.map((m) => timeline.rows.find((r) => r.month === m && r.batch === batch.id)?.cumulative ?? null),
        borderColor: BATCH_COLOURS[i % BATCH_COLOURS.length],
        backgroundColor: BATCH_COLOURS[i % BATCH_COLOURS.length],
        spanGaps: false,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: lang === 'id' ? 'id-ID' : 'en',
      scales: { y: { beginAtZero: true } },
    },
  };
}
