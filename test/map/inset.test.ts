import { describe, expect, it } from 'vitest';
import { chooseInset, type Box } from '../../src/map/inset.ts';
import { loadMapLayout } from '../../src/map/map-cache.ts';
import { loadPublished } from '../../src/lib/published.ts';

const box = (x: number, y: number, w: number, h = w): Box => [x, y, x + w, y + h];
/** Six big areas tiling a 600 × 400 map. */
const big = [0, 200, 400].flatMap((x, i) => [0, 200].map((y, j) => ({ code: `big-${i}${j}`, box: box(x, y, 200) })));

describe('chooseInset', () => {
  it('chooseInset(a map of big areas) needs no inset', () => {
    expect(chooseInset(big, 600, 400)).toBeNull();
  });

  it('chooseInset(three tiny neighbours) frames them, enlarged at least 3×, and names them', () => {
    const tiny = [box(300, 100, 20), box(321, 100, 20), box(300, 121, 25)].map((b, i) => ({ code: `tiny-${i}`, box: b }));
    const inset = chooseInset([...big, ...tiny], 600, 400)!;
    expect(inset.codes).toEqual(['tiny-0', 'tiny-1', 'tiny-2']);
    const [x0, y0, x1, y1] = inset.frame;
    for (const t of tiny) expect(t.box[0] >= x0 && t.box[1] >= y0 && t.box[2] <= x1 && t.box[3] <= y1).toBe(true);
    expect(600 / (x1 - x0)).toBeGreaterThanOrEqual(3);
  });

  it('chooseInset(one lone tiny area) gives none: it stays a plain link', () => {
    expect(chooseInset([...big, { code: 'islet', box: box(500, 300, 10) }], 600, 400)).toBeNull();
  });

  it('chooseInset(a dense cluster and a far pair) frames the cluster with more members', () => {
    const core = [0, 1, 2, 3].map((i) => ({ code: `core-${i}`, box: box(100 + 22 * i, 50, 20) }));
    const far = [0, 1].map((i) => ({ code: `far-${i}`, box: box(500 + 22 * i, 350, 20) }));
    const inset = chooseInset([...big, ...core, ...far], 600, 400)!;
    expect(inset.codes).toEqual(core.map((c) => c.code));
  });

  it('chooseInset(small areas spread over the map) lowers the size cut until the frame zooms in enough', () => {
    // Mid-sized areas (60 wide) in a row across the whole map, and a knot of very small ones in the middle of it:
    // all of them together would frame most of the map, so only the knot is framed.
    const row = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ code: `row-${i}`, box: box(i * 66, 150, 60) }));
    const knot = [0, 1, 2].map((i) => ({ code: `knot-${i}`, box: box(270 + 11 * i, 215, 10) }));
    const inset = chooseInset([...row, ...knot], 600, 400)!;
    expect(inset.codes).toEqual(knot.map((k) => k.code));
  });
});

describe('loadMapLayout (Batam, published data)', () => {
  const { metadata } = loadPublished('data/published');
  const codesNamed = (names: string[]) => names.map((n) => metadata.areas.find((a) => a.level === 'kecamatan' && a.name === n)!.code);

  it("loadMapLayout(the city's kecamatan) enlarges exactly the four small urban kecamatan, labelled in the inset", async () => {
    const kecamatan = metadata.areas.filter((a) => a.level === 'kecamatan').map((a) => a.code);
    const layout = await loadMapLayout(metadata, 'kecamatan', kecamatan, 'data/published');
    const urban = codesNamed(['Batu Ampar', 'Lubuk Baja', 'Bengkong', 'Batam Kota']);
    expect([...layout.inset!.codes].sort()).toEqual([...urban].sort());
    expect(layout.inset!.labels.map((l) => l.code).sort()).toEqual([...urban].sort());
    // Every kecamatan is on the main map; none of the four is labelled there.
    expect(layout.main.areas.map((a) => a.code)).toEqual(kecamatan);
    expect(layout.main.labels.filter((l) => urban.includes(l.code))).toEqual([]);
  });

  it('loadMapLayout(all 64 kelurahan) enlarges a frame of the urban core holding every kelurahan of its three smallest kecamatan', async () => {
    const kelurahan = metadata.areas.filter((a) => a.level === 'kelurahan');
    const layout = await loadMapLayout(metadata, 'kelurahan', kelurahan.map((k) => k.code), 'data/published');
    // Batam Kota's large eastern kelurahan (Belian) is big enough for the main map.
    const urban = new Set(codesNamed(['Batu Ampar', 'Lubuk Baja', 'Bengkong']));
    const urbanKelurahan = kelurahan.filter((k) => urban.has(k.parent!)).map((k) => k.code);
    expect(layout.inset!.codes).toEqual(expect.arrayContaining(urbanKelurahan));
    const [x0, , x1] = layout.inset!.frame;
    expect(layout.main.width / (x1 - x0)).toBeGreaterThanOrEqual(3);
  });

  it('loadMapLayout(same areas twice) reuses one layout', async () => {
    const codes = metadata.areas.filter((a) => a.parent === codesNamed(['Bengkong'])[0]).map((a) => a.code);
    const [a, b] = await Promise.all([loadMapLayout(metadata, 'kelurahan', codes, 'data/published'), loadMapLayout(metadata, 'kelurahan', [...codes], 'data/published')]);
    expect(a).toBe(b);
  });
});
