import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/charts/fit-text.ts';

/** Every character is half the font size wide: easy to reason about by hand. */
const monospace = (text: string, size: number) => [...text].length * size * 0.5;

describe('fitText', () => {
  it('fitText keeps the largest size when the text fits on one line', () => {
    // "Batam Kota" = 10 characters = 300 at 60.
    expect(fitText('Batam Kota', 300, [60, 40], 2, monospace)).toEqual({ fontSize: 60, lines: ['Batam Kota'] });
  });

  it('fitText wraps at spaces within maxLines before shrinking', () => {
    // At 60 each line holds 10 characters.
    expect(fitText('Kelurahan Sekupang', 300, [60, 40], 2, monospace)).toEqual({ fontSize: 60, lines: ['Kelurahan', 'Sekupang'] });
  });

  it('fitText shrinks when the text needs more lines than allowed at the larger size', () => {
    // At 60 a line holds 11 characters: three lines. At 40 it holds 17: "Kelurahan Tanjung" fits, then "Sengkuang".
    expect(fitText('Kelurahan Tanjung Sengkuang', 340, [60, 40], 2, monospace)).toEqual({ fontSize: 40, lines: ['Kelurahan Tanjung', 'Sengkuang'] });
  });

  it('fitText cuts the last line with an ellipsis at the smallest size when the text still does not fit', () => {
    const fitted = fitText('one two three four five six seven eight', 100, [20], 2, monospace);
    expect(fitted.fontSize).toBe(20);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]!.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(monospace(line, 20)).toBeLessThanOrEqual(100);
    // 10 characters a line: "three four…" would be 11.
    expect(fitted.lines).toEqual(['one two', 'three…']);
  });

  it('fitText cuts a single word longer than a line by characters', () => {
    const fitted = fitText('Supercalifragilistic', 100, [20], 1, monospace);
    // 10 characters fit: nine letters and the ellipsis.
    expect(fitted.lines).toEqual(['Supercali…']);
  });

  it('fitText drops punctuation before the ellipsis', () => {
    const fitted = fitText('Data sintetis; jumlah per kategori', 150, [20], 1, monospace);
    expect(fitted.lines).toEqual(['Data sintetis…']);
  });

  it('fitText of empty text gives no lines', () => {
    expect(fitText('   ', 100, [20], 1, monospace)).toEqual({ fontSize: 20, lines: [] });
  });
});
