import { placeWords } from '../shared/place-names.ts';

/**
 * The key a place name is searched by: its words as stage 1 reads them (src/shared/place-names.ts), so
 * "sungai beduk", "Sei-Beduk", "SEI BEDUK" and "Tg. Uma" find Sei Beduk and Tanjung Uma.
 */
export function searchKey(text: string): string {
  return placeWords(text).join(' ');
}

/** Whether every word typed starts a word of the place's key ("dr soe" finds Dr. Soetomo). */
export function matchesPlace(key: string, query: string): boolean {
  const words = key.split(' ');
  return searchKey(query).split(' ').filter(Boolean).every((q) => words.some((w) => w.startsWith(q)));
}
