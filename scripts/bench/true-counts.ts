import type { EnrollmentRow } from '../sample/enrollment-people.ts';

/** The all-categories total, as enrollment.json names it. */
const ALL = 'semua';

/**
 * Active people per area and category (`<code>|<category>`, "semua" for all categories) for the kota, every
 * kecamatan and every kelurahan, counted from the generated export rows: each NIK once, status AKTIF only.
 * Written apart from stage 1 on purpose: it is what the benchmark compares stage 1's published counts against.
 */
export function trueCounts(rows: readonly EnrollmentRow[], regionCode: string): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const { person: p } of rows) {
    if (seen.has(p.nik)) continue;
    seen.add(p.nik);
    if (p.status !== 'AKTIF') continue;
    for (const area of [regionCode, p.kecamatanCode, p.kelurahanCode])
      for (const category of [p.categoryId, ALL]) counts.set(`${area}|${category}`, (counts.get(`${area}|${category}`) ?? 0) + 1);
  }
  return counts;
}
