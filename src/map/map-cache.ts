import type { Metadata } from '../schemas/published.ts';
import type { BilingualText } from '../schemas/text.ts';
import { type AreaFeature, type AreaProperties, loadBoundaries, type BoundarySource, type MapLevel } from './boundaries.ts';
import { MAP_WIDTH } from './map-shapes.ts';
import { mapLayout, type MapLayout } from './map-layout.ts';
import { webShapes } from './web-shapes.ts';

/**
 * A map's layout and where its shapes came from, with the credit their licence asks for, and the areas asked for
 * that have no shape (drawn as a list under the map).
 */
export type SourcedLayout = MapLayout & { source: BoundarySource; attribution: BilingualText; missing: AreaProperties[] };

/**
 * Simplifying a level's boundaries and laying out a set of areas are the slow steps, and ~200 pages draw the
 * same few maps (every kelurahan page of one kecamatan shows the same kecamatan), so both are kept for the
 * life of the build, keyed by published folder, level and the areas drawn.
 */
const simplified = new Map<string, Promise<{ features: AreaFeature[]; source: BoundarySource; attribution: BilingualText }>>();
const layouts = new Map<string, Promise<SourcedLayout>>();

/** The layout of a map of `codes` (in that order), from the boundaries of `level`: the areas that have a shape. */
export function loadMapLayout(metadata: Metadata, level: MapLevel, codes: string[], publishedDir: string): Promise<SourcedLayout> {
  const key = `${publishedDir}\n${level}\n${codes.join(',')}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = levelShapes(metadata, level, publishedDir).then(({ features, source, attribution }) => {
      const byCode = new Map(features.map((f) => [f.properties.code, f]));
      const names = new Map(metadata.areas.map((a) => [a.code, a.name]));
      const missing = codes.filter((c) => !byCode.has(c)).map((code) => ({ code, name: names.get(code) ?? code }));
      const shaped = codes.flatMap((c) => byCode.get(c) ?? []);
      const layout = shaped.length > 0 ? mapLayout(shaped) : { main: { width: MAP_WIDTH, height: 0, areas: [], labels: [], anchors: [] }, inset: null };
      return { ...layout, source, attribution, missing };
    });
    // A failed load is not kept: the dev server should retry once the boundary file is fixed.
    layout.catch(() => layouts.delete(key));
    layouts.set(key, layout);
  }
  return layout;
}

function levelShapes(metadata: Metadata, level: MapLevel, publishedDir: string): Promise<{ features: AreaFeature[]; source: BoundarySource; attribution: BilingualText }> {
  const key = `${publishedDir}\n${level}`;
  let shapes = simplified.get(key);
  if (!shapes) {
    shapes = loadBoundaries(metadata, level, publishedDir).then((b) => ({ features: b.features.length > 0 ? webShapes(b) : [], source: b.source, attribution: b.attribution }));
    shapes.catch(() => simplified.delete(key));
    simplified.set(key, shapes);
  }
  return shapes;
}
