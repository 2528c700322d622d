// The pages the Lighthouse budget covers: the home page, one kecamatan page and the data page. A page the
// build does not have yet is reported as missing rather than audited as a 404.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface BudgetPage { name: string; path: string; built: boolean }

const FALLBACK_KECAMATAN = '/kecamatan/batam-kota/';

export async function budgetPages(dist: string): Promise<BudgetPage[]> {
  const kecamatan = (await firstPageUnder(dist, 'kecamatan')) ?? FALLBACK_KECAMATAN;
  return Promise.all([
    { name: 'home', path: '/' },
    { name: 'kecamatan', path: kecamatan },
    { name: 'data', path: '/data/' },
  ].map(async (p) => ({ ...p, built: await isFile(join(dist, p.path, 'index.html')) })));
}

/** `/<folder>/<first sub-folder with an index.html>/`, in sorted order, or null. */
async function firstPageUnder(dist: string, folder: string): Promise<string | null> {
  const entries = await readdir(join(dist, folder)).catch(() => [] as string[]);
  for (const entry of entries.sort()) {
    if (await isFile(join(dist, folder, entry, 'index.html'))) return `/${folder}/${entry}/`;
  }
  return null;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
