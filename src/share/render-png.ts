// SVG → PNG at build time, without a browser: resvg (Rust, via @resvg/resvg-js) with the Inter font shipped in
// node_modules. System fonts are never loaded, so a PNG depends only on its SVG and these files: the same SVG
// gives the same bytes on every build machine of one platform.
import { fileURLToPath } from 'node:url';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from './escape-xml.ts';

/** The family every share image and chart PNG names in its SVG (font-family="Inter"); sans-serif maps to it too. */
export const SHARE_FONT_FAMILY = 'Inter';

/** Inter (SIL Open Font Licence 1.1) from @expo-google-fonts/inter: regular, semibold and bold. */
const FONT_FILE_OF_WEIGHT = {
  400: '400Regular/Inter_400Regular.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
  700: '700Bold/Inter_700Bold.ttf',
} as const;
type FontWeight = keyof typeof FONT_FILE_OF_WEIGHT;
const fontPath = (weight: FontWeight) => fileURLToPath(import.meta.resolve(`@expo-google-fonts/inter/${FONT_FILE_OF_WEIGHT[weight]}`));

const fontOptions = (files: string[]): ResvgRenderOptions['font'] => ({
  loadSystemFonts: false,
  fontFiles: files,
  defaultFontFamily: SHARE_FONT_FAMILY,
  sansSerifFamily: SHARE_FONT_FAMILY,
});
const ALL_FONTS = fontOptions([fontPath(400), fontPath(600), fontPath(700)]);
const FONT_OF_WEIGHT = { 400: fontOptions([fontPath(400)]), 600: fontOptions([fontPath(600)]), 700: fontOptions([fontPath(700)]) };

/** Renders an SVG document to PNG bytes, scaled to `width` pixels (height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, width: number): Buffer {
  if (!Number.isInteger(width) || width <= 0) throw new RangeError(`svgToPng: width must be a positive whole number of pixels, got ${width}`);
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: ALL_FONTS, logLevel: 'error' });
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
    at100 = new Resvg(svg, { font: FONT_OF_WEIGHT[fontWeight], logLevel: 'error' }).getBBox()?.width ?? 0;
    widthsAt100.set(key, at100);
  }
  return (at100 * fontSize) / 100;
}
