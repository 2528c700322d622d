/**
 * The key a place name is searched by: lower case, no accents or punctuation, and "Sungai" written "Sei" as Batam
 * writes it, so "sungai beduk", "Sei-Beduk" and "SEI BEDUK" all find Sei Beduk.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bsungai\b/g, 'sei')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether every word typed starts a word of the place's key ("bat ko" finds Batam Kota). */
export function matchesPlace(key: string, query: string): boolean {
  const words = key.split(' ');
  return searchKey(query).split(' ').filter(Boolean).every((q) => words.some((w) => w.startsWith(q)));
}
