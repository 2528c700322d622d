// Child process of scripts/bench.ts: one stage 1 run; prints {rowsPerSecond, seconds, peakRssMb} as JSON.
import { runStage1 } from '../src/pipeline/run-stage1.ts';

const [inDir, outDir, reportPath, secretPath] = process.argv.slice(2) as [string, string, string, string];
const result = await runStage1({ inDir, outDir, reportPath, secretPath, maxInvalidRows: 0 });
if (!result.ok) {
  process.stderr.write(`${result.fatal.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify({
  rowsPerSecond: result.counts.rowsRead / result.seconds,
  seconds: result.seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}) + '\n');
