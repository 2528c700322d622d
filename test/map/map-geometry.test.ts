import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipRing } from '../../src/map/clip-ring.ts';
import { compactPath, ringArea, toTenths } from '../../src/map/compact-path.ts';
import { labelSpots } from '../../src/map/label-spot.ts';
import { drawView, MIN_ISLAND, type ProjectedArea } from '../../src/map/map-shapes.ts';

/** Reads back the points of "M…l…z m…l…z" paths, as a browser would (SVG path grammar for M, m, l, z). */
function readPath(d: string): Array<Array<[number, number]>> {
  const tokens = d.match(/[Mmlz]|-?(?:\d+\.?\d*|\.\d+)/g)!;
  const rings: Array<Array<[number, number]>> = [];
  let command = '';
  let pen: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (/[Mmlz]/.test(t)) {
      command = t;
      i++;
      if (t === 'z') pen = start;
      continue;
    }
    const x = Number(t);
    const y = Number(tokens[i + 1]);
    i += 2;
    if (command === 'M' || command === 'm') {
      pen = command === 'M' ? [x, y] : [pen[0] + x, pen[1] + y];
      start = pen;
      rings.push([pen]);
      command = 'l';
    } else {
      pen = [pen[0] + x, pen[1] + y];
      rings[rings.length - 1]!.push(pen);
    }
  }
  return rings;
}

describe('compactPath', () => {
  it('compactPath(rings in tenths) writes the first point absolute and the rest as short relative steps', () => {
    expect(compactPath([[[10, 20], [40, 20], [40, 60]]])).toBe('M1 2l3 0 0 4z');
    // "-.5.3" is -0.5 then 0.3; "1.7-1" is 1.7 then −1.
    expect(compactPath([[[0, 0], [-5, 3], [12, -7]]])).toBe('M0 0l-.5.3 1.7-1z');
  });

  it('compactPath(several rings) draws the points it was given, read back by the SVG grammar', () => {
    const tenths = fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -9999, max: 9999 }));
    fc.assert(
      fc.property(fc.array(fc.array(tenths, { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: 4 }), (rings) => {
        const back = readPath(compactPath(rings));
        const expected = rings.map((r) => r.map(([x, y]) => [x / 10, y / 10]));
        expect(back.length).toBe(expected.length);
        back.forEach((ring, i) => ring.forEach((p, j) => {
          expect(p[0]).toBeCloseTo(expected[i]![j]![0]!, 6);
          expect(p[1]).toBeCloseTo(expected[i]![j]![1]!, 6);
        }));
      }),
    );
  });
});

describe('toTenths and ringArea', () => {
  it('toTenths(ring) rounds to tenths and drops repeated and closing points', () => {
    expect(toTenths([[1, 1], [1.04, 1.01], [2, 1], [2, 2], [1, 1]])).toEqual([[10, 10], [20, 10], [20, 20]]);
  });

  it('ringArea(a 3 × 2 rectangle) is 6 in size', () => {
    expect(Math.abs(ringArea([[0, 0], [3, 0], [3, 2], [0, 2]]))).toBe(6);
  });
});

describe('clipRing', () => {
  it('clipRing(a square half over the box) keeps the half inside', () => {
    const clipped = clipRing([[-5, 0], [5, 0], [5, 10], [-5, 10]], [0, 0, 100, 100]);
    expect(Math.abs(ringArea(clipped))).toBe(50);
    for (const [x] of clipped) expect(x).toBeGreaterThanOrEqual(0);
  });

  it('clipRing(a ring wholly outside) is empty; a ring wholly inside is unchanged', () => {
    expect(clipRing([[200, 200], [210, 200], [210, 210]], [0, 0, 100, 100])).toEqual([]);
    expect(clipRing([[10, 10], [20, 10], [20, 20]], [0, 0, 100, 100])).toEqual([[10, 10], [20, 10], [20, 20]]);
  });
});

describe('labelSpots', () => {
  it('labelSpots(a 100 × 20 bar) offers its full width at mid-height first', () => {
    const [best] = labelSpots([[[0, 0], [100, 0], [100, 20], [0, 20]]], 10);
    expect(best!.room).toBeCloseTo(100, 5);
    expect(best!.x).toBeCloseTo(50, 5);
    expect(Math.abs(best!.y - 10)).toBeLessThan(5.1);
  });

  it('labelSpots(an L shape) keeps a tall label out of the thin arm', () => {
    // The long foot is 100 wide and 10 tall, the upright 20 wide and 100 tall: a label 16 tall only fits upright.
    const l: Array<[number, number]> = [[0, 0], [20, 0], [20, 90], [100, 90], [100, 100], [0, 100]];
    const [best] = labelSpots([l], 16);
    expect(best!.room).toBeLessThanOrEqual(20.001);
    expect(best!.x).toBeLessThan(20);
  });
});

describe('drawView', () => {
  const square = (x: number, y: number, size: number): Array<Array<[number, number]>> => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
  const area: ProjectedArea = { code: 'a', name: 'A', polygons: [square(10, 10, 100), square(300, 300, 1)] };

  it('drawView(whole map) leaves out islands smaller than MIN_ISLAND but never the largest polygon', () => {
    expect(MIN_ISLAND).toBeGreaterThan(1);
    const [drawn] = drawView([area], { origin: [0, 0], scale: 1, width: 600, height: 600 });
    expect(drawn!.rings).toHaveLength(1);
    expect(drawn!.box).toEqual([10, 10, 110, 110]);
  });

  it('drawView(zoomed window) scales, cuts to the window and keeps the islands that grow big enough', () => {
    const view = { origin: [290, 290] as const, scale: 10, width: 600, height: 600 };
    const [drawn] = drawView([area], view);
    // The 1 × 1 island becomes 10 × 10 at (100, 100); the big square lies wholly outside the window.
    expect(drawn!.rings).toHaveLength(1);
    expect(drawn!.box).toEqual([100, 100, 110, 110]);
    expect(drawView([{ ...area, polygons: [square(0, 0, 5)] }], view)).toEqual([]);
  });
});
