import { escapeXml } from '../shared/escape-xml.ts';
import { fitText, type MeasureWeighted } from './fit-text.ts';
import type { Lang } from '../lib/format.ts';
import type { ChartPayload } from './chart-format.ts';
import { barsBody } from './svg-bars.ts';
import { linesBody } from './svg-lines.ts';
import { COLOURS, FONT_FAMILY, MARGIN, roomy, SVG_WIDTH, svgText, type SvgBody } from './svg-parts.ts';

/** What a chart picture says around the chart, all in the page's language and already formatted. */
export interface SvgFrame {
  lang: Lang;
  title: string;
  /** "Data per 30 November 2025 · Rilis 30 November 2025" */
  asOf: string;
  /** "Sumber: …" */
  source: string;
  /** The figure's permanent address. */
  url: string;
  /** The marker when the data is synthetic ("DATA SINTETIS"), or null. */
  synthetic: string | null;
  /** What "*" means, printed when the picture shows a hidden value. */
  hiddenNote: string;
  /** What "≈" means, printed when the picture shows an approximate value. */
  approximateNote: string;
  /** The picture's text alternative (for charts, chartSummary()). */
  description: string;
}

const TITLE_SIZES = [22, 20, 18];
const SMALL = 12;

/**
 * A chart as a standalone SVG document, drawn at build time by this renderer (not Chart.js: there is no canvas
 * in Node) from the same config and unit the page's chart uses: bars or lines, framed with the title, the as-of
 * date, the synthetic-data marker, the meaning of "*" and "≈", the source and the figure's permanent address.
 */
export function chartSvg(payload: ChartPayload, frame: SvgFrame, measure: MeasureWeighted): string {
  const { config, unit, approximate = [] } = payload;
  const body = config.type === 'line'
    ? linesBody(config, unit, frame.lang, measure, approximate)
    : barsBody(config, unit, frame.lang, measure, approximate[0]);
  return framedSvg(body, frame, measure);
}

/** Any drawn body (a chart, a map) inside the frame: marker and title above, notes, source and address below. */
export function framedSvg(body: SvgBody, frame: SvgFrame, measure: MeasureWeighted): string {
  const inner = SVG_WIDTH - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  if (frame.synthetic) {
    const w = roomy(measure, frame.synthetic, 13, 700) + 20;
    parts.push(`<rect x="${MARGIN}" y="${y}" width="${Math.ceil(w)}" height="26" fill="${COLOURS.warnBg}" stroke="${COLOURS.warnLine}" stroke-width="1.5"/>`);
    parts.push(svgText(MARGIN + 10, y + 18, 13, frame.synthetic, { weight: 700 }));
    y += 26 + 14;
  }
  const title = fitText(frame.title, inner, TITLE_SIZES, 3, (t, size) => roomy(measure, t, size, 700));
  for (const line of title.lines) {
    y += title.fontSize * 1.25;
    parts.push(svgText(MARGIN, y - title.fontSize * 0.25, title.fontSize, line, { weight: 700 }));
  }
  y += 22;
  parts.push(svgText(MARGIN, y - 4, 14, frame.asOf, { fill: COLOURS.muted }));
  y += 18;
  parts.push(`<g transform="translate(0 ${y})">${body.markup}</g>`);
  y += body.height + 10;
  const notes = [...(body.hidden ? [frame.hiddenNote] : []), ...(body.approximate ? [frame.approximateNote] : []), ...(body.notes ?? []), frame.source];
  for (const note of notes) {
    for (const line of fitText(note, inner, [SMALL], 4, (t, size) => roomy(measure, t, size)).lines) {
      y += SMALL * 1.4;
      parts.push(svgText(MARGIN, y, SMALL, line, { fill: COLOURS.muted }));
    }
  }
  y += SMALL * 1.5;
  parts.push(svgText(MARGIN, y, 11, frame.url, { fill: COLOURS.muted }));
  const height = Math.ceil(y + MARGIN);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" role="img" aria-labelledby="judul uraian" font-family="${escapeXml(FONT_FAMILY)}">`
    + `<title id="judul">${escapeXml(frame.title)}</title><desc id="uraian">${escapeXml(frame.description)}</desc>`
    + `<rect width="${SVG_WIDTH}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`;
}
