// The Open Graph / Twitter image of a page (1200×630): its headline figure, the place, the as-of date and the
// source, sized to stay readable in a phone's WhatsApp preview (nothing below 28 px at full size), with a
// synthetic-data band that cannot be missed when the numbers are simulated.
import type { Lang } from '../lib/format.ts';
import { escapeXml } from '../shared/escape-xml.ts';
import { fitText, type FittedText, type MeasureWeighted } from '../charts/fit-text.ts';
import { SHARE_FONT_FAMILY, svgToPng, textWidth } from './render-png.ts';

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

export interface OgImageInput {
  lang: Lang;
  /** The site's name as the header shows it, e.g. "Perlindungan Pekerja Rentan · Kabupaten Bintan". */
  siteName: string;
  /** The area (or category and area) the figure is about, e.g. "Desa Teluk Bakau". */
  place: string;
  /** The headline figure, already formatted for the language, e.g. "2.418" (≈2.418 when approximate). */
  figure: string;
  /** What the figure counts, e.g. "peserta aktif". */
  figureLabel: string;
  /** The as-of date, already formatted, e.g. "30 November 2025". */
  asOfDate: string;
  source: string;
  synthetic: boolean;
}

const WORDS = {
  id: { asOf: 'Data per', source: 'Sumber', synthetic: 'DATA SINTETIS · SYNTHETIC DATA' },
  en: { asOf: 'Data as of', source: 'Source', synthetic: 'SYNTHETIC DATA · DATA SINTETIS' },
} as const;

const COLOURS = { accent: '#0b5e55', ink: '#1a1a1a', muted: '#4a4a4a', onAccent: '#ffffff', warn: '#ffcc33', line: '#d0d0d0' };
const W = OG_IMAGE_WIDTH;
const H = OG_IMAGE_HEIGHT;
const MARGIN = 64;
const TEXT_WIDTH = W - 2 * MARGIN;
const HEADER_HEIGHT = 88;
const BAND_HEIGHT = 76;
/** Inter's capital height is 0.727 em: the ink above the baseline of a figure. */
const CAP = 0.73;
/** Room below the baseline of a line for descenders (g, p, y). */
const DESCENT = 0.24;
/** A figure's comma (2,418) reaches this far below its baseline. */
const FIGURE_DESCENT = 0.2;

