// The budgets from the issue, in one place. 1 KB = 1,000 bytes (stricter than KiB).
export const LIMITS = {
  /** Home page before any interaction, transferred compressed: HTML + CSS + map (everything but JS). */
  homeNonJsBytes: 80_000,
  /** Home page JavaScript before any interaction, transferred compressed. */
  homeJsBytes: 15_000,
  /** Lighthouse 13 mobile: Performance, Accessibility, Best Practices and SEO, each on every budget page. */
  lighthouseMinScore: 95,
  /** Full stage 2 build of the demo on a 2-core machine. */
  buildSeconds: 20,
} as const;
