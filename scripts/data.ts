/**
 * npm run data. Without arguments it publishes the demo: the earlier export (data/sample-2025-10), then the latest
 * (data/sample), as two releases in data/published. With arguments it runs stage 1 once with them
 * (`npm run data -- --in <folder> --out <folder>`), so a real export is never published beside the demo's.
 */
import { main } from '../src/pipeline/cli.ts';

/** The demo's input folders, oldest release first. */
export const DEMO_INPUTS = ['data/sample-2025-10', 'data/sample'] as const;

/** The demo's published cell-key secret: it protects no one (the data are synthetic) and keeps the demo reproducible. */
export const DEMO_SECRET = 'data/demo-cell-key-secret.txt';

if (import.meta.main) {
  const args = process.argv.slice(2);
  const runs = args.length > 0 ? [args] : DEMO_INPUTS.map((inDir) => ['--in', inDir, '--secret', DEMO_SECRET]);
  for (const run of runs) {
    const code = await main(run);
    if (code !== 0) {
      process.exitCode = code;
      break;
    }
  }
}
