import { describe, expect, it } from 'vitest';
import { rankAmong } from '../../src/lib/rank.ts';

const peers = [
  { code: 'a', count: 10 },
  { code: 'b', count: 30 },
  { code: 'c', count: 20 },
  { code: 'd', count: 20 },
  { code: 'e', count: null },
];

describe('rankAmong', () => {
  it('rankAmong(code, peers) counts the biggest as 1 and skips hidden peers in "of"', () => {
    expect(rankAmong('b', peers)).toEqual({ rank: 1, of: 4, peers: 5 });
    expect(rankAmong('a', peers)).toEqual({ rank: 4, of: 4, peers: 5 });
  });
  it('rankAmong(code, peers) gives tied peers the same rank', () => {
    expect(rankAmong('c', peers)?.rank).toBe(2);
    expect(rankAmong('d', peers)?.rank).toBe(2);
  });
  it('rankAmong(code, peers) is null for a hidden count and throws for an unknown place', () => {
    expect(rankAmong('e', peers)).toBeNull();
    expect(() => rankAmong('x', peers)).toThrow(/x is not among/);
  });
});
