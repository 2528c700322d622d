import { isApproximate } from '../lib/approximate.ts';
import type { Lang } from '../lib/format.ts';
import type { Published } from '../lib/published.ts';
import { ALL_CATEGORIES } from '../schemas/published.ts';
import { shortBatchLabel } from './timeline-lines.ts';
import type { LineSeries } from './line-layout.ts';

/** The total line first and strongest, then one thinner line per funding batch (the site's batch colours). */
const TOTAL = { colour: '#0b5e55', weight: 9 };
const BATCHES = [{ colour: '#b35900', weight: 5 }, { colour: '#5b3f8c', weight: 5 }, { colour: '#1f5fa8', weight: 5 }];

/**
 * Cumulative active people by the month their cover started: all batches together, then each funding batch.
 * Months are labelled in the page language ("Sep 2025" / "Sep 2025"); approximate values are flagged, and a
 * hidden month (a suppression method's) is a gap (null).
 */
export function timelineSeries(data: Pick<Published, 'metadata' | 'timeline'>, lang: Lang): { months: string[]; series: LineSeries[] } {
  const { metadata, timeline } = data;
  const months = [...new Set(timeline.rows.map((r) => r.month))].sort();
  const label = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const rowsOf = (batch: string) => months.map((m) => timeline.rows.find((r) => r.month === m && r.batch === batch));
  const line = (batch: string) => {
    const rows = rowsOf(batch);
    return { values: rows.map((r) => r?.cumulative ?? null), approximate: rows.map((r) => r !== undefined && r.cumulative !== null && isApproximate(r, 'cumulative')) };
  };
  return {
    months: months.map((m) => label.format(new Date(`${m}-01T00:00:00Z`))),
    series: [
      { label: lang === 'id' ? 'Semua peserta' : 'All members', ...line(ALL_CATEGORIES), ...TOTAL },
      ...metadata.batches.map((b, i) => ({ label: shortBatchLabel(b.label[lang]), ...line(b.id), ...BATCHES[i % BATCHES.length]! })),
    ],
  };
}
