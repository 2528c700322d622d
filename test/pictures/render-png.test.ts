import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { svgToPng, textWidth } from '../../src/pictures/render-png.ts';
import { pngHeader, pngSize } from './png-size.ts';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><rect width="300" height="100" fill="#fff"/>` +
  `<text x="10" y="60" font-family="Inter" font-size="40" font-weight="700" fill="${fill}">24.348</text></svg>`;

describe('svgToPng', () => {
  it('svgToPng(svg, width) writes a PNG scaled to the width, keeping the aspect ratio', async () => {
    const png = await svgToPng(svg('#0b5e55'), 600);
    expect(pngSize(png)).toEqual({ width: 600, height: 200 });
  });

  it('svgToPng writes an 8-bit palette PNG (colour type 3) that decodes to the picture\'s size and its exact colours', async () => {
    const png = await svgToPng(svg('#0b5e55'), 600);
    expect(pngHeader(png)).toEqual({ width: 600, height: 200, bitDepth: 8, colourType: 3 });
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([600, 200, 4]);
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) colours.add(data.subarray(i, i + 4).toString('hex'));
    // The flat colours survive exactly; only the anti-aliased edges between them share palette entries.
    expect(colours).toContain('ffffffff');
    expect(colours).toContain('0b5e55ff');
    expect(colours.size).toBeLessThanOrEqual(256);
  });

  it('svgToPng(same svg) gives the same bytes every time; a different colour gives different bytes', async () => {
    const a = await svgToPng(svg('#0b5e55'), 300);
    expect((await svgToPng(svg('#0b5e55'), 300)).equals(a)).toBe(true);
    expect((await svgToPng(svg('#1a1a1a'), 300)).equals(a)).toBe(false);
  });

  it('svgToPng draws text with the bundled font (no system fonts): the text changes the picture', async () => {
    const withText = await svgToPng(svg('#000000'), 300);
    const blank = await svgToPng(svg('#ffffff'), 300);
    expect(withText.equals(blank)).toBe(false);
    expect(withText.length).toBeGreaterThan(blank.length);
  });

  it('svgToPng refuses a width that is not a positive whole number', async () => {
    await expect(svgToPng(svg('#000'), 0)).rejects.toThrow(/width/);
    await expect(svgToPng(svg('#000'), 12.5)).rejects.toThrow(/width/);
  });
});

describe('textWidth', () => {
  it('textWidth(text, size, weight) grows with the text, the size and the weight', () => {
    const short = textWidth('Batam', 40, 400);
    expect(short).toBeGreaterThan(40);
    expect(textWidth('Batam Kota', 40, 400)).toBeGreaterThan(short);
    expect(textWidth('Batam', 80, 400)).toBeCloseTo(2 * short, -1);
    expect(textWidth('Batam', 40, 700)).toBeGreaterThan(short);
  });

  it('textWidth measures the real glyphs: "W" is wider than "i", and empty text is 0', () => {
    expect(textWidth('WWWW', 50, 400)).toBeGreaterThan(2 * textWidth('iiii', 50, 400));
    expect(textWidth('', 50, 400)).toBe(0);
    expect(textWidth('a < b & c', 50, 400)).toBeGreaterThan(textWidth('a b c', 50, 400));
  });
});
