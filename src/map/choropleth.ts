import { niceStep } from '../shared/nice-step.ts';
import { formatCount, formatPercent, type Lang } from '../lib/format.ts';

export type Measure = 'count' | 'percent';

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
 * Hidden areas: grey stripes on white (4.5:1, so the texture shows), lighter than the outline so that
 * neighbouring hidden areas keep a visible border between them.
 */
export const HATCH = { background: '#ffffff', stripe: '#767676' } as const;

/**
 * Coverage classes for percent 0–100 with one decimal: fixed so every map reads the same way. Half, three
 * quarters and nine in ten of the target; the top class is everyone the target counts.
 */
const PERCENT_BREAKS = [50, 75, 90, 100] as const;

export interface ClassScale {
  measure: Measure;
  /** Lower bounds of classes 1…n−1: a value v is in the first class whose next break is above v. */
  breaks: number[];
  /** One fill per class, spread over the palette when there are fewer than five classes. */
  colours: string[];
  /** The smallest and largest shown value, for the legend of a map whose values are all alike. */
  range: [number, number] | null;
}

/** The scale for one map: fixed breaks for percents, nice rounded breaks of the map's own values for counts. */
export function classScale(measure: Measure, values: Array<number | null>): ClassScale {
  const shown = values.filter((v): v is number => v !== null);
  const breaks = measure === 'percent' ? [...PERCENT_BREAKS] : countBreaks(shown);
  const range: [number, number] | null = shown.length ? [Math.min(...shown), Math.max(...shown)] : null;
  return { measure, breaks, colours: spreadPalette(breaks.length + 1), range };
}

/**
 * Up to four breaks that split the counts into classes of about equal size (quintiles), each rounded to a
 * multiple of a nice step (1, 2 or 5 × 10ⁿ, about a 25th of the range: round enough to read, fine enough
 * to keep the classes near even) so the legend reads "1.600–1.699";
 * a break that would leave a class empty is dropped.
 */
export function countBreaks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
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
  return breaks;
}

/** The class of a value, or null for a hidden value. */
export function classIndex(value: number | null, scale: ClassScale): number | null {
  if (value === null) return null;
  const i = scale.breaks.findIndex((b) => value < b);
  return i === -1 ? scale.breaks.length : i;
}

/** How an area is painted: its class's fill and the outline that stands out against it, or the hatch. */
export function fillFor(value: number | null, scale: ClassScale): { fill: string; outline: string; hatched: boolean } {
  const i = classIndex(value, scale);
  if (i === null) return { fill: HATCH.background, outline: OUTLINE_ON_LIGHT, hatched: true };
  const fill = scale.colours[i]!;
  return { fill, outline: outlineFor(fill), hatched: false };
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
 * One entry per class, light to dark, with its range in the page's language: counts are whole people
 * ("1.600–1.799"), percents have one decimal ("75–89,9%").
 */
export function legendEntries(scale: ClassScale, lang: Lang): LegendEntry[] {
  const { breaks, measure } = scale;
  const unit = measure === 'percent' ? 0.1 : 1;
  const fmt = (v: number) => (measure === 'percent' ? formatPercent(v, lang) : formatCount(v, lang));
  const bare = (v: number) => (measure === 'percent' ? formatPercent(v, lang).replace('%', '') : formatCount(v, lang));
  const words = WORDS[lang];
  if (breaks.length === 0) {
    const [low, high] = scale.range ?? [0, 0];
    return scale.range ? [{ colour: scale.colours[0]!, label: low === high ? fmt(low) : `${bare(low)}–${fmt(high)}` }] : [];
  }
  return scale.colours.map((colour, i) => {
    if (i === 0) return { colour, label: `${words.under} ${fmt(breaks[0]!)}` };
    const low = breaks[i - 1]!;
    if (i === breaks.length) {
      // The full-target class: values above 100 would be a data error upstream, so the label stays "100%".
      if (measure === 'percent' && low === 100) return { colour, label: fmt(100) };
      return { colour, label: `${fmt(low)} ${words.orMore}` };
    }
    const high = Math.round((breaks[i]! - unit) * 10) / 10;
    return { colour, label: `${bare(low)}–${fmt(high)}` };
  });
}

const WORDS = {
  id: { under: 'kurang dari', orMore: 'atau lebih' },
  en: { under: 'under', orMore: 'or more' },
} as const;
