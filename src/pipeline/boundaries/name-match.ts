import { normaliseRegionName } from '../../shared/place-names.ts';

/** GADM writes names without spaces ("SeiBeduk", "PulauTerong"); the words come back before normalising. */
export const gadmWords = (name: string | undefined) => (name ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([a-zA-Z])(\()/g, '$1 $2');

/** The exact key: the project's normalised name (GADM's words split first). */
export const exactKey = (name: string) => normaliseRegionName(gadmWords(name));

/** Words that say what kind of village or district follows in some provinces' lists, and sometimes not in the other. */
const KIND_WORDS = new Set([
  'gampong', 'kampung', 'kampong', 'kampuang', 'lembang', 'nagari', 'desa', 'adat', 'kelurahan', 'jorong', 'pekon', 'negeri', 'ohoi',
  'kuta', 'dusun', 'distrik', 'kecamatan', 'tiyuh', 'mukim', 'upt',
]);
/** Numbers as roman numerals, Indonesian and Minangkabau words ("Taluak Ampek Suku" is GADM's "TaluakIvSuku"). */
const NUMBERS = new Map([
  ['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4'], ['v', '5'], ['vi', '6'], ['vii', '7'], ['viii', '8'], ['ix', '9'], ['x', '10'],
  ['xi', '11'], ['xii', '12'], ['satu', '1'], ['dua', '2'], ['tiga', '3'], ['empat', '4'], ['lima', '5'], ['enam', '6'], ['tujuh', '7'],
  ['delapan', '8'], ['sembilan', '9'], ['sepuluh', '10'], ['duo', '2'], ['tigo', '3'], ['ampek', '4'], ['limo', '5'], ['anam', '6'],
  ['tujuah', '7'], ['salapan', '8'], ['sambilan', '9'], ['sapuluah', '10'],
]);
/** Old (pre-1972) spellings still found in one list or the other: Soetomo/Sutomo, Djaja/Jaya, Tjiputat/Ciputat. */
const OLD_SPELLINGS: [RegExp, string][] = [[/oe/g, 'u'], [/dj/g, 'j'], [/tj/g, 'c'], [/ch/g, 'kh'], [/(.)\1/g, '$1'], [/y/g, 'j']];

/**
 * A looser key for names that differ only in a kind word ("Gampong Alue Bagok" / "AlueBagok"), in how a number is
 * written ("Sukamaju II" / "Sukamaju 2"), in old spellings or doubled letters; also without spaces or punctuation.
 */
export function looseKey(name: string): string {
  const words = gadmWords(name)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  while (words.length > 1 && KIND_WORDS.has(words[0]!)) words.shift();
  let key = normaliseRegionName(words.map((w) => NUMBERS.get(w) ?? w).join(' '));
  for (const [pattern, to] of OLD_SPELLINGS) key = key.replace(pattern, to);
  return key;
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The typos a name may differ by and still be the same place: none below 5 letters, 1 up to 9, 2 beyond. */
const allowedEdits = (key: string) => (key.length < 5 ? 0 : key.length < 10 ? 1 : 2);

/** A name's keys: the whole name's, and each alternative's where a list writes several ("Yoboy/Kehusa/Kehiran"). */
function keysOf(name: string, key: (name: string) => string): string[] {
  const names = name.includes('/') ? [name, ...name.split('/')] : [name];
  return [...new Set(names.map(key).filter((k) => k !== ''))];
}

export interface NamePair<A, B> { official: A; gadm: B }

/**
 * Pairs official areas with GADM features one to one by name, in passes: the exact key, then the loose key, then
 * edit distance on the loose key. A pair is made only when it is the only best candidate on both sides (two GADM
 * "Sukamaju" for one official "Sukamaju" make no pair). Already paired items are left out of later passes.
 */
export function pairByName<A, B>(officials: A[], gadms: B[], officialName: (a: A) => string, gadmName: (b: B) => string, fuzzy = true): NamePair<A, B>[] {
  const pairs: NamePair<A, B>[] = [];
  const leftA = new Set(officials);
  const leftB = new Set(gadms);
  for (const key of [exactKey, looseKey]) {
    const byKey = (items: Iterable<unknown>, name: (x: never) => string) => {
      const map = new Map<string, unknown[]>();
      for (const item of items) for (const k of keysOf(name(item as never), key)) map.set(k, [...(map.get(k) ?? []), item]);
      return map;
    };
    const a = byKey(leftA, officialName as (x: never) => string);
    const b = byKey(leftB, gadmName as (x: never) => string);
    for (const [k, list] of a) {
      const other = b.get(k);
      if (list.length === 1 && other?.length === 1 && leftA.has(list[0] as A) && leftB.has(other[0] as B)) {
        pairs.push({ official: list[0] as A, gadm: other[0] as B });
        leftA.delete(list[0] as A);
        leftB.delete(other[0] as B);
      }
    }
  }
  if (!fuzzy) return pairs;
  // Fuzzy: every candidate within the allowed edits, closest first; a tie on either side makes no pair.
  const candidates: { a: A; b: B; d: number }[] = [];
  const bKeys = [...leftB].flatMap((b) => keysOf(gadmName(b), looseKey).map((key) => ({ b, key })));
  for (const a of leftA) {
    for (const key of keysOf(officialName(a), looseKey)) {
      const max = allowedEdits(key);
      if (max === 0) continue;
      for (const { b, key: other } of bKeys) {
        const d = editDistance(key, other, Math.min(max, allowedEdits(other)));
        if (d <= Math.min(max, allowedEdits(other))) candidates.push({ a, b, d });
      }
    }
  }
  candidates.sort((x, y) => x.d - y.d);
  for (const c of candidates) {
    if (!leftA.has(c.a) || !leftB.has(c.b)) continue;
    const rivals = candidates.filter((o) => o.d === c.d && ((o.a === c.a && o.b !== c.b && leftB.has(o.b)) || (o.b === c.b && o.a !== c.a && leftA.has(o.a))));
    if (rivals.length > 0) continue;
    pairs.push({ official: c.a, gadm: c.b });
    leftA.delete(c.a);
    leftB.delete(c.b);
  }
  return pairs;
}
