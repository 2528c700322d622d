import type { Lang } from '../lib/format.ts';

/**
 * Proportional symbols: a map of counts draws one circle per area, its area proportional to the count, over
 * unpainted areas. Circles are navy at 75% opacity, so the borders under a big one still show; blended over the
 * pale areas or the white page they stay above 3:1 (test/map/symbols.test.ts), and a white rim keeps
 * overlapping circles apart. Largest first, so a small circle is never hidden under a big one.
 */
export const SYMBOL = { fill: '#253494', opacity: 0.75, rim: '#ffffff', base: '#f2f2f2', baseOutline: '#767676' } as const;

/** The radius of the largest circle, in map units (a drawing is 600 units across), and of the smallest shown. */
const MAX_RADIUS = 42;
const MIN_RADIUS = 1.5;

export interface SymbolScale {
  /** The largest count drawn, whose circle has the full radius. */
  max: number;
  maxRadius: number;
}

/**
 * The scale of a map of `values` drawn `width` × `height` units with `n` areas: the largest count gets a circle of
 * about half the room an area has on average, at most MAX_RADIUS.
 */
export function symbolScale(values: Array<number | null>, width: number, height: number, n = values.length): SymbolScale {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const room = Math.sqrt((width * height) / Math.max(n, 1));
  return { max, maxRadius: Math.max(8, Math.min(MAX_RADIUS, 0.45 * room)) };
}

/** A count's circle radius: area proportional to the count; none for 0 or a hidden count; a dot at least. */
export function symbolRadius(value: number | null, scale: SymbolScale): number {
  if (value === null || value <= 0 || scale.max <= 0) return 0;
  return Math.max(MIN_RADIUS, scale.maxRadius * Math.sqrt(value / scale.max));
}

/**
 * The legend's reference counts, largest first: the roundest number (1, 2, 3 or 5 × 10ⁿ) not above the largest
 * count, then about a quarter and a sixteenth of it, leaving out repeats and anything below 1.
 */
export function legendCounts(max: number): number[] {
  const roundDown = (v: number) => {
    if (v < 1) return 0;
    const power = 10 ** Math.floor(Math.log10(v));
    return [5, 3, 2, 1].map((m) => m * power).find((s) => s <= v)!;
  };
  const top = roundDown(max);
  return [...new Set([top, roundDown(top / 4), roundDown(top / 16)])].filter((v) => v >= 1);
}

/** The legend's title, in the page's language: what a circle's size means. */
export function symbolLegendTitle(lang: Lang): string {
  return lang === 'id' ? 'Jumlah peserta: luas lingkaran sebanding dengan jumlahnya' : 'Enrolled people: the area of each circle is proportional to the number';
}

