import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import { CorpusError, isCorpusError } from '../../errors.js';
import { analyze, type AnalyzeOptions } from '../../pipeline.js';
import { articleJson } from '../../serialize.js';
import { formatOf } from '../../read/discover.js';
import { loadFile, sourceFromString, toSource } from '../../read/load.js';
import type { SourceDocument } from '../../model.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface AnalyzeFlags {
  input: 'text' | 'jsonl';
  maxSize: number;
  /** A database whose names on record the recognizer may use (read only). */
  db?: string;
}

/** The names on record in `path`, read once; the database is opened read-only and closed again. */
async function knownNamesIn(path: string): Promise<AnalyzeOptions> {
  const { openDatabase } = await import('../../store/open.js');
  const { loadKnownNames } = await import('../../store/known-names.js');
  const db = openDatabase(path, { readonly: true });
  try {
    return { knownNames: loadKnownNames(db) };
  } finally {
    db.close();
  }
}

const STDIN = '-';

/** One JSONL input line: `{"id", "text"}` or `{"id", "html"}`. */
function parseLine(line: string, subject: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CorpusError('BAD_INPUT', 'not a JSON object', subject);
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const id = record['id'];
  const extra = id === undefined || id === null ? {} : { id: String(id) };
  if (typeof record['text'] === 'string') return sourceFromString(record['text'], 'text', subject, extra);
  if (typeof record['html'] === 'string') return sourceFromString(record['html'], 'html', subject, extra);
  throw new CorpusError('BAD_INPUT', 'expected an object with a "text" or "html" string', subject);
}

async function* jsonlDocuments(name: string, stream: NodeJS.ReadableStream): AsyncGenerator<(() => SourceDocument)> {
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    const subject = `${name}:${lineNo}`;
    yield () => parseLine(line, subject);
  }
}

/**
 * Prints the analysis of each input as one JSON object per line. A bad input is reported
 * on stderr and skipped; the others are still printed.
 */
export async function run(inputs: string[], flags: AnalyzeFlags, term: Terminal): Promise<number> {
  const sources = inputs.length > 0 ? inputs : [STDIN];
  const options = flags.db !== undefined ? await knownNamesIn(flags.db) : {};
  let failed = 0;
  const emit = (make: () => SourceDocument): void => {
    try {
      term.out(`${JSON.stringify(articleJson(analyze(make(), options)))}\n`);
    } catch (error) {
      if (!isCorpusError(error)) throw error;
      failed += 1;
      term.say(`${term.paint.red('corpus: error:')} ${error.subject ?? ''}: ${error.message}`);
    }
  };
  for (const source of sources) {
    const name = source === STDIN ? '<stdin>' : source;
    if (flags.input === 'jsonl') {
      const { createReadStream } = await import('node:fs');
      const stream = source === STDIN ? process.stdin : createReadStream(source);
      try {
        for await (const make of jsonlDocuments(name, stream)) emit(make);
      } catch (error) {
        failed += 1;
        term.say(`${term.paint.red('corpus: error:')} ${name}: cannot read: ${(error as Error).message}`);
      }
      continue;
    }
    if (source === STDIN) {
      const bytes = new Uint8Array(await buffer(process.stdin));
      emit(() => toSource(bytes, 'text', name).doc);
      continue;
    }
    let loaded: SourceDocument | CorpusError;
    try {
      loaded = loadFile(source, formatOf(source) ?? 'text', flags.maxSize).doc;
    } catch (error) {
      if (!isCorpusError(error)) throw error;
      loaded = error;
    }
    emit(() => {
      if (loaded instanceof CorpusError) throw loaded;
      return loaded;
    });
  }
  return failed > 0 ? EXIT.PARTIAL : EXIT.OK;
}
