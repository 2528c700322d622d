import type { SdcInput } from './sdc-input.ts';
// TEMPORARY placeholder until the ILP lands (branch i10-ilp); never committed.
export type Solver = { solve(lp: string, options?: object): unknown };
export async function loadSolver(): Promise<Solver> {
  return (await import('highs')).default() as unknown as Solver;
}
export function optimalHidden(_input: SdcInput, _solver: Solver): Set<string> {
  throw new Error('optimal-suppression is not available yet');
}
