import { z } from 'zod';
import { PublishedMeta } from './published-meta.ts';
import { BilingualText } from './text.ts';

/**
 * Written by stage 1 on every run: per level the operator's official file when program.json names one, otherwise
 * the default GADM 4.1 shapes joined to Kemendagri codes in stage 1. The site draws only what this file holds.
 */
export const BOUNDARIES_FILE = 'batas-wilayah.topo.json';

const Position = z.tuple([z.number().int(), z.number().int()]);
/** Indexes into `arcs`; a negative index ~i is arc i walked backwards (TopoJSON). */
const Ring = z.array(z.number().int());
const AreaProperties = z.object({
  /** Kemendagri code: 21.71.10 (kecamatan), 21.71.10.1001 (kelurahan). */
  code: z.string(),
  /** The official name, from the Kemendagri list (not from the boundary file). */
  name: z.string(),
});
const AreaGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), arcs: z.array(Ring), properties: AreaProperties }),
  z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(Ring)), properties: AreaProperties }),
]);
/** operator: an official file named in program.json; gadm: the default GADM 4.1 shapes (non-commercial licence). */
export const BoundarySource = z.enum(['operator', 'gadm']);
export type BoundarySource = z.infer<typeof BoundarySource>;
const AreaLayer = z.object({ type: z.literal('GeometryCollection'), geometries: z.array(AreaGeometry) });

/**
 * batas-wilayah.topo.json: the region's boundaries as one quantized TopoJSON topology
 * (longitude/latitude, WGS 84), with a layer per level, sorted by code. Arcs are delta-encoded integers:
 * position = translate + scale × running sum.
 */
export const PublishedBoundaries = PublishedMeta.extend({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  transform: z.object({
    scale: z.tuple([z.number().positive(), z.number().positive()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  objects: z.object({ kecamatan: AreaLayer.optional(), kelurahan: AreaLayer.optional() }),
  /** The credit shown under maps drawn from each layer (a kecamatan layer merged from kelurahan shares theirs). */
  attribution: z.object({ kecamatan: BilingualText.optional(), kelurahan: BilingualText.optional() }),
  /** Where each layer's shapes come from; absent in files published before default shapes moved to stage 1 (operator files only). */
  source: z.object({ kecamatan: BoundarySource.optional(), kelurahan: BoundarySource.optional() }).optional(),
  arcs: z.array(z.array(Position).min(2)),
}).superRefine((topology, ctx) => {
  const count = topology.arcs.length;
  for (const [level, layer] of Object.entries(topology.objects)) {
    for (const [i, g] of (layer?.geometries ?? []).entries()) {
      const indexes = (g.type === 'Polygon' ? g.arcs : g.arcs.flat()).flat();
      const bad = indexes.find((a) => (a < 0 ? ~a : a) >= count);
      if (bad !== undefined)
        ctx.addIssue({ code: 'custom', path: ['objects', level, 'geometries', i], message: `arc ${bad} does not exist (${count} arcs)` });
    }
  }
});
export type PublishedBoundaries = z.infer<typeof PublishedBoundaries>;
