import { describe, expect, it } from 'vitest';
import { niceStep } from '../../src/shared/nice-step.ts';

describe('niceStep', () => {
  it('niceStep(rough) rounds up to 1, 2 or 5 × 10ⁿ, never below one person', () => {
    expect([0.3, 1, 3.5, 7, 98.7, 120, 1000, 2100].map((r) => niceStep(r))).toEqual([1, 1, 5, 10, 100, 200, 1000, 5000]);
  });

  it('niceStep(rough, [1, 2, 2.5, 5, 10]) also takes 2.5 × 10ⁿ, rounded up to a whole number below 10', () => {
    const slides = [1, 2, 2.5, 5, 10];
    expect([24348 / 4, 100 / 4, 7 / 4, 0, 9 / 4, 0.75].map((r) => niceStep(r, slides))).toEqual([10000, 25, 2, 1, 3, 1]);
  });

  it('niceStep(rough) is never below rough and never more than 5 times it (for rough above 1)', () => {
    for (let rough = 1.01; rough < 1e7; rough *= 1.37) {
      const step = niceStep(rough);
      expect(step).toBeGreaterThanOrEqual(rough);
      expect(step).toBeLessThanOrEqual(5 * rough);
      expect(Number.isInteger(step)).toBe(true);
    }
  });
});
