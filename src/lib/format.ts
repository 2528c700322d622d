export type Lang = 'id' | 'en';

const numberFormats = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en') };

/**
 * The mark of an approximate value (a count published with a little noise, see metadata.json disclosure): "≈47".
 * Written before the number in both languages, as Indonesian and English newsrooms both write it.
 */
const APPROXIMATE_MARK = '≈';

const mark = (text: string, approximate: boolean) => (approximate ? `${APPROXIMATE_MARK}${text}` : text);

/**
 * 24.348 on Indonesian pages, 24,348 on English ones, ≈47 when approximate; hidden counts read as
 * "disembunyikan"/"hidden".
 */
export function formatCount(value: number | null, lang: Lang, approximate = false): string {
  if (value === null) return lang === 'id' ? 'disembunyikan' : 'hidden';
  return mark(numberFormats[lang].format(value), approximate);
}

/** 12,5% / 12.5%, ≈12,5% / ≈12.5% when approximate; "–" when there is no percent. */
export function formatPercent(value: number | null, lang: Lang, approximate = false): string {
  if (value === null) return '–';
  return mark(`${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: 1 }).format(value)}%`, approximate);
}

/** A rate per 1,000 residents with one decimal: 2,4 / 2.4, ≈2,4 when approximate; "–" when there is none. */
export function formatRate(value: number | null, lang: Lang, approximate = false): string {
  if (value === null) return '–';
  return mark(new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value), approximate);
}

/** The lowest and highest shown coverage (percent 0–100) and whether each is approximate. */
interface CoverageRange { low: number | null; high: number | null; lowApproximate?: boolean; highApproximate?: boolean }

/**
 * Coverage over several categories: "96,4%", or "78,5%–100%" from the lowest to the highest shown, each end marked ≈
 * when approximate; null when none is shown.
 */
export function formatCoverageRange({ low, high, lowApproximate = false, highApproximate = false }: CoverageRange, lang: Lang): string | null {
  if (low === null || high === null) return null;
  if (low === high && lowApproximate === highApproximate) return formatPercent(low, lang, lowApproximate);
  return `${formatPercent(low, lang, lowApproximate)}–${formatPercent(high, lang, highApproximate)}`;
}

/** +12, −3, 0 in the page's number format (≈+12 when approximate); a difference involving a hidden number is hidden (null). */
export function formatDifference(value: number | null, lang: Lang, approximate = false): string | null {
  if (value === null) return null;
  return mark(`${value > 0 ? '+' : value < 0 ? '−' : ''}${numberFormats[lang].format(Math.abs(value))}`, approximate);
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`));
}

/** A month in words: "Juni 2025" on Indonesian pages, "June 2025" on English ones (from a YYYY-MM-DD date). */
export function formatMonth(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
}

/** Whole rupiah: Rp16.800 on Indonesian pages, Rp16,800 on English ones, ≈Rp16.800 when approximate; hidden amounts read as such. */
export function formatRupiah(value: number | null, lang: Lang, approximate = false): string {
  if (value === null) return formatCount(null, lang);
  return mark(`Rp${numberFormats[lang].format(value)}`, approximate);
}

const SCALES = [
  { size: 1e12, id: 'triliun', en: 'trillion' },
  { size: 1e9, id: 'miliar', en: 'billion' },
  { size: 1e6, id: 'juta', en: 'million' },
] as const;

/**
 * Large rupiah in words for a headline (Rp4,91 miliar / Rp4.91 billion), three significant digits; the exact
 * amount always sits in the table the headline links to. Below a million it is the exact amount. ≈ when the amount
 * itself is approximate (a rounded headline of an exact amount is not marked: the words say it is rounded).
 */
export function formatRupiahShort(value: number | null, lang: Lang, approximate = false): string {
  const scale = value === null ? undefined : SCALES.find((s) => value >= s.size);
  if (value === null || !scale) return formatRupiah(value, lang, approximate);
  const digits = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumSignificantDigits: 3 }).format(value / scale.size);
  return mark(`Rp${digits} ${scale[lang]}`, approximate);
}
