import { ALL_CATEGORIES, cellIds } from './cell-ids.ts';
import type { ReleaseFacts } from './release-facts.ts';

/** Every month from the first to the last, YYYY-MM, so a month missing from the file is still a month of people. */
function monthRange(months: readonly string[]): string[] {
  const sorted = [...months].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let month = first; month <= last; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * timeline.json: active people by the month their cover started. Cumulative = last month's cumulative + new (the
 * first month is the first anyone started, so its cumulative is its new count); batches add up to "semua"; the
 * last month's cumulative of a batch is the city's enrollment in the batch's categories.
 */
export function addTimeline(facts: ReleaseFacts): void {
  const { metadata, timeline } = facts.release;
  const months = monthRange(timeline.map((r) => r.month));
  const kota = metadata.areas.find((a) => a.parent === null)?.code;
  if (months.length === 0) return;
  const batches = metadata.batches.map((b) => b.id);
  const all = [...batches, ALL_CATEGORIES];
  for (const month of months)
    for (const b of all) for (const field of ['newCount', 'cumulative'] as const) facts.declare(cellIds.timeline(month, b, field));

  months.forEach((month, i) => {
    const previous = months[i - 1];
    for (const b of all) {
      const parts = [cellIds.timeline(month, b, 'newCount')];
      if (previous) parts.push(cellIds.timeline(previous, b, 'cumulative'));
      facts.sum(cellIds.timeline(month, b, 'cumulative'), parts);
    }
    for (const field of ['newCount', 'cumulative'] as const)
      facts.sum(cellIds.timeline(month, ALL_CATEGORIES, field), batches.map((b) => cellIds.timeline(month, b, field)));
  });
  const last = months[months.length - 1]!;
  if (kota) {
    facts.sum(cellIds.timeline(last, ALL_CATEGORIES, 'cumulative'), [cellIds.enrollment(kota, ALL_CATEGORIES)]);
    for (const b of batches)
      facts.sum(cellIds.timeline(last, b, 'cumulative'), metadata.categories.filter((c) => c.batch === b).map((c) => cellIds.enrollment(kota, c.id)));
  }
  for (const row of timeline) {
    facts.count(cellIds.timeline(row.month, row.batch, 'newCount'), row.newCount, row.approximate.includes('newCount'));
    facts.count(cellIds.timeline(row.month, row.batch, 'cumulative'), row.cumulative, row.approximate.includes('cumulative'));
  }
}
