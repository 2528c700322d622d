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

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`));
}
