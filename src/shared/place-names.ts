/**
 * Comparison keys for kecamatan/kelurahan names, so that the spellings found in real
 * exports ("KEC.GUNUNG KIJANG", "Kel. Tanjung  Uban", "Sungai Lekop") meet the official
 * Kemendagri names ("Gunung Kijang", "Tanjung Uban", "Sei Lekop") on one key. Stage 1 resolves
 * export names with them; the site's place search (src/lib/place-search.ts) finds places by them.
 */

import type { AreaKind } from './area-kind.ts';

type PrefixKind = Extract<AreaKind, 'kecamatan' | 'kelurahan' | 'desa'>;

/** Leading words that say what kind of area follows; they are not part of the name. */
const AREA_PREFIXES = new Map<string, PrefixKind>([
  ['kec', 'kecamatan'],
  ['kecamatan', 'kecamatan'],
  ['kel', 'kelurahan'],
  ['kelurahan', 'kelurahan'],
  ['desa', 'desa'],
  ['ds', 'desa'],
]);

/**
 * Words written several ways, each mapped to one canonical spelling. The map is applied to
 * official names too, so it works whichever spelling the official list happens to use
 * (one region's list may write "Sei …" for one village and "Sungai …" for the next, or "Terung" and "Terong").
 */
const WORD_VARIANTS = new Map<string, string>([
  ['sungai', 'sei'],
  ['sg', 'sei'],
  ['sungei', 'sei'],
  ['terong', 'terung'],
  ['tg', 'tanjung'],
  ['tj', 'tanjung'],
  ['tanjong', 'tanjung'],
  ['p', 'pulau'],
  ['pl', 'pulau'],
  ['kp', 'kampung'],
  ['kampong', 'kampung'],
]);

interface NameWords {
  prefixes: string[];
  words: string[];
}

/** Lower-case words without accents or punctuation, leading area prefixes split off. */
function nameWords(raw: string): NameWords {
  const all = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  // One village is officially named "Kelurahan", so the last word is never taken for a prefix.
  let start = 0;
  while (start < all.length - 1 && AREA_PREFIXES.has(all[start] ?? '')) start++;
  return { prefixes: all.slice(0, start), words: all.slice(start) };
}

const unify = (word: string) => WORD_VARIANTS.get(word) ?? word;

/**
 * Every word of a place name, area prefixes included: lower case, without accents or
 * punctuation, spelling variants unified ("Kel. Sungai Jodoh" → kel, sei, jodoh).
 */
export function placeWords(raw: string): string[] {
  const { prefixes, words } = nameWords(raw);
  return [...prefixes, ...words].map(unify);
}

/**
 * The key two names are compared on: the name's words without its area prefixes, joined
 * without spaces (GADM writes "GunungKijang"; exports write "Tanjung  Uban" or "Teluk-Bakau").
 * Empty when the raw text holds no letter or digit.
 */
export function normaliseRegionName(raw: string): string {
  return nameWords(raw).words.map(unify).join('');
}

/**
 * A stricter key that keeps spelling variants and word breaks, to tell apart official
 * names that share a key ("Lubuk Pakam I,II" and "Lubuk Pakam III").
 */
export function regionNameWriting(raw: string): string {
  return nameWords(raw).words.join(' ');
}

/** The kind of area the raw text names by its prefix ("Kel. Terusan" → kelurahan), if any. */
export function regionNamePrefix(raw: string): PrefixKind | undefined {
  const last = nameWords(raw).prefixes.at(-1);
  return last === undefined ? undefined : AREA_PREFIXES.get(last);
}

/**
 * True when the raw text holds nothing but area prefixes and punctuation ("Kel.", " - ").
 * Check it only after a lookup failed: one village is officially named "Kelurahan".
 */
export function isBlankRegionName(raw: string): boolean {
  const { words } = nameWords(raw);
  return words.length === 0 || (words.length === 1 && AREA_PREFIXES.has(words[0] ?? ''));
}

/**
 * Narrows official names that share a key ("Terusan" the kelurahan and "Terusan" the desa)
 * by the prefix the raw text used ("Kel. Terusan"), then by its exact writing.
 * `kindOf` tells the kind of each official area; leave it out where kinds do not apply.
 */
export function narrowByWriting<T extends { code: string; name: string }>(raw: string, matches: T[], kindOf?: (item: T) => string): T[] {
  let rest = matches;
  const prefix = regionNamePrefix(raw);
  if (rest.length > 1 && kindOf !== undefined && prefix !== undefined) {
    const sameKind = rest.filter((item) => kindOf(item) === prefix);
    if (sameKind.length > 0) rest = sameKind;
  }
  if (rest.length > 1) {
    const writing = regionNameWriting(raw);
    const sameWriting = rest.filter((item) => regionNameWriting(item.name) === writing);
    if (sameWriting.length > 0) rest = sameWriting;
  }
  return rest;
}

/** What the officer can write to pick one of several official names that share a key. */
export function ambiguityHint<T extends { code: string; name: string }>(matches: T[], kindOf?: (item: T) => string): string {
  const hints: string[] = [];
  if (kindOf !== undefined && new Set(matches.map(kindOf)).size > 1) hints.push('put "Kel." or "Desa" before the name');
  if (new Set(matches.map((item) => regionNameWriting(item.name))).size > 1) {
    hints.push('write the name exactly as the official Kemendagri list does');
  }
  hints.push(`write the code instead (e.g. "${matches[0]?.code ?? ''}")`);
  return hints.join(', or ');
}
