import { boundLeaks } from './bound-leaks.ts';
import { releaseUnneeded } from './release-unneeded.ts';
import { type SdcCell, type SdcInput, suppress } from './suppress.ts';

/**
 * The cells to hide: suppression as `suppress` decides it, plus totals whose bounds would pin hidden parts,
 * then improved for readers. Each secondary cell that costs readers much (a city or kecamatan figure) is
 * tried as "keep": suppression runs again preferring other cells, and the new pattern is taken when it
 * publishes that cell at a lower total cost. Last, secondary cells that turn out not to be needed are
 * published again. Every candidate pattern passes the exact audit (suppress) and the bound check.
 */
export function chooseHidden(input: SdcInput, worthKeeping: (cell: SdcCell) => boolean): Set<string> {
  const cost = (hidden: ReadonlySet<string>) => input.cells.reduce((s, c) => (hidden.has(c.id) ? s + (c.cost ?? 0) : s), 0);
  let kept = new Set<string>();
  let best = solve(input, kept);
  for (const cell of [...input.cells].filter(worthKeeping).sort((a, b) => (b.cost ?? 0) - (a.cost ?? 0) || (a.id < b.id ? -1 : 1))) {
    if (!best.secondary.has(cell.id)) continue;
    const tryKept = new Set([...kept, cell.id]);
    const attempt = solve(input, tryKept);
    if (!attempt.hidden.has(cell.id) && cost(attempt.hidden) < cost(best.hidden)) {
      best = attempt;
      kept = tryKept;
    }
  }
  return releaseUnneeded(best.input, best.hidden, best.secondary, (c) => -(c.cost ?? 0));
}

/** One suppression pattern: totals leaking through bounds are made primary until none leaks. */
function solve(input: SdcInput, kept: ReadonlySet<string>) {
  const cells = new Map(input.cells.map((c) => [c.id, kept.has(c.id) ? { ...c, keep: true } : c]));
  const run = () => {
    const current = { ...input, cells: [...cells.values()] };
    return { input: current, ...suppress(current) };
  };
  let result = run();
  for (let leaks = boundLeaks(cells, input.equations, result.hidden); leaks.length > 0; leaks = boundLeaks(cells, input.equations, result.hidden)) {
    for (const id of leaks) cells.set(id, { ...cells.get(id)!, forceSuppress: true });
    result = run();
  }
  const forced = new Set(input.cells.filter((c) => cells.get(c.id)!.forceSuppress && !c.forceSuppress).map((c) => c.id));
  // Totals made primary by the bound check count as secondary: they are hidden for others' sake.
  const secondary = new Set([...result.hidden].filter((id) => (!result.primary.has(id) || forced.has(id)) && !cells.get(id)!.withheld));
  return { input: result.input, hidden: result.hidden, secondary };
}
