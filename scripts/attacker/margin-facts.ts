import { ALL_CATEGORIES, cellIds } from './cell-ids.ts';
import { RUPIAH_UNIT, type ReleaseFacts } from './release-facts.ts';

/** The areas at the levels a file publishes, and the pairs (area, its children) where both levels are published. */
function areasAt(facts: ReleaseFacts, levels: ReadonlySet<string>) {
  const areas = facts.release.metadata.areas.filter((a) => levels.has(a.level));
  const withChildren = areas
    .map((area) => ({ area: area.code, children: areas.filter((a) => a.parent === area.code).map((a) => a.code) }))
    .filter((a) => a.children.length > 0);
  return { codes: areas.map((a) => a.code), withChildren };
}

/** status.json: registered = active + non-active, active is the area's all-categories enrollment, kota = Σ kecamatan. */
export function addStatus(facts: ReleaseFacts): void {
  const rows = facts.release.status;
  const { codes, withChildren } = areasAt(facts, new Set(rows.map((r) => r.level)));
  for (const code of codes) {
    facts.declare(cellIds.status(code, 'nonActive'));
    facts.declare(cellIds.status(code, 'registered'));
    facts.declare(cellIds.enrollment(code, ALL_CATEGORIES));
    facts.sum(cellIds.status(code, 'registered'), [cellIds.enrollment(code, ALL_CATEGORIES), cellIds.status(code, 'nonActive')]);
  }
  for (const { area, children } of withChildren)
    for (const field of ['nonActive', 'registered'] as const) facts.sum(cellIds.status(area, field), children.map((c) => cellIds.status(c, field)));
  for (const row of rows) {
    facts.count(cellIds.enrollment(row.code, ALL_CATEGORIES), row.active, row.approximate.includes('active'));
    facts.count(cellIds.status(row.code, 'nonActive'), row.nonActive, row.approximate.includes('nonActive'));
    facts.count(cellIds.status(row.code, 'registered'), row.registered, row.approximate.includes('registered'));
  }
}

/** demographics.json: each dimension's groups add up to the area's all-categories enrollment; kota = Σ kecamatan. */
export function addDemographics(facts: ReleaseFacts): void {
  const rows = facts.release.demographics;
  const { codes, withChildren } = areasAt(facts, new Set(rows.map((r) => r.level)));
  const dimensions = new Map<string, Set<string>>();
  for (const row of rows) dimensions.set(row.dimension, (dimensions.get(row.dimension) ?? new Set()).add(row.group));
  for (const [dimension, groupSet] of dimensions) {
    const groups = [...groupSet];
    for (const code of codes) {
      for (const g of groups) facts.declare(cellIds.demographics(code, dimension, g));
      facts.declare(cellIds.enrollment(code, ALL_CATEGORIES));
      facts.sum(cellIds.enrollment(code, ALL_CATEGORIES), groups.map((g) => cellIds.demographics(code, dimension, g)));
    }
    for (const { area, children } of withChildren)
      for (const g of groups) facts.sum(cellIds.demographics(area, dimension, g), children.map((c) => cellIds.demographics(c, dimension, g)));
  }
  for (const row of rows) facts.count(cellIds.demographics(row.code, row.dimension, row.group), row.count, row.approximate.includes('count'));
}

/**
 * claims.json: counts and rupiah alike, "semua" = the programs' sum and kota = Σ kecamatan. Rupiah are not counts
 * of people. An exact amount is a fact about the true amounts; an approximate one is its published count times the
 * program's city-wide average per claim (data/README.md), so it says nothing the count does not: it adds no fact.
 */
export function addClaims(facts: ReleaseFacts): void {
  const rows = facts.release.claims;
  const { codes, withChildren } = areasAt(facts, new Set(rows.map((r) => r.level)));
  const programs = [...new Set(rows.map((r) => r.program))];
  const parts = programs.filter((p) => p !== ALL_CATEGORIES);
  const rupiah = { threshold: null, integer: false };
  for (const code of codes)
    for (const p of programs) {
      facts.declare(cellIds.claims(code, p, 'claims'));
      facts.declare(cellIds.claims(code, p, 'amountRupiah'), rupiah);
    }
  for (const field of ['claims', 'amountRupiah'] as const) {
    if (programs.includes(ALL_CATEGORIES))
      for (const code of codes) facts.sum(cellIds.claims(code, ALL_CATEGORIES, field), parts.map((p) => cellIds.claims(code, p, field)));
    for (const { area, children } of withChildren)
      for (const p of programs) facts.sum(cellIds.claims(area, p, field), children.map((c) => cellIds.claims(c, p, field)));
  }
  for (const row of rows) {
    const count = cellIds.claims(row.code, row.program, 'claims');
    const amount = cellIds.claims(row.code, row.program, 'amountRupiah');
    const countApproximate = row.approximate.includes('claims');
    facts.count(count, row.claims, countApproximate);
    if (row.amountRupiah === null) continue;
    if (!row.approximate.includes('amountRupiah')) facts.count(amount, row.amountRupiah / RUPIAH_UNIT, false, null, rupiah);
  }
}
