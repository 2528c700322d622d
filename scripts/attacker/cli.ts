// The independent attacker: `node scripts/attacker/cli.ts <published-folder> [--json]` attacks the folder's latest
// release and every rilis/<date>/ release in it, prints what it learns, and exits 1 when it learns a count (or
// finds published values that contradict each other). Threat model: scripts/attacker/README.md.
import { attackReleases } from './attack.ts';
import { formatReport } from './format-report.ts';
import { releaseFolders } from './release-folders.ts';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  process.stderr.write('usage: node scripts/attacker/cli.ts <published-folder> [--json]\n');
  process.exit(2);
}
const folders = await releaseFolders(folder);
if (folders.length === 0) {
  process.stderr.write(`${folder}: no release found (no metadata.json, no rilis/<date>/)\n`);
  process.exit(2);
}
const report = await attackReleases(folders);
process.stdout.write(`${args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
if (report.releases.some((r) => r.learned.length > 0 || r.problems.length > 0)) process.exitCode = 1;
