import { describe, expect, it } from 'vitest';
import { chartSvg, type SvgFrame } from '../../src/charts/chart-svg.ts';
import { horizontalBars } from '../../src/charts/horizontal-bars.ts';
import { niceScale } from '../../src/charts/svg-parts.ts';
import type { ChartConfiguration } from 'chart.js';
import { svgToPng } from '../../src/pictures/render-png.ts';
import { pngSize } from '../pictures/png-size.ts';

/** A stand-in for the font: 0.6 em per character, so layouts do not depend on font files. */
const measure = (text: string, size: number) => text.length * size * 0.6;

const frame = (over: Partial<SvgFrame> = {}): SvgFrame => ({
  lang: 'id', title: 'Peserta aktif menurut kategori, Kecamatan Nongsa', asOf: 'Data per 30 November 2025 · Rilis 30 November 2025',
  source: 'Sumber: Dinas Tenaga Kerja', url: 'https://x.id/rilis/2025-11-30/kecamatan/nongsa/#menurut-kategori', synthetic: 'DATA SINTETIS',
  hiddenNote: 'Tanda * berarti angka disembunyikan untuk melindungi peserta.', approximateNote: '≈ angka perkiraan: ditambah atau dikurangi paling banyak 2 orang.',
  description: 'Grafik batang.', ...over,
});

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

const bars = horizontalBars([{ label: 'Ketua RT', value: 1234 }, { label: 'Ketua LPM', value: null }, { label: 'Pengemudi ojek online roda dua', value: 56 }], 'Peserta aktif', 'id');
const approximateBars = horizontalBars([{ label: 'Ketua RT', value: 1234, approximate: true }, { label: 'Ketua RW', value: 56 }], 'Peserta aktif', 'id');

describe('chartSvg with horizontal bars', () => {
  it('chartSvg(bars) draws one bar per shown value, writes each value in the page language and "*" for the hidden one', () => {
    const svg = chartSvg({ ...bars, unit: 'count' }, frame(), measure);
    expect(svg.match(/<rect x="[^"]*" y="[^"]*" width="[^"]*" height="18" fill="#0b5e55"\/>/g)).toHaveLength(2);
    const words = texts(svg);
    expect(words).toContain('1.234');
    expect(words).toContain('56');
    expect(words).toContain('Ketua LPM *');
    expect(words.filter((w) => w === '*')).toHaveLength(1);
    expect(words).toContain(frame().hiddenNote);
    expect(words).not.toContain(frame().approximateNote);
  });

  it('chartSvg(bars with an approximate value) writes it ≈1.234, the exact one without ≈, and prints what ≈ means', () => {
    const words = texts(chartSvg({ ...approximateBars, unit: 'count' }, frame(), measure));
    expect(words).toContain('≈1.234');
    expect(words).toContain('56');
    expect(words).not.toContain('≈56');
    expect(words).toContain(frame().approximateNote);
    expect(words).not.toContain(frame().hiddenNote);
    const english = texts(chartSvg({ ...approximateBars, unit: 'count' }, frame({ lang: 'en' }), measure));
    expect(english).toContain('≈1,234');
  });

  it('chartSvg frames the chart with the synthetic marker, title, as-of date, source and permanent address, and names itself', () => {
    const svg = chartSvg({ ...bars, unit: 'count' }, frame(), measure);
    const words = texts(svg);
    for (const line of ['DATA SINTETIS', 'Peserta aktif menurut kategori, Kecamatan Nongsa', frame().asOf, frame().source, frame().url]) expect(words).toContain(line);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="\d+" viewBox="0 0 800 \d+" role="img" aria-labelledby="judul uraian"/);
    expect(svg).toContain('<title id="judul">Peserta aktif menurut kategori, Kecamatan Nongsa</title>');
    expect(chartSvg({ ...bars, unit: 'count' }, frame({ synthetic: null }), measure)).not.toContain('DATA SINTETIS');
  });

  it('chartSvg wraps a long category name onto two lines rather than cutting it', () => {
    const words = texts(chartSvg({ ...bars, unit: 'count' }, frame(), (t, size) => t.length * size * 0.9));
    expect(words).toContain('Pengemudi ojek online');
    expect(words).toContain('roda dua');
  });

  it('chartSvg(percent bars, en) formats values and axis as English percents up to at least the 100% target', () => {
    const chart = horizontalBars([{ label: 'RT heads', value: 94.4 }, { label: 'RW heads', value: 12.5, approximate: true }], 'Coverage', 'en', { suggestedMax: 100 });
    const words = texts(chartSvg({ ...chart, unit: 'percent' }, frame({ lang: 'en' }), measure));
    expect(words).toEqual(expect.arrayContaining(['94.4%', '≈12.5%', '0%', '100%']));
    expect(words).not.toContain('*');
  });

  it('chartSvg escapes markup in names, and resvg parses the document it makes', async () => {
    const chart = horizontalBars([{ label: 'A & B <C>', value: 3 }], 'n', 'id');
    const svg = chartSvg({ ...chart, unit: 'count' }, frame({ title: 'Judul "kutip" & <b>' }), measure);
    expect(svg).toContain('A &amp; B &lt;C&gt;');
    expect(pngSize(await svgToPng(svg, 1200)).width).toBe(1200);
  });
});

