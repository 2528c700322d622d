// Frozen releases (see the README, "Permanent pages"). A release's pages are rendered once, by the build that first
// sees the release, and recorded in /rilis/<date>/arsip.json with a SHA-256 per file. Every later build copies those
// files byte for byte from the site it replaces (its release folders moved in whole, its share images and /_astro/
// files as hard links), or from a copy of the published site (--from, hard links where it can), and renders only
// the latest pages and new releases. Only `--refreeze` renders a frozen release again.
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { frozenRecordPath, readFrozenRecord } from '../../src/lib/frozen-releases.ts';
import type { FrozenRelease, SiteVersion } from '../../src/schemas/frozen-release.ts';
import { sha256 } from '../../src/shared/sha256.ts';

/** Which kept releases a build copies from the frozen site and which it renders. */
export interface FreezePlan {
  frozen: FrozenRelease[];
  /** Releases to render: new ones, those without a record in the frozen site, and those being re-frozen. */
  render: string[];
  refreeze: string[];
}

/**
 * Reads the records in `frozenSite` (the site being replaced, or --from) for every kept release. `refreeze` names
 * releases to render again ('all' for every one); naming a release that is not kept is an error.
 */
export function planFreeze(frozenSite: string, releases: readonly string[], refreeze: readonly string[] | 'all'): FreezePlan {
  const again = refreeze === 'all' ? [...releases] : [...refreeze];
  const unknown = again.filter((d) => !releases.includes(d));
  if (unknown.length > 0)
    throw new Error(`--refreeze ${unknown.join(', ')}: no such release in the published folder (kept releases: ${releases.join(', ') || 'none'})`);
  const frozen: FrozenRelease[] = [];
  const render: string[] = [];
  for (const release of releases) {
    const record = again.includes(release) ? null : readFrozenRecord(frozenSite, release);
    if (record === null) render.push(release);
    else frozen.push(record);
  }
  return { frozen, render, refreeze: again };
}

/**
 * What earlier builds found when they read a file: its SHA-256 by device, inode, size and modification time. A file
 * with the same four was not written since, so a build with hundreds of frozen releases reads only what changed
 * (as git's index does). FROZEN_CHECK_CACHE, or node_modules/.cache/frozen-site/checked.json.
 */
export class HashCache {
  private readonly file: string | null;
  private readonly entries: Record<string, string>;
  /** The entries this build looked up: only they are saved, so files long gone do not pile up. */
  private readonly used = new Map<string, string>();
  private constructor(file: string | null, entries: Record<string, string>) {
    this.file = file;
    this.entries = entries;
  }

  static load(file: string | null = resolvePath(process.env.FROZEN_CHECK_CACHE ?? 'node_modules/.cache/frozen-site/checked.json')): HashCache {
    let entries: Record<string, string> = {};
    try {
      if (file !== null) entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      // No cache yet, or an unreadable one: every file is read.
    }
    return new HashCache(file, entries);
  }

  /** The SHA-256 of `file`'s bytes, read only when the file changed since it was last read; null when missing. */
  hash(file: string): string | null {
    let info: ReturnType<typeof lstatSync>;
    try {
      info = lstatSync(file);
    } catch {
      return null;
    }
    const key = `${info.dev}:${info.ino}`;
    const stamp = `${info.size}:${info.mtimeMs}`;
    const known = this.entries[key];
    const hash = known?.startsWith(`${stamp}:`) ? known.slice(stamp.length + 1) : sha256(readFileSync(file));
    this.entries[key] = `${stamp}:${hash}`;
    this.used.set(key, this.entries[key]);
    return hash;
  }

