import { addConstraint, restrict, variable, type LinearSystem, type VariableKind } from './linear-system.ts';
import { originalsOf } from './originals.ts';
import type { PublishedRelease } from './read-release.ts';

/** Rupiah amounts enter the linear programs in millions, so they sit on the scale of the counts. */
export const RUPIAH_UNIT = 1_000_000;

/** Adds one release's published values to the system of its as-of date, and remembers which cells it shows. */
export class ReleaseFacts {
  readonly system: LinearSystem;
  readonly release: PublishedRelease;
  /** The variables of the counts of people this release publishes (shown, approximate or hidden). */
  readonly shown = new Set<number>();

  constructor(system: LinearSystem, release: PublishedRelease) {
    this.system = system;
    this.release = release;
  }

  get k(): number {
    return this.release.metadata.disclosure.k;
  }

  declare(id: string, kind: VariableKind = { threshold: this.k }): number {
    return variable(this.system, id, kind);
  }

  /**
   * A published count: exact fixes the true value; approximate allows the originals the perturbation table maps
   * to it (its interval hull goes into the linear programs, a relaxation, so a value they pin is really pinned);
   * hidden (null) tells nothing but that the count exists.
   */
  count(id: string, value: number | null, approximate: boolean, target: number | null = null, kind?: VariableKind): void {
    const index = this.declare(id, kind);
    if (this.system.variables[index]!.threshold !== null) this.shown.add(index);
    if (value === null) return;
    if (!approximate) {
      restrict(this.system, index, value, value);
      this.system.variables[index]!.pinnedAlone = true;
      return;
    }
    const table = this.release.metadata.disclosure.perturbation;
    if (!table) return;
    const originals = originalsOf(table, value, target);
    if (originals.length === 0) this.system.conflicts.push(`${id}: ${value} in ${this.release.folder} cannot come from any true count under the perturbation table`);
    else {
      restrict(this.system, index, originals[0]!, originals[originals.length - 1]!, originals);
      if (originals.length === 1) this.system.variables[index]!.pinnedAlone = true;
    }
  }

  /** A bound on a count that is not shown itself (e.g. from its coverage percent or its rupiah). */
  bound(id: string, lo: number, hi: number): void {
    restrict(this.system, this.declare(id), lo, hi);
  }

  sum(total: string, parts: readonly string[]): void {
    addConstraint(this.system, [[total, 1], ...parts.map((p) => [p, -1] as const)], 0, 0);
  }

  linear(terms: readonly (readonly [string, number])[], lo: number, hi: number): void {
    addConstraint(this.system, terms, lo, hi);
  }
}
