import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteVersion } from '../../scripts/lib/site-version.ts';

async function checkout(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'site-version-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'transparansi', version: '2.3.4' }));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src', 'page.astro'), '<p>one</p>');
  return root;
}

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, stdio: 'pipe', encoding: 'utf8' }).trim();

describe('siteVersion', () => {
  it('siteVersion(root) outside a git checkout gives package.json\'s name and version and no commit', async () => {
    expect(siteVersion(await checkout())).toEqual({ name: 'transparansi', version: '2.3.4', commit: null, changed: false });
  });

  it('siteVersion(root) gives the commit, and says when the site\'s code differs from it (not when other files do)', async () => {
    const root = await checkout();
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'first');
    const commit = git(root, 'rev-parse', 'HEAD');
    expect(siteVersion(root)).toEqual({ name: 'transparansi', version: '2.3.4', commit, changed: false });
    await writeFile(join(root, 'notes.txt'), 'not code');
    expect(siteVersion(root).changed).toBe(false);
    await writeFile(join(root, 'src', 'page.astro'), '<p>two</p>');
    expect(siteVersion(root)).toEqual({ name: 'transparansi', version: '2.3.4', commit, changed: true });
  });
});
