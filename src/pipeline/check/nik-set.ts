/**
 * A set of NIK keys (see nikKey: integers below 9e15, exact in a double) in flat Float64Arrays: 8 bytes a
 * person, no strings. Deduplicating 10 million NIKs must fit a 300 MB budget, so:
 * - the set is split into SHARDS independent open-addressing tables; a table that grows copies only
 *   1/SHARDS of the set, so growing never holds two copies of everything at once;
 * - capacities need not be powers of two and grow by GROWTH at MAX_LOAD, so the set stays 68–85% full
 *   instead of the 40–80% that doubling gives (linear probing is still short at that load).
 */
const SHARD_BITS = 10;
const SHARDS = 1 << SHARD_BITS;
const SLOT_BITS = 32 - SHARD_BITS;
const MAX_LOAD = 0.85;
const GROWTH = 1.25;
const MIN_CAPACITY = 8;
const EMPTY = -1;

export class NikSet {
  private readonly tables: Float64Array[] = [];
  private readonly counts = new Int32Array(SHARDS);
  private readonly limits = new Int32Array(SHARDS);
  size = 0;

  /** `expected`: about how many distinct keys will be added (sizes the tables up front; they grow anyway). */
  constructor(expected = 0) {
    // Keys spread over shards like a Poisson count: leave room for five standard deviations above the mean.
    const perShard = expected / SHARDS;
    const capacity = Math.max(MIN_CAPACITY, Math.ceil((perShard + 5 * Math.sqrt(perShard) + 1) / MAX_LOAD));
    for (let s = 0; s < SHARDS; s++) {
      this.tables.push(new Float64Array(capacity).fill(EMPTY));
      this.limits[s] = Math.floor(capacity * MAX_LOAD);
    }
  }

  /** Adds `key`; true if it was new, false if it was already in the set. */
  add(key: number): boolean {
    if (!(key >= 0 && key < 9e15 && Number.isInteger(key))) throw new RangeError(`NikSet key ${key} is not a nikKey`);
    const hash = slotHash(key);
    const shard = hash >>> SLOT_BITS;
    const table = this.tables[shard]!;
    const capacity = table.length;
    let slot = Math.floor(((hash & ((1 << SLOT_BITS) - 1)) * capacity) / (1 << SLOT_BITS));
    for (;;) {
      const held = table[slot]!;
      if (held === key) return false;
      if (held === EMPTY) break;
      if (++slot === capacity) slot = 0;
    }
    table[slot] = key;
    this.size++;
    if (++this.counts[shard]! > this.limits[shard]!) this.grow(shard);
    return true;
  }

  /** Slots allocated over all shards (memory is 8 bytes each). */
  get capacity(): number {
    return this.tables.reduce((s, t) => s + t.length, 0);
  }

  private grow(shard: number): void {
    const old = this.tables[shard]!;
    const capacity = Math.ceil(old.length * GROWTH) + 1;
    const table = new Float64Array(capacity).fill(EMPTY);
    for (const key of old) {
      if (key === EMPTY) continue;
      let slot = Math.floor(((slotHash(key) & ((1 << SLOT_BITS) - 1)) * capacity) / (1 << SLOT_BITS));
      while (table[slot] !== EMPTY) if (++slot === capacity) slot = 0;
      table[slot] = key;
    }
    this.tables[shard] = table;
    this.limits[shard] = Math.floor(capacity * MAX_LOAD);
  }
}

/** A 32-bit mix of both halves of the key: NIKs share long prefixes (region, birth date), so raw bits cluster. */
export function slotHash(key: number): number {
  const low = key >>> 0;
  const high = (key - low) / 4294967296;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