describe('chartSvg with lines', () => {
  const lines: ChartConfiguration = {
    type: 'line',
    data: {
      labels: ['Jun 2025', 'Jul 2025', 'Agu 2025'],
      datasets: [
        { label: 'APBD 2025', data: [10, 20, null], borderColor: '#0b5e55' },
        { label: 'APBD-P 2025', data: [0, null, 30], borderColor: '#b35900' },
      ],
    },
  };

  it('chartSvg(lines) draws each series in its colour, breaks the line at hidden months and marks them "*"', () => {
    const svg = chartSvg({ config: lines, unit: 'count' }, frame(), measure);
    expect(svg.match(/<path d="M[^"]*" fill="none" stroke="#0b5e55"/g)).toHaveLength(1);
    // APBD-P has a hidden middle month: two separate one-point runs.
    expect(svg.match(/<path d="M[^"]*" fill="none" stroke="#b35900"/g)).toHaveLength(2);
    expect(svg.match(/<circle [^>]*fill="#0b5e55"\/>/g)).toHaveLength(2 + 1); // two values and the legend's dot
    const words = texts(svg);
    expect(words.filter((w) => w === '*')).toHaveLength(2);
    expect(words).toEqual(expect.arrayContaining(['APBD 2025', 'APBD-P 2025', 'Jun 2025', 'Agu 2025', frame().hiddenNote]));
    expect(words).not.toContain(frame().approximateNote);
  });

  it('chartSvg(lines with approximate months) prints what ≈ means, and nothing about hidden values when none is', () => {
    const full: ChartConfiguration = { ...lines, data: { ...lines.data, datasets: [{ label: 'APBD 2025', data: [10, 20, 30], borderColor: '#0b5e55' }] } };
    const words = texts(chartSvg({ config: full, unit: 'count', approximate: [[true, true, false]] }, frame(), measure));
    expect(words).toContain(frame().approximateNote);
    expect(words).not.toContain(frame().hiddenNote);
    expect(words).not.toContain('*');
    expect(texts(chartSvg({ config: full, unit: 'count', approximate: [[false, false, false]] }, frame(), measure))).not.toContain(frame().approximateNote);
  });
});

describe('niceScale', () => {
  it('niceScale(max) steps by 1, 2 or 5 × 10ⁿ from 0 to at least max', () => {
    expect(niceScale(4703)).toEqual({ max: 5000, step: 1000, ticks: [0, 1000, 2000, 3000, 4000, 5000] });
    expect(niceScale(100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });
});
