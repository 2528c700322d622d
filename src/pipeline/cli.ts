import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { count, summariseProblems } from './report/validation-report.ts';
import type { ReleasePlan } from './releases/release-tree.ts';
import { relativeForDisplay, runStage1 } from './run-stage1.ts';

const HELP = `Stage 1: turn a raw BPJS Ketenagakerjaan enrollment export into protected aggregates that are safe to publish.

Usage: npm run data -- [--in <input folder>] [--out <output folder>] [options]

  --in <folder>            input folder with program.json, enrollment/, targets.csv, claims.csv and
                           populasi.csv (the last two optional)
                           (default data/sample; see data/README.md)
  --out <folder>           where the published aggregates go (default data/published). Each as-of date is a
                           release: kept in <folder>/rilis/<date>/, the newest also at the top level; a run
                           adds or (same date) replaces its release and keeps the others byte for byte.
                           It is written only when the run succeeds; a failed run leaves it exactly as it was.
  --report <file>          full validation report, CSV (default data/private/laporan-validasi.csv).
                           It quotes rows of the export (personal data): keep it private, never publish it.
  --secret <file>          the cell-key secret that decides the noise on published counts (default
                           data/private/cell-key-secret.txt). Made there on the first run: back it up and keep
                           it private; the same secret must be used for every release (see data/README.md).
  --max-invalid-rows <n>   allow up to n invalid enrollment rows; they are left out and counted (default 0)
  --quiet                  no progress lines
  -h, --help               this text

Exit status: 0 published; 1 the input has problems (nothing was written); 2 wrong command-line use.`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', default: 'data/sample' },
        out: { type: 'string', default: 'data/published' },
        report: { type: 'string', default: 'data/private/laporan-validasi.csv' },
        secret: { type: 'string', default: 'data/private/cell-key-secret.txt' },
        'max-invalid-rows': { type: 'string', default: '0' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const maxInvalid = Number(args['max-invalid-rows']);
  if (!Number.isInteger(maxInvalid) || maxInvalid < 0) {
    process.stderr.write(`--max-invalid-rows must be a whole number ≥ 0, got "${args['max-invalid-rows']}"\n`);
    return 2;
  }
  const err = process.stderr;
  const progress = args.quiet
    ? undefined
    : (rows: number, seconds: number) => {
        const line = `reading: ${count(rows)} rows, ${count(Math.round(rows / seconds))} rows/s`;
        err.write(err.isTTY ? `\r${line}   ` : `${line}\n`);
      };
  const result = await runStage1({
    inDir: args.in!, outDir: args.out!, reportPath: args.report!, secretPath: args.secret!, maxInvalidRows: maxInvalid, onProgress: progress,
  });
  if (progress && err.isTTY) err.write('\r\x1b[K');

  const c = result.counts;
  const lines = [
    `Stage 1 read ${count(c.rowsRead)} enrollment rows in ${result.seconds.toFixed(1)} s (${count(Math.round(c.rowsRead / Math.max(result.seconds, 1e-3)))} rows/s).`,
    `  counted: ${count(c.activePeople)} active, ${count(c.nonActivePeople)} non-active; left out: ${count(result.log.invalidRows)} invalid row(s), ${count(c.duplicateRows)} duplicate(s) counted once.`,
  ];
  if (result.log.errorCount + result.log.noticeCount > 0) {
    lines.push(`Problems (${count(result.log.errorCount)} errors, ${count(result.log.noticeCount)} notices):`, ...summariseProblems(result.log));
  }
  lines.push(`Full report: ${relativeForDisplay(args.report!)} (it quotes personal data: keep it private).`);
  if (result.ok) {
    const method = result.program!.disclosure.method;
    const approximate = result.approximateCells > 0 ? `${count(result.approximateCells)} published with a little noise (≈), ` : '';
    lines.push(`Published ${result.filesWritten} files to ${relativeForDisplay(args.out!)}; protection (${method}): ${approximate}${count(result.hiddenCells)} of ${count(result.cells)} counts hidden${result.hiddenForChanges > 0 ? ` (${count(result.hiddenForChanges)} of them because they differ by 1 to k−1 from the same count in a kept release)` : ''}.`);
    if (result.secretCreated)
      lines.push(`NOTICE: there was no cell-key secret, so a new one was made: ${relativeForDisplay(result.secretCreated)}. Back it up now (see "The cell-key secret" in data/README.md) and use it for every later release; never commit or publish it.`);
    if (result.release) lines.push(...releaseLines(result.release, relativeForDisplay(args.out!)));
    if (result.program?.synthetic) lines.push('The input says it is SYNTHETIC: every output is marked synthetic.');
  } else {
    lines.push('FAILED — nothing was written; the output folder is unchanged:', ...result.fatal.map((f) => `  - ${f}`));
  }
  err.write(`${lines.join('\n')}\n`);
  return result.ok ? 0 : 1;
}

/** Where the release went: the new latest, an older one filled in, or a correction of a kept one. */
export function releaseLines(plan: ReleasePlan, out: string): string[] {
  const kept = `${plan.releases.length} release(s) kept: ${plan.releases.join(', ')}`;
  const lines = plan.isLatest
    ? [`Release ${plan.asOfDate} is the latest: written at the top of ${out} and in ${out}/rilis/${plan.asOfDate}/ (${kept}).`]
    : [`Release ${plan.asOfDate} is older than the latest (${plan.latest}): written to ${out}/rilis/${plan.asOfDate}/ only; the top level still shows ${plan.latest} (${kept}).`];
  if (plan.unchanged) lines.push(`Release ${plan.asOfDate} was published before with exactly these files; it is unchanged.`);
  else if (plan.replaces)
    lines.push(`NOTICE: release ${plan.asOfDate} REPLACED the release of the same as-of date published before (a correction). Its permanent pages will show the corrected numbers; say so where the old ones were cited.`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