  save(): void {
    if (this.file === null) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.${process.pid}.part`, JSON.stringify(Object.fromEntries(this.used)));
    renameSync(`${this.file}.${process.pid}.part`, this.file);
  }
}

/** Releases frozen in `frozenSite` that the published folder no longer keeps (`releases`): the new site leaves them out. */
export function droppedReleases(frozenSite: string, releases: readonly string[]): string[] {
  const folder = join(frozenSite, 'rilis');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((d) => existsSync(join(frozenSite, frozenRecordPath(d))) && !releases.includes(d)).sort();
}

/** Every file of a frozen release that is missing from `site` or whose bytes changed since it was frozen. */
export function changedFrozenFiles(site: string, record: FrozenRelease, hashes: HashCache = HashCache.load(null)): string[] {
  const changed: string[] = [];
  for (const [path, hash] of Object.entries(record.files)) {
    const found = hashes.hash(join(site, path));
    if (found === null) changed.push(`${path} (missing)`);
    else if (found !== hash) changed.push(`${path} (changed)`);
  }
  return changed;
}

async function filesUnder(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const sitePath = (site: string, file: string) => relative(site, file).split(sep).join('/');

/**
 * Records the release `release` that this build rendered into `site`: every file of its copies in each language
 * (/rilis/<date>/, /en/rilis/<date>/, …), the share images its pages name and every /_astro/ file (stylesheets and
 * scripts, including the ones loaded by other scripts), with their SHA-256. Writes /rilis/<date>/arsip.json.
 */
export async function freezeRelease(site: string, release: string, builtBy: SiteVersion, data: string): Promise<FrozenRelease> {
  const top = (await readdir(site, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const copies = [`rilis/${release}`, ...top.map((dir) => `${dir}/rilis/${release}`)];
  const pageFiles = (await Promise.all(copies.map((copy) => filesUnder(join(site, copy))))).flat();
  const named = new Set<string>();
  for (const file of pageFiles.filter((f) => f.endsWith('.html')))
    for (const match of (await readFile(file, 'utf8')).matchAll(/\/og\/[0-9a-f]+\.png/g)) named.add(match[0].slice(1));
  const assets = (await filesUnder(join(site, '_astro'))).map((f) => sitePath(site, f));
  const paths = [...pageFiles.map((f) => sitePath(site, f)), ...named, ...assets].filter((p) => p !== frozenRecordPath(release)).sort();
  const files: Record<string, string> = {};
  for (const path of paths) files[path] = sha256(await readFile(join(site, path)));
  const record: FrozenRelease = { release, builtBy, data, files };
  await writeFile(join(site, frozenRecordPath(release)), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/** Puts `from` in place at `to` as a hard link (no bytes copied, stored once), or a copy across file systems. */
function place(from: string, to: string, folders: Set<string>): void {
  const folder = dirname(to);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  try {
    linkSync(from, to);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to);
  }
}

/**
 * The folders that hold this release's files and nothing else, as its record lists them: rilis/<date> and its twin
 * under each language's prefix (en/rilis/<date>). Shared folders (/og/, /_astro/) are not among them.
 */
export function releaseFolders(record: FrozenRelease): string[] {
  const own = `rilis/${record.release}/`;
  const folders = new Set<string>();
  for (const path of [...Object.keys(record.files), frozenRecordPath(record.release)]) {
    const at = path.indexOf(own);
    if (at === 0 || (at > 0 && path[at - 1] === '/')) folders.add(path.slice(0, at + own.length - 1));
  }
  return [...folders].sort();
}

/**
 * Copies a frozen release's files and record from `frozenSite` into the site being built. A file the build already
 * made (an /_astro/ file or share image with the same name) must have the same bytes: content-addressed names never
 * differ in content, so a difference means a file was changed by hand, and the build stops. Files under `carried`
 * folders are left out: the swap moves those folders in whole (swapFolder's `carry`).
 */
export function copyFrozenRelease(frozenSite: string, site: string, record: FrozenRelease, folders = new Set<string>(), carried: readonly string[] = []): void {
  const isCarried = (path: string) => carried.some((folder) => path.startsWith(`${folder}/`));
  for (const [path, hash] of Object.entries(record.files)) {
    if (isCarried(path)) continue;
    const to = join(site, path);
    if (existsSync(to)) {
      if (sha256(readFileSync(to)) !== hash) throw new Error(`${path}: the frozen release ${record.release} holds other bytes under this name than this build made`);
      continue;
    }
    place(join(frozenSite, path), to, folders);
  }
  const recordPath = frozenRecordPath(record.release);
  if (!isCarried(recordPath)) place(join(frozenSite, recordPath), join(site, recordPath), folders);
}

/**
 * Makes every file of `site` whose bytes another file already has a hard link to that file, so that identical
 * files (a release's published data at /data/ and /rilis/<date>/data/, say) are stored once. Run on what the build
 * rendered, before the frozen releases are copied in: `frozen` maps the SHA-256 of every frozen file to where it is
 * (their records say), and a rendered file with the same bytes becomes a link to it, so the thousands of frozen
 * files are neither read nor listed again. Returns how many files and bytes were shared.
 */
export async function storeIdenticalOnce(site: string, frozen: ReadonlyMap<string, string> = new Map()): Promise<{ linked: number; bytes: number }> {
  const first = new Map<string, string>(frozen);
  let linked = 0;
  let bytes = 0;
  for (const file of (await filesUnder(site)).sort()) {
    const bytesOf = readFileSync(file);
    const hash = sha256(bytesOf);
    const earlier = first.get(hash);
    if (earlier === undefined) {
      first.set(hash, file);
      continue;
    }
    if (lstatSync(earlier).ino === lstatSync(file).ino) continue;
    const temporary = `${file}.link-${process.pid}`;
    linkSync(earlier, temporary);
    renameSync(temporary, file);
    linked += 1;
    bytes += bytesOf.length;
  }
  return { linked, bytes };
}
