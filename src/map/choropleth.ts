import { niceStep } from '../shared/nice-step.ts';
import { formatPercent, formatRate, type Lang } from '../lib/format.ts';
import type { AreaState, MapMeasure, RateMeasure } from './map-spec.ts';

/**
 * ColorBrewer YlGnBu, 5 classes, light → dark: sequential, marked colour-blind safe and print friendly by
 * ColorBrewer, and it ends in blues that sit well with the site's teal. No single outline colour reaches 3:1
 * against all five fills (the middle ones are mid-tones), so the outline follows the fill: dark grey on the three
 * light classes (≥ 3:1 against them and against the white page, so a pale island never disappears into the sea),
 * white on the two dark classes (whose fills are themselves ≥ 4:1 against the page). test/map/choropleth.test.ts
 * checks every pairing.
 */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const OUTLINE_ON_LIGHT = '#505050';
export const OUTLINE_ON_DARK = '#ffffff';
/**
 * Areas without a colour get a texture, so they read apart from every class whatever one's colour vision: hidden
 * ones grey stripes, those without a base (no target, no population figure) grey dots, both on white at 4.5:1 so
 * the texture shows, and lighter than the outline so neighbours keep a visible border.
 */
export const HATCH = { background: '#ffffff', stripe: '#767676' } as const;
export const DOTS = { background: '#ffffff', dot: '#767676' } as const;

/**
 * Coverage classes for percent 0–100 with one decimal: fixed so every map reads the same way. Half, three
 * quarters and nine in ten of the target; the top class is the whole target and nothing else.
 */
const COVERAGE_BREAKS = [50, 75, 90, 100] as const;

export interface ClassScale {
  measure: RateMeasure;
  /** Lower bounds of classes 1…n−1: a value v is in the first class whose next break is above v. */
  breaks: number[];
  /** One fill per class, spread over the palette when there are fewer than five classes. */
  colours: string[];
  /** The smallest and largest shown value, for the legend of a map whose values are all alike. */
  range: [number, number] | null;
}

/**
 * The classes of a choropleth: fixed breaks for coverage, rounded quintiles of the map's own rates per 1,000.
 * Only rates have classes: a map of counts is drawn with circles (src/map/symbols.ts), and asking for the
 * classes of counts is a mistake this refuses.
 */
export function classScale(measure: RateMeasure, values: Array<number | null>): ClassScale {
  if ((measure as MapMeasure) === 'count') throw new Error('counts are never coloured as a choropleth: draw them as proportional symbols (src/map/symbols.ts)');
  const shown = values.filter((v): v is number => v !== null);
  const breaks = measure === 'coverage' ? [...COVERAGE_BREAKS] : quintileBreaks(shown, 0.1);
  const range: [number, number] | null = shown.length ? [Math.min(...shown), Math.max(...shown)] : null;
  return { measure, breaks, colours: spreadPalette(breaks.length + 1), range };
}

/**
 * Up to four breaks that split the values into classes of about equal size (quintiles), each rounded to a
 * multiple of a nice step (1, 2 or 5 × 10ⁿ units, about a 25th of the range: round enough to read, fine enough to
 * keep the classes near even) so the legend reads "1,5–1,9"; a break that would leave a class empty is dropped.
 * Values that differ always get at least two classes.
 * `unit` is the values' precision (0.1 for rates with one decimal).
 */
