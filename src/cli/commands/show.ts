import { Chalk, type ChalkInstance } from 'chalk';
import { withDatabase } from '../../store/open.js';
import { findArticleId, loadArticle, type ShownQuote, type StoredArticle } from '../../store/article.js';
import { segments } from '../../present/segments.js';
import { shownRole } from '../../store/aggregate.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface ShowFlags {
  db: string;
  color: boolean;
}

/** Colour only when stdout is a terminal: piped, `show` prints plain text. */
function outputPaint(term: Terminal, flags: ShowFlags): ChalkInstance {
  const noColorEnv = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return new Chalk({ level: flags.color && term.stdoutIsTTY && !noColorEnv ? 1 : 0 });
}

function quoteLine(q: ShownQuote, text: string, paint: ChalkInstance): string {
  const role = shownRole(q.speaker, q.speaker_role);
  const who = q.speaker === null ? 'unattributed' : role ? `${q.speaker} (${role})` : q.speaker;
  const words = text.slice(q.start, q.end).replace(/\s+/g, ' ');
  const shown = words.length > 70 ? `${words.slice(0, 69)}…` : words;
  return `    ${paint.yellow('»')} ${paint.bold(who)}, ${q.kind}${q.cue ? ` (${q.cue})` : ''}: ${shown}`;
}

function header(a: StoredArticle, paint: ChalkInstance): string[] {
  const { structure } = a;
  const field = (label: string, value: string | null | undefined): string[] => (value ? [`${paint.dim(label.padEnd(10))} ${value}`] : []);
  const dated = a.date ? `${a.date} (${a.date_source})` : null;
  const copies = a.copies.length > 0 ? `${a.copies.length} other cop${a.copies.length === 1 ? 'y' : 'ies'}: ${a.copies.map((c) => `#${c.id} ${c.source ?? c.title ?? ''}`.trim()).join(', ')}` : null;
  return [
    paint.bold(a.title ?? structure.headline?.value ?? '(no headline)'),
    ...field('standfirst', structure.standfirst?.value),
    ...field('dateline', structure.dateline ? a.text.slice(structure.dateline.start, structure.dateline.end) : null),
    ...field('date', dated),
    ...field('source', a.source),
    ...field('byline', a.byline),
    ...field('file', a.path),
    ...field('story', copies),
  ];
}

/**
 * `corpus show ARTICLE`: the article as a reader sees it, each paragraph followed by the quotes
 * that start in it and who said them. On a terminal quotes are highlighted and entities
 * underlined; piped, the same layout in plain text.
 */
export function run(ref: string, flags: ShowFlags, term: Terminal): number {
  return withDatabase(flags.db, { readonly: true }, (db) => {
    const article = loadArticle(db, findArticleId(db, ref));
    if (!article) return EXIT.NO_RESULTS;
    const paint = outputPaint(term, flags);
    const lines = [...header(article, paint), ''];
    for (const paragraph of article.structure.paragraphs) {
      const parts = segments(article.text, paragraph, article.quotes, article.mentions).map((s) => {
        const marked = s.quote ? paint.yellow(s.text) : s.text;
        return s.mention ? paint.underline(marked) : marked;
      });
      lines.push(parts.join(''));
      const quotes = article.quotes.filter((q) => q.start >= paragraph.start && q.start < paragraph.end);
      lines.push(...quotes.map((q) => quoteLine(q, article.text, paint)));
      const names = [...new Set(article.mentions.filter((m) => m.start >= paragraph.start && m.end <= paragraph.end).map((m) => `${m.name} (${m.type})`))];
      if (names.length > 0) lines.push(`    ${paint.dim(`entities: ${names.join(', ')}`)}`);
      lines.push('');
    }
    const credits = article.structure.credits.map((c) => `${c.role}: ${c.names.join(', ')}`);
    if (credits.length > 0) lines.push(`${paint.dim('credits'.padEnd(10))} ${credits.join('; ')}`);
    term.out(`${lines.join('\n').trimEnd()}\n`);
    return EXIT.OK;
  });
}
