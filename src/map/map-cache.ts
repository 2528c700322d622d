import type { Metadata } from '../schemas/published.ts';
import type { BilingualText } from '../schemas/text.ts';
import { loadBoundaries, type BoundarySource, type MapLevel } from './boundaries.ts';
import type { AreaFeature } from './default-boundaries.ts';
import { mapLayout, type MapLayout } from './map-layout.ts';
import { webShapes } from './web-shapes.ts';

/** A map's layout and where its shapes came from, with the credit their licence asks for. */
export type SourcedLayout = MapLayout & { source: BoundarySource; attribution: BilingualText };

/**
 * Simplifying a level's boundaries and laying out a set of areas are the slow steps, and ~200 pages draw the
 * same few maps (every kelurahan page of one kecamatan shows the same kecamatan), so both are kept for the
 * life of the build, keyed by published folder, level and the areas drawn.
 */
const simplified = new Map<string, Promise<{ features: AreaFeature[]; source: BoundarySource; attribution: BilingualText }>>();
const layouts = new Map<string, Promise<SourcedLayout>>();

/** The layout of a map of `codes` (in that order), from the boundaries of `level`. */
export function loadMapLayout(metadata: Metadata, level: MapLevel, codes: string[], publishedDir: string): Promise<SourcedLayout> {
  const key = `${publishedDir}\n${level}\n${codes.join(',')}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = levelShapes(metadata, level, publishedDir).then(({ features, source, attribution }) => {
      const byCode = new Map(features.map((f) => [f.properties.code, f]));
      const missing = codes.filter((c) => !byCode.has(c));
      if (missing.length > 0) throw new Error(`No ${level} boundary for ${missing.join(', ')}: the map can only draw areas of the boundary file`);
      return { ...mapLayout(codes.map((c) => byCode.get(c)!)), source, attribution };
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
    shapes = loadBoundaries(metadata, level, publishedDir).then((b) => ({ features: webShapes(b), source: b.source, attribution: b.attribution }));
    shapes.catch(() => simplified.delete(key));
    simplified.set(key, shapes);
  }
  return shapes;
}
