import type { RawCell } from './raw-table.ts';
import type { Parsed } from './parsed.ts';
import { normaliseKey } from './normalise-text.ts';

/** L = laki-laki (male), P = perempuan (female), the codes on Indonesian forms. */
export type Sex = 'L' | 'P';

const ACCEPTED = 'L, P, Laki-laki, Lelaki, Pria, Perempuan or Wanita (any case)';
const MALE: Parsed<Sex> = Object.freeze({ ok: true as const, value: 'L' as const });
const FEMALE: Parsed<Sex> = Object.freeze({ ok: true as const, value: 'P' as const });
const EMPTY: Parsed<Sex> = Object.freeze({ ok: false as const, message: `Sex is empty. Fill in one of ${ACCEPTED}.` });
const UNKNOWN: Parsed<Sex> = Object.freeze({
  ok: false as const,
  message: `Sex is not a value this tool knows. Write one of ${ACCEPTED}.`,
});

const BY_KEY = new Map<string, Parsed<Sex>>([
  ['l', MALE],
  ['lakilaki', MALE],
  ['lelaki', MALE],
  ['pria', MALE],
  ['p', FEMALE],
  ['perempuan', FEMALE],
  ['wanita', FEMALE],
]);

/** A column holds a handful of spellings; remembering them spares normalising every row. Bounded against junk. */
const CACHE_LIMIT = 256;
const cache = new Map<string, Parsed<Sex>>();

/** Reads the sex column (jenis kelamin) as L or P. */
export function parseSex(raw: RawCell): Parsed<Sex> {
  if (typeof raw !== 'string') return raw === null ? EMPTY : UNKNOWN;
  if (raw.length === 1) {
    const c = raw.charCodeAt(0) | 0x20;
    if (c === 0x6c) return MALE;
    if (c === 0x70) return FEMALE;
  }
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const key = normaliseKey(raw);
  const result = BY_KEY.get(key) ?? (key === '' ? EMPTY : UNKNOWN);
  if (cache.size < CACHE_LIMIT) cache.set(raw, result);
  return result;
}
