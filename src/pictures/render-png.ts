// SVG → PNG at build time, without a browser: resvg (Rust, via @resvg/resvg-js) with the Inter font (see
// font-files.ts), then sharp (libvips and libimagequant) turns resvg's RGBA into an 8-bit palette PNG, 0.36–0.41
// of the size. System fonts are never loaded and the quantiser has no randomness, so a PNG depends only on its
// SVG and these files: the same SVG gives the same bytes on every build machine of one platform.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';
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
 * How the RGBA picture becomes a palette PNG: at most 256 colours chosen for it by libimagequant at its slowest and
 * most careful (effort 10), zlib at its strongest. A chart or share image has fewer colours than that and keeps
 * every pixel; a map's anti-aliased edges share entries (a colour channel moves by 32 of 255 at most, on 2–4% of its
 * pixels, which is not visible even enlarged).
 * Lower efforts save 10–20% of the time but give larger, less faithful maps.
 */
const PALETTE_PNG = { palette: true, colours: 256, compressionLevel: 9, effort: 10 } as const;
/** What turns resvg's picture into the published bytes, part of the PNG cache's key (png-cache.ts). */
export const PNG_ENCODER = `sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, libimagequant ${sharp.versions.imagequant}, ${JSON.stringify(PALETTE_PNG)}`;

/**
 * Renders an SVG document to an 8-bit palette PNG, scaled to `width` pixels (height follows the SVG's aspect
 * ratio). The Inter subsets draw it when they hold every character of the SVG, the full files otherwise; both give
 * the same pixels.
 */
export async function svgToPng(svg: string, width: number, fonts: 'subset' | 'full' = fontsFor(svg)): Promise<Buffer> {
  if (!Number.isInteger(width) || width <= 0) throw new RangeError(`svgToPng: width must be a positive whole number of pixels, got ${width}`);
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: ALL_FONTS[fonts], logLevel: 'error' });
  return sharp(resvg.render().asPng()).png(PALETTE_PNG).toBuffer();
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
