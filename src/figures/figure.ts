import type { ChartConfiguration } from 'chart.js';
import type { ValueUnit } from '../charts/chart-format.ts';
import { isHiddenCell, type TableSpec } from '../lib/table-spec.ts';
import type { MapSpec } from '../map/map-spec.ts';

/** A chart as ChartFigure draws it: the Chart.js config, what its values measure, which are approximate, and its box height. */
interface ChartSpec {
  config: ChartConfiguration;
  unit: ValueUnit;
  /** Per dataset, per value: approximate (≈). */
  approximate: boolean[][];
  size: 'short' | 'medium' | 'tall';
}

/**
 * One citable figure of a page: its stable id (the page's anchor), its title as the page shows it, the area it is
 * about, the numbers it shows (every figure has a table; its downloads are that table) and, for charts and maps,
 * what to draw. Headline numbers (Stat) are cited from their own props and are not listed here.
 */
export interface Figure {
  id: string;
  title: string;
  /** "Kabupaten Bintan", "Kecamatan Gubeng": the place the numbers are about. */
  area: string;
  table: TableSpec;
  chart?: ChartSpec;
  map?: MapSpec;
  /**
   * The figure whose files, embed page and citation this one shares: a kelurahan page shows its kecamatan's map
   * with itself outlined, and its numbers are the kecamatan's.
   */
  filesFrom?: { path: string; id: string };
}

/** Charts and maps are drawn (SVG, PNG, an embed page); tables are downloaded as numbers only. */
export function isDrawn(figure: Figure): boolean {
  return figure.chart !== undefined || figure.map !== undefined;
}

/** The download formats of a figure: its numbers always, its picture when it has one. */
export function figureFormats(figure: Figure): FigureFormat[] {
  return isDrawn(figure) ? ['csv', 'json', 'svg', 'png'] : ['csv', 'json'];
}

export type FigureFormat = 'csv' | 'json' | 'svg' | 'png';

/** Whether any of the figures shows a hidden value ("*"), so the page says once, near its top, what "*" means. */
export function anyHidden(figures: Figure[]): boolean {
  return figures.some((f) => f.table.rows.some((r) => r.cells.some(isHiddenCell)) || (f.map?.areas ?? []).some((a) => a.state === 'hidden'));
}
