/** A place's rank among its peers by a published count, biggest first; ties share a rank (1, 2, 2, 4). */
export interface Rank {
  rank: number;
  /** Peers whose count is published (hidden counts cannot be ranked). */
  of: number;
  /** All peers, including those whose count is hidden. */
  peers: number;
}

/** Null when the place's own count is hidden: a rank would narrow down the hidden number. */
export function rankAmong(code: string, peers: { code: string; count: number | null }[]): Rank | null {
  const own = peers.find((p) => p.code === code);
  if (!own) throw new Error(`${code} is not among the peers it is ranked with`);
  if (own.count === null) return null;
  const published = peers.filter((p) => p.count !== null);
  return { rank: 1 + published.filter((p) => p.count! > own.count!).length, of: published.length, peers: peers.length };
}
