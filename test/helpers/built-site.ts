// The demo site (data/published), built by Astro once per test run and shared by every end-to-end test file
// that calls builtSite(). Test files run in parallel workers: the first to ask takes a lock (mkdir is atomic)
// and builds; the others wait for its "built" or "failed" marker.
import { spawn } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/** How long a test file waits for the build another file started: long enough for a busy machine. */
const WAIT_MS = 1_200_000;

/** Path of the built site's folder (its index.html is the home page). */
export async function builtSite(): Promise<string> {
  const folder = inject('siteBuildFolder');
  if (!folder) throw new Error('builtSite() needs the globalSetup test/helpers/site-build-folder.ts (see vitest.config.ts)');
  const dist = join(folder, 'dist');
  const built = join(folder, 'built');
  const failed = join(folder, 'failed.txt');
  if (await mkdir(join(folder, 'lock')).then(() => true, () => false)) {
    const { code, output } = await buildSite(dist);
    if (code !== 0) {
      await writeFile(failed, output);
      throw new Error(`the site build failed:\n${output}`);
    }
    await writeFile(built, '');
    return dist;
  }
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await sleep(250)) {
    if (await exists(built)) return dist;
    if (await exists(failed)) throw new Error(`the site build failed:\n${await readFile(failed, 'utf8')}`);
  }
  throw new Error(`the site build did not finish within ${WAIT_MS / 1000} s`);
}

function buildSite(outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // As an operator builds (npm run build): the public address comes from program.json, through metadata.json.
    const child = spawn(process.execPath, ['scripts/build-site.ts', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
