import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { sha256 } from '../../src/read/load.js';
import { storedArticles } from '../../src/store/articles.js';
import { openDatabase } from '../../src/store/open.js';
import { ArticleWriter } from '../../src/store/write.js';
import { tempDir } from '../cli/run-cli.js';

const temp = tempDir();
afterAll(() => temp.cleanup());

/** Article-like text: words, names, quotes, punctuation, newlines and any Unicode. */
const articleText = fc
  .array(
    fc.oneof(
      fc.constantFrom('Moscow', 'said', 'Dmitry Peskov', '“', '”', '"', '. ', ', ', '\n', '\n\n', 'U.S.', '…', 'Kyiv’s', ' '),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '');

describe('store round trip', () => {
  it('any text comes back from the database exactly, with the same analysis; saving again changes nothing', () => {
    const db = openDatabase(join(temp.dir, 'roundtrip.db'));
    const writer = new ArticleWriter(db);
    let n = 0;
    fc.assert(
      fc.property(articleText, (text) => {
        const article = analyze({ sha256: sha256(text), format: 'text', content: text });
        const file = { path: `f${n++}.txt`, size: text.length, mtimeMs: 0 };
        writer.save(article, { format: 'text', encoding: 'utf-8' }, file);
        const before = db.prepare('SELECT (SELECT count(*) FROM sentences) + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM mentions) AS n').get();
        writer.save(article, { format: 'text', encoding: 'utf-8' }, file);
        expect(db.prepare('SELECT (SELECT count(*) FROM sentences) + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM mentions) AS n').get()).toEqual(before);
        const stored = [...storedArticles(db)].find((a) => a.sha256 === article.sha256);
        expect(stored?.text).toBe(text);
        expect(stored?.sentences).toEqual(article.sentences);
        expect(stored?.quotes.map((q) => [q.start, q.end, q.kind])).toEqual(article.quotes.map((q) => [q.start, q.end, q.kind]));
        for (const table of ['sentences_fts', 'quotes_fts']) db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
      }),
      { numRuns: 150 },
    );
    db.close();
  });
});
