// Stage 2 build: `npm run build`. Builds the site from the published folder (data/published, or the folder in
// PUBLISHED_DIR) into a staging folder, then swaps it in place of dist/. Astro empties its outDir before it
// renders, so building into dist/ directly would leave no site at all when a published file is broken.
// The site is built for the public address program.json gives (published in metadata.json), or SITE_URL.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NO_SITE_ADDRESS_WARNING, siteAddress } from '../src/lib/site-address.ts';
import { stagingFolder, swapFolder } from '../src/shared/swap-folder.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const staging = stagingFolder(dist, 'staging');
const published = resolve(process.env.PUBLISHED_DIR ?? 'data/published');

let address: ReturnType<typeof siteAddress>;
try {
  address = siteAddress(process.env.SITE_URL, published);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\nThe build did not start; ${dist} is unchanged.\n`);
  process.exit(1);
}
process.stderr.write(`Building the site from ${published}${address.url === undefined ? '' : ` for ${address.url} (from ${address.from})`}\n`);
if (address.url === undefined) process.stderr.write(`${NO_SITE_ADDRESS_WARNING}\n`);
// Astro reads the address as import.meta.env.SITE, which a SITE variable in the environment (Vitest sets one) would
// stand in for when the site has no address: only SITE_URL, as worked out above, reaches the build.
const { SITE_URL: _given, SITE: _stray, ...env } = process.env;
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging], {
  stdio: 'inherit',
  env: { ...env, PUBLISHED_DIR: published, ...(address.url === undefined ? {} : { SITE_URL: address.url }) },
});
if (astro.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(`\nThe build failed; ${dist} is unchanged.\n`);
  process.exit(astro.status ?? 1);
}
await swapFolder(staging, dist);
process.stderr.write(`Site written to ${dist}\n`);