/** The image as an SVG document (fonts by family name; render it with svgToPng, which loads Inter). */
export function ogImageSvg(input: OgImageInput, measure: MeasureWeighted = textWidth): string {
  const words = WORDS[input.lang];
  const fit = (text: string, width: number, sizes: number[], lines: number, weight: 400 | 600 | 700) =>
    fitText(text, width, sizes, lines, (t, size) => measure(t, size, weight));
  const parts: string[] = [];
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string) =>
    parts.push(`<text x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`);

  // Header: the site's name on the accent colour.
  parts.push(`<rect width="${W}" height="${HEADER_HEIGHT}" fill="${COLOURS.accent}"/>`);
  const site = fit(input.siteName, TEXT_WIDTH, [32, 30, 28], 1, 700);
  text(MARGIN, HEADER_HEIGHT / 2 + site.fontSize * CAP / 2, site.fontSize, 700, COLOURS.onAccent, site.lines[0] ?? '');
  let top = HEADER_HEIGHT;

  // Synthetic data: a full-width yellow band with hazard stripes at both ends, in both languages.
  if (input.synthetic) {
    parts.push(syntheticBand(top, words.synthetic, measure));
    top += BAND_HEIGHT;
  }

  // Footer, from the bottom up: source (one or two lines), as-of date, a rule.
  const source = fit(`${words.source}: ${input.source}`, TEXT_WIDTH, [30, 28], 2, 400);
  const sourceLineHeight = Math.round(source.fontSize * 1.3);
  const lastBaseline = H - 40;
  const firstSourceBaseline = lastBaseline - (source.lines.length - 1) * sourceLineHeight;
  source.lines.forEach((line, i) => text(MARGIN, firstSourceBaseline + i * sourceLineHeight, source.fontSize, 400, COLOURS.muted, line));
  const date = fit(`${words.asOf} ${input.asOfDate}`, TEXT_WIDTH, [34, 30, 28], 1, 600);
  const dateBaseline = firstSourceBaseline - Math.round(source.fontSize * CAP) - 22;
  text(MARGIN, dateBaseline, date.fontSize, 600, COLOURS.ink, date.lines[0] ?? '');
  const ruleY = dateBaseline - Math.round(date.fontSize * CAP) - 24;
  parts.push(`<rect x="${MARGIN}" y="${ruleY - 2}" width="${TEXT_WIDTH}" height="4" fill="${COLOURS.accent}"/>`);

  // Place, from the top down: up to two lines, shrinking before it wraps past them.
  const place = fit(input.place, TEXT_WIDTH, [60, 54, 48, 44, 40], 2, 700);
  const placeLineHeight = Math.round(place.fontSize * 1.15);
  const firstPlaceBaseline = top + 32 + place.fontSize * CAP;
  place.lines.forEach((line, i) => text(MARGIN, firstPlaceBaseline + i * placeLineHeight, place.fontSize, 700, COLOURS.ink, line));
  const placeBottom = firstPlaceBaseline + (place.lines.length - 1) * placeLineHeight + place.fontSize * DESCENT;

  // The figure between them, as large as the space allows and centred in it, with its label beside it.
  const space = ruleY - 16 - (placeBottom + 24);
  const { figure, label } = fitFigure(input.figure, input.figureLabel, space, measure);
  const figureHeight = figure.fontSize * (CAP + FIGURE_DESCENT);
  const figureBaseline = round(placeBottom + 24 + (space - figureHeight) / 2 + figure.fontSize * CAP);
  text(MARGIN, figureBaseline, figure.fontSize, 700, COLOURS.accent, figure.lines[0] ?? '');
  const labelX = MARGIN + figure.width + 28;
  const labelLineHeight = Math.round(label.fontSize * 1.2);
  label.lines.forEach((line, i) =>
    text(labelX, figureBaseline - (label.lines.length - 1 - i) * labelLineHeight, label.fontSize, 600, COLOURS.ink, line));

  const title = `${input.place}: ${input.figure} ${input.figureLabel}. ${words.asOf} ${input.asOfDate}. ${words.source}: ${input.source}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="${input.lang}" font-family="${SHARE_FONT_FAMILY}">` +
    `<title>${escapeXml(input.synthetic ? `${words.synthetic}. ${title}` : title)}</title>` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>${parts.join('')}</svg>`;
}

/** The image as PNG bytes, 1200×630. */
export function ogImagePng(input: OgImageInput): Promise<Buffer> {
  return svgToPng(ogImageSvg(input), OG_IMAGE_WIDTH);
}

/** The largest figure (up to 160 px) that fits `height` (capitals and comma), leaving room for its label beside it. */
function fitFigure(figureText: string, labelText: string, height: number, measure: MeasureWeighted) {
  const labelSizes = [40, 36, 32, 28];
  const minLabelWidth = Math.max(measure('peserta', 28, 600), 160);
  for (let size = Math.min(160, Math.floor(height / (CAP + FIGURE_DESCENT))); size >= 72; size -= 8) {
    const width = measure(figureText, size, 700);
    const room = TEXT_WIDTH - width - 28;
    if (room < minLabelWidth) continue;
    const label = fitText(labelText, room, labelSizes, 2, (t, s) => measure(t, s, 600));
    if (label.lines.length > 1 && label.fontSize * 1.2 + label.fontSize * CAP > size * CAP + 8) continue;
    return { figure: { fontSize: size, lines: [figureText], width }, label };
  }
  const figure: FittedText = fitText(figureText, TEXT_WIDTH / 2, [72, 64, 56], 1, (t, s) => measure(t, s, 700));
  const width = measure(figure.lines[0] ?? '', figure.fontSize, 700);
  return { figure: { ...figure, width }, label: fitText(labelText, TEXT_WIDTH - width - 28, labelSizes, 1, (t, s) => measure(t, s, 600)) };
}

function syntheticBand(top: number, marker: string, measure: MeasureWeighted): string {
  const stripeWidth = 44;
  const stripes = (x0: number) => Array.from({ length: 3 }, (_, i) => {
    const x = x0 + i * 22;
    return `<path d="M${x} ${top + BAND_HEIGHT}L${x + 11} ${top + BAND_HEIGHT}L${x + 11 + BAND_HEIGHT / 2} ${top}L${x + BAND_HEIGHT / 2} ${top}Z" fill="${COLOURS.ink}"/>`;
  }).join('');
  const inner = W - 2 * (stripeWidth + 60);
  const markerSize = fitText(marker, inner, [36, 32, 30, 28], 1, (t, s) => measure(t, s, 700)).fontSize;
  const baseline = top + BAND_HEIGHT / 2 + (markerSize * CAP) / 2;
  return `<g><rect x="0" y="${top}" width="${W}" height="${BAND_HEIGHT}" fill="${COLOURS.warn}"/>` +
    `<clipPath id="band"><rect x="0" y="${top}" width="${W}" height="${BAND_HEIGHT}"/></clipPath>` +
    `<g clip-path="url(#band)">${stripes(-BAND_HEIGHT / 2 + 4)}${stripes(W - 70)}</g>` +
    `<rect x="0" y="${top + BAND_HEIGHT - 4}" width="${W}" height="4" fill="${COLOURS.ink}"/>` +
    `<text x="${W / 2}" y="${round(baseline)}" font-size="${markerSize}" font-weight="700" fill="${COLOURS.ink}" text-anchor="middle">${escapeXml(marker)}</text></g>`;
}

const round = (n: number) => Math.round(n * 10) / 10;
