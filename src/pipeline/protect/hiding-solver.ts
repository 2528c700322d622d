import type { Highs } from 'highs';
import type { HidingProgram, ProgramRow } from './hiding-program.ts';

/** The HiGHS solver, compiled to WebAssembly: load it once with loadSolver, then solve synchronously. */
export type Solver = Highs;

/**
 * Seconds HiGHS may spend on one integer solve before the best pattern it has found is taken (on the demo's tables
 * an integer solve, when one is needed at all, takes about a second). A pattern taken at the limit is still
 * audited, so it is safe, only perhaps not the cheapest, and it may differ from run to run.
 */
const MIP_SECONDS = 5;
const TOLERANCE = 1e-6;

/**
 * Solves a hiding program, again each time cuts are added. The linear relaxation comes first: on the sparse
 * tables of this pipeline its optimum is usually whole, and then it is the optimum. Otherwise HiGHS solves the
 * integer program, starting from the relaxation rounded up.
 */
export class HidingSolver {
  private readonly model: ReturnType<Highs['createModel']>;
  private readonly solver: Solver;
  private readonly columns: number;
  private readonly mipGap: number;

  constructor(solver: Solver, program: HidingProgram) {
    this.solver = solver;
    this.columns = program.cost.length;
    // With whole base costs and a tie-break under ½ in all, a gap under ½ proves the base cost least.
    this.mipGap = program.unit === 1 ? 0.5 - TOLERANCE : 0;
    this.model = solver.createModel({
      numCols: this.columns,
      numRows: 0,
      colCost: program.cost,
      colLower: program.lower,
      colUpper: program.upper,
      rowLower: [],
      rowUpper: [],
      matrix: { format: 'csr', numRows: 0, numCols: this.columns, starts: [0], indices: [], values: [] },
    });
    this.model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: this.mipGap, time_limit: MIP_SECONDS });
    this.addRows(program.rows);
  }

  addRows(rows: readonly ProgramRow[]): void {
    if (rows.length === 0) return;
    const starts = [0];
    for (const r of rows) starts.push(starts.at(-1)! + r.columns.length);
    this.model.addRows({
      lower: new Float64Array(rows.map((r) => r.lower)),
      upper: new Float64Array(rows.length).fill(Infinity),
      matrix: {
        format: 'csr', numRows: rows.length, numCols: this.columns, starts: new Int32Array(starts),
        indices: new Int32Array(rows.flatMap((r) => r.columns)), values: new Float64Array(rows.flatMap((r) => r.coefficients)),
      },
    });
  }

  /** A 0-1 solution of least cost (or the best HiGHS found in MIP_SECONDS), one entry per column. */
  solve(): Uint8Array {
    const { modelStatus, variableType } = this.solver.constants;
    this.run();
    if (this.model.getModelStatus() !== modelStatus.optimal) throw this.failure('the linear relaxation');
    const relaxed = this.model.getSolution().colValue;
    if (relaxed.every((v) => v < TOLERANCE || v > 1 - TOLERANCE)) return Uint8Array.from(relaxed, (v) => (v > 0.5 ? 1 : 0));

    const all = { kind: 'range', from: 0, to: this.columns - 1 } as const;
    this.model.changeColsIntegrality(all, new Int32Array(this.columns).fill(variableType.integer));
    try {
      // Every row reads "these hidden ≥ that one hidden", so the relaxation rounded up is a solution.
      this.model.setSolution({ colValue: relaxed.map((v) => (v > TOLERANCE ? 1 : 0)) });
      this.run();
      const status = this.model.getModelStatus();
      if (status !== modelStatus.optimal && status !== modelStatus.timeLimit) throw this.failure('the integer program');
      return Uint8Array.from(this.model.getSolution().colValue, (v) => (v > 0.5 ? 1 : 0));
    } finally {
      this.model.changeColsIntegrality(all, new Int32Array(this.columns).fill(variableType.continuous));
    }
  }

  dispose(): void {
    this.model.dispose();
  }

  private run(): void {
    // The time limit counts from the model's clock, which otherwise runs on across solves.
    this.model.zeroAllClocks();
    this.model.run();
  }

  private failure(what: string): Error {
    return new Error(`optimal suppression: HiGHS ended ${what} with model status ${this.model.getModelStatus()}`);
  }
}
