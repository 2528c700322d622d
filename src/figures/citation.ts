import { formatDate, type Lang } from '../lib/format.ts';

export interface CitationInput {
  lang: Lang;
  /** The figure's title as the page shows it. */
  title: string;
  /** The place the figure is about; left out when the title already names it. */
  area: string;
  /** ISO dates: the data's as-of date and the release the figure belongs to (the same for a release's own pages). */
  asOfDate: string;
  release: string;
  source: string;
  /** The figure's permanent address. */
  url: string;
}

/**
 * Ready citation text in the page's language:
 * "Peserta aktif menurut kategori, Kecamatan Gubeng", data per 30 November 2025. Sumber: …. Rilis 30 November
 * 2025. https://…/rilis/2025-11-30/kecamatan/gubeng/#menurut-kategori
 */
export function citationText(c: CitationInput): string {
  const title = c.title.includes(c.area) ? c.title : `${c.title}, ${c.area}`;
  const source = c.source.trim().replace(/\.+$/, '');
  const asOf = formatDate(c.asOfDate, c.lang);
  const release = formatDate(c.release, c.lang);
  return c.lang === 'id'
    ? `"${title}", data per ${asOf}. Sumber: ${source}. Rilis ${release}. ${c.url}`
    : `"${title}", data as of ${asOf}. Source: ${source}. Release of ${release}. ${c.url}`;
}
