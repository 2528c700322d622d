// SVG → PNG at build time, without a browser: resvg (Rust, via @resvg/resvg-js) with the Inter font (see
// font-files.ts). System fonts are never loaded, so a PNG depends only on its SVG and these files: the same SVG
// gives the same bytes on every build machine of one platform.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from '../shared/escape-xml.ts';
import { FONT_WEIGHTS, type FontWeight, fullFontPath, inSubset, subsetFontPath } from './font-files.ts';

/** The family every share image and chart PNG names in its SVG (font-family="Inter"); sans-serif maps to it too. */
export const SHARE_FONT_FAMILY = 'Inter';

const fontOptions = (files: string[]): ResvgRenderOptions['font'] => ({
  loadSystemFonts: false,
  fontFiles: files,
  defaultFontFamily: SHARE_FONT_FAMILY,
  sansSerifFamily: SHARE_FONT_FAMILY,
});
/** Every weight, as subsets or as the full files (see font-files.ts). */
const ALL_FONTS = { subset: fontOptions(FONT_WEIGHTS.map(subsetFontPath)), full: fontOptions(FONT_WEIGHTS.map(fullFontPath)) };
/** Which font files can draw `text`: the subsets when they hold every character of it. */
export const fontsFor = (text: string): 'subset' | 'full' => ([...text].every((ch) => inSubset(ch.codePointAt(0)!) || ch === '\n' || ch === '\t') ? 'subset' : 'full');

/**
 * Renders an SVG document to PNG bytes, scaled to `width` pixels (height follows the SVG's aspect ratio). The Inter
 * subsets draw it when they hold every character of the SVG, the full files otherwise; both give the same pixels.
 */
export function svgToPng(svg: string, width: number, fonts: 'subset' | 'full' = fontsFor(svg)): Buffer {
  if (!Number.isInteger(width) || width <= 0) throw new RangeError(`svgToPng: width must be a positive whole number of pixels, got ${width}`);
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: ALL_FONTS[fonts], logLevel: 'error' });
  return resvg.render().asPng();
}

/** Widths at 100 px by weight and text: a build measures the same names, dates and sources on hundreds of images. */
const widthsAt100 = new Map<string, number>();

/**
 * The width in SVG user units that resvg gives `text` at `fontSize` and `fontWeight` (its ink, from the glyph
 * outlines): what share images and chart PNGs use to wrap and shrink text, so the measure and the picture come
 * from one font. Outlines scale exactly, so each text is measured once at 100 px and scaled.
 */
export function textWidth(text: string, fontSize: number, fontWeight: FontWeight): number {
  if (text.trim() === '') return 0;
  const key = `${fontWeight}|${text}`;
  let at100 = widthsAt100.get(key);
  if (at100 === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${100 * (text.length + 2)}" height="200">` +
      `<text x="0" y="150" font-family="${SHARE_FONT_FAMILY}" font-size="100" font-weight="${fontWeight}">${escapeXml(text)}</text></svg>`;
    const file = fontsFor(text) === 'subset' ? subsetFontPath(fontWeight) : fullFontPath(fontWeight);
    at100 = new Resvg(svg, { font: fontOptions([file]), logLevel: 'error' }).getBBox()?.width ?? 0;
    widthsAt100.set(key, at100);
  }
  return (at100 * fontSize) / 100;
}
