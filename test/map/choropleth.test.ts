import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classIndex, classScale, DOTS, HATCH, legendEntries, OUTLINE_ON_DARK, OUTLINE_ON_LIGHT, outlineFor, paintFor,
  PALETTE, quintileBreaks, spreadPalette,
} from '../../src/map/choropleth.ts';
import type { RateMeasure } from '../../src/map/map-spec.ts';

/** WCAG 2.2 contrast ratio, written out here rather than shared with the code under test. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Batam's published 'semua' counts per kecamatan (data/published/enrollment.json), in code order.
const BATAM = [1818, 1804, 2804, 1566, 1339, 1670, 1859, 3601, 1133, 2418, 2772, 1564];
// The same as members per 1,000 residents (Dukcapil's August 2013 kecamatan counts), one decimal.
const RATES = [74.7, 20.3, 20.5, 25.1, 115.8, 15.8, 17, 216.4, 9.7, 14.7, 15.8, 12.6];

describe('classScale', () => {
  it('classScale(count) refuses: counts are never coloured as a choropleth', () => {
    expect(() => classScale('count' as RateMeasure, BATAM)).toThrow(/never coloured as a choropleth.*proportional symbols/);
  });
});

describe('quintileBreaks', () => {
  it('quintileBreaks(Batam kecamatan counts) puts quintiles on round hundreds', () => {
    // Range 2468 → step niceStep(98.7) = 100. Sorted, the values at 12·i/5 (i = 1…4) are the 3rd, 5th, 8th and
    // 10th: 1564, 1670, 1859, 2772, which round to 1600, 1700, 1900, 2800.
    expect(quintileBreaks(BATAM)).toEqual([1600, 1700, 1900, 2800]);
  });

  it('quintileBreaks(rates, 0.1) rounds to tenths: the steps are whole tenths of the range', () => {
    // In tenths: range 2067 → step niceStep(82.7) = 100 tenths = 10; the 3rd, 5th, 8th and 10th values are 14.7,
    // 15.8, 20.5, 74.7 → 10, 20, 20 (a repeat, dropped), 70.
    expect(quintileBreaks(RATES, 0.1)).toEqual([10, 20, 70]);
    expect(quintileBreaks([0.4, 0.5, 0.6, 0.7, 0.8, 0.9], 0.1)).toEqual([0.5, 0.6, 0.7, 0.8]);
  });

  it('quintileBreaks(values all alike, or none) has no breaks: one class', () => {
    expect(quintileBreaks([40, 40, 40])).toEqual([]);
    expect(quintileBreaks([])).toEqual([]);
  });

  it('quintileBreaks(two distinct values) splits them into two classes', () => {
    expect(quintileBreaks([10, 10, 10, 10, 90])).toEqual([90]);
  });

  it('quintileBreaks(mostly one value) still parts the others from it, though every quintile falls on that value', () => {
    expect(quintileBreaks([0, 0.5, 0, 0, 0, 0.6, 0, 0, 0, 0, 0, 0], 0.1)).toEqual([0.5]);
    expect(quintileBreaks([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 14])).toEqual([14]);
  });

  it('quintileBreaks(any rates) gives at most four rising breaks and leaves no class empty', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000 }).map((t) => t / 10), { minLength: 1, maxLength: 70 }), (values) => {
        const breaks = quintileBreaks(values, 0.1);
        expect(breaks.length).toBeLessThanOrEqual(4);
        expect(breaks.length > 0).toBe(new Set(values).size > 1);
        for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
        const scale = classScale('perThousand', values);
        const used = new Set(values.map((v) => classIndex(v, scale)));
        expect(used.size).toBe(breaks.length + 1);
      }),
    );
  });
});

describe('classIndex', () => {
  it('classIndex(coverage) uses the fixed breaks 50, 75, 90, 100 whatever the values: 100% is a class of its own', () => {
    const scale = classScale('coverage', [99, 100]);
    expect([0, 49.9, 50, 74.9, 75, 89.9, 90, 99.9, 100].map((v) => classIndex(v, scale))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4]);
  });

  it('classIndex(null) is null: a value not shown has no class', () => {
    expect(classIndex(null, classScale('perThousand', RATES))).toBeNull();
  });
});

describe('legendEntries', () => {
  it('legendEntries(coverage, id) writes one-decimal ranges the Indonesian way', () => {
    expect(legendEntries(classScale('coverage', [80]), 'id').map((e) => e.label)).toEqual(['kurang dari 50%', '50–74,9%', '75–89,9%', '90–99,9%', '100%']);
  });

  it('legendEntries(coverage, en) writes them the English way', () => {
    expect(legendEntries(classScale('coverage', [80]), 'en').map((e) => e.label)).toEqual(['under 50%', '50–74.9%', '75–89.9%', '90–99.9%', '100%']);
  });

  it('legendEntries(rates) gives one-decimal ranges, light to dark', () => {
    const scale = classScale('perThousand', RATES);
    expect(legendEntries(scale, 'id').map((e) => e.label)).toEqual(['kurang dari 10,0', '10,0–19,9', '20,0–69,9', '70,0 atau lebih']);
    expect(legendEntries(scale, 'en').map((e) => e.label)).toEqual(['under 10.0', '10.0–19.9', '20.0–69.9', '70.0 or more']);
    expect(legendEntries(scale, 'en').map((e) => e.colour)).toEqual(spreadPalette(4));
  });

  it('legendEntries(one class) names the one value, or the range when values differ within it', () => {
    expect(legendEntries(classScale('perThousand', [12, 12, null]), 'id').map((e) => e.label)).toEqual(['12,0']);
    expect(legendEntries(classScale('perThousand', [null]), 'id')).toEqual([]);
  });
});

describe('palette', () => {
  it('spreadPalette(n) keeps both ends of the ramp for fewer classes', () => {
    expect(spreadPalette(5)).toEqual([...PALETTE]);
    expect(spreadPalette(3)).toEqual([PALETTE[0], PALETTE[2], PALETTE[4]]);
    expect(spreadPalette(2)).toEqual([PALETTE[0], PALETTE[4]]);
  });

  it('the palette runs light to dark', () => {
    // Strictly darker each step: contrast against white grows.
    const againstWhite = PALETTE.map((c) => contrast(c, '#ffffff'));
    for (let i = 1; i < againstWhite.length; i++) expect(againstWhite[i]!).toBeGreaterThan(againstWhite[i - 1]!);
  });

  it('outlineFor(fill) stands out at 3:1 against every fill, and every area stands out against the white page', () => {
    for (const fill of PALETTE) {
      expect(contrast(outlineFor(fill), fill), fill).toBeGreaterThanOrEqual(3);
      // The area's edge against the page: its outline when that is dark, else its own fill.
      const edge = outlineFor(fill) === OUTLINE_ON_DARK ? fill : outlineFor(fill);
      expect(contrast(edge, '#ffffff'), fill).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(OUTLINE_ON_LIGHT, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('the hatch shows (stripes 3:1 on their ground) and stays lighter than the outline between hidden areas', () => {
    expect(contrast(HATCH.stripe, HATCH.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(OUTLINE_ON_LIGHT, HATCH.background)).toBeGreaterThan(contrast(HATCH.stripe, HATCH.background));
  });

  it('the dots show on their ground, stay lighter than the outline, and read apart from the hatch by their shape', () => {
    expect(contrast(DOTS.dot, DOTS.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(OUTLINE_ON_LIGHT, DOTS.background)).toBeGreaterThan(contrast(DOTS.dot, DOTS.background));
  });

  it('paintFor(hidden) hatches, paintFor(no base) dots, paintFor(shown) paints its class', () => {
    const scale = classScale('coverage', [80]);
    expect(paintFor({ value: null, state: 'hidden' }, scale)).toEqual({ fill: HATCH.background, outline: OUTLINE_ON_LIGHT, pattern: 'hatch' });
    expect(paintFor({ value: null, state: 'no-base' }, scale)).toEqual({ fill: DOTS.background, outline: OUTLINE_ON_LIGHT, pattern: 'dots' });
    expect(paintFor({ value: 100, state: 'shown' }, scale)).toEqual({ fill: PALETTE[4], outline: OUTLINE_ON_DARK, pattern: null });
    expect(paintFor({ value: 12.5, state: 'shown' }, scale)).toEqual({ fill: PALETTE[0], outline: OUTLINE_ON_LIGHT, pattern: null });
  });
});
