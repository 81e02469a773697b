/**
 * The one error class of the library. Codes are stable strings; the CLI maps them to exit
 * codes in one place (src/cli/exit-codes.ts). Library code throws, never prints or exits.
 */
export type ErrorCode =
  | 'EMPTY' // file has no text
  | 'BINARY' // NUL bytes: not a text file
  | 'ENCODING' // neither UTF-8 nor Windows-1252 text
  | 'UNREADABLE' // the file system refused to give us the bytes
  | 'TOO_LARGE' // above the configured size limit
  | 'UNSUPPORTED' // a file type we do not ingest
  | 'BAD_INPUT' // malformed input line (analyze --input jsonl)
  | 'BUSY' // another writer holds the database
  | 'DATABASE' // the database cannot be opened or is not a corpus database
  | 'USAGE'; // invalid flags or arguments

export class CorpusError extends Error {
  readonly code: ErrorCode;
  /** The file or input the error is about, when there is one. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, subject?: string) {
    super(message);
    this.name = 'CorpusError';
    this.code = code;
    this.subject = subject;
  }
}

export function isCorpusError(error: unknown): error is CorpusError {
  return error instanceof CorpusError;
}
