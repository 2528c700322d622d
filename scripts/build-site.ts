// Stage 2 build: `npm run build [-- <out dir>] [--from <published site>] [--refreeze <date>|all]`. Builds the site
// from the published folder (data/published, or the folder in PUBLISHED_DIR) into a staging folder, then swaps it
// in place of dist/. Astro empties its outDir before it renders, so building into dist/ directly would leave no site
// at all when a published file is broken.
// Releases are frozen (scripts/lib/frozen-site.ts): Astro renders the latest pages and releases never built before;
// every other release is taken byte for byte from the site being replaced (its folders moved in whole), or from
// --from (a copy of the site as published, for a fresh machine). --refreeze renders a frozen release again with
// today's code, on purpose.
// The site is built for the public address program.json gives (published in metadata.json), or SITE_URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NO_SITE_ADDRESS_WARNING, siteAddress } from '../src/lib/site-address.ts';
import { releaseDates } from '../src/lib/site-data.ts';
import { stagingFolder, swapFolder } from '../src/shared/swap-folder.ts';
import { changedFrozenFiles, copyFrozenRelease, droppedReleases, freezeRelease, HashCache, planFreeze, releaseFolders, storeIdenticalOnce, type FreezePlan } from './lib/frozen-site.ts';
import { siteVersion } from './lib/site-version.ts';
import { sha256 } from '../src/shared/sha256.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
function fail(message: string, dist: string): never {
  say(`${message}\n\nThe build did not start; ${dist} is unchanged.`);
  process.exit(1);
}

let args: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, refreeze: { type: 'string', multiple: true } } });
}
try {
  args = parseOptions();
} catch (error) {
  say(`${(error as Error).message}\nUsage: npm run build -- [<out dir>] [--from <published site folder>] [--refreeze <YYYY-MM-DD>|all]`);
  process.exit(2);
}
const dist = resolve(args.positionals[0] ?? 'dist');
const staging = stagingFolder(dist, 'staging');
const published = resolve(process.env.PUBLISHED_DIR ?? 'data/published');
const frozenSite = resolve(args.values.from ?? dist);
const releases = releaseDates(published);
if (args.values.from !== undefined && !existsSync(frozenSite)) fail(`--from ${args.values.from}: no such folder`, dist);

let address: ReturnType<typeof siteAddress>;
let plan: FreezePlan;
try {
  address = siteAddress(process.env.SITE_URL, published);
  const refreeze = args.values.refreeze ?? [];
  plan = planFreeze(frozenSite, releases, refreeze.includes('all') ? 'all' : refreeze);
} catch (error) {
  fail((error as Error).message, dist);
}
// A frozen release is copied only when every byte is as it was frozen: a changed page is never published silently.
const hashes = HashCache.load();
for (const record of plan.frozen) {
  const changed = changedFrozenFiles(frozenSite, record, hashes);
  if (changed.length > 0)
    fail(`The frozen release ${record.release} in ${frozenSite} is not as it was frozen: ${changed.length} file(s), e.g. ${changed.slice(0, 3).join(', ')}.\n` +
      `Restore the published copy of the site and build with --from <that folder>, or render the release again on purpose: npm run build -- --refreeze ${record.release}`, dist);
}
hashes.save();
if (plan.frozen.length > 0) say(`Checked ${plan.frozen.length} frozen release(s) against their records (${seconds()}).`);
// A release withdrawn from the published folder (its data must not be shown, say) leaves the site with it.
const dropped = droppedReleases(frozenSite, releases);
if (dropped.length > 0) say(`Note: release(s) ${dropped.join(', ')} are in ${frozenSite} but no longer in ${published}: their pages are left out of the new site.`);
const manifestHash = (release: string) => sha256(readFileSync(join(published, 'rilis', release, 'manifest.json')));
for (const record of plan.frozen)
  if (record.data !== manifestHash(record.release))
    say(`Note: the published data of release ${record.release} changed after its pages were frozen; its pages keep the numbers they were frozen with. To publish the new numbers there: npm run build -- --refreeze ${record.release}`);

