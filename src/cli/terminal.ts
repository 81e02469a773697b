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

/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
export function terminal(colorFlag: boolean): Terminal {
  const stderrIsTTY = process.stderr.isTTY === true;
  const noColorEnv = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  const useColor = colorFlag && stderrIsTTY && !noColorEnv;
  return {
    paint: new Chalk({ level: useColor ? 1 : 0 }),
    stdoutIsTTY: process.stdout.isTTY === true,
    stdoutColor: colorFlag && process.stdout.isTTY === true && !noColorEnv,
    stderrIsTTY,
    say: (line) => void process.stderr.write(`${line}\n`),
    out: (text) => void process.stdout.write(text),
  };
}
