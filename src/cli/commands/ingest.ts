import { buffer } from 'node:stream/consumers';
import { ingest, type FileResult, type IngestSummary } from '../../ingest/run.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';
import { progressBar } from '../progress.js';

export interface IngestFlags {
  db: string;
  force: boolean;
  json: boolean;
  quiet: boolean;
  maxSize: number;
  busyTimeout: number;
  prune: boolean;
  jobs: number;
  dateFromMtime: boolean;
}

function summaryLine(s: IngestSummary, seconds: number): string {
  const unchanged = s.skipped > 0 ? `, ${s.skipped} unchanged` : '';
  const replaced = s.replaced > 0 ? `, ${s.replaced} updated` : '';
  const pruned = s.pruned ? `, ${s.pruned} pruned` : '';
  return `${s.seen} files: ${s.ingested} ingested${replaced}${unchanged}, ${s.failed} failed${pruned} (${seconds.toFixed(1)} s)`;
}

export async function run(paths: string[], flags: IngestFlags, term: Terminal): Promise<number> {
  const started = performance.now();
  const bar = !flags.quiet && term.stderrIsTTY ? progressBar() : undefined;
  const summary = await ingest(
    paths,
    {
      dbPath: flags.db,
      force: flags.force,
      maxBytes: flags.maxSize,
      busyTimeoutMs: flags.busyTimeout,
      prune: flags.prune,
      jobs: flags.jobs,
      dateFromMtime: flags.dateFromMtime,
      readStdin: async () => new Uint8Array(await buffer(process.stdin)),
    },
    {
      start: () => bar?.start(),
      file: (result: FileResult) => {
        bar?.tick(result.path, result.bytes ?? 0);
        if (result.warning !== undefined && !flags.quiet) {
          bar?.clear();
          term.say(`${term.paint.yellow('corpus: warning:')} ${result.path}: ${result.warning}`);
        }
        if (result.status === 'failed') {
          bar?.clear();
          term.say(`${term.paint.red('corpus: error:')} ${result.path}: ${result.reason ?? 'failed'}`);
        }
      },
    },
  );
  bar?.stop();
  if (flags.json) term.out(`${JSON.stringify(summary)}\n`);
  else if (!flags.quiet) term.say(`corpus: ${summaryLine(summary, (performance.now() - started) / 1000)}`);
  return summary.failed > 0 ? EXIT.PARTIAL : EXIT.OK;
}
