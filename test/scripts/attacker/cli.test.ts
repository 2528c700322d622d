import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseFolders } from '../../../scripts/attacker/release-folders.ts';
import { fixtureFolder, writeRelease, type FixtureRelease } from './published-fixture.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(ROOT, 'scripts/attacker/cli.ts');

let fixtures: Awaited<ReturnType<typeof fixtureFolder>>;
beforeEach(async () => { fixtures = await fixtureFolder(); });
afterEach(async () => { await fixtures.remove(); });

/** A published folder: each release in rilis/<date>/, the latest also at the top, each with a manifest. */
async function publishedFolder(...releases: (FixtureRelease & { asOfDate: string })[]): Promise<string> {
  for (const r of releases) {
    const folder = await writeRelease(join(fixtures.path, 'rilis', r.asOfDate), r);
    await writeFile(join(folder, 'manifest.json'), `{"asOfDate":"${r.asOfDate}"}\n`);
  }
  await writeRelease(fixtures.path, releases[releases.length - 1]!);
  await writeFile(join(fixtures.path, 'manifest.json'), await readFile(join(fixtures.path, 'rilis', releases[releases.length - 1]!.asOfDate, 'manifest.json')));
  return fixtures.path;
}

describe('node scripts/attacker/cli.ts <published-folder>', () => {
  it('releaseFolders(published) lists every rilis/<date>/ and leaves out the top when it is a copy of one', async () => {
    const root = await publishedFolder({ asOfDate: '2025-10-31', enrollment: {} }, { asOfDate: '2025-11-30', enrollment: {} });
    expect(await releaseFolders(root)).toEqual([join(root, 'rilis/2025-10-31'), join(root, 'rilis/2025-11-30')]);
    await writeFile(join(root, 'manifest.json'), '{"replaced":true}\n');
    expect(await releaseFolders(root)).toEqual([root, join(root, 'rilis/2025-10-31'), join(root, 'rilis/2025-11-30')]);
    expect(await readdir(root)).toContain('rilis');
  });

  it('node scripts/attacker/cli.ts <published-folder> prints what it learns and exits 1', async () => {
    const root = await publishedFolder(
      { asOfDate: '2025-10-31', enrollment: { kec1: { a: 20 }, kel1: { a: 10 }, kel2: { a: 10 } } },
      { asOfDate: '2025-11-30', enrollment: { kec1: { a: 12 }, kel1: { a: null }, kel2: { a: 10 } } },
    );
    const run = spawnSync(process.execPath, [CLI, root], { encoding: 'utf8', cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('learned enrollment/kel1/a = 2 (below 5; equations)');
    expect(run.stdout).toContain('1 counts learned in 2 releases');
    expect(run.status).toBe(1);
  });

  it('node scripts/attacker/cli.ts <published-folder> --json prints the report and exits 0 when nothing is learned', async () => {
    const root = await publishedFolder({ asOfDate: '2025-11-30', enrollment: { kec1: { a: 20 }, kel1: { a: null }, kel2: { a: null } } });
    const run = spawnSync(process.execPath, [CLI, root, '--json'], { encoding: 'utf8', cwd: ROOT });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { releases: { asOfDate: string; learned: unknown[] }[] };
    expect(report.releases.map((r) => [r.asOfDate, r.learned.length])).toEqual([['2025-11-30', 0]]);
  });
});
