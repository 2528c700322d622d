import type { RawCell } from '../load/raw-table.ts';
import type { Parsed } from './parsed.ts';
import { makeKeywordParser } from './keyword-parser.ts';

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

const parseWord = makeKeywordParser(BY_KEY, EMPTY, UNKNOWN);

/** Reads the sex column (jenis kelamin) as L or P. */
export function parseSex(raw: RawCell): Parsed<Sex> {
  // Most exports write a bare L or P: answer those without a lookup.
  if (typeof raw === 'string' && raw.length === 1) {
    const c = raw.charCodeAt(0) | 0x20;
    if (c === 0x6c) return MALE;
    if (c === 0x70) return FEMALE;
  }
  return parseWord(raw);
}
