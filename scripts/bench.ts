/**
 * Throughput benchmark: MB/s of each analysis stage over a folder of .txt articles, and of a
 * peer run in the same process, with the ratio to the peer.
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/scripts/bench.js FOLDER
 *
 * The texts are repeated until they weigh about TARGET_BYTES, so that timer resolution and
 * JIT warm-up do not dominate. A new stage is one line in STAGES.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Entity, Sentence, SourceDocument, Span, Structure } from '../src/model.js';
import { recognizeEntities } from '../src/entities/recognize.js';
import { extractQuotes } from '../src/quotes/extract.js';
import { analyze } from '../src/pipeline.js';
import { splitSentences } from '../src/sentences/split.js';
import { parseStructure } from '../src/structure/parse.js';
import { CHARACTERIZING_VERBS, SOURCE_POSSESSIVES, SOURCE_PREPOSITIONS, SPEECH_VERBS } from '../src/quotes/lexicons/speech-verbs.js';

/** Repeat the articles up to about this many bytes of UTF-8. */
const TARGET_BYTES = 4_000_000;
/** Untimed passes first, so that every stage is measured after the JIT has compiled it. */
const WARMUP_ROUNDS = 2;
/** Timed passes; the median is reported. */
const TIMED_ROUNDS = 5;
const BYTES_PER_MB = 1_000_000;
const MS_PER_S = 1000;

/** One article, prepared once so that a stage is timed alone. */
interface Doc {
  text: string;
  source: SourceDocument;
  paragraphs: Span[];
  structure: Structure;
  sentences: Sentence[];
  entities: Entity[];
}

interface Stage {
  name: string;
  /** Returns a count (paragraphs, sentences), summed and printed so the work cannot be optimised away. */
  run: (doc: Doc) => number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A floor for any quote extractor over raw text: one regex pass that only finds the quote stage's
 * cue words and quote marks, doing nothing with them. Whatever attributes quotes must at least
 * find these.
 */
const CUE_WORDS = [...new Set([...SPEECH_VERBS.flat(), ...CHARACTERIZING_VERBS, ...SOURCE_PREPOSITIONS, ...SOURCE_POSSESSIVES].map((form) => form.split(' ')[0]!))];
const CUE_SCAN = new RegExp(`\\b(?:${CUE_WORDS.sort((a, b) => b.length - a.length).join('|')})\\b|[“”"«»:]`, 'gi');

function scanCues(text: string): number {
  let found = 0;
  CUE_SCAN.lastIndex = 0;
  while (CUE_SCAN.exec(text)) found++;
  return found;
}

const STAGES: readonly Stage[] = [
  { name: 'structure', run: (doc) => parseStructure(doc.text).paragraphs.length },
  { name: 'sentences', run: (doc) => splitSentences(doc.text, doc.paragraphs).length },
  { name: 'entities', run: (doc) => recognizeEntities(doc.text, doc.sentences, { structure: doc.structure }).length },
  { name: 'quotes', run: (doc) => extractQuotes({ text: doc.text, structure: doc.structure, sentences: doc.sentences, entities: doc.entities }).length },
  { name: 'analyze()', run: (doc) => analyze(doc.source).sentences.length },
  { name: 'peer: Intl.Segmenter sentences', run: (doc) => [...segmenter.segment(doc.text)].length },
  { name: 'floor: cue-word and mark scan', run: (doc) => scanCues(doc.text) },
];
/** The stage whose speed the project promises (issue 3), compared with the peer. */
const SUBJECT = 'sentences';
const PEER = 'peer: Intl.Segmenter sentences';
const FLOOR = 'floor: cue-word and mark scan';

async function loadDocs(folder: string): Promise<{ docs: Doc[]; bytes: number }> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt files in ${folder}`);
  const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
  const docs: Doc[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const text of texts) {
      const source: SourceDocument = { sha256: String(docs.length), format: 'text', content: text };
      const structure = parseStructure(text);
      const sentences = splitSentences(text, structure.paragraphs);
      const entities = recognizeEntities(text, sentences, { structure });
      docs.push({ text, source, paragraphs: structure.paragraphs, structure, sentences, entities });
      bytes += Buffer.byteLength(text, 'utf8');
    }
  }
  return { docs, bytes };
}

/**
 * Median time of each stage over all docs. Rounds interleave the stages, so that a change in
 * machine load during the run touches every stage alike and the ratios stay fair.
 */
function timeStages(stages: readonly Stage[], docs: readonly Doc[]): { ms: number; count: number }[] {
  const times = stages.map((): number[] => []);
  const counts = stages.map(() => 0);
  for (let round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
    stages.forEach((stage, i) => {
      let count = 0;
      const started = performance.now();
      for (const doc of docs) count += stage.run(doc);
      if (round >= WARMUP_ROUNDS) times[i]?.push(performance.now() - started);
      counts[i] = count;
    });
  }
  return times.map((list, i) => ({ ms: median(list), count: counts[i] ?? 0 }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(folder: string | undefined): Promise<void> {
  if (folder === undefined) {
    process.stderr.write('usage: node dist/bench/scripts/bench.js FOLDER_OF_TXT_FILES\n');
    process.exitCode = 2;
    return;
  }
  const { docs, bytes } = await loadDocs(folder);
  const mb = bytes / BYTES_PER_MB;
  const speeds = new Map<string, number>();
  console.log(`${docs.length} articles, ${mb.toFixed(2)} MB, median of ${TIMED_ROUNDS} runs`);
  console.log(`${'stage'.padEnd(34)}${'MB/s'.padStart(10)}${'items'.padStart(12)}`);
  timeStages(STAGES, docs).forEach(({ ms, count }, i) => {
    const name = STAGES[i]?.name ?? '';
    const speed = mb / (ms / MS_PER_S);
    speeds.set(name, speed);
    console.log(`${name.padEnd(34)}${speed.toFixed(1).padStart(10)}${String(count).padStart(12)}`);
  });
  const subject = speeds.get(SUBJECT);
  const peer = speeds.get(PEER);
  if (subject !== undefined && peer !== undefined) console.log(`${SUBJECT} / peer: ${(subject / peer).toFixed(2)}x`);
  // Issue 4 measures the quote stage in time against sentence splitting: time ratio = inverse speed ratio.
  for (const name of ['quotes', FLOOR]) {
    const speed = speeds.get(name);
    if (subject !== undefined && speed !== undefined) console.log(`${name} time / ${SUBJECT} time: ${(subject / speed).toFixed(2)}`);
  }
}

await main(process.argv[2]);
