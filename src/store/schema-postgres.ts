import { FOLD_DROP, FOLD_FROM, FOLD_TO } from './data/fold-table.js';
import { quoteView, sentenceView } from './schema.js';

/**
 * The schema for PostgreSQL: the same tables, columns and views as SQLite's (src/store/schema.ts),
 * migration for migration, so schema N means the same in both (a test compares them). The
 * `schema_version` table records how many have been applied (PostgreSQL has no user_version).
 *
 * Where SQLite differs:
 *   - ids are `bigserial` (their sequences `<table>_id_seq` give ids ahead of an insert);
 *   - text columns sort by code point (COLLATE "C"), like SQLite, whatever the server's locale;
 *   - full-text search is GIN indexes over `to_tsvector('simple', column)` instead of FTS5
 *     tables, so there is nothing to keep in step; the name indexes fold accents first, with
 *     `corpus_fold(column)`, as SQLite's name tables do;
 *   - the views aggregate with string_agg, in the order SQLite's group_concat gives.
 */

const TEXT = 'text COLLATE "C"';

/** The function (migration 6) that folds accents in names, in the index and the query alike. */
export const FOLD = 'corpus_fold';

export const PG_MIGRATIONS: readonly string[] = [
  // 1: as SQLite's 1.
  `
  CREATE TABLE articles (
    id               bigserial PRIMARY KEY,
    sha256           ${TEXT} NOT NULL UNIQUE,
    title            ${TEXT},
    text             ${TEXT} NOT NULL,
    format           ${TEXT} NOT NULL CHECK (format IN ('text', 'html')),
    encoding         ${TEXT},
    published        ${TEXT},
    byline           ${TEXT},
    dateline         ${TEXT},
    place            ${TEXT},
    source           ${TEXT},
    structure        ${TEXT} NOT NULL,
    meta             ${TEXT} NOT NULL,
    analyzer_version integer NOT NULL,
    ingested_at      ${TEXT} NOT NULL
  );

  CREATE TABLE files (
    path        ${TEXT} PRIMARY KEY,
    size        bigint  NOT NULL,
    mtime_ms    bigint  NOT NULL,
    sha256      ${TEXT} NOT NULL,
    article_id  bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seen_at     ${TEXT} NOT NULL
  );
  CREATE INDEX files_article ON files (article_id);

  CREATE TABLE sentences (
    id         bigserial PRIMARY KEY,
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    paragraph  integer NOT NULL,
    start      integer NOT NULL,
    "end"      integer NOT NULL,
    text       ${TEXT} NOT NULL,
    rule       ${TEXT},
    UNIQUE (article_id, seq)
  );

  CREATE TABLE entities (
    id    bigserial PRIMARY KEY,
    name  ${TEXT} NOT NULL,
    type  ${TEXT} NOT NULL,
    UNIQUE (type, name)
  );

  CREATE TABLE aliases (
    id         bigserial PRIMARY KEY,
    entity_id  bigint  NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias      ${TEXT} NOT NULL,
    key        ${TEXT} NOT NULL,
    last_word  ${TEXT} NOT NULL,
    UNIQUE (entity_id, alias)
  );
  CREATE INDEX aliases_key ON aliases (key);
  CREATE INDEX aliases_last_word ON aliases (last_word);

  CREATE TABLE corpus_settings (
    name  ${TEXT} PRIMARY KEY,
    value ${TEXT} NOT NULL
  );

  CREATE TABLE mentions (
    id          bigserial PRIMARY KEY,
    article_id  bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id   bigint  NOT NULL REFERENCES entities (id),
    sentence_id bigint  REFERENCES sentences (id) ON DELETE CASCADE,
    start       integer NOT NULL,
    "end"       integer NOT NULL,
    surface     ${TEXT} NOT NULL,
    rule        ${TEXT}
  );
  CREATE INDEX mentions_article ON mentions (article_id);
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE INDEX mentions_sentence ON mentions (sentence_id);

  CREATE TABLE quotes (
    id                bigserial PRIMARY KEY,
    article_id        bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id       bigint  REFERENCES sentences (id) ON DELETE CASCADE,
    seq               integer NOT NULL,
    start             integer NOT NULL,
    "end"             integer NOT NULL,
    text              ${TEXT} NOT NULL,
    kind              ${TEXT} NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect', 'term')),
    grp               integer,
    cue               ${TEXT},
    cue_start         integer,
    cue_end           integer,
    speaker_entity_id bigint  REFERENCES entities (id),
    speaker_name      ${TEXT},
    speaker_surface   ${TEXT},
    speaker_start     integer,
    speaker_end       integer,
    speaker_role      ${TEXT},
    rule              ${TEXT} NOT NULL,
    UNIQUE (article_id, seq)
  );
  CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);
  CREATE INDEX quotes_sentence ON quotes (sentence_id);

  -- SQLite's sentences_fts and quotes_fts.
  CREATE INDEX sentences_text_search ON sentences USING gin (to_tsvector('simple', text));
  CREATE INDEX quotes_text_search ON quotes USING gin (to_tsvector('simple', text));
${quoteView()}
  -- Each name once, in the order of its first mention (as SQLite's group_concat(DISTINCT) gives).
${sentenceView(`(SELECT string_agg(d.name, ',' ORDER BY d.first) FROM (
       SELECT e.name, min(m.id) AS first FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.sentence_id = s.id GROUP BY e.name) d) AS entities`)}
  CREATE VIEW entity_view AS
  SELECT
    e.id, e.name, e.type,
    (SELECT string_agg(al.alias, '; ' ORDER BY al.alias) FROM aliases al WHERE al.entity_id = e.id AND al.alias <> e.name) AS aliases,
    (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles,
    (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
    (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.id AND q.kind <> 'term') AS quotes
  FROM entities e;
  `,
  // 2: as SQLite's 2: names found through full-text indexes too; quotes_kind never existed here.
  `
  CREATE INDEX aliases_alias_search ON aliases USING gin (to_tsvector('simple', alias));
  CREATE INDEX quotes_speaker_search ON quotes USING gin (to_tsvector('simple', speaker_name));
  `,
  // 3: as SQLite's 3: article dates and stories.
  `
  ALTER TABLE articles ADD COLUMN date ${TEXT};
  ALTER TABLE articles ADD COLUMN date_source ${TEXT};
  ALTER TABLE articles ADD COLUMN story_id bigint;
  UPDATE articles SET date = substr(published, 1, 10), date_source = 'published'
    WHERE published ~ '^[12][0-9]{3}-[01][0-9]-[0-3][0-9]';
  CREATE INDEX articles_date ON articles (date);
  CREATE INDEX articles_date_source ON articles (date_source);
  CREATE INDEX articles_story ON articles (story_id);
  CREATE INDEX articles_source ON articles (lower(source));
  -- A re-analysed article (new structure or metadata) is dated again by the same ingest.
  CREATE FUNCTION articles_redate() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.date := NULL;
    NEW.date_source := NULL;
    RETURN NEW;
  END $$;
  CREATE TRIGGER articles_redate BEFORE UPDATE OF structure, meta ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_redate();

  CREATE TABLE story_signatures (
    article_id bigint  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    shingles   integer NOT NULL,
    signature  bytea   NOT NULL
  );
  CREATE TABLE story_bands (
    key        bigint NOT NULL,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
  );
  CREATE INDEX story_bands_article ON story_bands (article_id);
  `,
  // 4: as SQLite's 4: a mixed quote's verbatim fragments.
  `
  ALTER TABLE quotes ADD COLUMN fragments ${TEXT};
  UPDATE quotes SET fragments = json_build_array(json_build_object('start', start, 'end', "end", 'text', text))::text WHERE kind = 'mixed';
  DROP VIEW quote_view;
${quoteView('    q.fragments                         AS fragments,\n')}  `,
  // 5: as SQLite's 5: why a name is filed under its entity.
  `
  ALTER TABLE aliases ADD COLUMN rule ${TEXT};
  `,
  // 6: the name indexes fold accents as SQLite's do (unicode61 remove_diacritics 2), so a name
  // spelled with and without them meets in both. translate() over a table taken from SQLite's own
  // tokenizer, rather than the unaccent extension: it folds exactly the letters SQLite folds, and
  // needs no CREATE EXTENSION right on the user's database.
  `
  CREATE FUNCTION ${FOLD}(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate($1, '${FOLD_FROM}${FOLD_DROP}', '${FOLD_TO}') $$;
  DROP INDEX aliases_alias_search;
  DROP INDEX quotes_speaker_search;
  CREATE INDEX aliases_alias_search ON aliases USING gin (to_tsvector('simple', ${FOLD}(alias)));
  CREATE INDEX quotes_speaker_search ON quotes USING gin (to_tsvector('simple', ${FOLD}(speaker_name)));
  `,
];
