import { Chalk, type ChalkInstance } from 'chalk';

export interface Terminal {
  /** Colours for stderr messages; plain when colour is off. */
  paint: ChalkInstance;
  stdoutIsTTY: boolean;
  /** Colour may be written to stdout (a terminal, colour not turned off): tables emphasise with it. */
  stdoutColor: boolean;
  stderrIsTTY: boolean;
  /** Writes one message line to stderr. */
  say(line: string): void;
  /** Writes data to stdout. */
  out(text: string): void;
}

/**
 * Thrown by `out` once the reader of stdout has gone (`corpus export | head`). A closed pipe
 * is a normal end for a pipeline tool (#13): the command stops and the CLI exits 0, silently.
 */
export class OutputClosed extends Error {
  constructor() {
    super('stdout closed');
    this.name = 'OutputClosed';
  }
}

let stdoutWatched = false;

/** A failed write to a closed pipe emits EPIPE on stdout later; without a listener it would crash the process. */
function watchStdout(): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** Writes to stdout until the reader goes away, then throws OutputClosed. */
function writeOut(text: string): void {
  if (process.stdout.destroyed) throw new OutputClosed();
  process.stdout.write(text);
}

/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
export function terminal(colorFlag: boolean): Terminal {
  watchStdout();
  const stderrIsTTY = process.stderr.isTTY === true;
  const noColorEnv = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  const useColor = colorFlag && stderrIsTTY && !noColorEnv;
  return {
    paint: new Chalk({ level: useColor ? 1 : 0 }),
    stdoutIsTTY: process.stdout.isTTY === true,
    stdoutColor: colorFlag && process.stdout.isTTY === true && !noColorEnv,
    stderrIsTTY,
    say: (line) => void process.stderr.write(`${line}\n`),
    out: writeOut,
  };
}
