import type { RawCell } from '../load/raw-table.ts';
import type { Parsed } from './parsed.ts';
import { makeKeywordParser } from './keyword-parser.ts';

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

/** Reads the membership status column; anything not listed is an error, never a guess. */
export const parseStatus: (raw: RawCell) => Parsed<Status> = makeKeywordParser(BY_KEY, EMPTY, UNKNOWN);
