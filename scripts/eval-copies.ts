/**
 * Precision and recall of near-copy detection (the `story` links `corpus ingest` makes), over
 * every pair of articles in a set, through the same stages as ingest: analyse, take the body
 * prose, sign it, find candidates by band, decide with the containment threshold.
 *
 *   npm run eval:copies -- [--news FILE.jsonl] [--pages DIR]
 *
 * Sets:
 *   own    fixtures/copies: stories written for this test, each with a rewrite by "another
 *          agency" and a distinct story on the same topic (`<story>--<version>.txt`)
 *   news   real articles (PolNeAR format: {id, title, text}); the first 84 get copies made
 *          from them, all others stay as distinct articles on the same topics (US politics)
 *   pages  a folder of real web pages (`<case>/source.html`): every page is its own story
 * The own and news originals get four made copies each: other headline and boilerplate,
 * trimmed to the first half, wrapped in a site's HTML page, and edited (every seventh word
 * changed, a crude stand-in for rewording).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { analyze } from '../src/pipeline.js';
import { bandKeys, containment, isCopy, jaccard, signature, storyText, words, COPY_CONTAINMENT, MIN_JACCARD, MIN_SHINGLES, SHINGLE_WORDS, type Signature } from '../src/stories/signature.js';

interface Doc {
  name: string;
  story: string;
  version: string;
  format: 'text' | 'html';
  content: string;
}

/** How many news articles get made copies. */
const NEWS_WITH_COPIES = 84;

function lines(text: string): { headline: string; body: string[] } {
  const all = text.split('\n').filter((l) => l.trim() !== '');
  return { headline: all[0] ?? '', body: all.slice(1) };
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The four made copies of an original. */
function madeCopies(original: Doc): Doc[] {
  const { headline, body } = lines(original.content);
  const copy = (version: string, format: Doc['format'], content: string): Doc => ({ ...original, name: `${original.name}~${version}`, version, format, content });
  const half = body.slice(0, Math.max(2, Math.ceil(body.length / 2)));
  let n = 0;
  const edited = body.map((line) => line.replace(/[A-Za-z]+/g, (w) => ((n += 1) % 7 === 0 ? `${w.split('').reverse().join('')}x` : w)));
  return [
    copy('boilerplate', 'text', [`UPDATED: ${headline.split(' ').slice(0, 4).join(' ')} (latest)`, 'Advertisement', ...body, 'Sign up for our morning newsletter to get stories like this in your inbox.', '© 2025 Example Media Group. All rights reserved.'].join('\n')),
    copy('trimmed', 'text', [headline, ...half].join('\n')),
    copy(
      'html',
      'html',
      `<!doctype html><html><head><title>${escape(headline)} | Example Times</title><meta property="og:site_name" content="Example Times"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>${escape(headline)}</h1>${body.map((l) => `<p>${escape(l)}</p>`).join('\n')}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council approves new budget</a></li><li><a href="/b">Storm warning for the coast</a></li></ul></aside>
<footer>Copyright Example Times</footer></body></html>`,
    ),
    copy('edited', 'text', [headline, ...edited].join('\n')),
  ];
}

function ownSet(dir: string): Doc[] {
  const docs: Doc[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const [story = file, version = 'original'] = file.replace(/\.txt$/, '').split('--');
    const doc: Doc = { name: file, story, version, format: 'text', content: readFileSync(join(dir, file), 'utf8') };
    docs.push(doc, ...(version === 'original' ? madeCopies(doc) : []));
  }
  return docs;
}

function newsSet(file: string): Doc[] {
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; title?: string; text: string });
  return rows.flatMap((r, i) => {
    const doc: Doc = { name: r.id, story: r.id, version: 'original', format: 'text', content: `${r.title ?? ''}\n${r.text}` };
    return i < NEWS_WITH_COPIES ? [doc, ...madeCopies(doc)] : [doc];
  });
}

/** Two pages whose reference content shares this much (exactly, not estimated) are one text. */
const SAME_REFERENCE = 0.8;