export function quintileBreaks(values: number[], unit = 1): number[] {
  const sorted = values.map((v) => Math.round(v / unit)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [];
  const step = niceStep((max - min) / 25);
  const candidates = [1, 2, 3, 4].map((i) => Math.round(sorted[Math.floor((i * sorted.length) / 5)]! / step) * step);
  const breaks: number[] = [];
  for (const b of candidates) {
    const previous = breaks[breaks.length - 1] ?? -Infinity;
    const below = sorted.some((v) => v >= previous && v < b);
    const above = sorted.some((v) => v >= b);
    if (b > previous && below && above) breaks.push(b);
  }
  // Mostly one value (ten areas with none, two with a few): the quintiles all fall on it, so the others get a
  // class of their own from the next value up.
  if (breaks.length === 0) {
    const next = sorted.find((v) => v > min)!;
    const rounded = Math.floor(next / step) * step;
    breaks.push(rounded > min ? rounded : next);
  }
  return breaks.map((b) => Math.round(b * unit * 1e6) / 1e6);
}

/** The class of a value, or null for a value not shown. */
export function classIndex(value: number | null, scale: ClassScale): number | null {
  if (value === null) return null;
  const i = scale.breaks.findIndex((b) => value < b);
  return i === -1 ? scale.breaks.length : i;
}

export interface Paint {
  fill: string;
  outline: string;
  /** The texture of an area without a colour: stripes when hidden, dots when it has no base. */
  pattern: 'hatch' | 'dots' | null;
}

/** How an area is painted: its class's fill and the outline that stands out against it, or its texture. */
export function paintFor(area: { value: number | null; state: AreaState }, scale: ClassScale): Paint {
  if (area.state === 'hidden') return { fill: HATCH.background, outline: OUTLINE_ON_LIGHT, pattern: 'hatch' };
  const i = classIndex(area.value, scale);
  if (area.state === 'no-base' || i === null) return { fill: DOTS.background, outline: OUTLINE_ON_LIGHT, pattern: 'dots' };
  const fill = scale.colours[i]!;
  return { fill, outline: outlineFor(fill), pattern: null };
}

/** The ids of a map's two textures under an id prefix ("peta-arsir", "peta-titik"): the page and the picture name them alike. */
export function textureIds(prefix: string): { hatch: string; dots: string } {
  return { hatch: `${prefix}-arsir`, dots: `${prefix}-titik` };
}

/** The two textures as SVG <pattern>s, for a <defs>: the one definition the page and the picture draw. */
export function texturePatterns(prefix: string): string {
  const ids = textureIds(prefix);
  return `<pattern id="${ids.hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${HATCH.background}"/><path d="M1.5 0v6" stroke="${HATCH.stripe}" stroke-width="1.5"/></pattern>`
    + `<pattern id="${ids.dots}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${DOTS.background}"/><circle cx="3" cy="3" r="1.2" fill="${DOTS.dot}"/></pattern>`;
}

/** What an area is filled with: its class's colour, or its texture from the patterns under `prefix`. */
export function fillOf(paint: Paint, prefix: string): string {
  return paint.pattern === null ? paint.fill : `url(#${textureIds(prefix)[paint.pattern]})`;
}

/** White on the two darkest palette colours, dark grey on the rest (see PALETTE). */
export function outlineFor(fill: string): string {
  return PALETTE.indexOf(fill as (typeof PALETTE)[number]) >= 3 ? OUTLINE_ON_DARK : OUTLINE_ON_LIGHT;
}

/** n colours from the palette, light to dark, keeping both ends so few classes still span the whole ramp. */
export function spreadPalette(n: number): string[] {
  if (n <= 1) return [PALETTE[2]];
  return Array.from({ length: n }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (n - 1))]!);
}

export interface LegendEntry { colour: string; label: string }

/**
 * One entry per class, light to dark, with its range in the page's language: coverage with one decimal
 * ("75–89,9%", and "100%" alone), rates per 1,000 with one decimal ("1,5–1,9").
 */
export function legendEntries(scale: ClassScale, lang: Lang): LegendEntry[] {
  const { breaks, measure } = scale;
  const coverage = measure === 'coverage';
  const fmt = (v: number) => (coverage ? formatPercent(v, lang) : formatRate(v, lang));
  const bare = (v: number) => (coverage ? formatPercent(v, lang).replace('%', '') : formatRate(v, lang));
  const words = WORDS[lang];
  if (breaks.length === 0) {
    const [low, high] = scale.range ?? [0, 0];
    return scale.range ? [{ colour: scale.colours[0]!, label: low === high ? fmt(low) : `${bare(low)}–${fmt(high)}` }] : [];
  }
  return scale.colours.map((colour, i) => {
    if (i === 0) return { colour, label: `${words.under} ${fmt(breaks[0]!)}` };
    const low = breaks[i - 1]!;
    if (i === breaks.length) {
      // The whole target: stage 1 caps counts at their target, so this class is exactly 100%.
      if (coverage && low === 100) return { colour, label: fmt(100) };
      return { colour, label: `${fmt(low)} ${words.orMore}` };
    }
    const high = Math.round((breaks[i]! - 0.1) * 10) / 10;
    return { colour, label: `${bare(low)}–${fmt(high)}` };
  });
}

const WORDS = {
  id: { under: 'kurang dari', orMore: 'atau lebih' },
  en: { under: 'under', orMore: 'or more' },
} as const;
