// A share image made at build time, as the site's pages will make theirs.
import { ogImagePng } from '../../../../../../src/pictures/og-image.ts';

export async function GET(): Promise<Response> {
  const png = await ogImagePng({
    lang: 'id', siteName: 'Perlindungan Pekerja Rentan · Kota Batam', place: 'Kota Batam', figure: '24.348', figureLabel: 'peserta aktif',
    asOfDate: '30 November 2025', source: 'Data sintetis untuk demonstrasi', synthetic: true,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
