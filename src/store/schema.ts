/**
 * The database schema, in one place, as numbered migrations. `PRAGMA user_version` records
 * how many have been applied; each runs once, in order, inside one transaction.
 * docs/schema.md explains the tables for people who query the database; a test snapshots
 * the resulting schema so a change here is a reviewed change there.
 */

/** 'CRPS' as a big-endian integer: lets `file` and other tools recognise a corpus database. */
export const APPLICATION_ID = 0x43525053;

/**
 * `quote_view`: each quote with its speaker, article and sentence. Migrations that give quotes a
 * column recreate it with `columns` (SQLite has no ALTER VIEW). PostgreSQL's is the same SQL.
 */
export function quoteView(columns = ''): string {
  return `  CREATE VIEW quote_view AS
  SELECT
    q.id                                AS quote_id,
    q.article_id                        AS article_id,
    a.title                             AS article_title,
    a.published                         AS published,
    a.dateline                          AS dateline,
    a.place                             AS place,
    (SELECT min(f.path) FROM files f WHERE f.article_id = a.id) AS path,
    coalesce(e.name, q.speaker_name)    AS speaker,
    q.speaker_entity_id                 AS speaker_entity_id,
    q.speaker_surface                   AS speaker_surface,
    q.speaker_role                      AS speaker_role,
    q.kind                              AS kind,
    q.cue                               AS cue,
    q.rule                              AS rule,
    q.text                              AS text,
    q.start                             AS start,
    q."end"                             AS "end",
    q.grp                               AS grp,
${columns}    s.text                              AS sentence
  FROM quotes q
  JOIN articles a ON a.id = q.article_id
  LEFT JOIN entities e ON e.id = q.speaker_entity_id
  LEFT JOIN sentences s ON s.id = q.sentence_id;
`;
}

/** `sentence_view`: each sentence with its article and, as `entities`, the names it mentions (each backend aggregates its way). */
export function sentenceView(entities: string): string {
  return `  CREATE VIEW sentence_view AS
  SELECT
    s.id                                AS sentence_id,
    s.article_id                        AS article_id,
    a.title                             AS article_title,
    a.published                         AS published,
    a.dateline                          AS dateline,
    a.place                             AS place,
    (SELECT min(f.path) FROM files f WHERE f.article_id = a.id) AS path,
    s.seq                               AS seq,
    s.start                             AS start,
    s."end"                             AS "end",
    s.text                              AS text,
    ${entities}
  FROM sentences s
  JOIN articles a ON a.id = s.article_id;
`;
}

