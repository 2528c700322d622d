// The violations of the dependency rules as a reader wants them: grouped by rule, with the rule's reason once,
// each cycle once (as a loop, from its first name in sort order), and "(type only)" after a module that is
// imported by a type-only import.
import type { IMiniDependency, IViolation } from 'dependency-cruiser';
import rules from '../../.dependency-cruiser.mjs';

const reasons = new Map((rules.forbidden ?? []).map((rule) => [rule.name, rule.comment]));
const typeOnly = (types: readonly string[] | undefined) => (types?.includes('type-only') ? ' (type only)' : '');

/** "a → b (type only) → a": a cycle, turned to start at its first name in sort order. */
function loop(cycle: IMiniDependency[]): string {
  // cycle[i] is the module the i-th import of the cycle leads to, with that import's types; the last is where it started.
  const first = cycle.reduce((low, step, i) => (step.name < cycle[low]!.name ? i : low), 0);
  const turned = [...cycle.slice(first + 1), ...cycle.slice(0, first + 1)];
  return [cycle[first]!.name, ...turned.map((step) => `${step.name}${typeOnly(step.dependencyTypes)}`)].join(' → ');
}

const line = (v: IViolation) => (v.cycle ? loop(v.cycle) : `${v.from} → ${v.to}${typeOnly(v.dependencyTypes)}`);

/** One block a broken rule: its name and reason, then one line a violation (a cycle once, however many of its imports broke the rule). */
export function violationReport(violations: IViolation[]): string {
  return [...Map.groupBy(violations, (v) => v.rule.name)].map(([rule, broken]) => {
    const lines = [...new Set(broken.map(line))].sort();
    return [`${rule}: ${reasons.get(rule) ?? ''}`, ...lines.map((l) => `  ${l}`)].join('\n');
  }).join('\n\n');
}
