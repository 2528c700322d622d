import type { Figure } from './figure.ts';

/** Room in pixels for everything on an embed page but the chart box and the table rows. */
const FRAME = 230;
const BOX = { short: 240, medium: 320, tall: 416 } as const;
const ROW = 34;
const MAP = 640;

/**
 * A height for a figure's iframe that shows the whole embed page in a one-column article (chart above table) on
 * a phone: the chart box (ChartFigure's fixed heights), one row per table row, and the marker, title and source.
 */
export function embedHeight(figure: Figure, synthetic: boolean): number {
  const picture = figure.chart ? BOX[figure.chart.size] : MAP;
  return FRAME + (synthetic ? 50 : 0) + picture + ROW * (figure.table.rows.length + 1);
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a site pastes to show a figure: a lazy iframe of its embed page, named for screen readers by its title. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
