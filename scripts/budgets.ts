// Page-weight and Lighthouse budgets: `npm run budgets -- [dist-folder] [--build] [--runs n] [--no-lighthouse]`.
// A benchmark, not a test: it serves the built site (dist/ by default; built first, and timed, when the folder
// is missing or --build is given) gzipped like a real host, weighs the home page in Chromium on a 412 px phone
// before any interaction, scrolls to the first chart to see Chart.js arrive, runs Lighthouse 13 (mobile) on the
// home, a kecamatan and the data page, prints paste-ready tables, writes reports/budgets.json (and each page's
// Lighthouse HTML report) and exits 1 naming every budget it broke.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateReport } from 'lighthouse';
import { CHROMIUM_PATH, launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { chartJsChunks } from './budgets/chart-chunks.ts';
import { measureHomePage } from './budgets/home-page.ts';
import { withLighthouse } from './budgets/lighthouse-scores.ts';
import { budgetPages } from './budgets/site-pages.ts';
import { buildProblems, formatReport, homeProblems, medianScores, scoreProblems, type BudgetSummary, type PageScores } from './budgets/report.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.includes(name);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
const dist = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'dist');
const reports = resolve('reports');
if (!Number.isInteger(runs) || runs < 1) fail('--runs takes a whole number of runs, e.g. --runs 3');

const summary: BudgetSummary = {
  dist, chromium: chromiumVersion(), lighthouse: packageVersion('lighthouse'),
  buildSeconds: null, home: null, lighthouseRuns: runs, pages: [], failures: [], notes: [],
};

if (option('--build') || !existsSync(join(dist, 'index.html'))) summary.buildSeconds = build(dist);
summary.failures.push(...buildProblems(summary.buildSeconds));

const site = await serveStatic(dist);
try {
  const browser = await launchChromium();
  try {
    summary.home = await measureHomePage(browser, `${site.url}/`, await chartJsChunks(dist));
  } finally {
    await browser.close();
  }
  summary.failures.push(...homeProblems(summary.home));
  if (summary.home.chartJsOnScroll === 'no chart on the page') summary.notes.push('the home page has no [data-chart] figure yet: Chart.js loading was not checked');

  const pages = await budgetPages(dist);
  for (const page of pages.filter((p) => !p.built)) summary.notes.push(`skipped ${page.path} (${page.name} page): not in ${dist} yet`);
  if (!option('--no-lighthouse')) {
    await mkdir(reports, { recursive: true });
    summary.pages = await withLighthouse(async (audit) => {
      const scored: PageScores[] = [];
      for (const page of pages) {
        const result: PageScores = { ...page, scores: {}, runs: [], failedAudits: [], outsideRequests: [], errors: [], secondsPerRun: [] };
        for (let run = 0; page.built && run < runs; run++) {
          process.stderr.write(`Lighthouse ${page.path} (run ${run + 1} of ${runs})…\n`);
          const started = performance.now();
          const lh = await audit(`${site.url}${page.path}`);
          result.secondsPerRun.push((performance.now() - started) / 1000);
          result.runs.push(lh.scores);
          result.failedAudits = [...new Set([...result.failedAudits, ...lh.failedAudits])];
          result.outsideRequests = [...new Set([...result.outsideRequests, ...lh.outsideRequests])];
          if (lh.runtimeError) result.errors.push(lh.runtimeError);
          await writeFile(join(reports, `lighthouse-${page.name}.html`), generateReport(lh.lhr, 'html'));
        }
        result.scores = medianScores(result.runs);
        scored.push(result);
      }
      return scored;
    });
    for (const page of summary.pages) {
      summary.failures.push(...scoreProblems(page));
      if (page.outsideRequests.length > 0) summary.failures.push(`the ${page.name} page requested other origins: ${page.outsideRequests.join(', ')}`);
      for (const error of page.errors) summary.failures.push(`Lighthouse on ${page.path}: ${error}`);
    }
  }
} finally {
  await site.close();
}

await mkdir(reports, { recursive: true });
await writeFile(join(reports, 'budgets.json'), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`\n${formatReport(summary)}\n\nSummary: ${join(reports, 'budgets.json')}\n`);
process.exit(summary.failures.length === 0 ? 0 : 1);

/** Runs `npm run build`'s script into `folder` and returns how long it took, in seconds. */
function build(folder: string): number {
  process.stderr.write(`Building the site into ${folder}…\n`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ['scripts/build-site.ts', folder], { stdio: 'inherit' });
  if (child.status !== 0) fail('the site build failed: no budget was measured');
  return (performance.now() - started) / 1000;
}

function chromiumVersion(): string {
  const child = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  if (child.status !== 0) fail(`cannot start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install -y chromium)`);
  return child.stdout.trim();
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;
}

function fail(message: string): never {
  process.stderr.write(`budgets: ${message}\n`);
  process.exit(2);
}
