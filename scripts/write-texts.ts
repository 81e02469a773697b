/**
 * Writes the `text` of each line of a JSONL file (e.g. a PolNeAR split) as one .txt file in
 * OUTPUT_DIR, named by the line's `id` (or its line number), for benchmarks over real articles.
 * The texts stay outside the repository.
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/scripts/write-texts.js FILE.jsonl... OUTPUT_DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

function main(args: string[]): void {
  const out = args.pop();
  if (out === undefined || args.length === 0) {
    process.stderr.write('usage: node dist/bench/scripts/write-texts.js FILE.jsonl... OUTPUT_DIR\n');
    process.exitCode = 2;
    return;
  }
  mkdirSync(out, { recursive: true });
  let written = 0;
  for (const file of args) {
    const stem = basename(file).replace(/\.jsonl$/, '');
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof record.text !== 'string') return;
      const name = `${stem}-${String(record.id ?? i).replace(/[^\w.-]+/g, '_')}.txt`;
      writeFileSync(join(out, name), record.text);
      written += 1;
    });
  }
  process.stderr.write(`${written} texts written to ${out}\n`);
}

main(process.argv.slice(2));
