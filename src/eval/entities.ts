/**
 * `corpus eval entities FILE`: entity-level exact-match precision, recall and F1 of the recogniser
 * against a CoNLL file (token first, IOB tag last on each line; blank lines end sentences;
 * `-DOCSTART-` lines end documents; IOB1 and IOB2 both read).
 *
 * Each document's text is rebuilt by joining tokens with spaces and sentences with newlines, so
 * predicted character spans map back to tokens. Types compare as CoNLL does: PERSON → PER,
 * ORG → ORG, GPE and LOC → LOC, NORP → MISC (DATE is not scored). The micro average covers PER,
 * ORG and LOC; MISC is reported on its own.
 */
import { readFile } from 'node:fs/promises';
import type { EntityType, Sentence } from '../model.js';
import { recognizeEntities } from '../entities/recognize.js';
import type { EvalResult } from './result.js';

const SCORED = ['PER', 'ORG', 'LOC'] as const;
const REPORTED = [...SCORED, 'MISC'] as const;
type ConllType = (typeof REPORTED)[number];

const TO_CONLL: Readonly<Record<EntityType, ConllType | undefined>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', DATE: undefined,
};

interface Token { text: string; tag: string; start: number; end: number }
interface ConllDocument { text: string; sentences: Sentence[]; tokens: Token[] }
/** An entity as `type:firstToken:lastToken`, so exact matches compare as strings. */
type SpanKey = string;

export function parseConll(source: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { text: '', sentences: [], tokens: [] };
  let sentenceStart = -1;
  const endSentence = (): void => {
    if (sentenceStart < 0) return;
    doc.sentences.push({ start: sentenceStart, end: doc.text.length, paragraph: 0 });
    sentenceStart = -1;
  };
  const endDocument = (): void => {
    endSentence();
    if (doc.tokens.length > 0) docs.push(doc);
    doc = { text: '', sentences: [], tokens: [] };
  };
  for (const line of source.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    const token = fields[0] ?? '';
    if (token === '-DOCSTART-') endDocument();
    else if (token === '') endSentence();
    else {
      if (sentenceStart < 0) {
        if (doc.text !== '') doc.text += '\n';
        sentenceStart = doc.text.length;
      } else doc.text += ' ';
      const start = doc.text.length;
      doc.text += token;
      doc.tokens.push({ text: token, tag: fields.at(-1) ?? 'O', start, end: doc.text.length });
    }
  }
  endDocument();
  return docs;
}

/** Gold entities from IOB tags: `B-X` or a change of type opens an entity, `I-X` continues it. */
function goldSpans(tokens: readonly Token[]): Set<SpanKey> {
  const spans = new Set<SpanKey>();
  let open: { type: string; first: number } | undefined;
  const close = (last: number): void => {
    if (open && (REPORTED as readonly string[]).includes(open.type)) spans.add(`${open.type}:${open.first}:${last}`);
    open = undefined;
  };
  tokens.forEach((token, i) => {
    const [prefix, type = ''] = token.tag.split('-', 2);
    if (prefix === 'O' || !type) close(i - 1);
    else if (prefix === 'B' || open?.type !== type) {
      close(i - 1);
      open = { type, first: i };
    }
  });
  close(tokens.length - 1);
  return spans;
}

/** Predicted entities, each mention mapped to the tokens it overlaps. */
function predictedSpans(doc: ConllDocument): Set<SpanKey> {
  const spans = new Set<SpanKey>();
  const tokenAt = new Int32Array(doc.text.length).fill(-1);
  doc.tokens.forEach((t, i) => tokenAt.fill(i, t.start, t.end));
  for (const entity of recognizeEntities(doc.text, doc.sentences)) {
    const type = TO_CONLL[entity.type];
    if (!type) continue;
    for (const m of entity.mentions) {
      let first = -1;
      let last = -1;
      for (let c = m.start; c < m.end; c++) {
        const t = tokenAt[c] ?? -1;
        if (t < 0) continue;
        if (first < 0) first = t;
        last = t;
      }
      if (first >= 0) spans.add(`${type}:${first}:${last}`);
    }
  }
  return spans;
}

interface Counts { tp: number; fp: number; fn: number }

function score({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores the recogniser on already-read CoNLL text. */
export function evaluateConll(source: string): EvalResult {
  const counts = new Map<string, Counts>(REPORTED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const docs = parseConll(source);
  for (const doc of docs) {
    const gold = goldSpans(doc.tokens);
    const predicted = predictedSpans(doc);
    for (const key of predicted) {
      const c = counts.get(key.split(':')[0] ?? '');
      if (c) gold.has(key) ? c.tp++ : c.fp++;
    }
    for (const key of gold) {
      const c = counts.get(key.split(':')[0] ?? '');
      if (c && !predicted.has(key)) c.fn++;
    }
  }
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const type of SCORED) {
    const c = counts.get(type) ?? micro;
    micro.tp += c.tp;
    micro.fp += c.fp;
    micro.fn += c.fn;
  }
  const metrics: Record<string, number> = {};
  const lines = [`documents ${docs.length}`];
  const row = (name: string, c: Counts): void => {
    const s = score(c);
    const prefix = name.toLowerCase();
    Object.assign(metrics, { [`${prefix}_precision`]: s.precision, [`${prefix}_recall`]: s.recall, [`${prefix}_f1`]: s.f1 });
    lines.push(`${name.padEnd(5)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  };
  for (const type of REPORTED) row(type, counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  row('micro', micro);
  metrics.f1 = metrics.micro_f1 ?? 0;
  return { lines, metrics };
}

export async function runEval(path: string): Promise<EvalResult> {
  return evaluateConll(await readFile(path, 'utf8'));
}
