import type { EvalResult } from '../../eval/result.js';
import { EXIT } from '../exit-codes.js';
import { unreadable } from '../../read/discover.js';
import type { Terminal } from '../terminal.js';

/** What `corpus eval KIND PATH` can measure, each backed by src/eval/KIND.ts. */
export const EVAL_KINDS = ['sentences', 'entities', 'quotes', 'html'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

interface EvalModule {
  runEval(path: string): Promise<EvalResult>;
}

export interface EvalFlags {
  json: boolean;
}

export async function run(kind: EvalKind, path: string, flags: EvalFlags, term: Terminal): Promise<number> {
  const module = (await import(`../../eval/${kind}.js`)) as EvalModule;
  let result: EvalResult;
  try {
    result = await module.runEval(path);
  } catch (error) {
    // A missing or unreadable gold file is the user's input, named like any other.
    throw (error as { syscall?: string }).syscall !== undefined ? unreadable(path, error) : error;
  }
  term.out(flags.json ? `${JSON.stringify(result.metrics, null, 2)}\n` : `${result.lines.join('\n')}\n`);
  return EXIT.OK;
}
