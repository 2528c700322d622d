import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legendCounts, SYMBOL, symbolRadius, symbolScale } from '../../src/map/symbols.ts';

/** WCAG 2.2 contrast ratio, written out here rather than shared with the code under test. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r, g, bl] = rgb.map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** A translucent colour as seen over a ground. */
const over = (hex: string, opacity: number, ground: string) => rgb(hex).map((c, i) => opacity * c + (1 - opacity) * rgb(ground)[i]!);

describe('symbols', () => {
  it('a circle stands out at 3:1 over the pale areas and over the white sea, and its rim against it', () => {
    for (const ground of [SYMBOL.base, '#ffffff']) {
      const seen = over(SYMBOL.fill, SYMBOL.opacity, ground);
      expect(contrast(seen, rgb(ground)), ground).toBeGreaterThanOrEqual(3);
      expect(contrast(seen, rgb(SYMBOL.rim)), ground).toBeGreaterThanOrEqual(3);
    }
    // The pale areas keep a visible border: their outline against their fill and against the page.
    expect(contrast(rgb(SYMBOL.baseOutline), rgb(SYMBOL.base))).toBeGreaterThanOrEqual(3);
  });

  it('symbolRadius(count) makes a circle\'s area proportional to its count, none for 0 or hidden', () => {
    const scale = symbolScale([3600, 900, 100, null, 0], 600, 650);
    expect(symbolRadius(3600, scale)).toBe(scale.maxRadius);
    expect(symbolRadius(900, scale)).toBeCloseTo(scale.maxRadius / 2, 9);
    expect(symbolRadius(100, scale)).toBeCloseTo(scale.maxRadius / 6, 9);
    expect(symbolRadius(0, scale)).toBe(0);
    expect(symbolRadius(null, scale)).toBe(0);
  });

  it('symbolScale(values, …) gives the largest count at most 42 units, less when many areas share the map', () => {
    expect(symbolScale([5, 10], 600, 650).maxRadius).toBe(42);
    expect(symbolScale(Array(400).fill(3), 600, 650).maxRadius).toBeLessThan(42);
    expect(symbolScale(Array(400).fill(3), 600, 650).maxRadius).toBeGreaterThanOrEqual(8);
  });

  it('legendCounts(max) gives up to three round counts, largest first, none above the largest drawn', () => {
    expect(legendCounts(3601)).toEqual([3000, 500, 100]);
    expect(legendCounts(1075)).toEqual([1000, 200, 50]);
    expect(legendCounts(3)).toEqual([3]);
    expect(legendCounts(0)).toEqual([]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (max) => {
      const counts = legendCounts(max);
      expect(counts[0]!).toBeLessThanOrEqual(max);
      for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeLessThan(counts[i - 1]!);
      for (const c of counts) expect(String(c)).toMatch(/^[1235]0*$/);
    }));
  });
});
