import type { Category } from '../../schemas/program.ts';
import type { RawCell } from '../load/raw-table.ts';
import type { Parsed } from './parsed.ts';
import { normaliseKey } from '../load/normalise-text.ts';
import { editDistance } from './did-you-mean.ts';

/** Distinct raw spellings remembered per resolver; a real column has dozens, the bound only guards against junk. */
const CACHE_LIMIT = 10_000;

interface Spelling {
  id: string;
  written: string;
  result: Parsed<string>;
}

/**
 * Builds the resolver for the category column: it returns the category id for a cell that matches a category's id,
 * Indonesian or English label or one of its aliases, ignoring case, spaces, dots, hyphens, underscores and slashes.
 * Throws at construction when two categories accept the same spelling, since rows could not be told apart.
 */
export function makeCategoryResolver(categories: readonly Category[]): (raw: RawCell) => Parsed<string> {
  const byKey = new Map<string, Spelling>();
  for (const category of categories) {
    const result: Parsed<string> = Object.freeze({ ok: true as const, value: category.id });
    for (const written of [category.id, category.label.id, category.label.en, ...category.aliases]) {
      const key = normaliseKey(written);
      if (key === '') {
        throw new Error(
          `program.json: category "${category.id}" has the spelling "${written}", which is only spaces or punctuation. Remove it from "aliases".`,
        );
      }
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, { id: category.id, written, result });
      else if (other.id !== category.id) {
        throw new Error(
          `program.json: categories "${other.id}" (as "${other.written}") and "${category.id}" (as "${written}") accept the same spelling once case, spaces and punctuation are ignored. Keep it on one category only.`,
        );
      }
    }
  }

  const idList = categories.map((c) => c.id).join(', ');
  const empty: Parsed<string> = Object.freeze({
    ok: false as const,
    message: `Category is empty. Fill in one of the category ids (${idList}) or a spelling listed in program.json.`,
  });
  const notText: Parsed<string> = Object.freeze({
    ok: false as const,
    message: `Category is a number or a date, not a category name. Write one of the category ids (${idList}).`,
  });
  const cache = new Map<string, Parsed<string>>();

  return (raw: RawCell): Parsed<string> => {
    if (typeof raw !== 'string') return raw === null ? empty : notText;
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const key = normaliseKey(raw);
    const result = key === '' ? empty : (byKey.get(key)?.result ?? unknownCategory(raw, key, byKey, idList));
    if (cache.size < CACHE_LIMIT) cache.set(raw, result);
    return result;
  };
}

function unknownCategory(raw: string, key: string, byKey: Map<string, Spelling>, idList: string): Parsed<string> {
  let best: Spelling | undefined;
  let bestDistance = Infinity;
  for (const [candidate, spelling] of byKey) {
    const distance = editDistance(key, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = spelling;
    }
  }
  // A suggestion that shares little with the value would mislead more than help.
  const close = best !== undefined && bestDistance <= Math.max(2, Math.ceil(key.length * 0.4));
  const suggestion = close && best ? ` Did you mean "${best.id}" (written "${best.written}")?` : '';
  return Object.freeze({
    ok: false as const,
    message: `Category "${raw.trim()}" is not in program.json.${suggestion} Use one of the category ids (${idList}), or add this spelling to the right category's "aliases" in program.json.`,
  });
}
