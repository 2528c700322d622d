/**
 * The site-history benchmark (`npm run bench -- site-history`): how the site's build grows with its history. Writes
 * the demo's people as N monthly input folders (June 2025 onwards, the monthly-release benchmark's generator), runs
 * stage 1 on them in order into one published folder, and builds the site after every release into the same dist/,
 * as an operator does each month (`node scripts/build-site.ts`: earlier releases are frozen and copied; a PNG cache
 * of the benchmark's own, empty at first, kept between builds). Then builds the whole history once more into an empty folder, as on
 * a fresh machine without the published site (every release rendered, an empty PNG cache). Prints, for the builds after chosen releases
 * (default the 1st, 12th, 24th and 36th) and the cold build: wall seconds, peak memory of the largest process, HTML
 * pages, files, the size of dist/ counting every file (as a host that copies hard links stores it) and counting
 * files stored once (hard links once), and the size added per release; with a markdown table for the README.
 * A benchmark, not a timed test.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchOptions, RELEASE_BENCH_OPTIONS } from './bench-options.ts';
import { benchmarkInputs, monthsAndSeed } from './release-inputs.ts';
import { runStage1Child } from './stage1-child.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_SCRIPT = fileURLToPath(new URL('../build-site.ts', import.meta.url));
/** GNU time: the operating system's own wall clock and peak resident memory of the build and its children. */
const GNU_TIME = '/usr/bin/time';

const HELP = `npm run bench -- site-history [--releases 36] [--build-at 1,12,24,36] [--seed n] [--out file.md] [--keep]
  --releases <n>      monthly releases from June 2025 (default 36)
  --build-at <list>   report the builds after these releases (default 1,12,24 and the last; the site is built after every one)
  --no-cold           skip the cold build of the whole history at the end
  --seed <n>          seed of the churn (default the sample's)
  --out <file.md>     also write the table there
  --keep              keep the temporary folder (inputs, published folder, last dist/) and say where it is`;

interface Build {
  /** The release number, or null for the cold build of every release. */
  release: number | null;
  asOfDate: string;
  seconds: number;
  peakGb: number;
  pages: number;
  files: number;
  /** Every file counted. */
  megabytes: number;
  /** Hard-linked files counted once. */
  storedMegabytes: number;
}

