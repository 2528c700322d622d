import type { Lang } from '../lib/format.ts';
import { classScale, legendEntries, paintFor, type LegendEntry, type Paint } from './choropleth.ts';
import type { Drawing, MapLayout } from './map-layout.ts';
import { mapForm, type MapForm, type MapSpec } from './map-spec.ts';
import { legendCounts, SYMBOL, symbolLegendTitle, symbolRadius, symbolScale } from './symbols.ts';

// What a map looks like, decided once for the page's inline map (AreaMap.astro) and its picture (map-svg.ts):
// each area's paint, the circles of a map of counts, and the legend's words.

/** The words around a map, in both languages. */
export const MAP_WORDS = {
  id: {
    inset: 'Diperbesar: wilayah dalam kotak di peta',
    coverage: 'Cakupan (% dari sasaran)',
    perThousand: 'Peserta per 1.000 penduduk',
    hidden: 'diarsir: disembunyikan untuk melindungi peserta',
    noTarget: 'berbintik: tidak ada sasaran',
    noPopulation: 'berbintik: tidak ada data penduduk',
    zero: 'tanpa lingkaran: 0 peserta',
    missing: 'Belum ada batas peta untuk',
    missingEnd: 'angkanya ada di tabel.',
  },
  en: {
    inset: 'Enlarged: the boxed part of the map',
    coverage: 'Coverage (% of target)',
    perThousand: 'Members per 1,000 residents',
    hidden: 'hatched: hidden to protect individuals',
    noTarget: 'dotted: no target',
    noPopulation: 'dotted: no population figure',
    zero: 'no circle: 0 members',
    missing: 'No map boundary yet for',
    missingEnd: 'their numbers are in the table.',
  },
} as const;

/** "Belum ada batas peta untuk Sukajadi, Tiban Lama; angkanya ada di tabel.": the areas a map cannot draw. */
export function missingText(names: string[], lang: Lang): string | null {
  if (names.length === 0) return null;
  const words = MAP_WORDS[lang];
  return `${words.missing} ${names.join(', ')}; ${words.missingEnd}`;
}

/** One circle of a map of counts, in its drawing's units. */
export interface MapCircle { code: string; x: number; y: number; r: number }

/** The legend: classes of a choropleth, or reference circles of a map of counts, and the textures used. */
interface MapKey {
  form: MapForm;
  title: string;
  /** A choropleth's classes, light to dark. */
  classes: LegendEntry[];
  /** A map of counts' reference circles, largest first, with their labels. */
  circles: Array<{ count: number; r: number }>;
  /** The legend lines of the textures and the missing circle this map uses. */
  hatch: string | null;
  dots: string | null;
  zero: string | null;
}

export interface PaintedMap {
  form: MapForm;
  paint: Map<string, Paint>;
  /** The circles drawn on one drawing of the map (none on a choropleth), largest first. */
  circles(drawing: Drawing): MapCircle[];
  key: MapKey;
}

/** How to draw `spec` on `layout`: choropleth classes for rates, circles over unpainted areas for counts. */
export function paintMap(spec: MapSpec, layout: MapLayout, lang: Lang): PaintedMap {
  const words = MAP_WORDS[lang];
  const form = mapForm(spec.measure);
  const values = spec.areas.map((a) => a.value);
  const hatch = spec.areas.some((a) => a.state === 'hidden') ? words.hidden : null;
  if (spec.measure === 'count') {
    const base: Paint = { fill: SYMBOL.base, outline: SYMBOL.baseOutline, pattern: null };
    const hidden: Paint = { ...base, fill: '#ffffff', pattern: 'hatch' };
    const scale = symbolScale(values, layout.main.width, layout.main.height);
    const byCode = new Map(spec.areas.map((a) => [a.code, a]));
    return {
      form,
      paint: new Map(spec.areas.map((a) => [a.code, a.state === 'hidden' ? hidden : base])),
      circles: (drawing) => drawing.anchors
        .map((p) => ({ ...p, r: symbolRadius(byCode.get(p.code)?.value ?? null, scale) }))
        .filter((c) => c.r > 0)
        .sort((a, b) => b.r - a.r || (a.code < b.code ? -1 : 1)),
      key: {
        form,
        title: symbolLegendTitle(lang),
        classes: [],
        circles: legendCounts(scale.max).map((count) => ({ count, r: symbolRadius(count, scale) })),
        hatch,
        dots: null,
        zero: spec.areas.some((a) => a.state === 'shown' && a.value === 0) ? words.zero : null,
      },
    };
  }
  const scale = classScale(spec.measure, values);
  const noBase = spec.areas.some((a) => a.state === 'no-base');
  return {
    form,
    paint: new Map(spec.areas.map((a) => [a.code, paintFor(a, scale)])),
    circles: () => [],
    key: {
      form,
      title: spec.measure === 'coverage' ? words.coverage : words.perThousand,
      classes: legendEntries(scale, lang),
      circles: [],
      hatch,
      dots: noBase ? (spec.measure === 'coverage' ? words.noTarget : words.noPopulation) : null,
      zero: null,
    },
  };
}
