import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import { CorpusError, isCorpusError } from '../../errors.js';
import { analyzerFor } from '../../ingest/pool.js';
import type { KnownNames } from '../../entities/known-names.js';
import { articleJson } from '../../serialize.js';
import { formatOf } from '../../read/discover.js';
import { loadFile, sourceFromString, toSource } from '../../read/load.js';
import type { SourceDocument } from '../../model.js';
import { EXIT } from '../exit-codes.js';
import { OutputClosed, type Terminal } from '../terminal.js';
import { writeJsonLine } from '../json-out.js';

export interface AnalyzeFlags {
  input: 'text' | 'jsonl';
  maxSize: number;
  jobs: number;
  /** A database whose names on record the recognizer may use (read only). */
  db?: string;
}

/** The names on record in `path`, read once; the database is opened read-only and closed again. */
async function knownNamesIn(path: string): Promise<KnownNames> {
  const { openDatabase } = await import('../../store/open.js');
  const { loadKnownNames } = await import('../../store/known-names.js');
  const db = openDatabase(path, { readonly: true });
  try {
    return loadKnownNames(db);
  } finally {
    db.close();
  }
}

/** Inputs read ahead of the one being printed, per job (output stays in input order). */
const READ_AHEAD_PER_JOB = 8;

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

async function* jsonlDocuments(name: string, stream: NodeJS.ReadableStream): AsyncGenerator<[string, () => SourceDocument]> {
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    const subject = `${name}:${lineNo}`;
    yield [subject, () => parseLine(line, subject)];
  }
}

/**
 * Prints the analysis of each input as one JSON object per line. A bad input, or one the
 * analysis fails on (a bug), is named on stderr, counted and skipped; the others are still
 * printed (#13: one document must not end a run of thousands).
 */
export async function run(inputs: string[], flags: AnalyzeFlags, term: Terminal): Promise<number> {
  const sources = inputs.length > 0 ? inputs : [STDIN];
  let failed = 0;
  const names = flags.db !== undefined ? await knownNamesIn(flags.db) : undefined;
  const analyzer = analyzerFor(flags.jobs, () => names);
  // Analyses in flight, printed in input order as each one at the head is done.
  const ahead: Promise<() => void>[] = [];
  const printNext = async (): Promise<void> => (await (ahead.shift() as Promise<() => void>))();
  const analysed = async (subject: string, make: () => SourceDocument): Promise<() => void> => {
    try {
      const json = articleJson((await analyzer.analyze(make())).article);
      // Written in pieces, so a long article is never one string of its whole JSON (#13).
      return () => writeJsonLine(json, term.out);
    } catch (error) {
      return () => {
        failed += 1;
        if (isCorpusError(error)) {
          term.say(`${term.paint.red('corpus: error:')} ${error.subject ?? subject}: ${error.message}`);
          return;
        }
        term.say(`${term.paint.red('corpus: internal error:')} ${subject}: ${(error as Error).message}`);
        if (process.env['CORPUS_DEBUG']) term.say(String((error as Error).stack));
      };
    }
  };
  const emit = async (subject: string, make: () => SourceDocument): Promise<void> => {
    ahead.push(analysed(subject, make));
    while (ahead.length >= Math.max(flags.jobs, 1) * READ_AHEAD_PER_JOB) await printNext();
  };
  try {
    await each(sources, flags, term, emit, () => (failed += 1));
    while (ahead.length > 0) await printNext();
  } finally {
    await analyzer.close();
  }
  return failed > 0 ? EXIT.PARTIAL : EXIT.OK;
}

/** Hands each input document to `emit`, in order; an unreadable JSONL stream counts as one failure. */
async function each(
  sources: readonly string[],
  flags: AnalyzeFlags,
  term: Terminal,
  emit: (subject: string, make: () => SourceDocument) => Promise<void>,
  fail: () => void,
): Promise<void> {
  for (const source of sources) {
    const name = source === STDIN ? '<stdin>' : source;
    if (flags.input === 'jsonl') {
      const { createReadStream } = await import('node:fs');
      const stream = source === STDIN ? process.stdin : createReadStream(source);
      try {
        for await (const [subject, make] of jsonlDocuments(name, stream)) await emit(subject, make);
      } catch (error) {
        if (error instanceof OutputClosed) throw error;
        fail();
        term.say(`${term.paint.red('corpus: error:')} ${name}: cannot read: ${(error as Error).message}`);
      }
      continue;
    }
    if (source === STDIN) {
      const bytes = new Uint8Array(await buffer(process.stdin));
      await emit(name, () => toSource(bytes, 'text', name).doc);
      continue;
    }
    let loaded: SourceDocument | CorpusError;
    try {
      loaded = loadFile(source, formatOf(source) ?? 'text', flags.maxSize).doc;
    } catch (error) {
      if (!isCorpusError(error)) throw error;
      loaded = error;
    }
    await emit(name, () => {
      if (loaded instanceof CorpusError) throw loaded;
      return loaded;
    });
  }
}
