/** One bar of a slide's bar chart: the words shown beside it and its length as a percent of the chart's width. */
export interface BarRow {
  label: string;
  /** Null when the figure is hidden: no bar, and "*" where the value would be. */
  value: number | null;
  /** The value is approximate: its text carries "≈". */
  approximate?: boolean;
  /** The value as the slide writes it ("2.418", "96,4%", "≈47"). */
  valueText: string;
  /** A smaller line under the label ("459 dari 476"). */
  note?: string;
  /** 0–100. */
  width: number;
}

export interface BarChart {
  rows: BarRow[];
  /** Where a reference line sits (the 100% target), 0–100 of the chart's width; null for none. */
  reference: number | null;
}

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * Bars scaled to the largest value (or to `reference` when that is larger, so a 100% target line stays on the
 * chart). Hidden values keep their row, with no bar, so a missing bar is never read as zero.
 */
export function barRows(items: Omit<BarRow, 'width'>[], reference?: number): BarChart {
  const values = items.flatMap((i) => (i.value === null ? [] : [i.value]));
  const max = Math.max(0, reference ?? 0, ...values);
  const scale = (v: number) => (max === 0 ? 0 : tenth((100 * v) / max));
  return {
    rows: items.map((i) => ({ ...i, width: i.value === null ? 0 : scale(Math.max(0, i.value)) })),
    reference: reference === undefined || max === 0 ? null : scale(reference),
  };
}
