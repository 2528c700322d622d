/**
 * The default-shape benchmark (`npm run bench -- boundary-match`): joins GADM 4.1 to the official Kemendagri list for
 * every kota and kabupaten as stage 1 does (src/pipeline/boundaries/gadm-boundaries.ts) and prints the share of
 * areas given a shape per level, nationally and per province, with a markdown table for the README.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Position } from 'geojson';
import { regionGadm, type RegionGadm } from '../../src/pipeline/boundaries/gadm-boundaries.ts';
import type { GadmFeature } from '../../src/pipeline/load/gadm-file.ts';
import { loadRegionIndex } from '../../src/pipeline/load/official-areas.ts';

interface Tally { suspect: number; regions: number; named: number; drawn: number; kecamatan: number; kecamatanShaped: number; kecamatanFromVillages: number; villages: number; villagesShaped: number }

const empty = (): Tally => ({ suspect: 0, regions: 0, named: 0, drawn: 0, kecamatan: 0, kecamatanShaped: 0, kecamatanFromVillages: 0, villages: 0, villagesShaped: 0 });
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

export async function boundaryMatchBenchmark(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, region: { type: 'string', multiple: true } }, strict: true });
  const started = performance.now();
  const regencies = (parse(await readFile(new URL(import.meta.resolve('idn-area-data/data/regencies.csv')), 'utf8'), { columns: true }) as { code: string; name: string }[])
    .filter((r) => values.region === undefined || values.region.includes(r.code));
  const provinces = new Map((parse(await readFile(new URL(import.meta.resolve('idn-area-data/data/provinces.csv')), 'utf8'), { columns: true }) as { code: string; name: string }[])
    .map((p) => [p.code, p.name]));
  const total = empty();
  const byProvince = new Map<string, Tally>();
  for (const regency of regencies) {
    const region = await loadRegionIndex(regency.code);
    const match = await regionGadm(region);
    const suspects = outsideParent(region, match);
    for (const s of suspects) console.log(`suspect: ${s}`);
    const province = byProvince.get(regency.code.slice(0, 2)) ?? empty();
    byProvince.set(regency.code.slice(0, 2), province);
    for (const t of [total, province]) {
      t.regions++;
      if (match.sources.named !== null) t.named++;
      if (match.kecamatan.size > 0) t.drawn++;
      t.kecamatan += region.kecamatan.length;
      t.kecamatanShaped += match.kecamatan.size;
      t.kecamatanFromVillages += [...match.kecamatan.values()].filter((k) => k.kind === 'villages').length;
      t.villages += region.kelurahan.length;
      t.villagesShaped += match.kelurahan.size;
      t.suspect += suspects.length;
    }
    if (match.kecamatan.size === 0) console.log(`not drawn: ${regency.code} ${regency.name}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const row = (label: string, t: Tally) =>
    `| ${label} | ${t.regions} | ${percent(t.named, t.regions)} | ${t.drawn} | ${percent(t.kecamatanShaped, t.kecamatan)} (${t.kecamatanFromVillages} from villages) | ${percent(t.villagesShaped, t.villages)} |`;
  const table = [
    '| area | kota/kabupaten | found in GADM by name | drawn | kecamatan with a shape | villages with a shape |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('Indonesia', total),
    ...[...byProvince].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, t]) => row(`${provinces.get(code) ?? 'province'} (${code})`, t)),
  ].join('\n');
  console.log(`GADM 4.1 joined to Kemendagri codes, ${total.regions} kota/kabupaten in ${seconds.toFixed(1)} s:`);
  console.log(`  kab/kota: ${percent(total.named, total.regions)} found by name, ${total.drawn} of ${total.regions} drawn`);
  console.log(`  kecamatan: ${percent(total.kecamatanShaped, total.kecamatan)} (${total.kecamatanShaped} of ${total.kecamatan}; ${total.kecamatanFromVillages} as the union of their villages)`);
  console.log(`  villages: ${percent(total.villagesShaped, total.villages)} (${total.villagesShaped} of ${total.villages})`);
  console.log(`  shapes whose centre lies outside their parent's bounding box (possibly another place's): ${total.suspect}\n`);
  console.log(table);
  if (values.out) await writeFile(values.out, `${table}\n`);
  return 0;
}

/**
 * A plain check that no area took another place's shape: each village's centre lies within its kecamatan's bounding
 * box; lists those that do not ("code name → GADM name").
 */
function outsideParent(region: Awaited<ReturnType<typeof loadRegionIndex>>, match: RegionGadm): string[] {
  const out: string[] = [];
  for (const village of region.kelurahan) {
    const shape = match.kelurahan.get(village.code);
    const parent = match.kecamatan.get(village.kecamatanCode);
    if (shape === undefined) continue;
    const [x0, y0, x1, y1] = box(parent?.features ?? []);
    const [a0, b0, a1, b1] = box([shape]);
    const [x, y] = [(a0 + a1) / 2, (b0 + b1) / 2];
    if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) out.push(`${village.code} ${village.name} → ${shape.properties.NAME_3}/${shape.properties.NAME_4}`);
  }
  return out;
}

function box(features: GadmFeature[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const [x, y] of (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2) as Position[]) {
      b[0] = Math.min(b[0], x!);
      b[1] = Math.min(b[1], y!);
      b[2] = Math.max(b[2], x!);
      b[3] = Math.max(b[3], y!);
    }
  return b;
}
