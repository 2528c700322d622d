import { didYouMean } from './did-you-mean.ts';
import type { Kelurahan, RegionIndex } from '../load/official-areas.ts';
import { ambiguityHint, isBlankRegionName, narrowByWriting, normaliseRegionName } from '../../shared/place-names.ts';
import { villageKindOf } from '../../shared/area-kind.ts';


export type Resolution = { ok: true; code: string } | { ok: false; message: string };

/** Beyond this many distinct raw values a file is mostly noise; stop caching rather than grow without bound. */
const CACHE_LIMIT = 100_000;
const USE_OFFICIAL = 'Use a name from the official Kemendagri list.';

interface Keyed<T> {
  item: T;
  key: string;
}

function keyedBy<T extends { name: string }>(items: readonly T[]): Keyed<T>[] {
  return items.map((item) => ({ item, key: normaliseRegionName(item.name) }));
}

function groupByKey<T>(entries: readonly Keyed<T>[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const { item, key } of entries) {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

const quoteAll = (names: string[]) => names.map((name) => `"${name}"`).join(' or ');

function remember<K>(cache: Map<K, Resolution>, raw: K, resolution: Resolution): Resolution {
  if (cache.size < CACHE_LIMIT) cache.set(raw, resolution);
  return resolution;
}

/**
 * Resolves the names found in an export to Kemendagri codes. Results are cached per raw
 * string, since the same few names repeat on every row of a large file.
 */
export function makeRegionResolver(index: RegionIndex): {
  kecamatan(raw: string): Resolution;
  kelurahan(raw: string, kecamatanCode: string): Resolution;
} {
  const kecamatanByCode = new Map(index.kecamatan.map((row) => [row.code, row]));
  const kelurahanByCode = new Map(index.kelurahan.map((row) => [row.code, row]));
  const keyedKecamatan = keyedBy(index.kecamatan);
  const kecamatanByKey = groupByKey(keyedKecamatan);
  const keyedKelurahan = keyedBy(index.kelurahan);
  const kelurahanByKey = groupByKey(keyedKelurahan);
  const kecamatanCache = new Map<string, Resolution>();
  const kelurahanCaches = new Map<string, Map<string, Resolution>>();
  const kecamatanName = (code: string) => kecamatanByCode.get(code)?.name ?? code;
  const kindOf = (row: Kelurahan) => villageKindOf(row.code);

  function resolveKecamatan(raw: string): Resolution {
    const shown = raw.trim();
    if (kecamatanByCode.has(shown)) return { ok: true, code: shown };
    const key = normaliseRegionName(raw);
    const matches = kecamatanByKey.get(key) ?? [];
    if (matches.length === 0 && isBlankRegionName(raw)) {
      return { ok: false, message: `kecamatan is empty; fill in the KECAMATAN column with a name from the official Kemendagri list` };
    }
    const picked = narrowByWriting(raw, matches);
    if (picked.length === 1 && picked[0] !== undefined) return { ok: true, code: picked[0].code };
    if (picked.length > 1) {
      const listed = picked.map((row) => `"${row.name}" (${row.code})`).join(', ');
      return { ok: false, message: `kecamatan "${shown}" matches more than one official kecamatan: ${listed}; ${ambiguityHint(picked)}` };
    }
    const suggestion = didYouMean(key, keyedKecamatan, (entry) => entry.key);
    const hint = suggestion ? `; did you mean ${quoteAll(suggestion.items.map((entry) => entry.item.name))}?` : '.';
    return { ok: false, message: `unknown kecamatan "${shown}"${hint} ${USE_OFFICIAL}` };
  }

  function resolveKelurahan(raw: string, kecamatanCode: string): Resolution {
    const shown = raw.trim();
    const here = kecamatanName(kecamatanCode);
    const wrongPlace = (elsewhere: Kelurahan[]) => {
      const places = [...new Set(elsewhere.map((row) => kecamatanName(row.kecamatanCode)))].join(' or ');
      const message = `kelurahan "${shown}" is in kecamatan ${places}, not ${here}; check the KECAMATAN and KELURAHAN columns of this row`;
      return { ok: false as const, message };
    };
    const byCode = kelurahanByCode.get(shown);
    if (byCode !== undefined) return byCode.kecamatanCode === kecamatanCode ? { ok: true, code: shown } : wrongPlace([byCode]);
    const key = normaliseRegionName(raw);
    const matches = kelurahanByKey.get(key) ?? [];
    if (matches.length === 0 && isBlankRegionName(raw)) {
      return { ok: false, message: `kelurahan is empty; fill in the KELURAHAN column with a name from the official Kemendagri list` };
    }
    const picked = narrowByWriting(
      raw,
      matches.filter((row) => row.kecamatanCode === kecamatanCode),
      kindOf,
    );
    if (picked.length === 1 && picked[0] !== undefined) return { ok: true, code: picked[0].code };
    if (picked.length > 1) {
      const listed = picked.map((row) => `"${row.name}" (${kindOf(row)} ${row.code})`).join(', ');
      const message = `kelurahan "${shown}" matches more than one official name in kecamatan ${here}: ${listed}; ${ambiguityHint(picked, kindOf)}`;
      return { ok: false, message };
    }
    if (matches.length > 0) return wrongPlace(matches);
    return { ok: false, message: `unknown kelurahan "${shown}" in kecamatan ${here}${suggestKelurahan(key, kecamatanCode)} ${USE_OFFICIAL}` };
  }

  /** Suggests from the kecamatan given, and from elsewhere in the region only when that is closer. */
  function suggestKelurahan(key: string, kecamatanCode: string): string {
    const inside = didYouMean(
      key,
      keyedKelurahan.filter((entry) => entry.item.kecamatanCode === kecamatanCode),
      (entry) => entry.key,
    );
    const outside = didYouMean(
      key,
      keyedKelurahan.filter((entry) => entry.item.kecamatanCode !== kecamatanCode),
      (entry) => entry.key,
    );
    const parts: string[] = [];
    if (inside !== undefined) parts.push(quoteAll(inside.items.map((entry) => entry.item.name)));
    if (outside !== undefined && (inside === undefined || outside.distance < inside.distance)) {
      const named = outside.items.map((entry) => `"${entry.item.name}" in kecamatan ${kecamatanName(entry.item.kecamatanCode)}`);
      parts.push(named.join(' or '));
    }
    return parts.length === 0 ? '.' : `; did you mean ${parts.join(', or ')}?`;
  }

  return {
    kecamatan(raw) {
      return kecamatanCache.get(raw) ?? remember(kecamatanCache, raw, resolveKecamatan(raw));
    },
    kelurahan(raw, kecamatanCode) {
      let cache = kelurahanCaches.get(kecamatanCode);
      if (cache === undefined) {
        if (!kecamatanByCode.has(kecamatanCode)) {
          const message = `kecamatan code "${kecamatanCode}" is not in region ${index.regionCode}; resolve the KECAMATAN column first and pass the code it gives`;
          return { ok: false, message };
        }
        cache = new Map();
        kelurahanCaches.set(kecamatanCode, cache);
      }
      return cache.get(raw) ?? remember(cache, raw, resolveKelurahan(raw, kecamatanCode));
    },
  };
}