export const MIGRATIONS: readonly string[] = [
  // 1: articles, their source files, sentences, canonical entities, mentions and quotes.
  `
  CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    sha256           TEXT    NOT NULL UNIQUE,
    title            TEXT,
    text             TEXT    NOT NULL,
    format           TEXT    NOT NULL CHECK (format IN ('text', 'html')),
    encoding         TEXT,
    published        TEXT,
    byline           TEXT,
    dateline         TEXT,
    place            TEXT,
    source           TEXT,
    structure        TEXT    NOT NULL,
    meta             TEXT    NOT NULL,
    analyzer_version INTEGER NOT NULL,
    ingested_at      TEXT    NOT NULL
  );

  CREATE TABLE files (
    path        TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime_ms    INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seen_at     TEXT    NOT NULL
  );
  CREATE INDEX files_article ON files (article_id);

  CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    rule       TEXT,
    UNIQUE (article_id, seq)
  );

  CREATE TABLE entities (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    type  TEXT NOT NULL,
    UNIQUE (type, name)
  );

  CREATE TABLE aliases (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    last_word  TEXT    NOT NULL,
    UNIQUE (entity_id, alias)
  );
  CREATE INDEX aliases_key ON aliases (key);
  CREATE INDEX aliases_last_word ON aliases (last_word);

  -- Settings of the database itself, e.g. which identity-key rules its alias keys follow.
  CREATE TABLE corpus_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    sentence_id INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    surface     TEXT    NOT NULL,
    rule        TEXT
  );
  CREATE INDEX mentions_article ON mentions (article_id);
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE INDEX mentions_sentence ON mentions (sentence_id);

  CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id       INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect', 'term')),
    grp               INTEGER,
    cue               TEXT,
    cue_start         INTEGER,
    cue_end           INTEGER,
    speaker_entity_id INTEGER REFERENCES entities (id),
    speaker_name      TEXT,
    speaker_surface   TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_role      TEXT,
    rule              TEXT    NOT NULL,
    UNIQUE (article_id, seq)
  );
  CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);
  CREATE INDEX quotes_sentence ON quotes (sentence_id);
  CREATE INDEX quotes_kind ON quotes (kind);

  -- Full-text indexes over sentences and quotes, kept in step by triggers. Rows are only
  -- ever inserted or deleted (never INSERT OR REPLACE), so the delete triggers always fire,
  -- including for ON DELETE CASCADE when an article is replaced.
  CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'id');
  CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;

  CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'id');
  CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;

  -- The common questions, one SELECT away.
${quoteView()}
${sentenceView(`(SELECT group_concat(DISTINCT e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.sentence_id = s.id)       AS entities`)}
  CREATE VIEW entity_view AS
  SELECT
    e.id, e.name, e.type,
    (SELECT group_concat(al.alias, '; ') FROM aliases al WHERE al.entity_id = e.id AND al.alias <> e.name) AS aliases,
    (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles,
    (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
    (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.id AND q.kind <> 'term') AS quotes
  FROM entities e;
  `,
  // 2: throughput and scale. The full-text indexes over sentences and quotes are filled in bulk
  // by the writer when a batch commits (src/store/search-index.ts) instead of by a trigger per
  // row; the delete triggers stay. Names are found through full-text indexes too (whole words,
  // case and accents folded) instead of a scan of every entity: the aliases (every canonical
  // name is one) and the speaker names of quotes. quotes_kind goes: three of four quotes share
  // a kind, so no query is faster with it and every insert paid for it.
  `
  DROP TRIGGER sentences_fts_insert;
  DROP TRIGGER quotes_fts_insert;
  DROP INDEX quotes_kind;

  CREATE VIRTUAL TABLE aliases_fts USING fts5 (alias, content = 'aliases', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO aliases_fts (rowid, alias) SELECT id, alias FROM aliases;
  CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN
    INSERT INTO aliases_fts (rowid, alias) VALUES (new.id, new.alias);
  END;
  CREATE TRIGGER aliases_fts_delete AFTER DELETE ON aliases BEGIN
    INSERT INTO aliases_fts (aliases_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
  END;
  CREATE TRIGGER aliases_fts_update AFTER UPDATE OF alias ON aliases BEGIN
    INSERT INTO aliases_fts (aliases_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
    INSERT INTO aliases_fts (rowid, alias) VALUES (new.id, new.alias);
  END;

  CREATE VIRTUAL TABLE quote_speakers_fts USING fts5 (speaker_name, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO quote_speakers_fts (rowid, speaker_name) SELECT id, speaker_name FROM quotes;
  CREATE TRIGGER quote_speakers_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_speakers_fts (quote_speakers_fts, rowid, speaker_name) VALUES ('delete', old.id, old.speaker_name);
  END;
  `,
  // 3: a normalised date for every article (with where it came from), and near copies of one
  // story linked together. Existing rows get the date of their page metadata here; the rest
  // (plain text dated by its dateline, and story links) are filled by the next `corpus ingest`,
  // which dates and links every article whose date_source / story_id is still NULL.
  `
  ALTER TABLE articles ADD COLUMN date TEXT;
  ALTER TABLE articles ADD COLUMN date_source TEXT;
  ALTER TABLE articles ADD COLUMN story_id INTEGER;
  UPDATE articles SET date = substr(published, 1, 10), date_source = 'published'
    WHERE published GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*';
  CREATE INDEX articles_date ON articles (date);
  CREATE INDEX articles_date_source ON articles (date_source);
  CREATE INDEX articles_story ON articles (story_id);
  CREATE INDEX articles_source ON articles (source COLLATE NOCASE);
  -- A re-analysed article (new structure or metadata) is dated again by the same ingest.
  CREATE TRIGGER articles_redate AFTER UPDATE OF structure, meta ON articles BEGIN
    UPDATE articles SET date = NULL, date_source = NULL WHERE id = new.id;
  END;

  -- MinHash signature of each article's body and its band keys, to find near copies.
  CREATE TABLE story_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    shingles   INTEGER NOT NULL,
    signature  BLOB    NOT NULL
  );
  CREATE TABLE story_bands (
    key        INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX story_bands_article ON story_bands (article_id);
  `,
  // 4: the verbatim words of a mixed quote, whose span is now the whole reported content (#10).
  // Quotes stored before this held a mixed quote's quoted words alone: those words are its one fragment.
  `
  ALTER TABLE quotes ADD COLUMN fragments TEXT;
  UPDATE quotes SET fragments = json_array(json_object('start', start, 'end', "end", 'text', text)) WHERE kind = 'mixed';
  DROP VIEW quote_view;
${quoteView('    q.fragments                         AS fragments,\n')}  `,
  // 5: why a name is filed under its entity (#18): the rule of the automatic merge that put it
  // there, or 'editor' for an editor's correction. Rows stored before are NULL.
  `
  ALTER TABLE aliases ADD COLUMN rule TEXT;
  `,
  // 6: nothing here: PostgreSQL's 6 folds accents in its name indexes, as aliases_fts and
  // quote_speakers_fts (migration 2) already do. Kept so that schema N means the same in both.
  `
  `,
];
