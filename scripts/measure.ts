/**
 * Timing a child process for the benchmark scripts: wall time from spawn to exit, and the
 * child's own peak RSS and CPU time (all its threads), which a preloaded hook writes out.
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** The hook that makes a child write its peak RSS and CPU time when it exits. */
function preloadIn(work: string): string {
  const preload = join(work, 'usage.cjs');
  if (!existsSync(preload)) writeFileSync(preload, PRELOAD);
  return preload;
}

/** Runs `node ARGS` to the end; exit codes other than `okCodes` throw with its stderr. */
export function measure(work: string, args: readonly string[], okCodes: readonly number[] = [0]): Measure {
  const usageFile = join(work, 'usage.json');
  const preload = preloadIn(work);
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

/** The median wall time of `runs` runs of `node ARGS` (exit 0 or 1), and the lines the last printed. */
export function latency(work: string, args: readonly string[], runs: number): { ms: number; rows: number } {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const m = measure(work, args, [0, 1]);
    times.push(m.seconds * MS_PER_S);
    rows = m.stdout.split('\n').filter(Boolean).length;
  }
  return { ms: median(times), rows };
}

/** Runs several `node ARGS` at once, each to exit 0: wall time from the first start to the last exit, and their CPU seconds together. */
export async function measureAll(work: string, commands: readonly (readonly string[])[]): Promise<{ seconds: number; cpu: number }> {
  const preload = preloadIn(work);
  const started = performance.now();
  const cpu = await Promise.all(
    commands.map(
      (args, i) =>
        new Promise<number>((done, fail) => {
          const usageFile = join(work, `usage-${i}.json`);
          const child = spawn(process.execPath, ['--require', preload, ...args], { env: { ...process.env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('close', (code) => {
            if (code !== 0) fail(new Error(`node ${args.join(' ').slice(0, 200)} exited ${code}: ${stderr}`));
            else done((JSON.parse(readFileSync(usageFile, 'utf8')) as [number, number])[1] / 1e6);
          });
        }),
    ),
  );
  return { seconds: (performance.now() - started) / MS_PER_S, cpu: cpu.reduce((a, b) => a + b, 0) };
}
