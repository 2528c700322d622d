// Turns measurements into verdicts and a report: median Lighthouse scores over runs, each broken budget as a
// sentence that names it, and Markdown tables ready to paste into the README.
import { LIMITS } from './limits.ts';
import { kb, weightProblems, type PageWeight } from './page-weight.ts';
import { CATEGORIES, type Category, type Scores } from './lighthouse-scores.ts';
import type { HomePageMeasurement } from './home-page.ts';

export interface PageScores {
  name: string;
  path: string;
  built: boolean;
  /** Median of the runs per category (a run that could not score counts as lowest). */
  scores: Scores;
  runs: Scores[];
  failedAudits: string[];
  outsideRequests: string[];
  errors: string[];
  secondsPerRun: number[];
}

export interface BudgetSummary {
  dist: string;
  chromium: string;
  lighthouse: string;
  buildSeconds: number | null;
  home: HomePageMeasurement | null;
  lighthouseRuns: number;
  pages: PageScores[];
  failures: string[];
  notes: string[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function medianScores(runs: readonly Scores[]): Scores {
  const result: Scores = {};
  for (const category of CATEGORIES) {
    const values = runs.map((r) => r[category]).filter((v) => v !== undefined);
    if (values.length === 0) continue;
    const m = median(values.map((v) => v ?? -1));
    result[category] = m < 0 ? null : m;
  }
  return result;
}

const LABELS: Record<Category, string> = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best Practices', seo: 'SEO' };

export function scoreProblems(page: Pick<PageScores, 'name' | 'path' | 'scores'>, min: number = LIMITS.lighthouseMinScore): string[] {
  return CATEGORIES.flatMap((c) => {
    const score = page.scores[c];
    if (score === undefined) return [];
    if (score === null) return [`Lighthouse could not score ${LABELS[c]} on the ${page.name} page (${page.path})`];
    return score < min ? [`Lighthouse ${LABELS[c]} on the ${page.name} page (${page.path}) is ${score}, under ${min}`] : [];
  });
}

export function homeProblems(home: Pick<HomePageMeasurement, 'weight' | 'chartJsBeforeScroll' | 'chartJsOnScroll'>): string[] {
  const problems = weightProblems(home.weight);
  if (home.chartJsBeforeScroll.length > 0) problems.push(`Chart.js was requested before any chart was scrolled into view: ${home.chartJsBeforeScroll.join(', ')}`);
  if (home.chartJsOnScroll === 'did not arrive') problems.push('Chart.js did not arrive after the first chart was scrolled into view');
  if (home.chartJsOnScroll === 'no Chart.js chunk in the build') problems.push('the home page has a [data-chart] figure but no built JavaScript file contains Chart.js');
  return problems;
}

export function buildProblems(seconds: number | null, limit: number = LIMITS.buildSeconds): string[] {
  return seconds !== null && seconds > limit ? [`the site build took ${seconds.toFixed(1)} s, over the ${limit} s budget`] : [];
}

/** The report printed at the end of a run: Markdown tables (paste-ready) and the verdict. */
export function formatReport(s: BudgetSummary): string {
  const lines: string[] = [];
  if (s.home) {
    const w: PageWeight = s.home.weight;
    lines.push('Home page, transferred (gzip) before any interaction, 412 px phone:', '',
      '| HTML | CSS | SVG | other non-JS | HTML + CSS + map (budget 80 KB) | JavaScript (budget 15 KB) | requests | Chart.js |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      `| ${kb(w.bytes.html)} | ${kb(w.bytes.css)} | ${kb(w.bytes.svg)} | ${kb(w.nonJs - w.bytes.html - w.bytes.css - w.bytes.svg)} | ${kb(w.nonJs)} | ${kb(w.js)} | ${w.requests} | ${chartCell(s.home)} |`, '');
  }
  const scored = s.pages.filter((p) => p.built);
  if (scored.length > 0) {
    lines.push(`Lighthouse 13, mobile preset${s.lighthouseRuns > 1 ? `, median of ${s.lighthouseRuns} runs` : ', 1 run'} (budget ≥ ${LIMITS.lighthouseMinScore} each):`, '',
      '| page | Performance | Accessibility | Best Practices | SEO | s per run |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...scored.map((p) => `| ${p.name} \`${p.path}\` | ${CATEGORIES.map((c) => p.scores[c] ?? '–').join(' | ')} | ${p.secondsPerRun.length ? median(p.secondsPerRun).toFixed(1) : '–'} |`), '');
    const why = scored.filter((p) => p.failedAudits.length > 0);
    for (const p of why) lines.push(`Audits not passed on ${p.path}: ${p.failedAudits.join(', ')}`);
    if (why.length > 0) lines.push('');
  }
  if (s.buildSeconds !== null) lines.push(`Site build: ${s.buildSeconds.toFixed(1)} s (budget ${LIMITS.buildSeconds} s)`, '');
  for (const note of s.notes) lines.push(`Note: ${note}`);
  if (s.notes.length > 0) lines.push('');
  lines.push(s.failures.length === 0 ? 'All budgets met.' : `Budgets broken (${s.failures.length}):\n${s.failures.map((f) => `  - ${f}`).join('\n')}`);
  return lines.join('\n');
}

function chartCell(home: NonNullable<BudgetSummary['home']>): string {
  if (home.chartJsBeforeScroll.length > 0) return 'loaded too early';
  return home.chartJsOnScroll === 'arrived' ? 'on scroll only' : home.chartJsOnScroll;
}
