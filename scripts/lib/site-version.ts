// The version of the site's code in this checkout, recorded in every release it freezes (arsip.json builtBy).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteVersion } from '../../src/schemas/frozen-release.ts';

/** What decides how the pages look: a change under these paths makes `changed` true. */
const CODE_PATHS = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];

const git = (root: string, args: string[]): string | null => {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

/** package.json's name and version, and the git commit with whether the code differs from it (null outside git). */
export function siteVersion(root = process.cwd()): SiteVersion {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const commit = git(root, ['rev-parse', '--verify', 'HEAD']);
  const status = commit === null ? null : git(root, ['status', '--porcelain', '--', ...CODE_PATHS]);
  return { name: pkg.name, version: pkg.version, commit, changed: status !== null && status !== '' };
}
