/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export interface Suggestion<T> {
  /** Every candidate at the smallest distance, in the order given. */
  items: T[];
  distance: number;
}

/**
 * The candidates whose key is closest to `key`, when close enough to be a likely typo:
 * at most one edit per three characters of `key` (and at least one edit). Undefined when
 * nothing is that close, so that a message never suggests an unrelated name.
 */
export function didYouMean<T>(
  key: string,
  candidates: readonly T[],
  keyOf: (candidate: T) => string,
): Suggestion<T> | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: Suggestion<T> | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(key, keyOf(candidate));
    if (distance > limit) continue;
    if (best === undefined || distance < best.distance) best = { items: [candidate], distance };
    else if (distance === best.distance) best.items.push(candidate);
  }
  return best;
}
