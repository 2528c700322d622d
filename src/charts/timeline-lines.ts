import { isApproximate } from '../lib/approximate.ts';
import type { Lang } from '../lib/format.ts';
import type { Published } from '../lib/published.ts';
import { countCell, type TableSpec } from '../lib/table-spec.ts';
import type { BuiltChart } from './chart-format.ts';

type Data = Pick<Published, 'metadata' | 'timeline'>;

const BATCH_COLOURS = ['#0b5e55', '#b35900', '#5b3f8c', '#1f5fa8'];

/** Months (labelled in the page language) × batches of cumulative active people: the chart's and the table's one source. */
function cumulativeByMonth(data: Data, lang: Lang) {
  const { metadata, timeline } = data;
  const months = [...new Set(timeline.rows.map((r) => r.month))].sort();
  const monthLabel = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    months: months.map((m) => monthLabel.format(new Date(`${m}-01T00:00:00Z`))),
    batches: metadata.batches.map((batch) => {
      const rows = months.map((m) => timeline.rows.find((r) => r.month === m && r.batch === batch.id));
      return {
        label: batch.label[lang],
        values: rows.map((r) => r?.cumulative ?? null),
        approximate: rows.map((r) => r !== undefined && r.cumulative !== null && isApproximate(r, 'cumulative')),
      };
    }),
  };
}

/**
 * A batch label without its trailing "(…)" details: Chart.js draws a legend on one line, and "APBD Perubahan 2025
 * (diluncurkan 26 September 2025)" does not fit a phone. The table's column headers keep the full label.
 */
export function shortBatchLabel(label: string): string {
  return label.replace(/\s*\([^()]*\)$/, '') || label;
}

/**
 * Cumulative active people by the month their cover started, one line per funding batch; approximate months are
 * "≈" in their tooltips, and a hidden month (a suppression method's) is a gap.
 */
export function timelineLines(data: Data, lang: Lang): BuiltChart<'line'> {
  const { months, batches } = cumulativeByMonth(data, lang);
  return { approximate: batches.map((b) => b.approximate), config: {
    type: 'line',
    data: {
      labels: months,
      datasets: batches.map((batch, i) => ({
        label: shortBatchLabel(batch.label),
        data: batch.values,
        borderColor: BATCH_COLOURS[i % BATCH_COLOURS.length],
        backgroundColor: BATCH_COLOURS[i % BATCH_COLOURS.length],
        spanGaps: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: lang === 'id' ? 'id-ID' : 'en',
      scales: { y: { beginAtZero: true } },
    },
  } };
}

/** The table beside timelineLines: one row per month, one column per funding batch, the same cumulative counts. */
export function timelineTable(data: Data, lang: Lang): TableSpec {
  const { months, batches } = cumulativeByMonth(data, lang);
  return {
    columns: [{ label: lang === 'id' ? 'Bulan' : 'Month' }, ...batches.map((b) => ({ label: b.label, numeric: true }))],
    rows: months.map((month, i) => ({ header: month, cells: batches.map((b) => countCell(b.values[i] ?? null, b.approximate[i] ?? false)) })),
  };
}
