// Stage 2 build: `npm run build`. Builds the site from the published folder (data/published, or the folder in
// PUBLISHED_DIR) into a staging folder, then swaps it in place of dist/. Astro empties its outDir before it
// renders, so building into dist/ directly would leave no site at all when a published file is broken.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stagingFolder, swapFolder } from '../src/shared/swap-folder.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const staging = stagingFolder(dist, 'staging');
const published = resolve(process.env.PUBLISHED_DIR ?? 'data/published');

process.stderr.write(`Building the site from ${published}\n`);
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging], {
  stdio: 'inherit',
  env: { ...process.env, PUBLISHED_DIR: published },
});
if (astro.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(`\nThe build failed; ${dist} is unchanged.\n`);
  process.exit(astro.status ?? 1);
}
await swapFolder(staging, dist);
process.stderr.write(`Site written to ${dist}\n`);
