/**
 * Scoring on PolNeAR-format gold (#10): the field's lenient metric, as the Gender Gap Tracker
 * evaluates quotes, so that `corpus eval quotes` reports what the shared scorer reports on the
 * same file.
 *
 * Gold lines: `{"id", "text", "quotes": [{"kind", "spans": [[start, end], …], "speaker",
 * "speaker_start", "speaker_end", "speaker_resolved", "scored"}]}`, offsets in code points.
 * - Scored gold: attributions with `scored` true; subset `direct` keeps kinds direct and mixed,
 *   `speech` all three. Every other attribution is neutral.
 * - Predictions: every quote but `term`; quotes sharing a `group` are one prediction.
 * - Gold attributions in order each take the unused prediction covering most of their characters
 *   (all spans together), if it covers more than COVERAGE of them.
 * - An unmatched prediction lying mostly (more than COVERAGE of its characters) inside a neutral
 *   attribution is neither right nor wrong; any other is a false positive.
 * - A matched speaker is right when its span overlaps the gold source's, or when its name or
 *   surface holds the last word of the gold's resolved name (else of the source as written).
 */
import type { Quote } from '../model.js';

/** Share of characters a prediction must cover (of a gold attribution, or lie inside a neutral one). */
export const COVERAGE = 0.3;

export const SUBSETS = ['direct', 'speech'] as const;
export type Subset = (typeof SUBSETS)[number];
const SUBSET_KINDS: Record<Subset, ReadonlySet<string>> = { direct: new Set(['direct', 'mixed']), speech: new Set(['direct', 'mixed', 'indirect']) };

export interface PolnearQuote {
  kind: string;
  spans: [number, number][];
  speaker?: string | null;
  speaker_start?: number | null;
  speaker_end?: number | null;
  speaker_resolved?: string | null;
  scored?: boolean;
}

export interface PolnearLine {
  id?: string | number;
  text: string;
  quotes: PolnearQuote[];
}

export interface PolnearScore {
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
}

interface Attribution {
  chars: Set<number>;
  speakerSpan: [number, number] | null;
  /** Words that name the speaker (gold: the last word of the name; prediction: all words of name and surface). */
  words: Set<string>;
}

/** True when any quote of the file is given by `spans`: the PolNeAR shape rather than the project's own. */
export function isPolnearGold(lines: readonly { quotes: readonly object[] }[]): boolean {
  return lines.some((line) => line.quotes.some((quote) => Array.isArray((quote as { spans?: unknown }).spans)));
}

/** Lower-case ASCII words of a name, accents dropped, as the shared scorer reads them. */
function nameWords(name: string): Set<string> {
  const ascii = name.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase();
  return new Set(ascii.match(/[a-z0-9]+/g) ?? []);
}

/** Maps code-point offsets (the gold's) to UTF-16 indices (the analysis's); the identity for text without astral characters. */
function codePointIndex(text: string): (offset: number) => number {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return (offset) => offset;
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (offset) => units[offset] ?? unit;
}

function charsOf(spans: readonly [number, number][]): Set<number> {
  const chars = new Set<number>();
  for (const [start, end] of spans) for (let k = start; k < end; k++) chars.add(k);
  return chars;
}

function shared(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const k of small) if (large.has(k)) n++;
  return n;
}

function predictions(quotes: readonly Quote[]): Attribution[] {
  const byGroup = new Map<number, Attribution>();
  const out: Attribution[] = [];
  for (const quote of quotes) {
    if (quote.kind === 'term') continue;
    const grouped = quote.group !== undefined ? byGroup.get(quote.group) : undefined;
    if (grouped) {
      for (let k = quote.start; k < quote.end; k++) grouped.chars.add(k);
      continue;
    }
    const speaker = quote.speaker;
    const attribution: Attribution = {
      chars: charsOf([[quote.start, quote.end]]),
      speakerSpan: speaker ? [speaker.start, speaker.end] : null,
      words: nameWords(speaker ? `${speaker.name} ${speaker.surface}` : ''),
    };
    if (quote.group !== undefined) byGroup.set(quote.group, attribution);
    out.push(attribution);
  }
  return out;
}

function goldOf(line: PolnearLine, subset: Subset): { gold: Attribution[]; neutral: Set<number>[] } {
  const unit = codePointIndex(line.text);
  const gold: Attribution[] = [];
  const neutral: Set<number>[] = [];
  for (const quote of line.quotes) {
    const chars = charsOf(quote.spans.map(([start, end]) => [unit(start), unit(end)]));
    if ((quote.scored ?? true) && SUBSET_KINDS[subset].has(quote.kind)) {
      const name = quote.speaker_resolved || quote.speaker || '';
      const last = name.match(/[A-Za-z]+/g)?.at(-1);
      const start = quote.speaker_start;
      const end = quote.speaker_end;
      gold.push({ chars, speakerSpan: start != null && end != null ? [unit(start), unit(end)] : null, words: last ? nameWords(last) : new Set() });
    } else {
      neutral.push(chars);
    }
  }
  return { gold, neutral };
}

function speakerRight(gold: Attribution, predicted: Attribution): boolean {
  const g = gold.speakerSpan;
  const p = predicted.speakerSpan;
  if (g && p && p[0] < g[1] && g[0] < p[1]) return true;
  for (const word of gold.words) if (predicted.words.has(word)) return true;
  return false;
}

/** Scores one article's quotes against its PolNeAR attributions. */
export function scorePolnear(line: PolnearLine, quotes: readonly Quote[], subset: Subset): PolnearScore {
  const preds = predictions(quotes);
  const { gold, neutral } = goldOf(line, subset);
  const used = new Set<number>();
  let matched = 0;
  let speakerCorrect = 0;
  for (const g of gold) {
    let best = 0;
    let chosen = -1;
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const share = shared(g.chars, p.chars) / Math.max(1, g.chars.size);
      if (share > COVERAGE && share > best) {
        best = share;
        chosen = i;
      }
    });
    if (chosen < 0) continue;
    used.add(chosen);
    matched++;
    if (speakerRight(g, preds[chosen]!)) speakerCorrect++;
  }
  let falseHits = 0;
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    if (!neutral.some((n) => shared(p.chars, n) / Math.max(1, p.chars.size) > COVERAGE)) falseHits++;
  });
  return { gold: gold.length, predicted: matched + falseHits, matched, speakerCorrect };
}
