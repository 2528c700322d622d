import { addEnrollment, addSpend } from './enrollment-facts.ts';
import { emptySystem, type LinearSystem } from './linear-system.ts';
import { narrowWithLinearPrograms } from './linear-programs.ts';
import { addClaims, addDemographics, addStatus } from './margin-facts.ts';
import { propagate } from './propagate.ts';
import type { PublishedRelease } from './read-release.ts';
import { ReleaseFacts } from './release-facts.ts';
import { addTimeline } from './timeline-facts.ts';

/** One as-of date: its releases describe the same people, so they share one system of true values. */
export interface DateSolution {
  asOfDate: string;
  system: LinearSystem;
  facts: ReleaseFacts[];
  candidates: number;
  linearPrograms: number;
  seconds: number;
}

/**
 * Everything the releases of one as-of date say, narrowed as far as the attacker can: interval propagation to a
 * fixpoint first, then linear programs for the cells that could still be small.
 */
export async function solveDate(asOfDate: string, releases: readonly PublishedRelease[]): Promise<DateSolution> {
  const started = performance.now();
  const system = emptySystem();
  const facts = releases.map((release) => {
    const f = new ReleaseFacts(system, release);
    for (const add of [addEnrollment, addSpend, addStatus, addDemographics, addTimeline, addClaims]) add(f);
    return f;
  });
  propagate(system);
  const stats = system.conflicts.length === 0 ? await narrowWithLinearPrograms(system) : { candidates: 0, solved: 0 };
  return { asOfDate, system, facts, candidates: stats.candidates, linearPrograms: stats.solved, seconds: (performance.now() - started) / 1000 };
}
