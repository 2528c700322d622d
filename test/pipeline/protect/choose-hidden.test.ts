import { describe, expect, it } from 'vitest';
import { boundPins } from '../../../src/pipeline/protect/bound-pins.ts';
import { chooseHidden } from '../../../src/pipeline/protect/choose-hidden.ts';
import { unhideUnneeded } from '../../../src/pipeline/protect/unhide-unneeded.ts';
import { findDerivable } from '../../../src/pipeline/protect/suppress.ts';
import type { SdcCell, SdcEquation, SdcInput } from '../../../src/pipeline/protect/sdc-input.ts';

/** A kota with two kecamatan of two kelurahan each, one category column plus a second, and totals. */
function smallTable(values: Record<string, number>, extra: Partial<Record<string, Partial<SdcCell>>> = {}): SdcInput {
  const cells: SdcCell[] = Object.entries(values).map(([id, value]) => ({ id, value, k: 5, cost: id.startsWith('kota') ? 1000 : id.startsWith('kec') ? 10 : 1, ...extra[id] }));
  const equations: SdcEquation[] = [];
  for (const col of ['a', 'b', 'all']) {
    equations.push({ total: `kota.${col}`, parts: [`kec1.${col}`, `kec2.${col}`] });
    equations.push({ total: `kec1.${col}`, parts: [`kel11.${col}`, `kel12.${col}`] });
    equations.push({ total: `kec2.${col}`, parts: [`kel21.${col}`, `kel22.${col}`] });
  }
  for (const area of ['kota', 'kec1', 'kec2', 'kel11', 'kel12', 'kel21', 'kel22'])
    equations.push({ total: `${area}.all`, parts: [`${area}.a`, `${area}.b`] });
  return { cells, equations };
}

function table(a: [number, number, number, number], b: [number, number, number, number]) {
  const v: Record<string, number> = {};
  const kels = ['kel11', 'kel12', 'kel21', 'kel22'];
  kels.forEach((k, i) => {
    v[`${k}.a`] = a[i]!;
    v[`${k}.b`] = b[i]!;
    v[`${k}.all`] = a[i]! + b[i]!;
  });
  for (const col of ['a', 'b', 'all']) {
    v[`kec1.${col}`] = v[`kel11.${col}`]! + v[`kel12.${col}`]!;
    v[`kec2.${col}`] = v[`kel21.${col}`]! + v[`kel22.${col}`]!;
    v[`kota.${col}`] = v[`kec1.${col}`]! + v[`kec2.${col}`]!;
  }
  return v;
}

describe('chooseHidden', () => {
  it('chooseHidden(table) hides every small count and leaves nothing derivable, by equations or by bounds', () => {
    const input = smallTable(table([2, 30, 40, 50], [60, 3, 70, 80]));
    const hidden = chooseHidden(input, (c) => (c.cost ?? 0) >= 10);
    expect(hidden.has('kel11.a')).toBe(true);
    expect(hidden.has('kel12.b')).toBe(true);
    expect(findDerivable(input, hidden)).toEqual([]);
    expect(boundPins(new Map(input.cells.map((c) => [c.id, c])), input.equations, hidden).pinned).toEqual([]);
  });

  it('chooseHidden(table) keeps city figures published when kelurahan cells can protect the small ones', () => {
    const input = smallTable(table([2, 30, 40, 50], [60, 3, 70, 80]));
    const hidden = chooseHidden(input, (c) => (c.cost ?? 0) >= 10);
    for (const id of ['kota.a', 'kota.b', 'kota.all']) expect(hidden.has(id)).toBe(false);
  });

  it('chooseHidden(full coverage over hidden parts) hides the total that would reveal them', () => {
    // Column a has a public target of 1 per kelurahan and all four are enrolled.
    const values = table([1, 1, 1, 1], [60, 30, 70, 80]);
    const targets = { 'kel11.a': 1, 'kel12.a': 1, 'kel21.a': 1, 'kel22.a': 1, 'kec1.a': 2, 'kec2.a': 2, 'kota.a': 4 };
    const input = smallTable(values, Object.fromEntries(Object.entries(targets).map(([id, t]) => [id, { complementOf: t }])));
    const hidden = chooseHidden(input, (c) => (c.cost ?? 0) >= 10);
    expect(hidden.has('kota.a')).toBe(true);
    expect(boundPins(new Map(input.cells.map((c) => [c.id, c])), input.equations, hidden).pinned).toEqual([]);
    expect(findDerivable(input, hidden)).toEqual([]);
  });
});

describe('unhideUnneeded', () => {
  it('unhideUnneeded(over-hidden pattern) publishes secondary cells that protect nothing', () => {
    const input = smallTable(table([2, 30, 40, 50], [60, 3, 70, 80]));
    // Safe but wasteful: the small cells and their partners, plus both kelurahan totals of kecamatan 1.
    const hidden = new Set(['kel11.a', 'kel12.a', 'kel11.b', 'kel12.b', 'kel11.all', 'kel12.all']);
    expect(findDerivable(input, hidden)).toEqual([]);
    const secondary = new Set(['kel12.a', 'kel11.b', 'kel11.all', 'kel12.all']);
    const stillHidden = unhideUnneeded(input, hidden, secondary, (c) => -(c.cost ?? 0));
    expect([...stillHidden].sort()).toEqual(['kel11.a', 'kel11.b', 'kel12.a', 'kel12.b']);
    expect(findDerivable(input, stillHidden)).toEqual([]);
  });

  it('unhideUnneeded never publishes a primary cell', () => {
    const input = smallTable(table([2, 30, 40, 50], [60, 3, 70, 80]));
    const hidden = new Set(['kel11.a', 'kel12.a', 'kel11.b', 'kel12.b']);
    const stillHidden = unhideUnneeded(input, hidden, new Set(['kel12.a', 'kel11.b']), () => 0);
    expect(stillHidden.has('kel11.a')).toBe(true);
    expect(stillHidden.has('kel12.b')).toBe(true);
  });
});
