import { normaliseRegionName } from '../../shared/place-names.ts';
import type { BoundaryFile } from '../../schemas/program.ts';
import type { BoundaryFeature } from './boundary-features.ts';
import { editDistance } from '../check/did-you-mean.ts';
import type { ProblemLog } from '../report/problems.ts';
import type { RegionIndex } from '../load/official-areas.ts';

type Level = BoundaryFile['level'];
/** Dotted Kemendagri codes by the number of their parts: 21.71 / 21.71.10 / 21.71.10.1001. */
const DOTTED = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;
const LEVEL_OF_PARTS: Record<number, string> = { 2: 'city/regency', 3: 'kecamatan', 4: 'kelurahan' };
const EXAMPLE: Record<Level, string> = { kecamatan: '21.71.10', kelurahan: '21.71.10.1001' };
const BIG_PROPERTY: Record<Level, string> = { kecamatan: 'KDCPUM', kelurahan: 'KDEPUM' };

/**
 * The features of one boundary file grouped by Kemendagri code (several features with one code are pieces of
 * one area, as BIG files split islands). Every code must be a dotted official code of the file's level in the
 * region, and every official area of that level must have a shape; features of other regions (a provincial
 * file) are left out with a notice. Problems are logged; null when there is any.
 */
export function areaPieces(features: BoundaryFeature[], entry: BoundaryFile, regions: RegionIndex, log: ProblemLog): Map<string, BoundaryFeature[]> | null {
  const { level, codeProperty: property, file } = entry;
  const add = (severity: 'error' | 'notice', row: number, value: string, message: string) =>
    log.add({ severity, file, row, column: property, value, message });
  const errorsBefore = log.errorCount;
  const official: { code: string; name: string }[] = level === 'kecamatan' ? regions.kecamatan : regions.kelurahan;
  const byCode = new Map(official.map((a) => [a.code, a]));
  const fix = `point "codeProperty" at the property holding the dotted Kemendagri ${level} code (BIG: ${BIG_PROPERTY[level]})`;

  if (!features.some((f) => Object.hasOwn(f.properties, property))) {
    const found = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
    const sameLetters = found.find((p) => p.toLowerCase() === property.toLowerCase());
    add('error', 0, '', sameLetters !== undefined
      ? `no feature has the property "${property}", but they have "${sameLetters}": property names are case-sensitive, write "codeProperty": "${sameLetters}"`
      : `no feature has the property "${property}"; the properties are ${found.map((p) => `"${p}"`).join(', ') || 'none'}: ${fix}`);
    return null;
  }
  const pieces = new Map<string, BoundaryFeature[]>();
  const elsewhere: string[] = [];
  for (const f of features) {
    const raw = f.properties[property];
    const code = raw === null || raw === undefined ? '' : String(raw).trim();
    if (code === '') {
      add('error', f.number, '', `the feature has no code; write its dotted Kemendagri code (e.g. ${EXAMPLE[level]}) or delete the feature`);
      continue;
    }
    const parts = DOTTED.test(code) ? code.split('.').length : 0;
    if (/^\d+$/.test(code)) {
      add('error', f.number, code, `"${code}" is written without dots, so it cannot be told from a BPS code (BPS numbers areas differently: a 10-digit BPS village code looks just like an undotted Kemendagri one). Codes are never guessed: ${fix}, or rewrite the values with dots (e.g. ${EXAMPLE[level]})`);
    } else if (parts === 0) {
      add('error', f.number, code, `"${code}" is not a Kemendagri code (written like ${EXAMPLE[level]}): ${fix}`);
    } else if (!code.startsWith(`${regions.regionCode}.`)) {
      elsewhere.push(code);
    } else if (LEVEL_OF_PARTS[parts] !== level) {
      add('error', f.number, code, `"${code}" is a ${LEVEL_OF_PARTS[parts]} code, but program.json declares this file as level ${level}: ${fix}` +
        (level === 'kecamatan' && parts === 4 ? `, or declare the file as level kelurahan (kecamatan shapes are then made by merging kelurahan)` : ''));
    } else if (!byCode.has(code)) {
      add('error', f.number, code, `"${code}" is not a ${level} of ${regions.regionCode} in the official Kemendagri list: correct the code${suggestion(f, code, official, property)} or delete the feature`);
    } else {
      const list = pieces.get(code);
      if (list) list.push(f);
      else pieces.set(code, [f]);
    }
  }
  if (elsewhere.length > 0) {
    if (pieces.size === 0 && log.errorCount === errorsBefore)
      add('error', 0, elsewhere[0]!, `no feature lies in region ${regions.regionCode} (codes such as "${elsewhere[0]}"); use the boundary file of ${regions.regionCode} or a province file that contains it`);
    else add('notice', 0, elsewhere[0]!, `${elsewhere.length} feature(s) of other regions (e.g. "${elsewhere[0]}") left out`);
  }
  if (log.errorCount === errorsBefore)
    for (const area of official)
      if (!pieces.has(area.code))
        add('error', 0, area.code, `no shape for ${level} "${area.name}" ("${area.code}"): every published area needs one. Add its feature, or correct the code of the feature that should carry it`);
  return log.errorCount === errorsBefore ? pieces : null;
}

/** " (did you mean …?)" from a name the feature carries (WADMKD, NAMOBJ…), else from codes one typo away. */
function suggestion(f: BoundaryFeature, code: string, official: { code: string; name: string }[], property: string): string {
  const names = new Map<string, { code: string; name: string }[]>();
  for (const area of official) names.set(normaliseRegionName(area.name), [...(names.get(normaliseRegionName(area.name)) ?? []), area]);
  // A kelurahan may share its name with a kecamatan (WADMKC) or with a kelurahan elsewhere: prefer the bad code's kecamatan.
  const kecamatan = code.split('.').slice(0, 3).join('.');
  const byName = Object.entries(f.properties)
    .filter(([key, value]) => key !== property && typeof value === 'string')
    .flatMap(([key, value]) => (names.get(normaliseRegionName(value as string)) ?? []).map((area) => ({ area, key })));
  const near = byName.filter(({ area }) => area.code.startsWith(`${kecamatan}.`));
  const named = (near.length > 0 ? near : byName).filter((m, i, all) => all.findIndex((other) => other.area === m.area) === i);
  if (named.length > 0) return ` (did you mean ${named.map(({ area, key }) => `"${area.code}", ${area.name} as ${key} says`).join(', or ')}?)`;
  const close = official.filter((a) => editDistance(a.code, code) === 1);
  return close.length > 0 ? ` (did you mean ${close.map((a) => `"${a.code}", ${a.name}`).join(', or ')}?)` : '';
}
