import { describe, expect, it } from 'vitest';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type OgImageInput, ogImagePng, ogImageSvg } from '../../src/pictures/og-image.ts';
import { svgToPng, textWidth } from '../../src/pictures/render-png.ts';
import { pngSize } from './png-size.ts';

const home: OgImageInput = {
  lang: 'id',
  siteName: 'Perlindungan Pekerja Rentan · Kota Batam',
  place: 'Kota Batam',
  figure: '24.348',
  figureLabel: 'peserta aktif',
  asOfDate: '30 November 2025',
  source: 'Dinas Tenaga Kerja Kota Batam',
  synthetic: false,
};
/** The worst case for space: synthetic band, a place on two lines, a source on two lines, a two-line label. */
const crowded: OgImageInput = {
  lang: 'en',
  siteName: 'Vulnerable Workers Cover · Kota Batam',
  place: 'Ride-hailing motorcycle drivers in Kelurahan Tanjung Sengkuang, Kecamatan Batu Ampar',
  figure: '12,345',
  figureLabel: 'RT (neighbourhood) heads enrolled out of all those eligible',
  asOfDate: '30 November 2025',
  source: 'Synthetic demonstration data; category totals follow the figures announced by the Batam City Government (September–November 2025)',
  synthetic: true,
};

interface TextElement { x: number; y: number; size: number; weight: 400 | 600 | 700; middle: boolean; text: string }

/** The visible text of the image, one entry per <text> element, with entities decoded. */
function texts(svg: string): TextElement[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)" font-weight="(\d+)"[^>]*?( text-anchor="middle")?>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), weight: Number(m[4]) as 400 | 600 | 700, middle: m[5] !== undefined,
    text: m[6]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  }));
}
const allText = (svg: string) => texts(svg).map((t) => t.text).join(' ');

describe('ogImagePng', () => {
  it('ogImagePng(input) is a 1200×630 PNG', async () => {
    const png = await ogImagePng(home);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([OG_IMAGE_WIDTH, OG_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });

  it('ogImagePng(same input) gives the same bytes; another figure gives other bytes', async () => {
    const png = await ogImagePng(home);
    expect((await ogImagePng({ ...home })).equals(png)).toBe(true);
    expect((await ogImagePng({ ...home, figure: '24.349' })).equals(png)).toBe(false);
  });

  it('ogImagePng stays small enough for link previews (WhatsApp skips images of several hundred kB)', async () => {
    expect((await ogImagePng(crowded)).length).toBeLessThan(200_000);
  });
});

describe('ogImageSvg', () => {
  it('ogImageSvg shows the figure, its label, the place, the as-of date and the source', () => {
    const shown = allText(ogImageSvg(home));
    for (const part of ['24.348', 'peserta aktif', 'Kota Batam', 'Data per 30 November 2025', 'Sumber: Dinas Tenaga Kerja Kota Batam', home.siteName])
      expect(shown).toContain(part);
  });

  it('ogImageSvg(English) uses English words', () => {
    const shown = allText(ogImageSvg({ ...home, lang: 'en', figure: '24,348', figureLabel: 'active members' }));
    expect(shown).toContain('Data as of 30 November 2025');
    expect(shown).toContain('Source: Dinas Tenaga Kerja Kota Batam');
    expect(shown).not.toContain('Sumber');
  });

  it('ogImageSvg shows the synthetic-data marker only when the data is synthetic', () => {
    expect(allText(ogImageSvg({ ...home, synthetic: true }))).toContain('DATA SINTETIS · SYNTHETIC DATA');
    expect(allText(ogImageSvg({ ...home, lang: 'en', synthetic: true }))).toContain('SYNTHETIC DATA · DATA SINTETIS');
    expect(ogImageSvg(home)).not.toMatch(/SINTETIS|SYNTHETIC/);
  });

  it('ogImageSvg wraps or shrinks long text so that every line fits inside the margins', () => {
    const svg = ogImageSvg(crowded);
    for (const t of texts(svg)) {
      const width = textWidth(t.text, t.size, t.weight);
      const left = t.middle ? t.x - width / 2 : t.x;
      expect(left + width, `"${t.text}" at ${t.size}px`).toBeLessThanOrEqual(OG_IMAGE_WIDTH - 60);
      expect(left, `"${t.text}" at ${t.size}px`).toBeGreaterThanOrEqual(60);
    }
    // The whole place is there, on up to two lines, and the source starts as given.
    const placeLines = texts(svg).filter((t) => t.weight === 700 && crowded.place.includes(t.text.replace('…', '')));
    expect(placeLines.map((t) => t.text).join(' ')).toBe(crowded.place);
    expect(allText(svg)).toContain('Source: Synthetic demonstration data;');
  });

  it('ogImageSvg keeps every text at 28 px or more, and the figure the largest', () => {
    for (const input of [home, crowded]) {
      const all = texts(ogImageSvg(input));
      for (const t of all) expect(t.size, t.text).toBeGreaterThanOrEqual(28);
      const figure = all.find((t) => t.text === input.figure)!;
      expect(Math.max(...all.map((t) => t.size))).toBe(figure.size);
      expect(figure.size).toBeGreaterThanOrEqual(72);
    }
  });

  it('ogImageSvg lines in the left column do not overlap (capitals to descenders), even when crowded', () => {
    for (const input of [home, crowded, { ...crowded, synthetic: false }]) {
      const column = texts(ogImageSvg(input)).filter((t) => t.x <= 64 && !t.middle).sort((a, b) => a.y - b.y);
      for (let i = 1; i < column.length; i++) {
        const above = column[i - 1]!;
        const below = column[i]!;
        // Inter: capitals reach 0.73 em above the baseline, descenders and commas 0.2 em below.
        expect(below.y - 0.73 * below.size, `"${below.text}" below "${above.text}"`).toBeGreaterThan(above.y + 0.2 * above.size);
      }
      expect(column.at(-1)!.y + 0.2 * column.at(-1)!.size).toBeLessThan(OG_IMAGE_HEIGHT);
    }
  });

  it('ogImageSvg escapes text for XML, so markup in a name stays text and the SVG still renders', async () => {
    const tricky = { ...home, place: 'Kelurahan <script>alert("x")</script> & Sons', source: "O'Brien & \u0007Co" };
    const svg = ogImageSvg(tricky);
    expect(svg).not.toContain('<script');
    expect(allText(svg)).toContain('Kelurahan <script>alert("x")</script> & Sons');
    expect(allText(svg)).toContain("O'Brien & Co");
    expect(pngSize(await svgToPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });
});
