import type { SdcCell, SdcEquation } from './suppress.ts';

/**
 * Totals whose publication would pin their hidden parts through bounds rather than equations. Counts are
 * never negative, and a part with a public target (complementOf) is at most that target. So when a published
 * total minus its published parts leaves 0, every hidden part is 0; and when it leaves exactly the sum of the
 * hidden parts' targets, every hidden part is full — "64 of 64 LPM heads" names each kelurahan's LPM head as
 * enrolled even where that count of 1 is hidden. The exact audit in suppress() sees only the equations;
 * this catches the bound cases one equation at a time, and the caller then hides the total too.
 */
export function boundLeaks(cells: ReadonlyMap<string, SdcCell>, equations: readonly SdcEquation[], hidden: ReadonlySet<string>): string[] {
  const leaks = new Set<string>();
  for (const { total, parts } of equations) {
    if (hidden.has(total)) continue;
    const hiddenParts = parts.filter((p) => hidden.has(p));
    if (hiddenParts.length === 0) continue;
    const slack = cells.get(total)!.value - parts.reduce((s, p) => (hidden.has(p) ? s : s + cells.get(p)!.value), 0);
    if (slack === 0) leaks.add(total);
    const uppers = hiddenParts.map((p) => cells.get(p)!.complementOf);
    if (uppers.every((u) => u !== undefined) && slack === uppers.reduce<number>((s, u) => s + u!, 0)) leaks.add(total);
  }
  return [...leaks].sort();
}
