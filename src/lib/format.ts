export type Lang = 'id' | 'en';

const numberFormats = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en') };

/** 24.348 on Indonesian pages, 24,348 on English ones; hidden counts read as "disembunyikan"/"hidden". */
export function formatCount(value: number | null, lang: Lang): string {
  if (value === null) return lang === 'id' ? 'disembunyikan' : 'hidden';
  return numberFormats[lang].format(value);
}

export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: 1 }).format(value)}%`;
}

/** Coverage over several categories: "96,4%", or "78,5%–100%" from the lowest to the highest shown; null when none is shown. */
export function formatCoverageRange({ low, high }: { low: number | null; high: number | null }, lang: Lang): string | null {
  if (low === null || high === null) return null;
  return low === high ? formatPercent(low, lang) : `${formatPercent(low, lang)}–${formatPercent(high, lang)}`;
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`));
}

/** Whole rupiah: Rp16.800 on Indonesian pages, Rp16,800 on English ones; hidden amounts read as such. */
export function formatRupiah(value: number | null, lang: Lang): string {
  if (value === null) return formatCount(null, lang);
  return `Rp${numberFormats[lang].format(value)}`;
}

const SCALES = [
  { size: 1e12, id: 'triliun', en: 'trillion' },
  { size: 1e9, id: 'miliar', en: 'billion' },
  { size: 1e6, id: 'juta', en: 'million' },
] as const;

/**
 * Large rupiah in words for a headline (Rp4,91 miliar / Rp4.91 billion), three significant digits; the exact
 * amount always sits in the table the headline links to. Below a million it is the exact amount.
 */
export function formatRupiahShort(value: number | null, lang: Lang): string {
  const scale = value === null ? undefined : SCALES.find((s) => value >= s.size);
  if (value === null || !scale) return formatRupiah(value, lang);
  const digits = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumSignificantDigits: 3 }).format(value / scale.size);
  return `Rp${digits} ${scale[lang]}`;
}
