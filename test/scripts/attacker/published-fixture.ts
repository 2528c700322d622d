// Small published-like release folders for the attacker's tests, written from a table in memory. A value is a
// number (shown exactly), null (hidden) or '~n' (the approximate value n, listed in the row's `approximate`).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PerturbationTable } from '../../../scripts/attacker/read-release.ts';

export type Value = number | null | `~${number}`;
type Row = Record<string, Value>;

interface FixtureCategory {
  id: string;
  batch?: string;
  threshold?: number;
  complementSensitive?: boolean;
}

export interface FixtureRelease {
  asOfDate?: string;
  method?: string;
  k?: number;
  perturbation?: PerturbationTable | null;
  /** Default: categories a and b, threshold k, batch b1. */
  categories?: FixtureCategory[];
  /** Kecamatan → its kelurahan; the kota is `kota`. Default: one kecamatan kec1 with kelurahan kel1 and kel2. */
  areas?: Record<string, string[]>;
  /** Area → category (or semua) → value; cells left out are not written. */
  enrollment: Record<string, Row>;
  /** Area → category → target. */
  targets?: Record<string, Record<string, number>>;
  status?: Record<string, Row>;
  /** Area → `${dimension}:${group}` → value. */
  demographics?: Record<string, Row>;
  /** Month → batch → { newCount, cumulative }. */
  timeline?: Record<string, Record<string, Row>>;
  /** Area → program → { claims, amountRupiah }. */
  claims?: Record<string, Record<string, Row>>;
  /** Category → { active, monthlyRupiah }. */
  spend?: Record<string, Row>;
}

export const KOTA = 'kota';
const DEFAULT_AREAS = { kec1: ['kel1', 'kel2'] };

/** The row's fields as published, with `approximate` listing the '~n' ones. */
function published(values: Row): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const approximate: string[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      approximate.push(field);
      row[field] = Number(value.slice(1));
    } else row[field] = value;
  }
  return { ...row, approximate };
}

const levelOf = (areas: Record<string, string[]>, code: string) =>
  code === KOTA ? 'kota' : code in areas ? 'kecamatan' : 'kelurahan';

function files(f: FixtureRelease): Record<string, unknown> {
  const asOfDate = f.asOfDate ?? '2025-11-30';
  const k = f.k ?? 5;
  const areas = f.areas ?? DEFAULT_AREAS;
  const categories = f.categories ?? [{ id: 'a' }, { id: 'b' }];
  const batches = [...new Set(categories.map((c) => c.batch ?? 'b1'))];
  const level = (code: string) => levelOf(areas, code);
  const meta = { schemaVersion: 2, asOfDate, synthetic: true, regionCode: KOTA };
  const metadata = {
    ...meta,
    disclosure: { method: f.method ?? (f.perturbation ? 'cell-key' : 'suppression'), k, kSensitive: 2 * k, perturbation: f.perturbation ?? null },
    batches: batches.map((id) => ({ id })),
    categories: categories.map((c) => ({
      id: c.id, batch: c.batch ?? 'b1', threshold: c.threshold ?? k, complementSensitive: c.complementSensitive ?? false, premiumPerPersonMonth: 1000,
    })),
    areas: [
      { code: KOTA, level: 'kota', parent: null },
      ...Object.keys(areas).map((code) => ({ code, level: 'kecamatan', parent: KOTA })),
      ...Object.entries(areas).flatMap(([kec, kels]) => kels.map((code) => ({ code, level: 'kelurahan', parent: kec }))),
    ],
  };
  const cells = Object.entries(f.enrollment).flatMap(([code, row]) =>
    Object.entries(row).map(([category, count]) => ({
      level: level(code), code, category, target: f.targets?.[code]?.[category] ?? null, coveragePercent: null,
      ...published({ count }),
    })));
  const byArea = (table: Record<string, Row> | undefined) =>
    Object.entries(table ?? {}).map(([code, row]) => ({ level: level(code), code, ...published(row) }));
  return {
    'metadata.json': metadata,
    'enrollment.json': { ...meta, cells },
    'status.json': { ...meta, rows: byArea(f.status) },
    'demographics.json': {
      ...meta,
      rows: Object.entries(f.demographics ?? {}).flatMap(([code, row]) => Object.entries(row).map(([key, count]) => {
        const [dimension, group] = key.split(':');
        return { level: level(code), code, dimension, group, ...published({ count }) };
      })),
    },
    'timeline.json': {
      ...meta,
      rows: Object.entries(f.timeline ?? {}).flatMap(([month, byBatch]) => Object.entries(byBatch).map(([batch, row]) => ({ month, batch, ...published(row) }))),
    },
    'claims.json': {
      ...meta,
      rows: Object.entries(f.claims ?? {}).flatMap(([code, byProgram]) =>
        Object.entries(byProgram).map(([program, row]) => ({ level: level(code), code, program, ...published(row) }))),
    },
    'spend.json': {
      ...meta,
      rows: Object.entries(f.spend ?? {}).map(([category, row]) => ({ category, premiumPerPersonMonth: 1000, ...published(row) })),
    },
  };
}

/** Writes the release's JSON files into `folder`. */
export async function writeRelease(folder: string, release: FixtureRelease): Promise<string> {
  await mkdir(folder, { recursive: true });
  for (const [name, json] of Object.entries(files(release))) await writeFile(join(folder, name), `${JSON.stringify(json, null, 1)}\n`);
  return folder;
}

/** A temporary folder for a test's releases, and a way to remove it. */
export async function fixtureFolder(): Promise<{ path: string; release: (name: string, r: FixtureRelease) => Promise<string>; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'attacker-'));
  return { path, release: (name, r) => writeRelease(join(path, name), r), remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * The enrollment table of true counts from the kelurahan's counts: every kecamatan and the kota as sums, and
 * "semua" in every area.
 */
export function enrollmentTotals(areas: Record<string, string[]>, kelurahan: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const add = (code: string, category: string, n: number) => {
    out[code] ??= {};
    out[code][category] = (out[code][category] ?? 0) + n;
  };
  for (const [kec, kels] of Object.entries(areas))
    for (const kel of kels)
      for (const [category, n] of Object.entries(kelurahan[kel] ?? {}))
        for (const code of [kel, kec, KOTA]) for (const c of [category, 'semua']) add(code, c, n);
  return out;
}

/** A cell key-style table: every change from −d to d possible for originals ≥ d + 1; smaller ones never go below 1. */
export function cellKeyTable(d: number): PerturbationTable {
  const rows = Array.from({ length: d + 2 }, (_, original) => ({
    original,
    changes: original === 0
      ? [{ change: 0, probability: 1 }]
      : Array.from({ length: 2 * d + 1 }, (_, i) => i - d).filter((c) => original + c >= 1).map((change, _, all) => ({ change, probability: 1 / all.length })),
  }));
  return { maxDeviation: d, period: 1, rows };
}

/** Random rounding to base 3 (Statistics New Zealand): t goes to the multiple of 3 below or above it. */
export const RR3: PerturbationTable = {
  maxDeviation: 2,
  period: 3,
  rows: [0, 1, 2].map((original) => ({
    original,
    changes: original === 0 ? [{ change: 0, probability: 1 }] : [{ change: -original, probability: 1 - original / 3 }, { change: 3 - original, probability: original / 3 }],
  })),
};
