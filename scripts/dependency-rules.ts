// `npm run lint:deps`: the import rules of .dependency-cruiser.mjs on src/, .astro files included (no cycles;
// stage 1 and stage 2 never import each other; shared/ and schemas/ import neither stage). Exits 1 on any
// violation, naming the rule, the importing module and the imported one.
import { checkSrc } from './dependency-rules/check-src.ts';
import { violationReport } from './dependency-rules/violation-report.ts';

const started = performance.now();
const { violations, modules } = await checkSrc(process.cwd());
const took = `${modules} modules checked in ${((performance.now() - started) / 1000).toFixed(1)} s`;

if (violations.length > 0) {
  process.stdout.write(`${violationReport(violations)}\n\n${violations.length} violations of the dependency rules (.dependency-cruiser.mjs); ${took}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`The dependency rules (.dependency-cruiser.mjs) hold on src/: ${took}\n`);
}
