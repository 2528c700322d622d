import { boundPins } from './bound-pins.ts';
import { auditDerivable } from './suppress-audit.ts';
import { buildSuppressModel } from './suppress-model.ts';
import type { SdcCell, SdcInput } from './sdc-input.ts';

/**
 * Secondary suppression is greedy: a cell hidden early to close one equation may not be needed once later
 * cells are hidden too. This publishes such cells again, most important first (`priority`: lower first),
 * keeping each one published only if the exact audit and the bound check still find nothing. Primary and
 * withheld cells are never touched, and linked cells (a claims count and its rupiah) move together.
 */
export function unhideUnneeded(
  input: SdcInput,
  hidden: ReadonlySet<string>,
  secondary: ReadonlySet<string>,
  priority: (cell: SdcCell) => number,
  mustProtect?: (id: string) => boolean,
): Set<string> {
  const model = buildSuppressModel(input);
  const index = new Map(model.ids.map((id, i) => [id, i]));
  const cells = new Map(input.cells.map((c) => [c.id, c]));
  const flags = new Uint8Array(model.ids.length);
  for (const id of hidden) flags[index.get(id)!] = 1;
  const stillHidden = () => new Set(model.ids.filter((_, i) => flags[i] === 1));
  // A cell (with its link group) may be published again only if it was hidden for others' sake.
  const unhideable = (c: number) => model.linked[c]!.every((g) => secondary.has(model.ids[g]!));
  const candidates = [...secondary]
    .map((id) => cells.get(id)!)
    .sort((a, b) => priority(a) - priority(b) || b.value - a.value || (a.id < b.id ? -1 : 1));
  for (const cell of candidates) {
    const i = index.get(cell.id)!;
    if (flags[i] === 0) continue;
    if (!unhideable(i)) continue;
    // Publishing a cell can make other secondary cells computable; those are then known anyway and are
    // published with it. If a primary or withheld cell becomes computable, everything is put back.
    const shown: number[] = [];
    const show = (c: number) => model.linked[c]!.forEach((g) => flags[g] === 1 && (flags[g] = 0, shown.push(g)));
    show(i);
    let safe = false;
    for (;;) {
      const derivable = auditDerivable(model, flags);
      if (derivable.length === 0) {
        safe = boundPins(cells, input.equations, stillHidden(), mustProtect).pinned.length === 0;
        break;
      }
      if (!derivable.every(unhideable)) break;
      derivable.forEach(show);
    }
    if (!safe) for (const g of shown) flags[g] = 1;
  }
  return stillHidden();
}