function exactShingles(text: string): Set<string> {
  const w = words(text.replace(/<[^>]*>/g, ' '));
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i += 1) out.add(w.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/**
 * Every page its own story, except pages whose expected content (the suite's reference
 * extraction) is the same text: many synthetic test pages carry the same "Lorem ipsum"
 * filler, and some sites are captured twice. Those are grouped (union-find) by exact
 * shingle containment of their reference content, independent of the detector.
 */
function pagesSet(dir: string): Doc[] {
  const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'source.html'))).sort();
  const refs = cases.map((c) => exactShingles(existsSync(join(dir, c, 'expected.html')) ? readFileSync(join(dir, c, 'expected.html'), 'utf8') : ''));
  const parent = cases.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  for (let i = 0; i < cases.length; i += 1) {
    for (let j = i + 1; j < cases.length; j += 1) {
      const a = refs[i] as Set<string>;
      const b = refs[j] as Set<string>;
      const small = Math.min(a.size, b.size);
      let shared = 0;
      for (const x of a) if (b.has(x)) shared += 1;
      if (small > 0 && shared / small >= SAME_REFERENCE) parent[root(i)] = root(j);
    }
  }
  return cases.map((c, i) => {
    const story = cases[root(i)] as string;
    return { name: c, story, version: story === c ? 'original' : 'same reference', format: 'html' as const, content: readFileSync(join(dir, c, 'source.html'), 'utf8') };
  });
}

interface Signed extends Doc {
  sig: Signature;
}

/** Milliseconds spent analysing and signing, to set the signature's cost against the analysis it follows. */
const timing = { analyze: 0, sign: 0, link: 0 };

function sign(docs: readonly Doc[]): Signed[] {
  return docs.flatMap((d) => {
    try {
      let t = performance.now();
      const article = analyze({ sha256: createHash('sha256').update(d.content).digest('hex'), format: d.format, content: d.content });
      timing.analyze += performance.now() - t;
      t = performance.now();
      const sig = signature(storyText(article.text, article.structure));
      timing.sign += performance.now() - t;
      return [{ ...d, sig }];
    } catch {
      return []; // a page with no article text is refused at ingest too
    }
  });
}

interface Figures {
  docs: number;
  truePairs: number;
  found: number;
  correct: number;
  byVersion: Map<string, { pairs: number; found: number }>;
  falseMerges: string[];
  lowestTrue: number;
  highestFalse: number;
  highestFalsePair: string;
}

/** Every pair the bands make candidates of, decided as ingest decides; true pairs share a story. */
function measure(signed: readonly Signed[]): Figures {
  const buckets = new Map<number, number[]>();
  signed.forEach((d, i) => bandKeys(d.sig).forEach((k) => buckets.set(k, [...(buckets.get(k) ?? []), i])));
  const candidates = new Set<string>();
  for (const members of buckets.values()) {
    for (let a = 0; a < members.length; a += 1) for (let b = a + 1; b < members.length; b += 1) candidates.add(`${members[a]},${members[b]}`);
  }
  const f: Figures = { docs: signed.length, truePairs: 0, found: 0, correct: 0, byVersion: new Map(), falseMerges: [], lowestTrue: 1, highestFalse: 0, highestFalsePair: '' };
  for (let i = 0; i < signed.length; i += 1) {
    for (let j = i + 1; j < signed.length; j += 1) {
      const a = signed[i] as Signed;
      const b = signed[j] as Signed;
      const same = a.story === b.story;
      const copy = candidates.has(`${i},${j}`) && isCopy(a.sig, b.sig);
      // The score the decision uses: containment, where the size and Jaccard floors let it count.
      const score = Math.min(a.sig.shingles, b.sig.shingles) >= MIN_SHINGLES && jaccard(a.sig, b.sig) >= MIN_JACCARD ? containment(a.sig, b.sig) : 0;
      if (same) {
        f.truePairs += 1;
        f.lowestTrue = Math.min(f.lowestTrue, score);
        const version = a.version === 'original' ? b.version : b.version === 'original' ? a.version : 'copy–copy';
        const v = f.byVersion.get(version) ?? { pairs: 0, found: 0 };
        v.pairs += 1;
        if (copy) v.found += 1;
        f.byVersion.set(version, v);
      } else if (score > f.highestFalse) {
        f.highestFalse = score;
        f.highestFalsePair = `${a.name} ~ ${b.name}`;
      }
      if (copy) {
        f.found += 1;
        if (same) f.correct += 1;
        else f.falseMerges.push(`${a.name} ~ ${b.name} (${score.toFixed(2)})`);
      }
    }
  }
  return f;
}

