import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../lib/format.ts';
import { valueFormatter, type ValueUnit } from './chart-format.ts';

/**
 * The canvas's accessible name: what kind of chart, each series' highest value (≈ when approximate) and where, how
 * many values are hidden, and that the table holds every number. Built at build time from the same config the
 * chart draws.
 */
export function chartSummary(config: ChartConfiguration, unit: ValueUnit, lang: Lang, approximate: boolean[][] = []): string {
  const id = lang === 'id';
  const format = valueFormatter(unit, lang);
  const labels = (config.data.labels ?? []).map((l) => String(l).replace(/ \*$/, ''));
  const parts = [config.type === 'line' ? (id ? 'Grafik garis.' : 'Line chart.') : (id ? 'Grafik batang.' : 'Bar chart.')];
  for (const [d, dataset] of config.data.datasets.entries()) {
    const values = dataset.data as (number | null)[];
    let top = -1;
    values.forEach((v, i) => {
      if (v !== null && (top === -1 || v > (values[top] as number))) top = i;
    });
    const hidden = values.filter((v) => v === null).length;
    const highest = top === -1 ? '' : ` ${id ? 'tertinggi' : 'highest'} ${labels[top]} (${format(values[top] as number, approximate[d]?.[top] === true)})`;
    const hiddenText = hidden === 0 ? '' : `; ${hidden} ${id ? 'angka disembunyikan' : hidden === 1 ? 'value hidden' : 'values hidden'}`;
    parts.push(`${dataset.label ?? ''}:${highest}${hiddenText}.`);
  }
  parts.push(id ? 'Semua angka ada di tabel.' : 'Every number is in the table.');
  return parts.join(' ');
}
