export type Point = readonly [number, number];
type Rings = ReadonlyArray<ReadonlyArray<Point>>;

export interface LabelSpot {
  x: number;
  y: number;
  /** How wide a label centred on (x, y) may be and stay inside the area, over the label's whole height. */
  room: number;
}

/**
 * Where a label of `height` could sit inside an area made of `rings` (even–odd, in map units), roomiest
 * first: on horizontal lines every two map units across the area, each inside stretch, narrowed to what is
 * also inside half a label height above and below. A small stand-in for a pole of inaccessibility that suits
 * wide text and needs no dependency.
 */
export function labelSpots(rings: Rings, height: number): LabelSpot[] {
  const ys = rings.flatMap((r) => r.map((p) => p[1]));
  if (ys.length === 0) return [];
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const lines = Math.min(100, Math.max(15, Math.ceil((bottom - top) / 2)));
  const spots: LabelSpot[] = [];
  for (let i = 0; i < lines; i++) {
    const y = top + ((i + 0.5) / lines) * (bottom - top);
    const above = insideSpans(rings, y - height / 2);
    const below = insideSpans(rings, y + height / 2);
    for (const [a, b] of insideSpans(rings, y)) {
      let [lo, hi] = [a, b];
      for (const spans of [above, below]) {
        const mid = (lo + hi) / 2;
        const around = spans.find(([p, q]) => p <= mid && mid <= q);
        if (!around) { hi = lo; break; }
        [lo, hi] = [Math.max(lo, around[0]), Math.min(hi, around[1])];
      }
      spots.push({ x: (lo + hi) / 2, y, room: hi - lo });
    }
  }
  return spots.sort((p, q) => q.room - p.room);
}

/** The stretches of the horizontal line at `y` that lie inside the rings (even–odd rule), left to right. */
function insideSpans(rings: Rings, y: number): Array<[number, number]> {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if ((yi > y) !== (yj > y)) xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
    }
  }
  xs.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i]!, xs[i + 1]!]);
  return spans;
}

/** Whether a point lies inside the rings (even–odd rule). */
export function inside(rings: Rings, [x, y]: Point): boolean {
  return insideSpans(rings, y).some(([a, b]) => a <= x && x <= b);
}
