import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { isCorpusError } from '../errors.js';
import { ENTITY_TYPES } from '../model.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { byteSize, defaultDb, format, kinds, oneOf, positiveInt } from './flags.js';
import { OutputClosed, terminal, type Terminal } from './terminal.js';
import { DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../defaults.js';
import { EVAL_KINDS, type EvalKind } from './commands/eval.js';
import { filterOptions } from './filter-options.js';
import { SORTS } from '../store/query.js';
import { COUNT_BY } from '../store/aggregate.js';

/** The package version, read once (only --version needs it). */
const VERSION = '0.1.0';

const dbOption = (): Option =>
  new Option('--db <file|url>', 'SQLite database file, or a postgres:// URL (env: CORPUS_DB)').default(defaultDb(), '$CORPUS_DB or ./corpus.db');
const maxSizeOption = (): Option =>
  new Option('--max-size <bytes>', 'refuse files above this size (e.g. 512k, 10M)').default(DEFAULT_MAX_BYTES, '10M').argParser(byteSize);

/** Analysis worker threads; 0 analyses in the main thread. */
const jobsOption = (jobs: number, label: string): Option =>
  new Option('--jobs <n>', 'analyse in this many worker threads (0: in the main thread)').default(jobs, label).argParser(positiveInt);
/** `analyze`: the main thread only reads and prints, so every core analyses. */
const analyzeJobs = (): Option => jobsOption(availableParallelism(), 'one per core');
/**
 * `ingest`: the writer's thread (SQLite, search index, entity ids) is busy as long as one worker
 * is: with two workers on two cores each idled 56-58% of the run and the run took 20% more CPU
 * (each worker warms its own JIT) for no less wall time (924 PolNeAR texts). On one core, none.
 */
const ingestJobs = (): Option => jobsOption(availableParallelism() - 1, 'one per core less the writer\'s');

/**
 * The CLI: parses flags, calls the library, formats output. Command modules load lazily so
 * `--help` never pays for SQLite or the NLP stages. Returns the exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.OK;
  let term: Terminal = terminal(true);
  const program = new Command('corpus')
    .description('Turn a folder of raw news articles into a SQLite database of sentences, entities and attributed quotes.')
    .version(VERSION)
    .option('--no-color', 'never colour messages (also NO_COLOR=1; colour is only used on a terminal)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .hook('preAction', (cmd) => {
      term = terminal(cmd.opts<{ color: boolean }>().color);
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 no results (query, speakers), 2 usage or database error,
            3 some inputs failed (others were processed), 75 database busy.

Examples:
  corpus ingest ./articles --quiet
  corpus query --speaker Peskov --format csv
  corpus query --speaker Peskov --since 2025-03 --until 2025-03 --source reuters
  corpus speakers --text ceasefire --since 30d
  corpus show wire/talks.txt
  corpus analyze --input jsonl < articles.jsonl`,
    );

  program
    .command('ingest')
    .description('analyse article files (.txt, .md, .html, .htm) and store them; unchanged files are skipped')
    .argument('<paths...>', 'files or folders (searched recursively); - reads one article from stdin')
    .addOption(dbOption())
    .option('--force', 're-analyse every file, even unchanged ones', false)
    .option('--prune', 'afterwards, delete the articles whose every file is gone from the folders given', false)
    .option('--json', 'print a JSON summary on stdout (files seen, ingested, skipped, failed with reasons)', false)
    .option('-q, --quiet', 'print nothing on success (errors still go to stderr)', false)
    .addOption(maxSizeOption())
    .option('--date-from-mtime', "date articles that carry no date (no page metadata, no dateline date) by their file's modification time", false)
    .addOption(
      new Option('--busy-timeout <ms>', 'how long to wait for another corpus process writing the database')
        .default(DEFAULT_BUSY_TIMEOUT_MS)
        .argParser(positiveInt),
    )
    .addOption(ingestJobs())
    .action(async (paths: string[], flags) => {
      code = await (await import('./commands/ingest.js')).run(paths, flags, term);
    });

  const query = program
    .command('query')
    .description('list quotes with speaker, article and date (or, with --sentences, the sentences that mention an entity)')
    .option('--speaker <name>', 'quotes by this speaker (canonical name or alias, whole words, any case)')
    .option('--text <words>', 'quotes containing all these words')
    .addOption(new Option('--kind <kinds>', 'direct, mixed, indirect or term (comma-separated; default: all but term)').argParser(kinds))
    .addOption(new Option('--limit <n>', 'at most this many quotes').argParser(positiveInt))
    .addOption(new Option('--format <format>', 'table, json, ndjson or csv (default: table on a terminal, else ndjson)').argParser(format))
    .option('--sentences', 'list sentences instead of quotes (with --entity and/or --text)', false)
    .option('--explain', 'table: also show the words that named the speaker, the cue and the rule that attributed it', false)
    .addOption(new Option('--sort <order>', 'date (oldest first, the default), -date (newest first) or speaker').argParser(oneOf(SORTS)))
    .addOption(new Option('--count-by <group>', 'count results per speaker, source, day, month or article instead of listing them').argParser(oneOf(COUNT_BY)))
    .option('--dedupe', 'count a quote carried by several copies of one story once (the default with --count-by)')
    .option('--no-dedupe', 'count every copy')
    .option('--verbatim', 'only words as the speaker said them: direct quotes, and the quoted fragments of mixed quotes (no indirect speech)', false)
    .addOption(dbOption())
    .action(async (flags) => {
      code = (await import('./commands/query.js')).run(flags, term);
    });
  for (const option of filterOptions()) query.addOption(option);

  const speakers = program
    .command('speakers')
    .description('who is quoted most: quotes, articles and stories per speaker, first and last dates, roles seen')
    .option('--text <words>', 'only quotes containing all these words')
    .addOption(new Option('--kind <kinds>', 'direct, mixed, indirect or term (comma-separated; default: all but term)').argParser(kinds))
    .addOption(new Option('--limit <n>', 'at most this many speakers').argParser(positiveInt))
    .addOption(new Option('--format <format>', 'table, json, ndjson or csv (default: table on a terminal, else ndjson)').argParser(format))
    .option('--no-dedupe', 'count a quote once for every copy of its story (default: once per story)')
    .addOption(dbOption())
    .action(async (flags) => {
      code = (await import('./commands/speakers.js')).run(flags, term);
    });
  for (const option of filterOptions()) speakers.addOption(option);

  program
    .command('show')
    .description('print one article with its structure, quotes highlighted and their speakers after each paragraph')
    .argument('<article>', 'article id, or file path (or the end of one)')
    .addOption(dbOption())
    .action(async (ref: string, flags: { db: string }) => {
      code = (await import('./commands/show.js')).run(ref, { db: flags.db, color: program.opts<{ color: boolean }>().color }, term);
    });

  program
    .command('serve')
    .description('a read-only web page over the database: search quotes, speaker timelines, articles with quotes marked')
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default(8080).argParser(positiveInt))
    .option('--host <address>', 'address to bind (the default serves this machine only)', '127.0.0.1')
    .addOption(dbOption())
    .action(async (flags) => {
      code = await (await import('./commands/serve.js')).run(flags, term);
    });

  program
    .command('metadata')
    .description('print Datasette metadata for the database (descriptions from docs/schema.md, facets): datasette corpus.db -m metadata.json')
    .addOption(dbOption())
    .action(async (flags: { db: string }) => {
      code = (await import('./commands/metadata.js')).run(flags, term);
    });

  program
    .command('analyze')
    .description('print the analysis of each article as one JSON object per line (no database)')
    .argument('[files...]', 'article files; none or - reads stdin')
    .addOption(new Option('--input <kind>', 'text: each input is one article; jsonl: one {"id","text"} or {"id","html"} object per line').default('text').argParser(oneOf(['text', 'jsonl'] as const)))
    .addOption(maxSizeOption())
    .addOption(analyzeJobs())
    .option('--db <file|url>', 'recognise names already on record in this database (read only; by default none is used)')
    .action(async (files: string[], flags) => {
      code = await (await import('./commands/analyze.js')).run(files, flags, term);
    });

  program
    .command('export')
    .description('print every stored article as the analysis object')
    .addOption(new Option('--format <format>', 'ndjson or json').default('ndjson').argParser(oneOf(['ndjson', 'json'] as const)))
    .addOption(dbOption())
    .action(async (flags) => {
      code = (await import('./commands/export.js')).run(flags, term);
    });

  program
    .command('stats')
    .description('count articles, sentences, entities and quotes; list the top speakers')
    .addOption(new Option('--format <format>', 'table or json').default('table').argParser(oneOf(['table', 'json'] as const)))
    .addOption(dbOption())
    .action(async (flags) => {
      code = (await import('./commands/stats.js')).run(flags, term);
    });

  const entities = program
    .command('entities')
    .description('list canonical entities, or correct their identity (merge, rename, alias, split)');
  entities
    .command('list', { isDefault: true })
    .description('list canonical entities with aliases and article, mention and quote counts')
    .addOption(new Option('--type <type>', 'only this type: PERSON, ORG, GPE, LOC, NORP or DATE').argParser(oneOf(ENTITY_TYPES)))
    .option('--name <text>', 'only entities whose name or an alias contains this text')
    .addOption(new Option('--limit <n>', 'at most this many entities').argParser(positiveInt))
    .addOption(new Option('--format <format>', 'table, json, ndjson or csv (default: table on a terminal, else ndjson)').argParser(format))
    .addOption(dbOption())
    .action(async (flags) => {
      code = (await import('./commands/entities.js')).list(flags, term);
    });
  entities
    .command('show <entity>')
    .description('list the names ENTITY (an id or exact name) is known by, each with the rule that made it this entity and its mentions')
    .addOption(new Option('--format <format>', 'table, json, ndjson or csv (default: table on a terminal, else ndjson)').argParser(format))
    .addOption(dbOption())
    .action(async (ref: string, flags) => {
      code = (await import('./commands/entities.js')).show(ref, flags, term);
    });
  const corrections = [
    ['merge', '<entity> <other>', 'fold OTHER into ENTITY (aliases, mentions and quotes move; later ingests follow)'],
    ['rename', '<entity> <name>', 'give ENTITY a new canonical name (the old one stays an alias)'],
    ['alias', '<entity> <alias>', 'add a name ENTITY is known by; later ingests resolve it to ENTITY'],
    ['split', '<entity> <alias>', 'split ALIAS off ENTITY into a new entity, with the mentions and quotes written that way'],
  ] as const;
  for (const [action, args, description] of corrections) {
    entities
      .command(`${action} ${args}`)
      .description(`${description}; ENTITY is an id or exact name`)
      .addOption(dbOption())
      .action(async (ref: string, value: string, flags: { db: string }) => {
        code = (await import('./commands/entities.js')).edit(action, ref, value, flags.db, term);
      });
  }

  program
    .command('migrate')
    .description('copy a corpus into an empty database, ids and all: e.g. a SQLite file into PostgreSQL')
    .requiredOption('--from <file|url>', 'the corpus to copy (read only)')
    .requiredOption('--to <file|url>', 'the empty database to copy it into (created and migrated as needed)')
    .action(async (flags: { from: string; to: string }) => {
      code = (await import('./commands/migrate.js')).run(flags, term);
    });

  program
    .command('remove')
    .description('delete stored articles: by id, by file path, or every file under a folder (an article goes with its last path)')
    .argument('<refs...>', 'article ids, file paths or folders as ingested')
    .addOption(dbOption())
    .action(async (refs: string[], flags: { db: string }) => {
      code = (await import('./commands/remove.js')).run(refs, flags, term);
    });

  program
    .command('eval')
    .description('measure accuracy against gold files: sentences (Golden Rules JSON), entities (CoNLL), quotes (JSONL), html (test-page folder)')
    .argument('<kind>', 'sentences, entities, quotes or html', oneOf(EVAL_KINDS))
    .argument('<path>', 'the gold file or folder')
    .option('--json', 'print the figures as JSON instead of the report', false)
    .action(async (kind: EvalKind, path: string, flags) => {
      code = await (await import('./commands/eval.js')).run(kind, path, flags, term);
    });

  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.OK;
    if (error instanceof CommanderError) {
      // Commander has already printed help, the version, or the usage error.
      return error.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
    }
    if (isCorpusError(error)) {
      term.say(`${term.paint.red('corpus: error:')} ${error.subject ? `${error.subject}: ` : ''}${error.message}`);
      return exitCodeFor(error.code);
    }
    // A bug: one line for the user; the stack only when asked for (CORPUS_DEBUG=1).
    term.say(`${term.paint.red('corpus: internal error:')} ${(error as Error).message}`);
    if (process.env['CORPUS_DEBUG']) term.say(String((error as Error).stack));
    return EXIT.ERROR;
  }
}
