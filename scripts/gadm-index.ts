// node scripts/gadm-index.ts: writes src/pipeline/load/gadm-index.json, where each GADM regency's features lie
// (byte ranges) in geojson-indonesia's GADM 4.1 kecamatan and village files, so that stage 1 reads a region's
// few hundred features instead of parsing 70 MB. Run it again after updating geojson-indonesia.
import { readFile, writeFile } from 'node:fs/promises';
import { gadmSpans, type GadmLevel } from '../src/pipeline/load/gadm-file.ts';

const files: Record<string, { bytes: number; spans: ReturnType<typeof gadmSpans> }> = {};
for (const level of [3, 4] as GadmLevel[]) {
  const text = await readFile(new URL(import.meta.resolve(`geojson-indonesia/geojson/gadm41_IDN_${level}.json`)), 'latin1');
  files[level] = { bytes: text.length, spans: gadmSpans(text) };
}
// Each GADM regency's province, name and type, so that stage 1 finds a province's regencies without reading the level-2 file.
const level2 = JSON.parse(await readFile(new URL(import.meta.resolve('geojson-indonesia/geojson/gadm41_IDN_2.json')), 'utf8')) as { features: { properties: Record<string, string> }[] };
const regencies = level2.features.map((f) => f.properties).sort((a, b) => (a.GID_2! < b.GID_2! ? -1 : 1));
const version = (JSON.parse(await readFile(new URL(import.meta.resolve('geojson-indonesia/package.json')), 'utf8')) as { version: string }).version;
const out = new URL('../src/pipeline/load/gadm-index.json', import.meta.url);
const lines = [`  "generatedBy": "scripts/gadm-index.ts from geojson-indonesia ${version}",`, '  "regencies": {'];
// Kalimantan Utara's regencies lack the "_1" their kecamatan and villages carry ("IDN.35.4" / "IDN.35.4.1_1").
lines.push(regencies.map((p) => `    "${p.GID_2!.replace(/(_1)?$/, '_1')}": ${JSON.stringify([p.NAME_1, p.NAME_2, p.TYPE_2])}`).join(',\n'), '  },', '  "files": {');
for (const [i, [level, file]] of Object.entries(files).entries()) {
  lines.push(`    "${level}": { "bytes": ${file.bytes}, "spans": {`);
  lines.push(Object.entries(file.spans).map(([gid2, span]) => `      "${gid2}": [${span[0]}, ${span[1]}]`).join(',\n'));
  lines.push(`    } }${i === 0 ? ',' : ''}`);
}
await writeFile(out, `{\n${lines.join('\n')}\n  }\n}\n`);
console.log(`wrote ${out.pathname}`);
