import { normaliseKey } from '../load/normalise-text.ts';
import type { Parsed } from './parsed.ts';
import type { RawCell } from '../load/raw-table.ts';

/** A column holds a handful of spellings; remembering them spares normalising every row. Bounded against junk. */
const CACHE_LIMIT = 256;

/**
 * A parser for a column with a closed list of words (sex, status): the cell is normalised (case, spaces,
 * punctuation ignored) and looked up; anything else is an error, never a guess. Results are shared objects.
 */
export function makeKeywordParser<T>(byKey: ReadonlyMap<string, Parsed<T>>, empty: Parsed<T>, unknown: Parsed<T>): (raw: RawCell) => Parsed<T> {
  const cache = new Map<string, Parsed<T>>();
  return (raw) => {
    if (typeof raw !== 'string') return raw === null ? empty : unknown;
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const key = normaliseKey(raw);
    const result = byKey.get(key) ?? (key === '' ? empty : unknown);
    if (cache.size < CACHE_LIMIT) cache.set(raw, result);
    return result;
  };
}
