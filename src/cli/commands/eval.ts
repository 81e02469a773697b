import type { EvalResult } from '../../eval/result.js';
import { EXIT } from '../exit-codes.js';
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
  const result = await module.runEval(path);
  term.out(flags.json ? `${JSON.stringify(result.metrics, null, 2)}\n` : `${result.lines.join('\n')}\n`);
  return EXIT.OK;
}
