import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { sha256 } from '../../src/read/load.js';
import { WriteBatch } from '../../src/store/batch.js';
import Database from 'better-sqlite3';
import { openSqlite, type DB } from '../../src/store/open.js';
import { entitiesNamed, queryQuotes } from '../../src/store/query.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/schema.js';
import { ArticleWriter } from '../../src/store/write.js';
import { tempDir } from '../cli/run-cli.js';

const temp = tempDir();
afterAll(() => temp.cleanup());

const TEXTS = [
  'Ministers met in Oslo on Monday.\n\n“We have a deal,” Anna Berg said. “It holds.”',
  'The port reopened after the storm.\n\nHarbour master Tom Lund said ships were waiting.',
  'Farmers protested in the capital.\n\n“Prices are too low,” said Marta Kovac, a grower.',
];

function article(text: string) {
  return analyze({ sha256: sha256(text), format: 'text', content: text });
}

/** FTS5's own check that the index holds exactly the rows of its content table. */
function expectIndexesInStep(db: DB): void {
  for (const table of ['sentences_fts', 'quotes_fts', 'quote_speakers_fts', 'aliases_fts']) {
    expect(() => db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  }
}

const info = { format: 'text', encoding: 'utf-8' } as const;
const file = (path: string) => ({ path, size: 1, mtimeMs: 0 });

describe('full-text indexes filled in bulk', () => {
  it('stay in step through inserts, replacements and re-pointed files inside one batch', () => {
    const db = openSqlite(join(temp.dir, 'batch.db'));
    const writer = new ArticleWriter(db);
    const batch = new WriteBatch(db, () => writer.flushSearchIndex());
    const [a, b, c] = TEXTS.map(article);
    batch.run(() => writer.save(a!, info, file('a.txt')));
    batch.run(() => writer.save(b!, info, file('b.txt')));
    // The same text again (as with --force) replaces rows not yet indexed.
    batch.run(() => writer.save(b!, info, file('b.txt')));
    // a.txt now holds other text: its old article is deleted while c's rows are pending.
    batch.run(() => writer.save(c!, info, file('a.txt')));
    batch.commit();
    expectIndexesInStep(db);
    expect(db.prepare("SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH 'prices'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'oslo'").get()).toEqual({ n: 0 });
    // Deleting the last article lets its ids be reused by the next batch's rows.
    db.prepare('DELETE FROM articles WHERE id = (SELECT max(id) FROM articles)').run();
    batch.run(() => writer.save(a!, info, file('c.txt')));
    batch.commit();
    expectIndexesInStep(db);
    expect(db.prepare("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'oslo'").get()).toEqual({ n: 1 });
    db.close();
  });

  it('a batch that never commits leaves neither rows nor index entries', () => {
    const path = join(temp.dir, 'killed.db');
    const db = openSqlite(path);
    const writer = new ArticleWriter(db);
    const batch = new WriteBatch(db, () => writer.flushSearchIndex());
    batch.run(() => writer.save(article(TEXTS[0]!), info, file('a.txt')));
    db.close();
    const again = openSqlite(path);
    expect(again.prepare('SELECT count(*) AS n FROM sentences').get()).toEqual({ n: 0 });
    expectIndexesInStep(again);
    again.close();
  });

  it('a save outside a batch indexes its own rows', () => {
    const db = openSqlite(join(temp.dir, 'single.db'));
    const writer = new ArticleWriter(db);
    writer.save(article(TEXTS[2]!), info, file('a.txt'));
    expectIndexesInStep(db);
    expect(db.prepare("SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH 'prices'").get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('upgrading a database written before bulk indexing', () => {
  it('indexes its names and speakers, keeps its text indexes, and answers queries', () => {
    const path = join(temp.dir, 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 1');
    old.exec(`
      INSERT INTO articles (id, sha256, text, format, structure, meta, analyzer_version, ingested_at)
        VALUES (1, 'x', 'Ana Sousa said talks would resume.', 'text', '{}', '{}', 1, 'now');
      INSERT INTO sentences (id, article_id, seq, paragraph, start, "end", text) VALUES (1, 1, 0, 0, 0, 34, 'Ana Sousa said talks would resume.');
      INSERT INTO entities (id, name, type) VALUES (1, 'Ana Sousa', 'PERSON');
      INSERT INTO aliases (entity_id, alias, key, last_word) VALUES (1, 'Ana Sousa', 'per:ana sousa', 'sousa');
      INSERT INTO quotes (article_id, sentence_id, seq, start, "end", text, kind, speaker_entity_id, speaker_name, rule)
        VALUES (1, 1, 0, 15, 33, 'talks would resume', 'indirect', NULL, 'Ana Sousa', 'test');`);
    old.close();
    const db = openSqlite(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expectIndexesInStep(db);
    expect(entitiesNamed(db, 'SOUSA')).toEqual([1]);
    expect(queryQuotes(db, { speaker: 'sousa', kinds: ['indirect'] }).map((q) => q.text)).toEqual(['talks would resume']);
    expect(queryQuotes(db, { text: 'resume', kinds: ['indirect'] })).toHaveLength(1);
    db.close();
  });
});
