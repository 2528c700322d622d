import type { Approximate } from '../schemas/published.ts';

/**
 * Whether a published row's field is approximate: stage 1 lists such fields in the row's `approximate` (a count
 * published with a little noise, within metadata.json disclosure.perturbation.maxDeviation of the true count).
 * Stage 2 reads the list; it never guesses from the numbers.
 */
export function isApproximate(row: { approximate: Approximate }, field: string): boolean {
  return row.approximate.includes(field);
}

/** A published figure as the site shows it: the value (null = hidden) and whether it is approximate (≈). */
export interface ShownValue {
  value: number | null;
  approximate: boolean;
}

/** A field of a published row with its approximate flag. */
export function shownValue<R extends { approximate: Approximate }, K extends keyof R & string>(row: R, field: K): ShownValue {
  const value: unknown = row[field];
  if (value !== null && typeof value !== 'number') throw new Error(`${field} is not a published number`);
  return { value, approximate: value !== null && isApproximate(row, field) };
}
