import { formatCount, formatDifference, type Lang } from './format.ts';
import type { TableSpec } from './table-spec.ts';
import type { Perturbation } from '../schemas/disclosure.ts';

/**
 * The published perturbation table (metadata.json disclosure.perturbation) as a table for the methodology page:
 * one row per true count, one column per possible change, each cell its probability in percent ("–" where a change
 * cannot happen). The last `period` rows stand for every larger count too, as the table's rule says.
 */
export function perturbationTable(table: Perturbation, lang: Lang): TableSpec {
  const id = lang === 'id';
  const changes = [...new Set(table.rows.flatMap((r) => r.changes.map((c) => c.change)))].sort((a, b) => a - b);
  const n = table.rows.length;
  const label = (original: number) => {
    if (original < n - table.period) return formatCount(original, lang);
    if (table.period === 1) return id ? `${formatCount(original, lang)} atau lebih` : `${formatCount(original, lang)} or more`;
    const next = [1, 2].map((k) => formatCount(original + k * table.period, lang));
    return `${formatCount(original, lang)}, ${next.join(', ')}, …`;
  };
  return {
    columns: [
      { label: id ? 'Angka sebenarnya' : 'True count' },
      ...changes.map((c) => ({ label: formatDifference(c, lang)!, numeric: true })),
    ],
    rows: table.rows.map((row) => ({
      header: label(row.original),
      cells: changes.map((c) => {
        const p = row.changes.find((x) => x.change === c)?.probability;
        return p === undefined ? '–' : { percent: Math.round(p * 1000) / 10 };
      }),
    })),
  };
}
