import { InvalidArgumentError } from 'commander';
import { QUOTE_KINDS, type QuoteKind } from '../model.js';
import { FORMATS, type Format } from './output.js';

/** Where the database lives unless --db says otherwise. */
export function defaultDb(): string {
  return process.env['CORPUS_DB'] || 'corpus.db';
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A byte size: 500000, 512k, 10M. */
export function byteSize(value: string): number {
  const match = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 500000, 512k or 10M');
  return Number(match[1]) * (SIZE_UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
}

export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of: ${choices.join(', ')}`);
    return value as T;
  };
}

export const format = oneOf<Format>(FORMATS);

/** `--kind direct,mixed` or repeated `--kind`. */
export function kinds(value: string, previous: QuoteKind[] | undefined): QuoteKind[] {
  const parse = oneOf<QuoteKind>(QUOTE_KINDS);
  return [...(previous ?? []), ...value.split(',').map((k) => parse(k.trim()))];
}