export async function siteHistoryBenchmark(argv: string[]): Promise<number> {
  const options = benchOptions(() => parseArgs({ args: argv, options: {
    releases: { type: 'string', default: '36' },
    'build-at': { type: 'string' },
    'no-cold': { type: 'boolean', default: false },
    ...RELEASE_BENCH_OPTIONS,
  }, strict: true }).values, HELP);
  if (typeof options === 'number') return options;
  const numbers = monthsAndSeed(options.releases, options.seed);
  const buildAt = (options['build-at'] ?? [1, 12, 24, numbers?.months ?? 1].join(',')).split(',').map(Number);
  if (numbers === null || buildAt.some((n) => !Number.isInteger(n) || n < 1 || n > numbers.months)) {
    process.stderr.write(`--releases and --seed take whole numbers, --build-at release numbers from 1 to --releases.\n\n${HELP}\n`);
    return 2;
  }
  const { months, seed } = numbers;

  const work = await mkdtemp(join(tmpdir(), 'site-history-'));
  try {
    const { inputs, secretPath, takesSecret } = await benchmarkInputs(work, months, seed);
    const published = join(work, 'published');
    const builds: Build[] = [];
    for (const [i, input] of inputs.entries()) {
      const run = await runStage1Child({ inDir: input.dir, outDir: published, reportPath: join(work, 'report.csv'), secretPath }, takesSecret);
      if (!run.ok) {
        process.stderr.write(`stage 1 failed on ${input.asOfDate}:\n${run.output.trim()}\n`);
        return 1;
      }
      process.stderr.write(`building the site after release ${i + 1} (${input.asOfDate})…\n`);
      const build = await measuredBuild(published, join(work, 'dist'), join(work, 'png-cache'), i + 1, input.asOfDate);
      if (typeof build === 'string') return fail(build);
      if (buildAt.includes(i + 1)) builds.push(build);
    }
    if (!options['no-cold']) {
      process.stderr.write(`building all ${inputs.length} releases into an empty folder (a fresh machine)…\n`);
      const cold = await measuredBuild(published, join(work, 'cold-dist'), join(work, 'cold-png-cache'), null, inputs.at(-1)!.asOfDate);
      if (typeof cold === 'string') return fail(cold);
      builds.push(cold);
    }
    const text = [
      `## Site history: ${inputs.length} monthly releases (${inputs[0]!.asOfDate} – ${inputs.at(-1)!.asOfDate}), seed ${seed ?? 'of the sample'}, Node ${process.version}`,
      '',
      historyTable(builds),
      '',
    ].join('\n');
    process.stdout.write(text);
    if (options.out) await writeFile(options.out, text);
    return 0;
  } finally {
    if (options.keep) process.stderr.write(`kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}

const fail = (message: string) => {
  process.stderr.write(message);
  return 1;
};

/** One build, measured; a message when it failed. */
async function measuredBuild(published: string, dist: string, pngCache: string, release: number | null, asOfDate: string): Promise<Build | string> {
  const build = await timedBuild(published, dist, pngCache);
  if (!build.ok) return `the site build failed after ${asOfDate}:\n${build.output.slice(-4000)}\n`;
  // The build's own account of where its time went (checking and copying frozen releases, Astro, storing once).
  for (const line of build.output.split('\n').filter((l) => /^(Checked|Rendering|Astro done|Froze|\d+ files identical)/.test(l))) process.stderr.write(`  ${line}\n`);
  return { release, asOfDate, seconds: build.seconds, peakGb: build.peakKb / 1024 / 1024, ...(await folderSize(dist)) };
}

/** `node scripts/build-site.ts <dist>` under GNU time, as an operator builds: wall seconds and peak resident memory. */
function timedBuild(published: string, dist: string, pngCache: string): Promise<{ ok: boolean; seconds: number; peakKb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(GNU_TIME, ['-f', 'site-history-time %e %M', process.execPath, BUILD_SCRIPT, dist], {
      cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PUBLISHED_DIR: published, FIGURE_PNG_CACHE: pngCache },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`${GNU_TIME} could not run (${error.message}); install GNU time (apt-get install -y time)`)));
    child.on('close', (code) => {
      const timing = /site-history-time ([\d.]+) (\d+)/.exec(output);
      resolve({ ok: code === 0 && timing !== null, seconds: Number(timing?.[1] ?? NaN), peakKb: Number(timing?.[2] ?? NaN), output });
    });
  });
}

/** HTML pages, files and megabytes (10^6 bytes) under a folder: every file, and hard-linked files once. */
async function folderSize(dir: string): Promise<{ pages: number; files: number; megabytes: number; storedMegabytes: number }> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const stats = await Promise.all(entries.map((e) => stat(join(e.parentPath, e.name))));
  const once = new Map(stats.map((s) => [s.ino, s.size]));
  const sum = (sizes: Iterable<number>) => [...sizes].reduce((total, n) => total + n, 0) / 1e6;
  return {
    pages: entries.filter((e) => e.name.endsWith('.html')).length,
    files: entries.length,
    megabytes: sum(stats.map((s) => s.size)),
    storedMegabytes: sum(once.values()),
  };
}

const number = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * One row per build; "per release added" is the growth since the build before, divided by the releases between (the
 * cold build's row has none: it is the same history built another way).
 */
function historyTable(builds: readonly Build[]): string {
  const monthly = builds.filter((b) => b.release !== null);
  const added = (b: Build, key: 'megabytes' | 'storedMegabytes') => {
    const i = monthly.indexOf(b);
    const before = monthly[i - 1];
    return before === undefined || b.release === null ? '' : number((b[key] - before[key]) / (b.release - before.release!), 1);
  };
  return [
    '| after release | as of | build s | peak memory GB | HTML pages | files | dist/ MB | stored once MB | MB per release added (stored) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...builds.map((b) => {
      const which = b.release === null ? `all ${monthly.at(-1)?.release ?? ''}, cold` : String(b.release);
      const perRelease = b.release === null ? '' : `${added(b, 'megabytes')}${added(b, 'megabytes') === '' ? '' : ` (${added(b, 'storedMegabytes')})`}`;
      return `| ${which} | ${b.asOfDate} | ${number(b.seconds, 1)} | ${number(b.peakGb, 2)} | ${number(b.pages)} | ${number(b.files)} | ${number(b.megabytes, 1)} | ${number(b.storedMegabytes, 1)} | ${perRelease} |`;
    }),
  ].join('\n');
}
