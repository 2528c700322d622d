import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableJson } from '../../../src/pipeline/publish/stable-json.ts';

/** The same value with every object's keys inserted in reverse (or rotated) order, at every depth. */
function reorder(value: unknown, rotate: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, rotate));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const order = rotate === 0 ? [...keys].reverse() : [...keys.slice(rotate % keys.length), ...keys.slice(0, rotate % keys.length)];
    const out: Record<string, unknown> = {};
    for (const key of order) out[key] = reorder((value as Record<string, unknown>)[key], rotate);
    return out;
  }
  return value;
}

describe('stableJson(value)', () => {
  it('stableJson(value) gives the same text whatever order the keys were inserted in, at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.nat({ max: 7 }), (value, rotate) => {
        expect(stableJson(reorder(value, rotate))).toBe(stableJson(value));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('stableJson(nested objects) sorts keys at every depth and keeps array order', () => {
    const text = stableJson({ b: { z: 1, a: [{ y: 2, x: 1 }, 3] }, a: 0 });
    expect(text).toBe('{\n  "a": 0,\n  "b": {\n    "a": [\n      {\n        "x": 1,\n        "y": 2\n      },\n      3\n    ],\n    "z": 1\n  }\n}\n');
  });

  it('stableJson(value) round-trips through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        // JSON has no -0; JSON.stringify writes it as 0 anyway.
        expect(JSON.parse(stableJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200, seed: 8 },
    );
  });

  it('stableJson(object with undefined fields) drops them at every depth', () => {
    expect(stableJson({ a: 1, b: undefined, c: { d: undefined, e: null } })).toBe(stableJson({ a: 1, c: { e: null } }));
    expect(JSON.parse(stableJson({ a: 1, b: undefined }))).not.toHaveProperty('b');
  });

  it('stableJson(value) ends with exactly one newline', () => {
    for (const value of [{}, [], 'x', 0, null, { a: [1] }]) {
      const text = stableJson(value);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
    }
  });
});
