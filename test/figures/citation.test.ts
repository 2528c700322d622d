import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/figures/citation.ts';
import { filesContext, permanentFigureUrl } from '../../src/figures/figure-links.ts';

const SITE = new URL('https://data.example.id');

describe('citationText', () => {
  it('citationText(id figure) reads as the issue\'s example: quoted title with area, as-of date, source, release, permanent URL', () => {
    const text = citationText({
      lang: 'id', title: 'Peserta aktif menurut kategori, Kecamatan Batam Kota', area: 'Kecamatan Batam Kota', asOfDate: '2025-11-30', release: '2025-11-30',
      source: 'Dinas Tenaga Kerja Kota Batam.', url: 'https://data.example.id/rilis/2025-11-30/kecamatan/batam-kota/#menurut-kategori',
    });
    expect(text).toBe('"Peserta aktif menurut kategori, Kecamatan Batam Kota", data per 30 November 2025. Sumber: Dinas Tenaga Kerja Kota Batam. '
      + 'Rilis 30 November 2025. https://data.example.id/rilis/2025-11-30/kecamatan/batam-kota/#menurut-kategori');
  });

  it('citationText(en figure) names the area when the title does not, with English dates', () => {
    const text = citationText({
      lang: 'en', title: 'Active members by the month their cover started, per funding batch', area: 'Kota Batam', asOfDate: '2025-10-31', release: '2025-10-31',
      source: 'Batam City Government', url: 'https://data.example.id/en/rilis/2025-10-31/#perkembangan',
    });
    expect(text).toBe('"Active members by the month their cover started, per funding batch, Kota Batam", data as of 31 October 2025. Source: Batam City Government. '
      + 'Release of 31 October 2025. https://data.example.id/en/rilis/2025-10-31/#perkembangan');
  });
});

describe('permanentFigureUrl', () => {
  it('permanentFigureUrl(latest page) points into the release of the data\'s as-of date, in the page\'s language', () => {
    expect(permanentFigureUrl(SITE, { lang: 'id', release: null }, '2025-11-30', '/kecamatan/nongsa/', 'cakupan'))
      .toBe('https://data.example.id/rilis/2025-11-30/kecamatan/nongsa/#cakupan');
    expect(permanentFigureUrl(SITE, { lang: 'en', release: null }, '2025-11-30', '/', 'peta')).toBe('https://data.example.id/en/rilis/2025-11-30/#peta');
  });

  it('permanentFigureUrl(release page) keeps that release, whatever the latest data', () => {
    expect(permanentFigureUrl(SITE, { lang: 'en', release: '2025-10-31' }, '2025-10-31', '/kategori/nelayan/', 'perkembangan'))
      .toBe('https://data.example.id/en/rilis/2025-10-31/kategori/nelayan/#perkembangan');
  });
});

describe('filesContext', () => {
  it('filesContext(latest page) uses the kept release of its as-of date, and the latest copy when that release is not kept', () => {
    expect(filesContext({ lang: 'en', release: null }, '2025-11-30', ['2025-10-31', '2025-11-30'])).toEqual({ lang: 'en', release: '2025-11-30' });
    const latest = { lang: 'id' as const, release: null };
    expect(filesContext(latest, '2025-11-30', ['2025-10-31'])).toBe(latest);
    const older = { lang: 'id' as const, release: '2025-10-31' };
    expect(filesContext(older, '2025-10-31', ['2025-10-31', '2025-11-30'])).toBe(older);
  });
});