/**
 * Stories as ingest makes them: articles in order, each joining the story of the stored
 * candidate it shares most with, else starting its own. Returns pair precision and recall
 * of "in the same story" against the true stories.
 */
function asIngested(signed: readonly Signed[]): { precision: number; recall: number } {
  const buckets = new Map<number, number[]>();
  const story: number[] = [];
  signed.forEach((d, i) => {
    const keys = bandKeys(d.sig);
    let best: { story: number; score: number } | undefined;
    for (const j of new Set(keys.flatMap((k) => buckets.get(k) ?? []))) {
      const other = signed[j] as Signed;
      if (!isCopy(d.sig, other.sig)) continue;
      const score = containment(d.sig, other.sig);
      if (best === undefined || score > best.score) best = { story: story[j] as number, score };
    }
    story.push(best?.story ?? i);
    for (const k of keys) buckets.set(k, [...(buckets.get(k) ?? []), i]);
  });
  let together = 0;
  let right = 0;
  let truePairs = 0;
  for (let i = 0; i < signed.length; i += 1) {
    for (let j = i + 1; j < signed.length; j += 1) {
      const same = (signed[i] as Signed).story === (signed[j] as Signed).story;
      const linked = story[i] === story[j];
      if (same) truePairs += 1;
      if (linked) together += 1;
      if (same && linked) right += 1;
    }
  }
  return { precision: together === 0 ? 1 : right / together, recall: truePairs === 0 ? 1 : right / truePairs };
}

function report(name: string, f: Figures, ingested: { precision: number; recall: number }): void {
  const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`\n${name}: ${f.docs} articles, ${f.truePairs} copy pairs`);
  console.log(`  pairs: precision ${pct(f.correct, f.found)} (${f.correct}/${f.found})  recall ${pct(f.correct, f.truePairs)} (${f.correct}/${f.truePairs})`);
  console.log(`  as ingest links them into stories: precision ${(100 * ingested.precision).toFixed(1)}%  recall ${(100 * ingested.recall).toFixed(1)}%`);
  console.log(`  lowest containment of a copy pair ${f.lowestTrue.toFixed(2)}, highest of two distinct stories ${f.highestFalse.toFixed(2)} (threshold ${COPY_CONTAINMENT}): ${f.highestFalsePair}`);
  for (const [version, v] of [...f.byVersion.entries()].sort()) console.log(`  ${version.padEnd(12)} ${pct(v.found, v.pairs)} (${v.found}/${v.pairs})`);
  const bases = new Set(f.falseMerges.map((m) => m.replace(/~[a-z]+/g, "").replace(/ \(.*/, "")));
  for (const m of bases) console.log(`  false merge: ${m} (${f.falseMerges.filter((x) => x.replace(/~[a-z]+/g, "").startsWith(m)).length} pairs of their copies)`);
}

function main(args: string[]): void {
  const option = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const run = (name: string, docs: Doc[]): void => {
    const signed = sign(docs);
    const t = performance.now();
    const ingested = asIngested(signed);
    timing.link += performance.now() - t;
    report(name, measure(signed), ingested);
  };
  run('own set (fixtures/copies)', ownSet(join(process.cwd(), 'fixtures', 'copies')));
  const news = option('--news');
  if (news) run(`real news (${news})`, newsSet(news));
  const pages = option('--pages');
  if (pages) run(`web pages (${pages})`, pagesSet(pages));
  const share = (ms: number): string => `${((100 * ms) / timing.analyze).toFixed(1)}%`;
  console.log(`\ntime, against analysing the same articles in this process: signing ${share(timing.sign)}, finding copies ${share(timing.link)}`);
}

main(process.argv.slice(2));
