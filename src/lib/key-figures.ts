import { areaCategories } from './area-categories.ts';
import { isApproximate, shownValue, type ShownValue } from './approximate.ts';
import type { Site } from './site-data.ts';
import { ALL_CATEGORIES } from '../schemas/published.ts';

/** Coverage against target over the categories of an area that have a known target. */
interface CoverageRange {
  /** Categories with a known target in the area. */
  targeted: number;
  /** Of those, the ones whose coverage is shown (a hidden count hides its percent). */
  shown: number;
  /** Lowest and highest shown coverage, percent 0–100; null when none is shown. */
  low: number | null;
  high: number | null;
  /** Whether the lowest and the highest are approximate (≈). */
  lowApproximate: boolean;
  highApproximate: boolean;
}

interface ClaimsFigure {
  claims: ShownValue;
  /** Rupiah paid. */
  amountRupiah: ShownValue;
}

interface SpendFigure {
  /** Rupiah per month and per year (12 months at today's count). */
  monthlyRupiah: ShownValue;
  yearlyRupiah: ShownValue;
  /** Rupiah per person per month; null when categories pay different rates. */
  premiumPerPersonMonth: number | null;
}

/** The few numbers a briefing or a presentation leads with, all read from published (protected) figures. */
export interface KeyFigures {
  active: ShownValue;
  /** Null when no category has a known target in the area. */
  coverage: CoverageRange | null;
  /** Undefined when status.json has no row for the area. */
  nonActive: ShownValue | undefined;
  /** All programmes together; undefined when claims.json has no row for the area. */
  claims: ClaimsFigure | undefined;
  /** The city's premium cost: spend.json is published for the whole city only, so undefined for a kecamatan. */
  spend: SpendFigure | undefined;
}

type Data = Pick<Site, 'metadata' | 'enrollment' | 'status' | 'claims' | 'spend' | 'kota' | 'cell'>;

export function keyFigures(site: Data, code: string): KeyFigures {
  const targeted = areaCategories(site, code).map((c) => site.cell(code, c.id)).filter((c) => c.target !== null);
  const shown = targeted.flatMap((c) => (c.coveragePercent === null ? [] : [{ percent: c.coveragePercent, approximate: isApproximate(c, 'coveragePercent') }]));
  // Lowest first; of equal percents the exact one first, as it says the most.
  const byPercent = [...shown].sort((a, b) => a.percent - b.percent || Number(a.approximate) - Number(b.approximate));
  const lowest = byPercent[0];
  const highest = byPercent.find((s) => s.percent === byPercent.at(-1)!.percent);
  const status = site.status.rows.find((r) => r.code === code);
  const claims = site.claims.rows.find((r) => r.code === code && r.program === ALL_CATEGORIES);
  const spend = code === site.kota.code ? site.spend.rows.find((r) => r.category === ALL_CATEGORIES) : undefined;
  return {
    active: shownValue(site.cell(code), 'count'),
    coverage: targeted.length === 0 ? null : {
      targeted: targeted.length,
      shown: shown.length,
      low: lowest?.percent ?? null,
      high: highest?.percent ?? null,
      lowApproximate: lowest?.approximate ?? false,
      highApproximate: highest?.approximate ?? false,
    },
    nonActive: status && shownValue(status, 'nonActive'),
    claims: claims && { claims: shownValue(claims, 'claims'), amountRupiah: shownValue(claims, 'amountRupiah') },
    spend: spend && {
      monthlyRupiah: shownValue(spend, 'monthlyRupiah'),
      yearlyRupiah: shownValue(spend, 'yearlyRupiah'),
      premiumPerPersonMonth: spend.premiumPerPersonMonth,
    },
  };
}
