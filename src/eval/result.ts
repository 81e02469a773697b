/** What every `corpus eval KIND PATH` evaluation returns: a readable report and its figures. */
export interface EvalResult {
  /** Human-readable report, one line per entry, printed on stdout. */
  lines: string[];
  /** The headline figures, printed as JSON with `--json` (e.g. `{ "f1": 0.93 }`). */
  metrics: Record<string, number>;
}
