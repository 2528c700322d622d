import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DATA_SCRIPT = fileURLToPath(new URL('../data.ts', import.meta.url));

export interface Stage1Paths {
  inDir: string;
  outDir: string;
  reportPath: string;
  /** The cell-key secret file; passed only to a stage 1 that has the --secret option. */
  secretPath: string;
}

export interface Stage1Run {
  ok: boolean;
  /** Wall-clock seconds of the child process, from spawn to exit. */
  seconds: number;
  /** What stage 1 printed (its summary, or why it failed). */
  output: string;
}

/** True when this checkout's stage 1 takes --secret <file> (the cell-key secret); older ones refuse unknown options. */
export function stage1TakesSecret(): boolean {
  const help = spawnSync(process.execPath, [DATA_SCRIPT, '--help'], { cwd: REPO, encoding: 'utf8' });
  return help.stdout.includes('--secret');
}

/** Runs stage 1 (`node scripts/data.ts --in … --out …`) as its own process, as an operator would, and times it. */
export function runStage1Child(paths: Stage1Paths, takesSecret: boolean): Promise<Stage1Run> {
  const args = [DATA_SCRIPT, '--in', paths.inDir, '--out', paths.outDir, '--report', paths.reportPath, '--quiet'];
  if (takesSecret) args.push('--secret', paths.secretPath);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, output }));
  });
}
