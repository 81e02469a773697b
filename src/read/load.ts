import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { CorpusError } from '../errors.js';
import type { SourceDocument } from '../model.js';
import { decodeText, normalizeNewlines, type Encoding } from './decode.js';
import { decodeHtml } from '../html/decode.js';
import { type SourceFormat, unreadable } from './discover.js';

export interface LoadedSource {
  doc: SourceDocument;
  encoding: Encoding | string;
  /** Stray control characters kept in the text (worth a warning). */
  controls: number;
  size: number;
  mtimeMs: number;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Decodes bytes for a format into a source document (text identity = sha256 of the decoded content). */
export function toSource(bytes: Uint8Array, format: SourceFormat, subject: string, extra: { id?: string; path?: string } = {}): {
  doc: SourceDocument;
  encoding: string;
  controls: number;
} {
  const { text, encoding, controls } = format === 'html' ? decodeHtml(bytes, subject) : decodeText(bytes, subject);
  return { doc: { ...extra, sha256: sha256(text), format, content: text }, encoding, controls };
}

/** A source document from text that is already a string (a JSONL line's `text` or `html`). */
export function sourceFromString(content: string, format: SourceFormat, subject: string, extra: { id?: string; path?: string } = {}): SourceDocument {
  const text = normalizeNewlines(content.replace(/^\uFEFF/, ''));
  if (text.trim() === '') throw new CorpusError('EMPTY', 'empty article (no text)', subject);
  return { ...extra, sha256: sha256(text), format, content: text };
}

/**
 * Reads one article file, refusing it before reading when it is above `maxBytes`.
 * Synchronous on purpose: files are processed one after another, and awaiting each read
 * cost a third of ingest time in idle hops through the thread pool.
 */
export function loadFile(path: string, format: SourceFormat, maxBytes: number): LoadedSource {
  let bytes: Buffer;
  let size: number;
  let mtimeMs: number;
  try {
    const fd = openSync(path, 'r');
    try {
      const info = fstatSync(fd);
      size = info.size;
      mtimeMs = info.mtimeMs;
      if (size > maxBytes) {
        throw new CorpusError('TOO_LARGE', `file is ${size} bytes, above the ${maxBytes}-byte limit (--max-size)`, path);
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw unreadable(path, error);
  }
  return { ...toSource(bytes, format, path, { path }), size, mtimeMs };
}
