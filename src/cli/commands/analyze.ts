import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import { CorpusError, isCorpusError } from '../../errors.js';
import { analyze } from '../../pipeline.js';
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
  const emit = (subject: string, make: () => SourceDocument): void => {
    let json: Record<string, unknown>;
    try {
      json = articleJson(analyze(make()));
    } catch (error) {
      failed += 1;
      if (isCorpusError(error)) {
        term.say(`${term.paint.red('corpus: error:')} ${error.subject ?? subject}: ${error.message}`);
        return;
      }
      term.say(`${term.paint.red('corpus: internal error:')} ${subject}: ${(error as Error).message}`);
      if (process.env['CORPUS_DEBUG']) term.say(String((error as Error).stack));
      return;
    }
    writeJsonLine(json, term.out);
  };
  for (const source of sources) {
    const name = source === STDIN ? '<stdin>' : source;
    if (flags.input === 'jsonl') {
      const { createReadStream } = await import('node:fs');
      const stream = source === STDIN ? process.stdin : createReadStream(source);
      try {
        for await (const [subject, make] of jsonlDocuments(name, stream)) emit(subject, make);
      } catch (error) {
        if (error instanceof OutputClosed) throw error;
        failed += 1;
        term.say(`${term.paint.red('corpus: error:')} ${name}: cannot read: ${(error as Error).message}`);
      }
      continue;
    }
    if (source === STDIN) {
      const bytes = new Uint8Array(await buffer(process.stdin));
      emit(name, () => toSource(bytes, 'text', name).doc);
      continue;
    }
    let loaded: SourceDocument | CorpusError;
    try {
      loaded = loadFile(source, formatOf(source) ?? 'text', flags.maxSize).doc;
    } catch (error) {
      if (!isCorpusError(error)) throw error;
      loaded = error;
    }
    emit(name, () => {
      if (loaded instanceof CorpusError) throw loaded;
      return loaded;
    });
  }
  return failed > 0 ? EXIT.PARTIAL : EXIT.OK;
}
