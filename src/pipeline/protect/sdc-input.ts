/** The tables as suppression sees them: cells with their true values and thresholds, the sums that tie them, and links. */
export interface SdcCell {
  /** Unique, e.g. "area:21.71.10|cat:ketua-rt". */
  id: string;
  /** True non-negative integer. */
  value: number;
  /** Threshold: a value from 1 to k-1 is unsafe (primary suppression). */
  k: number;
  /** A public population size (e.g. target number of RT heads). If set, a complement (complementOf - value) from 1 to k-1 is also unsafe. */
  complementOf?: number;
  /** Never published (e.g. a sensitive category below its finest geography). Hidden from the start; it must not be derivable either. */
  withheld?: boolean;
  /** Primary suppression regardless of value (e.g. the rupiah value of a claims cell whose count is unsafe). */
  forceSuppress?: boolean;
  /** What readers lose when this cell is hidden; secondary suppression hides cheaper cells first (default 0). */
  cost?: number;
  /** Hide this cell for the sake of others only when no other cell will do. */
  keep?: boolean;
}
/** value(total) === sum of value(parts) */
export interface SdcEquation {
  total: string;
  parts: string[];
}
export interface SdcInput {
  cells: SdcCell[];
  equations: SdcEquation[];
  /** Each link group: cells that must share hidden/shown status (e.g. a claims count and its rupiah value). */
  links?: string[][];
}
