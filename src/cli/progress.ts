import cliProgress from 'cli-progress';
import { basename } from 'node:path';

export interface Progress {
  start(): void;
  /** One file done, with the bytes read from it. */
  tick(path: string, bytes: number): void;
  /** Clears the bar's line so a message can be written above it. */
  clear(): void;
  stop(): void;
}

const BYTES_PER_MB = 1_000_000;

/**
 * A progress line on stderr: files done, files/s and MB/s (files are found as they are
 * ingested, so there is no total). Callers create it only when stderr is a terminal.
 */
export function progressBar(): Progress {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingesting {value} files | {rate} files/s | {mbps} MB/s | {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let bytes = 0;
  let started = 0;
  return {
    start: () => {
      started = performance.now();
      bar.start(0, 0, { rate: '0', mbps: '0.00', file: '' });
    },
    tick: (path, size) => {
      done += 1;
      bytes += size;
      const seconds = Math.max((performance.now() - started) / 1000, 1e-3);
      bar.update(done, { rate: (done / seconds).toFixed(0), mbps: (bytes / BYTES_PER_MB / seconds).toFixed(2), file: basename(path) });
    },
    clear: () => {
      process.stderr.write('\r\x1b[2K');
    },
    stop: () => bar.stop(),
  };
}