// On a machine without the published site, every release is rendered again with today's code: say how to avoid it.
const older = plan.render.filter((d) => d !== releases.at(-1) && !plan.refreeze.includes(d));
if (older.length > 0 && args.values.from === undefined)
  say(`Note: release(s) ${older.join(', ')} have no frozen copy in ${frozenSite}; they are rendered with today's code and frozen now. ` +
    'If they were published before, build from a copy of the site as it is served instead, so their pages stay as published: npm run build -- --from <folder>');
say(`Building the site from ${published}${address.url === undefined ? '' : ` for ${address.url} (from ${address.from})`}`);
if (address.url === undefined) say(NO_SITE_ADDRESS_WARNING);
say(`Rendering the latest pages${plan.render.length === 0 ? '' : ` and release(s) ${plan.render.join(', ')}`}; ` +
  `${plan.frozen.length === 0 ? 'no frozen release' : `copying ${plan.frozen.length} frozen release(s) from ${frozenSite}`}.`);
// Astro reads the address as import.meta.env.SITE, which a SITE variable in the environment (Vitest sets one) would
// stand in for when the site has no address: only SITE_URL, as worked out above, reaches the build.
const { SITE_URL: _given, SITE: _stray, ...env } = process.env;
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging], {
  stdio: 'inherit',
  env: {
    ...env, PUBLISHED_DIR: published, FROZEN_SITE: frozenSite, FROZEN_RELEASES: plan.frozen.map((r) => r.release).join(','),
    ...(address.url === undefined ? {} : { SITE_URL: address.url }),
  },
});
if (astro.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  say(`\nThe build failed; ${dist} is unchanged.`);
  process.exit(astro.status ?? 1);
}
say(`Astro done (${seconds()}).`);
const carried: string[] = [];
let moving = 0; // frozen releases whose folders move in at the swap
try {
  const builtBy = siteVersion();
  for (const release of plan.render) await freezeRelease(staging, release, builtBy, manifestHash(release));
  // Identical files stored once: what was rendered is linked to frozen files with the same bytes.
  const frozenFiles = new Map(plan.frozen.flatMap((r) => Object.entries(r.files).map(([path, hash]) => [hash, join(frozenSite, path)] as const)));
  const shared = await storeIdenticalOnce(staging, frozenFiles);
  // From the site being replaced, a frozen release's own folders move in whole at the swap; from --from (a copy
  // the operator keeps) every file is linked or copied. Either way the site's shared files are linked here.
  const folders = new Set<string>();
  for (const record of plan.frozen) {
    const own = args.values.from === undefined ? releaseFolders(record).filter((f) => !existsSync(join(staging, f))) : [];
    copyFrozenRelease(frozenSite, staging, record, folders, own);
    carried.push(...own);
    if (own.length > 0) moving += 1;
  }
  if (plan.render.length > 0)
    say(`Froze release(s) ${plan.render.join(', ')} with ${builtBy.name} ${builtBy.version}${builtBy.commit === null ? '' : ` (${builtBy.commit.slice(0, 12)}${builtBy.changed ? ', with uncommitted changes' : ''})`}.`);
  say(`${shared.linked} files identical to another are stored once (${(shared.bytes / 1e6).toFixed(1)} MB) (${seconds()}).`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  say(`${(error as Error).message}\n\nThe build failed; ${dist} is unchanged.`);
  process.exit(1);
}
try {
  await swapFolder(staging, dist, carried);
} catch (error) {
  // swapFolder put everything back; the new site stays in staging (it may hold moved folders if that failed too).
  say(`${(error as Error).message}\n\nThe site could not be put in place of ${dist}; the new site is left in ${staging}.`);
  process.exit(1);
}
say(`Site written to ${dist}${moving > 0 ? `, ${moving} frozen release(s) moved in` : ''} (${seconds()}).`);
