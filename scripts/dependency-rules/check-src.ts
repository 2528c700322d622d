// Runs the rules in .dependency-cruiser.mjs on a project's src/, .astro files included. dependency-cruiser
// reads no .astro file, so src/ is first copied to a temporary folder with each X.astro written as
// X.astro.ts (see astro-as-typescript.ts); an import of './X.astro' resolves to it, because the resolver
// tries the name with '.ts' appended. Names are mapped back before anything is reported.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { astroAsTypeScript } from './astro-as-typescript.ts';

const RULES_FILE = fileURLToPath(new URL('../../.dependency-cruiser.mjs', import.meta.url));

/** Files dependency-cruiser parses; any other file is written empty, as an import of it only needs it to exist. */
const CODE = new Set(['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']);
const AS_TYPESCRIPT = '.astro.ts';

export interface DependencyCheck {
  violations: IViolation[];
  /** How many modules were seen: the files of src/, and the npm packages, built-ins and unresolved names they import. */
  modules: number;
}

/** Copies root/src into mirror/src as dependency-cruiser can read it. */
async function mirrorSrc(root: string, mirror: string): Promise<void> {
  const entries = await readdir(join(root, 'src'), { recursive: true, withFileTypes: true });
  await Promise.all(entries.filter((e) => e.isFile()).map(async (entry) => {
    const from = join(entry.parentPath, entry.name);
    const name = relative(root, from);
    if (name.endsWith(AS_TYPESCRIPT)) throw new Error(`${name}: a file name ending in ${AS_TYPESCRIPT} is kept for the .astro copies`);
    const to = join(mirror, name);
    await mkdir(dirname(to), { recursive: true });
    if (extname(name) === '.astro') await writeFile(`${to}.ts`, astroAsTypeScript(await readFile(from, 'utf8'), name));
    else if (CODE.has(extname(name))) await copyFile(from, to);
    else await writeFile(to, '');
  }));
}

/** The violations with every X.astro.ts named X.astro again (the mirror is the only place such a name can come from). */
function astroNamesBack(violations: IViolation[]): IViolation[] {
  return JSON.parse(JSON.stringify(violations).replaceAll(`${AS_TYPESCRIPT}"`, '.astro"')) as IViolation[];
}

/** Every violation of the dependency rules in root/src (root: the project folder). */
export async function checkSrc(root: string): Promise<DependencyCheck> {
  const mirror = await mkdtemp(join(tmpdir(), 'dependency-rules-'));
  try {
    await mirrorSrc(root, mirror);
    const options = await extractDepcruiseOptions(RULES_FILE);
    const cruised = await cruise(['src'], { ...options, baseDir: mirror });
    const { summary } = cruised.output as ICruiseResult;
    return { violations: astroNamesBack(summary.violations), modules: summary.totalCruised };
  } finally {
    await rm(mirror, { recursive: true, force: true });
  }
}
