/**
 * Timing a child process for the benchmark scripts: wall time from spawn to exit, and the
 * child's own peak RSS and CPU time (all its threads), which a preloaded hook writes out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const MS_PER_S = 1000;
const KB = 1024;

export interface Measure {
  seconds: number;
  rssMb: number;
  /** CPU seconds of all the process's threads: less sensitive than wall time to a loaded machine. */
  cpu: number;
  stdout: string;
}

const PRELOAD = `process.on('exit', () => { const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])); });`;

/** Runs `node ARGS` to the end; exit codes other than `okCodes` throw with its stderr. */
export function measure(work: string, args: readonly string[], okCodes: readonly number[] = [0]): Measure {
  const usageFile = join(work, 'usage.json');
  const preload = join(work, 'usage.cjs');
  if (!existsSync(preload)) writeFileSync(preload, PRELOAD);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * KB * KB,
  });
  const seconds = (performance.now() - started) / MS_PER_S;
  if (result.status === null || !okCodes.includes(result.status)) {
    throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${result.status}: ${result.stderr}`);
  }
  const [rss, cpuMicros] = JSON.parse(readFileSync(usageFile, 'utf8')) as [number, number];
  return { seconds, rssMb: rss / KB, cpu: cpuMicros / 1e6, stdout: result.stdout };
}

export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
