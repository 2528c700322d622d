import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSubset } from '../../scripts/fonts.ts';
import { FONT_WEIGHTS, inSubset, subsetFontPath } from '../../src/pictures/font-files.ts';
import { fontsFor, svgToPng } from '../../src/pictures/render-png.ts';

/** Text in every weight the pictures use, with accents, figures, rupiah, percent, dashes and the middle dot. */
const sample = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200"><rect width="640" height="200" fill="#fff"/>` +
  [400, 600, 700].map((w, i) => `<text x="8" y="${50 + i * 55}" font-family="Inter" font-size="30" font-weight="${w}">${text}</text>`).join('') +
  `</svg>`;

describe('Inter subsets (src/pictures/fonts)', () => {
  it('the committed subsets are exactly what `npm run fonts` makes from @expo-google-fonts/inter', async () => {
    for (const weight of FONT_WEIGHTS) expect((await makeSubset(weight)).equals(readFileSync(subsetFontPath(weight))), `Inter ${weight}; run npm run fonts`).toBe(true);
  });

  it('svgToPng draws the same pixels with the subsets as with the full files, in every weight', async () => {
    const svg = sample('Rp16.800 · 86,8% – Céline Ñ “Batam” 1–4 ≤ 5 →');
    expect(fontsFor(svg)).toBe('subset');
    expect((await svgToPng(svg, 640, 'subset')).equals(await svgToPng(svg, 640, 'full'))).toBe(true);
  });

  it('svgToPng falls back to the full files for a character the subsets lack, which they would draw wrongly', async () => {
    const svg = sample('Hà Nội Ω');
    expect(inSubset('ộ'.codePointAt(0)!)).toBe(false);
    expect(fontsFor(svg)).toBe('full');
    const full = await svgToPng(svg, 640, 'full');
    expect((await svgToPng(svg, 640)).equals(full)).toBe(true);
    expect((await svgToPng(svg, 640, 'subset')).equals(full)).toBe(false);
  });
});
