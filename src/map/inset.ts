/** [x0, y0, x1, y1] in map units. */
export type Box = readonly [number, number, number, number];

export interface Inset {
  /** The part of the map the inset enlarges, in map units. */
  frame: Box;
  /** The areas drawn whole inside the frame: they get their link and label in the inset. */
  codes: string[];
}

export interface InsetOptions {
  /** An area is small when its longer side is under this share of the map's width. */
  smallShare?: number;
  /** The inset must enlarge at least this much, or it is not worth its space. */
  minZoom?: number;
}

const extent = (b: Box) => Math.max(b[2] - b[0], b[3] - b[1]);
const union = (boxes: Box[]): Box => [
  Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])),
];
const gapBetween = (a: Box, b: Box) => Math.max(a[0] - b[2], b[0] - a[2], a[1] - b[3], b[1] - a[3], 0);
const within = (inner: Box, outer: Box) => inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/**
 * The inset a map needs, if any: areas too small to label or tap at the map's scale (by default under a
 * seventh of its width, which sets the scale: about 55 px on a phone) are grouped with their near neighbours,
 * and the largest group of at least two gets a frame that is enlarged beside the map. When the small areas
 * are spread so wide that the frame would enlarge them less than `minZoom` times, the size cut is lowered
 * step by step, so the inset zooms into the densest cluster of the smallest areas (a city's core), whatever
 * the city. Nothing here knows about any one city.
 */
export function chooseInset(areas: ReadonlyArray<{ code: string; box: Box }>, width: number, height: number, options: InsetOptions = {}): Inset | null {
  const minZoom = options.minZoom ?? 3;
  for (let cut = (options.smallShare ?? 1 / 7) * width; cut >= 4; cut *= 0.8) {
    const small = areas.filter((a) => extent(a.box) < cut);
    const group = small.length > 0 ? largestCluster(small, cut / 2) : [];
    // One lone small area is not worth an inset: it stays a link with its title, like any other.
    if (group.length < 2) return null;
    const frame = shaped(padded(union(group.map((a) => a.box))), width, height);
    if ((frame[2] - frame[0]) * minZoom > width) continue;
    const codes = areas.filter((a) => within(a.box, frame)).map((a) => a.code);
    return { frame, codes };
  }
  return null;
}

/** Single-linkage groups of boxes no further apart than `gap`; the group with most members (the first on a tie). */
function largestCluster<T extends { box: Box }>(items: T[], gap: number): T[] {
  const group = items.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) if (gapBetween(items[i]!.box, items[j]!.box) <= gap) group[root(j)] = root(i);
  const members = new Map<number, T[]>();
  items.forEach((item, i) => members.set(root(i), [...(members.get(root(i)) ?? []), item]));
  return [...members.values()].reduce((best, g) => (g.length > best.length ? g : best));
}

/** The box grown by a tenth of its size on each side: some context around the small areas. */
function padded(box: Box): Box {
  const pad = extent(box) / 10;
  return [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
}

/**
 * The box widened or heightened about its centre to between 3:5 and 5:4 (height to width), so the inset is
 * neither a sliver nor a tower beside the map, then moved (not shrunk) to lie on the map where it can.
 */
function shaped(box: Box, width: number, height: number): Box {
  let w = box[2] - box[0];
  let h = box[3] - box[1];
  if (h < 0.6 * w) h = 0.6 * w;
  if (h > 1.25 * w) w = h / 1.25;
  const place = (centre: number, size: number, limit: number) => {
    const start = Math.min(Math.max(centre - size / 2, 0), Math.max(limit - size, 0));
    return [start, Math.min(start + size, limit)] as const;
  };
  const [x0, x1] = place((box[0] + box[2]) / 2, w, width);
  const [y0, y1] = place((box[1] + box[3]) / 2, h, height);
  return [x0, y0, x1, y1];
}
