import type { Box } from './inset.ts';

type Point = [number, number];

/**
 * The part of a ring inside an axis-aligned box (Sutherland–Hodgman, one box side at a time). Exact for any
 * ring against a convex clip region, which a box is; a ring wholly outside comes back empty.
 */
export function clipRing(ring: Point[], [x0, y0, x1, y1]: Box): Point[] {
  const sides: Array<{ inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }> = [
    { inside: (p) => p[0] >= x0, cross: (a, b) => atX(a, b, x0) },
    { inside: (p) => p[0] <= x1, cross: (a, b) => atX(a, b, x1) },
    { inside: (p) => p[1] >= y0, cross: (a, b) => atY(a, b, y0) },
    { inside: (p) => p[1] <= y1, cross: (a, b) => atY(a, b, y1) },
  ];
  let out = ring;
  for (const { inside, cross } of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cross(previous, current));
    }
  }
  return out;
}

const atX = (a: Point, b: Point, x: number): Point => [x, a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1])];
const atY = (a: Point, b: Point, y: number): Point => [a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), y];
