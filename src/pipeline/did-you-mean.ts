/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
