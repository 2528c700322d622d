import type { Constraint, LinearSystem } from './linear-system.ts';

/** A connected part of the system: variables not yet fixed, and the constraints that tie them. */
export interface Component {
  vars: number[];
  constraints: Constraint[];
}

export const isFixed = (system: LinearSystem, i: number): boolean => {
  const v = system.variables[i]!;
  return v.hi - v.lo <= 1e-9 * (1 + Math.abs(v.lo));
};

/**
 * Splits the unfixed variables into groups that no constraint joins: a fixed variable is a constant, so it no
 * longer links the cells around it, and each group's linear programs stay small.
 */
export function components(system: LinearSystem, wanted: (i: number) => boolean): Component[] {
  const parent = system.variables.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const c of system.constraints) {
    const free = c.vars.filter((v) => !isFixed(system, v));
    for (const v of free.slice(1)) parent[find(v)] = find(free[0]!);
  }
  const byRoot = new Map<number, Component>();
  system.variables.forEach((_, i) => {
    if (!isFixed(system, i) && wanted(i)) byRoot.set(find(i), { vars: [], constraints: [] });
  });
  system.variables.forEach((_, i) => {
    if (!isFixed(system, i)) byRoot.get(find(i))?.vars.push(i);
  });
  for (const c of system.constraints) {
    const free = c.vars.find((v) => !isFixed(system, v));
    if (free !== undefined) byRoot.get(find(free))?.constraints.push(c);
  }
  return [...byRoot.values()];
}
