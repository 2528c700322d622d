import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classIndex, classScale, countBreaks, fillFor, HATCH, legendEntries, OUTLINE_ON_DARK, OUTLINE_ON_LIGHT, outlineFor,
  PALETTE, spreadPalette,
} from '../../src/map/choropleth.ts';

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

describe('countBreaks', () => {
  it('countBreaks(Batam kecamatan counts) puts quintiles on round hundreds', () => {
    // Range 2468 → step niceStep(98.7) = 100. Sorted, the values at 12·i/5 (i = 1…4) are the 3rd, 5th, 8th and
    // 10th: 1564, 1670, 1859, 2772, which round to 1600, 1700, 1900, 2800.
    expect(countBreaks(BATAM)).toEqual([1600, 1700, 1900, 2800]);
  });

  it('countBreaks(values all alike, or none) has no breaks: one class', () => {
    expect(countBreaks([40, 40, 40])).toEqual([]);
    expect(countBreaks([])).toEqual([]);
  });

  it('countBreaks(two distinct values) splits them into two classes', () => {
    expect(countBreaks([10, 10, 10, 10, 90])).toEqual([90]);
  });

  it('countBreaks(any counts) gives at most four rising breaks and leaves no class empty', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 70 }), (values) => {
        const breaks = countBreaks(values);
        expect(breaks.length).toBeLessThanOrEqual(4);
        for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
        const scale = classScale('count', values);
        const used = new Set(values.map((v) => classIndex(v, scale)));
        expect(used.size).toBe(breaks.length + 1);
      }),
    );
  });
});

describe('classIndex', () => {
  it('classIndex(percent) uses the fixed breaks 50, 75, 90, 100 whatever the values', () => {
    const scale = classScale('percent', [99, 100]);
    expect([0, 49.9, 50, 74.9, 75, 89.9, 90, 99.9, 100].map((v) => classIndex(v, scale))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4]);
  });

  it('classIndex(null) is null: hidden values have no class', () => {
    expect(classIndex(null, classScale('count', BATAM))).toBeNull();
  });
});

describe('legendEntries', () => {
  it('legendEntries(percent, id) writes one-decimal ranges the Indonesian way', () => {
    expect(legendEntries(classScale('percent', [80]), 'id').map((e) => e.label)).toEqual(['kurang dari 50%', '50–74,9%', '75–89,9%', '90–99,9%', '100%']);
  });

  it('legendEntries(percent, en) writes them the English way', () => {
    expect(legendEntries(classScale('percent', [80]), 'en').map((e) => e.label)).toEqual(['under 50%', '50–74.9%', '75–89.9%', '90–99.9%', '100%']);
  });

  it('legendEntries(counts) gives whole-person ranges, light to dark', () => {
    const scale = classScale('count', BATAM);
    expect(legendEntries(scale, 'id').map((e) => e.label)).toEqual(['kurang dari 1.600', '1.600–1.699', '1.700–1.899', '1.900–2.799', '2.800 atau lebih']);
    expect(legendEntries(scale, 'en').map((e) => e.label)).toEqual(['under 1,600', '1,600–1,699', '1,700–1,899', '1,900–2,799', '2,800 or more']);
    expect(legendEntries(scale, 'en').map((e) => e.colour)).toEqual([...PALETTE]);
  });

  it('legendEntries(one class) names the one value, or the range when values differ within it', () => {
    expect(legendEntries(classScale('count', [1200, 1200, null]), 'id').map((e) => e.label)).toEqual(['1.200']);
    expect(legendEntries(classScale('count', [null]), 'id')).toEqual([]);
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

  it('fillFor(null) hatches; fillFor(value) paints its class', () => {
    const scale = classScale('count', BATAM);
    expect(fillFor(null, scale)).toMatchObject({ hatched: true, outline: OUTLINE_ON_LIGHT });
    expect(fillFor(3601, scale)).toEqual({ fill: PALETTE[4], outline: OUTLINE_ON_DARK, hatched: false });
    expect(fillFor(1133, scale)).toEqual({ fill: PALETTE[0], outline: OUTLINE_ON_LIGHT, hatched: false });
  });
});
