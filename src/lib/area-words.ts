import { type AreaKind, type RegionKind, regionKindOf } from '../shared/area-kind.ts';
import { formatCount, type Lang } from './format.ts';

/** An area's name and official kind: all the words need. */
interface Named {
  name: string;
  kind: AreaKind;
}

const KIND_WORD: Record<AreaKind, string> = {
  kota: 'Kota', kabupaten: 'Kabupaten', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan', desa: 'Desa',
};

/**
 * The area's name with its kind, as both languages write it: "Kecamatan Gubeng", "Desa Teluk Bakau", "Kabupaten
 * Bintan". A region's name that already says its kind ("Kota Surabaya") is kept as written.
 */
export function areaTitle(area: Named): string {
  const word = KIND_WORD[area.kind];
  return area.name.toLowerCase().startsWith(`${word.toLowerCase()} `) ? area.name : `${word} ${area.name}`;
}

/** How many of these villages are desa, and how many kelurahan. */
function kindCounts(areas: readonly { kind: AreaKind }[]): { desa: number; kelurahan: number } {
  const desa = areas.filter((a) => a.kind === 'desa').length;
  return { desa, kelurahan: areas.length - desa };
}

/** The region's kind as published, or read from its name ("Kabupaten …") in folders published before kinds were. */
export function publishedRegionKind(region: { name: string; kind?: RegionKind | undefined }): RegionKind {
  return region.kind ?? regionKindOf(region.name) ?? 'kota';
}

/**
 * The word for villages of these kinds, lower case: "kelurahan", "desa", or for a mix "kelurahan/desa" (the more
 * common kind first, as Indonesian documents write "desa/kelurahan" for a mostly rural regency). English pages
 * keep the Indonesian words, as they do for kecamatan; the glossary explains them.
 */
export function villageWord(areas: readonly { kind: AreaKind }[]): string {
  const { desa, kelurahan } = kindCounts(areas);
  if (desa === 0) return 'kelurahan';
  if (kelurahan === 0) return 'desa';
  return desa > kelurahan ? 'desa/kelurahan' : 'kelurahan/desa';
}

/** "Kelurahan", "Desa" or "Kelurahan dan desa" (a list's heading), with English's "and". */
export function villagesHeading(areas: readonly { kind: AreaKind }[], lang: Lang): string {
  const word = villageWord(areas);
  const [first, second] = word.split('/');
  return capitalise(second === undefined ? first! : `${first} ${lang === 'id' ? 'dan' : 'and'} ${second}`);
}

/** How the site names the region's government and budget, by the region's kind. */
interface RegionWords {
  /** "pemerintah kabupaten" / "the regency": who pays, in a sentence. */
  government: string;
  /** "anggaran kabupaten" / "the regency budget". */
  budget: string;
  /** "kabupaten" / "regency": the region as a noun ("total kabupaten", "regency totals"). */
  noun: string;
}

const REGION_WORDS: Record<RegionKind, Record<Lang, RegionWords>> = {
  kota: {
    id: { government: 'pemerintah kota', budget: 'anggaran kota', noun: 'kota' },
    en: { government: 'the city', budget: 'the city budget', noun: 'city' },
  },
  kabupaten: {
    id: { government: 'pemerintah kabupaten', budget: 'anggaran kabupaten', noun: 'kabupaten' },
    en: { government: 'the regency', budget: 'the regency budget', noun: 'regency' },
  },
};

export function regionWords(kind: RegionKind, lang: Lang): RegionWords {
  return REGION_WORDS[kind][lang];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A table's column heading for villages of these kinds: "Kelurahan", "Desa", "Kelurahan/desa"; English adds "(village)". */
export function villageLabel(areas: readonly { kind: AreaKind }[], lang: Lang): string {
  const word = capitalise(villageWord(areas));
  return lang === 'id' ? word : `${word} (village)`;
}

/** How many villages of each kind: "64 kelurahan", "47 desa", "4 kelurahan dan 47 desa" ("… and …" in English). */
export function villageCounts(areas: readonly { kind: AreaKind }[], lang: Lang): string {
  const { desa, kelurahan } = kindCounts(areas);
  const parts = [
    ...(kelurahan > 0 || desa === 0 ? [`${formatCount(kelurahan, lang)} kelurahan`] : []),
    ...(desa > 0 ? [`${formatCount(desa, lang)} desa`] : []),
  ];
  return parts.join(lang === 'id' ? ' dan ' : ' and ');
}
