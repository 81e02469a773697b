import cliProgress from 'cli-progress';
import { basename } from 'node:path';

export interface Progress {
  start(total: number): void;
  tick(path: string): void;
  /** Clears the bar's line so a message can be written above it. */
  clear(): void;
  stop(): void;
}

/** A progress bar on stderr; callers create it only when stderr is a terminal. */
export function progressBar(): Progress {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingesting [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    tick: (path) => bar.update(++done, { file: basename(path) }),
    clear: () => {
      process.stderr.write('\r\x1b[2K');
    },
    stop: () => bar.stop(),
  };
}
