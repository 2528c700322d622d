import type { RawCell } from './raw-table.ts';
import type { Parsed } from './parsed.ts';
import { normaliseKey } from './normalise-text.ts';

/** Whether the membership is running (aktif) or has ended (nonaktif) on the export's as-of date. */
export type Status = 'aktif' | 'nonaktif';

const ACCEPTED =
  'AKTIF or ACTIVE for active members; NON AKTIF, NONAKTIF, TIDAK AKTIF, KELUAR, BERHENTI, MENINGGAL, MENINGGAL DUNIA, NON ACTIVE or INACTIVE for ended ones (any case)';
const ACTIVE: Parsed<Status> = Object.freeze({ ok: true as const, value: 'aktif' as const });
const ENDED: Parsed<Status> = Object.freeze({ ok: true as const, value: 'nonaktif' as const });
const EMPTY: Parsed<Status> = Object.freeze({
  ok: false as const,
  message: `Status is empty. Fill in the membership status: ${ACCEPTED}.`,
});
const UNKNOWN: Parsed<Status> = Object.freeze({
  ok: false as const,
  message: `Status is not a value this tool knows. Write ${ACCEPTED}.`,
});

const BY_KEY = new Map<string, Parsed<Status>>([
  ['aktif', ACTIVE],
  ['active', ACTIVE],
  ['nonaktif', ENDED],
  ['tidakaktif', ENDED],
  ['keluar', ENDED],
  ['berhenti', ENDED],
  ['meninggal', ENDED],
  ['meninggaldunia', ENDED],
  ['nonactive', ENDED],
  ['inactive', ENDED],
]);

/** A column holds a handful of spellings; remembering them spares normalising every row. Bounded against junk. */
const CACHE_LIMIT = 256;
const cache = new Map<string, Parsed<Status>>();

/** Reads the membership status column; anything not listed is an error, never a guess. */
export function parseStatus(raw: RawCell): Parsed<Status> {
  if (typeof raw !== 'string') return raw === null ? EMPTY : UNKNOWN;
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const key = normaliseKey(raw);
  const result = BY_KEY.get(key) ?? (key === '' ? EMPTY : UNKNOWN);
  if (cache.size < CACHE_LIMIT) cache.set(raw, result);
  return result;
}
