// SVG → PNG at build time, without a browser: resvg (Rust, via @resvg/resvg-js) with the Inter font shipped in
// node_modules. System fonts are never loaded, so a PNG depends only on its SVG and these files: the same SVG
// gives the same bytes on every build machine of one platform.
import { fileURLToPath } from 'node:url';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from './escape-xml.ts';

/** The family every share image and chart PNG names in its SVG (font-family="Inter"); sans-serif maps to it too. */
export const SHARE_FONT_FAMILY = 'Inter';

/** Inter (SIL Open Font Licence 1.1) from @expo-google-fonts/inter: regular, semibold and bold. */
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf']
  .map((file) => fileURLToPath(import.meta.resolve(`@expo-google-fonts/inter/${file}`)));

const FONT_OPTIONS: ResvgRenderOptions['font'] = {
  loadSystemFonts: false,
  fontFiles: FONT_FILES,
  defaultFontFamily: SHARE_FONT_FAMILY,
  sansSerifFamily: SHARE_FONT_FAMILY,
};

/** Renders an SVG document to PNG bytes, scaled to `width` pixels (height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, width: number): Buffer {
  if (!Number.isInteger(width) || width <= 0) throw new RangeError(`svgToPng: width must be a positive whole number of pixels, got ${width}`);
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: FONT_OPTIONS, logLevel: 'error' });
  return resvg.render().asPng();
}

/**
 * The width in SVG user units that resvg gives `text` at `fontSize` and `fontWeight` (its ink, from the glyph
 * outlines): what share images use to wrap and shrink text, so the measure and the picture come from one font.
 */
export function textWidth(text: string, fontSize: number, fontWeight: 400 | 600 | 700): number {
  if (text.trim() === '') return 0;
  const escaped = escapeXml(text);
  const size = Math.ceil(fontSize * (text.length + 2));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${Math.ceil(fontSize * 2)}">` +
    `<text x="0" y="${fontSize * 1.5}" font-family="${SHARE_FONT_FAMILY}" font-size="${fontSize}" font-weight="${fontWeight}">${escaped}</text></svg>`;
  return new Resvg(svg, { font: FONT_OPTIONS, logLevel: 'error' }).getBBox()?.width ?? 0;
}
