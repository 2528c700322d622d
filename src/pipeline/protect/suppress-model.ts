import type { SdcCell, SdcInput } from './sdc-input.ts';

/**
 * The suppression input checked and put in one canonical order (cells by id, equations by their
 * sorted ids), so the engine's result cannot depend on the order the tables were built in.
 * Cells are referred to by their index in `ids`.
 */
export interface SuppressModel {
  ids: string[];
  cells: SdcCell[];
  equations: { total: number; parts: number[] }[];
  /** For each cell, the equations it appears in, ascending. */
  equationsOf: number[][];
  /** For each cell, every cell that must share its hidden/shown status (itself included), ascending. */
  linked: number[][];
}

/** Raised when the suppression input is inconsistent; `problems` lists each fault on its own line. */
class SdcInputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `Cannot protect the tables: the suppression input has ${problems.length} problem(s). ` +
        'They come from how stage 1 built its tables from your export; send this message to the maintainers.\n' +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'SdcInputError';
    this.problems = problems;
  }
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

function cellProblems(cell: SdcCell): string[] {
  const problems: string[] = [];
  const name = `cell "${cell.id}"`;
  if (!isCount(cell.value)) problems.push(`${name}: value ${cell.value} is not a non-negative whole number`);
  if (!isCount(cell.k) || cell.k < 1) problems.push(`${name}: threshold k ${cell.k} is not a whole number of at least 1`);
  if (cell.complementOf !== undefined && !isCount(cell.complementOf)) {
    problems.push(`${name}: complementOf ${cell.complementOf} is not a non-negative whole number`);
  }
  return problems;
}

/** Checks the input and builds the canonical model, or throws an SdcInputError naming every fault. */
export function buildSuppressModel(input: SdcInput): SuppressModel {
  const problems: string[] = [];
  const cells = [...input.cells].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = cells.map((c) => c.id);
  const index = new Map<string, number>();
  cells.forEach((cell, i) => {
    if (typeof cell.id !== 'string' || cell.id === '') problems.push(`a cell has an empty id (value ${cell.value})`);
    else if (index.has(cell.id)) problems.push(`cell id "${cell.id}" is used more than once`);
    index.set(cell.id, i);
    problems.push(...cellProblems(cell));
  });
  const lookup = (id: string, where: string): number | undefined => {
    const i = index.get(id);
    if (i === undefined) problems.push(`${where} names unknown cell "${id}"`);
    return i;
  };

  const keyed: { key: string; total: number; parts: number[] }[] = [];
  for (const eq of input.equations) {
    const where = `equation "${eq.total}" = sum of [${eq.parts.join(', ')}]`;
    const total = lookup(eq.total, where);
    const parts = eq.parts.map((p) => lookup(p, where));
    if (eq.parts.length === 0) problems.push(`${where} has no parts`);
    if (new Set(eq.parts).size !== eq.parts.length) problems.push(`${where} lists a part twice`);
    if (eq.parts.includes(eq.total)) problems.push(`${where} lists its total among its parts`);
    if (total === undefined || parts.some((p) => p === undefined)) continue;
    const known = parts as number[];
    // BigInt: a sum of rupiah values may pass 2^53 even when each value does not.
    const sum = known.reduce((s, p) => s + BigInt(cells[p]!.value), 0n);
    if (isCount(cells[total]!.value) && known.every((p) => isCount(cells[p]!.value)) && sum !== BigInt(cells[total]!.value)) {
      problems.push(`${where} does not add up: the total is ${cells[total]!.value} but the parts sum to ${sum}`);
    }
    const sorted = [...known].sort((a, b) => a - b);
    keyed.push({ key: `${total}=${sorted.join('+')}`, total, parts: sorted });
  }

  const groupOf = ids.map((_, i) => i);
  const root = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = root(groupOf[i]!)));
  (input.links ?? []).forEach((group, g) => {
    if (group.length === 0) problems.push(`link group ${g + 1} is empty`);
    const members = group.map((id) => lookup(id, `link group ${g + 1}`));
    const first = members[0];
    for (const m of members) {
      if (m !== undefined && first !== undefined) groupOf[root(m)] = root(first);
    }
  });

  if (problems.length > 0) throw new SdcInputError(problems);

  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const equations = keyed.map(({ total, parts }) => ({ total, parts }));
  const equationsOf: number[][] = ids.map(() => []);
  equations.forEach((eq, e) => [eq.total, ...eq.parts].forEach((c) => equationsOf[c]!.push(e)));
  const members = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = root(i);
    const group = members.get(r);
    if (group) group.push(i);
    else members.set(r, [i]);
  });
  const linked = ids.map((_, i) => members.get(root(i))!);
  return { ids, cells, equations, equationsOf, linked };
}
