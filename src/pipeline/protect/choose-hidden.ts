import { boundPins } from './bound-pins.ts';
import { unhideUnneeded } from './unhide-unneeded.ts';
import { mustStayUnknown, suppress } from './suppress.ts';
import type { SdcCell, SdcInput } from './sdc-input.ts';

/**
 * The cells to hide: suppression as `suppress` decides it, plus cells that stop bounds pinning hidden ones,
 * then improved for readers. Each secondary cell that costs readers much (`worthKeeping`: a city figure) is
 * tried as "keep": suppression runs again preferring other cells, and the new pattern is taken when it
 * publishes that cell at a lower total cost. Last, secondary cells that turn out not to be needed are
 * published again. Every candidate pattern passes the exact audit (suppress) and the bound check.
 */
export function chooseHidden(input: SdcInput, worthKeeping: (cell: SdcCell) => boolean): Set<string> {
  // Cells hidden to break bound chains protect others; only the input's own unsafe cells must stay unknown.
  const original = new Map(input.cells.map((c) => [c.id, c]));
  const mustProtect = (id: string) => mustStayUnknown(original.get(id)!);
  const cost = (hidden: ReadonlySet<string>) => input.cells.reduce((s, c) => (hidden.has(c.id) ? s + (c.cost ?? 0) : s), 0);
  let kept = new Set<string>();
  let best = solve(input, kept, mustProtect);
  for (const cell of [...input.cells].filter(worthKeeping).sort((a, b) => (b.cost ?? 0) - (a.cost ?? 0) || (a.id < b.id ? -1 : 1))) {
    if (!best.secondary.has(cell.id)) continue;
    const tryKept = new Set([...kept, cell.id]);
    const attempt = solve(input, tryKept, mustProtect);
    if (!attempt.hidden.has(cell.id) && cost(attempt.hidden) < cost(best.hidden)) {
      best = attempt;
      kept = tryKept;
    }
  }
  return unhideUnneeded(best.input, best.hidden, best.secondary, (c) => -(c.cost ?? 0), mustProtect);
}

/** One suppression pattern: cells that break bound chains are made primary until no hidden cell is pinned. */
function solve(input: SdcInput, kept: ReadonlySet<string>, mustProtect: (id: string) => boolean) {
  const cells = new Map(input.cells.map((c) => [c.id, kept.has(c.id) ? { ...c, keep: true } : c]));
  const run = () => {
    const current = { ...input, cells: [...cells.values()] };
    return { input: current, ...suppress(current) };
  };
  let result = run();
  for (;;) {
    const fix = boundPins(cells, input.equations, result.hidden, mustProtect).toHide;
    if (fix.length === 0) break;
    for (const id of fix) cells.set(id, { ...cells.get(id)!, forceSuppress: true });
    result = run();
  }
  const forced = new Set(input.cells.filter((c) => cells.get(c.id)!.forceSuppress && !c.forceSuppress).map((c) => c.id));
  // Cells made primary by the bound check count as secondary: they are hidden for others' sake.
  const secondary = new Set([...result.hidden].filter((id) => (!result.primary.has(id) || forced.has(id)) && !cells.get(id)!.withheld));
  return { input: result.input, hidden: result.hidden, secondary };
}
