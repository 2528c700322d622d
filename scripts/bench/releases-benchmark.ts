/**
 * The monthly-release benchmark (`npm run bench -- releases`): writes the demo's people as monthly input folders with
 * churn (scripts/sample/monthly-exports.ts), runs stage 1 on them in order into one published folder for each
 * disclosure method, and prints per release how many counts each level shows exactly, approximately or not at all,
 * the kelurahan coverage shown, how far shown counts are from the truth, the attacker's findings and stage 1's time.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchOptions, RELEASE_BENCH_OPTIONS } from './bench-options.ts';
import { attackerFindings } from './attacker-findings.ts';
import { releaseTable, summaryTable, type MethodResult } from './benchmark-tables.ts';
import { readPublishedRelease } from './published-release.ts';
import { releaseMetrics } from './release-metrics.ts';
import { benchmarkInputs, monthsAndSeed, setMethod, type ReleaseInput } from './release-inputs.ts';
import { runStage1Child } from './stage1-child.ts';
import { trueCounts } from './true-counts.ts';

/** The methods of issue 10, in the order data/README.md compares them. */
const METHODS = ['suppression', 'fitted-suppression', 'optimal-suppression', 'cell-key', 'random-rounding'];

const HELP = `Usage: npm run bench -- releases [--method <m>]… [--releases 12] [--seed <n>] [--out <file.md>] [--keep]

  --method <m>     a disclosure method (repeat, or separate with commas); default all: ${METHODS.join(', ')}
  --releases <n>   monthly releases from June 2025 (default 12: June 2025 – May 2026)
  --seed <n>       seed of the churn and of everything else drawn beyond the demo's people (default the sample's)
  --out <file.md>  also write the tables there
  --keep           keep the temporary folder (inputs, published folders, reports) and say where it is`;

export async function releasesBenchmark(argv: string[]): Promise<number> {
  const options = benchOptions(() => parseArgs({ args: argv, options: {
    method: { type: 'string', multiple: true },
    releases: { type: 'string', default: '12' },
    ...RELEASE_BENCH_OPTIONS,
  }, strict: true }).values, HELP);
  if (typeof options === 'number') return options;
  const methods = options.method?.flatMap((m) => m.split(',')).filter((m) => m !== '') ?? METHODS;
  const numbers = monthsAndSeed(options.releases, options.seed);
  if (numbers === null) {
    process.stderr.write(`--releases and --seed take whole numbers (--releases at least 1).\n\n${HELP}\n`);
    return 2;
  }
  const { months, seed } = numbers;

  const work = await mkdtemp(join(tmpdir(), 'releases-bench-'));
  try {
    const { inputs, secretPath, takesSecret } = await benchmarkInputs(work, months, seed);
    const results: MethodResult[] = [];
    for (const method of methods) results.push(await benchmarkMethod(method, inputs, join(work, method), secretPath, takesSecret));

    const text = [
      `## Monthly-release benchmark: ${inputs.length} releases (${inputs[0]!.asOfDate} – ${inputs[inputs.length - 1]!.asOfDate}), seed ${seed ?? 'of the sample'}, Node ${process.version}`,
      '',
      'Counts are exact / approximate (≈, noise or rounding) / hidden. The kelurahan columns count only the categories published at kelurahan level; kota and kecamatan all categories and "semua". "enrollment.json cells hidden" counts every cell of the file, those withheld by a category\'s finest geography included, as issue 10 measured; "all counts" every count of people in enrollment (withheld cells left out), status, timeline, demographics and claims. Changes are |published − true| over every shown enrollment count, the truth counted from the generated rows.',
      '',
      summaryTable(results),
      '',
      ...results.flatMap((r) => [releaseTable(r), '']),
    ].join('\n');
    process.stdout.write(text);
    if (options.out) await writeFile(options.out, text);
    return results.some((r) => r.failure !== null) ? 1 : 0;
  } finally {
    if (options.keep) process.stderr.write(`kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}

/** Stage 1 on every release in order into one published folder, with `method` in every program.json. */
async function benchmarkMethod(method: string, inputs: readonly ReleaseInput[], dir: string, secretPath: string, takesSecret: boolean): Promise<MethodResult> {
  const started = performance.now();
  const result: MethodResult = { method, releases: [], failure: null, wallSeconds: 0 };
  const out = join(dir, 'published');
  await mkdir(dir, { recursive: true });
  const regionCode = JSON.parse(await readFile(join(inputs[0]!.dir, 'program.json'), 'utf8')).region.code as string;
  for (const input of inputs) {
    await setMethod(input.dir, method);
    const run = await runStage1Child({ inDir: input.dir, outDir: out, reportPath: join(dir, 'report.csv'), secretPath }, takesSecret);
    if (!run.ok) {
      result.failure = `stage 1 failed on ${input.asOfDate}:\n${run.output.trim()}`;
      break;
    }
    const releaseDir = join(out, 'rilis', input.asOfDate);
    const metrics = releaseMetrics(await readPublishedRelease(releaseDir), trueCounts(input.export.rows, regionCode));
    // Stage 1 before issue 10 ignores disclosure.method and always suppresses; its metadata names no method.
    const published = metrics.method ?? 'suppression';
    if (published !== method) {
      result.failure = `stage 1 published ${input.asOfDate} with ${published}, not ${method}: this checkout does not have the method`;
      break;
    }
    const kept = result.releases.length + 1;
    const attacker = await attackerFindings(inputs.slice(0, kept).map((i) => join(out, 'rilis', i.asOfDate)));
    result.releases.push({ metrics, seconds: run.seconds, attacker });
    const k = metrics.enrollment.kelurahan;
    process.stderr.write(`${method} ${kept}/${inputs.length} ${input.asOfDate}: ${run.seconds.toFixed(1)} s, kelurahan × category hidden ${k.hidden} of ${k.exact + k.approximate + k.hidden}\n`);
  }
  result.wallSeconds = (performance.now() - started) / 1000;
  return result;
}

