import { ALL_CATEGORIES, cellIds } from './cell-ids.ts';
import type { ReleaseFacts } from './release-facts.ts';

/** A published coverage percent has one decimal: the count it was computed from lies within ±0.05 points of it. */
const COVERAGE_HALF_STEP = 0.05;

/**
 * enrollment.json: a cell for every area (metadata.json) × category and "semua", hidden or not. Each area's
 * cell is the sum of its child areas' cells, and "semua" the sum of the categories, at every level.
 */
export function addEnrollment(facts: ReleaseFacts): void {
  const { metadata, enrollment } = facts.release;
  const categories = metadata.categories.map((c) => c.id);
  const threshold = new Map(metadata.categories.map((c) => [c.id, c.threshold]));
  const complementSensitive = new Set(metadata.categories.filter((c) => c.complementSensitive).map((c) => c.id));
  const targetOf = new Map<string, number>();
  for (const cell of enrollment)
    if (cell.target !== null && complementSensitive.has(cell.category)) targetOf.set(cellIds.enrollment(cell.code, cell.category), cell.target);

  for (const area of metadata.areas)
    for (const category of [...categories, ALL_CATEGORIES]) {
      const id = cellIds.enrollment(area.code, category);
      facts.declare(id, { threshold: threshold.get(category) ?? facts.k, complementTarget: targetOf.get(id) ?? null });
    }
  for (const area of metadata.areas) {
    const children = metadata.areas.filter((a) => a.parent === area.code);
    for (const category of [...categories, ALL_CATEGORIES])
      if (children.length > 0) facts.sum(cellIds.enrollment(area.code, category), children.map((c) => cellIds.enrollment(c.code, category)));
    facts.sum(cellIds.enrollment(area.code, ALL_CATEGORIES), categories.map((c) => cellIds.enrollment(area.code, c)));
  }

  for (const cell of enrollment) {
    const id = cellIds.enrollment(cell.code, cell.category);
    facts.count(id, cell.count, cell.approximate.includes('count'), cell.target);
    const { coveragePercent: percent, target } = cell;
    if (cell.count === null && percent !== null && target && !cell.approximate.includes('coveragePercent'))
      facts.bound(id, Math.ceil(((percent - COVERAGE_HALF_STEP) * target) / 100 - 1e-9), Math.floor(((percent + COVERAGE_HALF_STEP) * target) / 100 + 1e-9));
  }
}

/** spend.json: `active` is the city's enrollment of the category (or of all); an exact monthly rupiah gives it too. */
export function addSpend(facts: ReleaseFacts): void {
  const kota = facts.release.metadata.areas.find((a) => a.parent === null);
  if (!kota) return;
  for (const row of facts.release.spend) {
    const id = cellIds.enrollment(kota.code, row.category);
    if (!facts.system.byId.has(id)) continue;
    facts.count(id, row.active, row.approximate.includes('active'));
    const premium = row.premiumPerPersonMonth;
    if (row.monthlyRupiah !== null && premium && !row.approximate.includes('monthlyRupiah') && row.monthlyRupiah % premium === 0)
      facts.count(id, row.monthlyRupiah / premium, false);
  }
}
