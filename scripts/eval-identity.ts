/**
 * Identity evaluation (#18): one person, one entity, and `--speaker` finds that person only.
 *
 * Ingests the articles of PolNeAR-style JSONL files (their `text` fields, written out as .txt
 * files) through the CLI into a new database, then for each person of a list of people and the
 * name variants news uses (scripts/data/identity-people.json, written from general knowledge)
 * reports:
 *   - entities: canonical entities (any type) whose name is one of the person's forms; every one
 *     past the first is an extra entity, the same person split in two;
 *   - the person's quotes: quotes whose speaker is one of those entities (or, unlinked, is named
 *     by one of the forms);
 *   - `corpus query --speaker "FULL NAME"`: how many of the person's quotes it returns, and how many
 *     of its rows are anyone else's.
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/scripts/eval-identity.js FILE.jsonl... [--db DB] [--people JSON] [--json]
 *
 * With --db pointing at an existing database, the ingest is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const BIN = resolve('bin/corpus.js');
const DEFAULT_PEOPLE = resolve('scripts/data/identity-people.json');
/** Room for `query --format json` over a thousand articles. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/** Words that stand before a name without being part of it, for matching entity names to forms. */
const LEADING_TITLES = /^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|sec|pres)\.?|senator|president|governor|secretary|former|vice|speaker|mayor|candidate)\s+/i;

interface Person {
  name: string;
  names: string[];
  short: string[];
}

interface PersonResult {
  person: string;
  entities: { id: number; name: string; type: string }[];
  quotes: number;
  found: number;
  rows: number;
  others: number;
}

function normalise(name: string): string {
  let out = name.normalize('NFKC').replace(/[’']s$/u, '').replace(/\s+/g, ' ').trim();
  while (LEADING_TITLES.test(out)) out = out.replace(LEADING_TITLES, '');
  return out.toLowerCase();
}

function ingest(files: string[], db: string): void {
  const work = mkdtempSync(join(tmpdir(), 'corpus-identity-'));
  try {
    const dir = join(work, 'articles');
    mkdirSync(dir);
    let n = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const doc = JSON.parse(line) as { id?: string; text: string };
        writeFileSync(join(dir, `${String(n++).padStart(5, '0')}.txt`), doc.text);
      }
    }
    try {
      execFileSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (error) {
      // Exit 3: some files failed, each named on stderr; the rest are in, and are measured.
      if ((error as { status?: number }).status !== 3) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The rows of `corpus query --speaker NAME`, as a user gets them. */
function speakerRows(dbPath: string, name: string): { quote_id: number }[] {
  try {
    const out = execFileSync(process.execPath, [BIN, 'query', '--db', dbPath, '--speaker', name, '--format', 'json'], {
      maxBuffer: MAX_OUTPUT_BYTES,
      encoding: 'utf8',
    });
    return JSON.parse(out) as { quote_id: number }[];
  } catch (error) {
    // Exit 1 is "no results", an answer like any other here.
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}

function evaluate(dbPath: string, person: Person): PersonResult {
  const db = new Database(dbPath, { readonly: true });
  try {
    const forms = new Set([person.name, ...person.names, ...person.short].map(normalise));
    const full = new Set([person.name, ...person.names].map(normalise));
    const entities = (db.prepare('SELECT id, name, type FROM entities').all() as { id: number; name: string; type: string }[]).filter((e) =>
      forms.has(normalise(e.name)),
    );
    const ids = new Set(entities.map((e) => e.id));
    const quotes = db.prepare("SELECT id, speaker_entity_id AS entity, speaker_name AS name FROM quotes WHERE kind <> 'term'").all() as {
      id: number;
      entity: number | null;
      name: string | null;
    }[];
    const mine = new Set(
      quotes.filter((q) => (q.entity !== null ? ids.has(q.entity) : q.name !== null && full.has(normalise(q.name)))).map((q) => q.id),
    );
    const rows = speakerRows(dbPath, person.name);
    const found = rows.filter((r) => mine.has(r.quote_id)).length;
    return { person: person.name, entities, quotes: mine.size, found, rows: rows.length, others: rows.length - found };
  } finally {
    db.close();
  }
}

function ratio(a: number, b: number): string {
  return b === 0 ? '—' : (a / b).toFixed(3);
}

function main(argv: string[]): void {
  const files: string[] = [];
  let db: string | undefined;
  let peopleFile = DEFAULT_PEOPLE;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') db = argv[++i];
    else if (arg === '--people') peopleFile = argv[++i] ?? peopleFile;
    else if (arg === '--json') json = true;
    else files.push(arg);
  }
  if (files.length === 0 && (db === undefined || !existsSync(db))) {
    process.stderr.write('usage: node dist/bench/scripts/eval-identity.js FILE.jsonl... [--db DB] [--people JSON] [--json]\n');
    process.exitCode = 2;
    return;
  }
  const work = db === undefined ? mkdtempSync(join(tmpdir(), 'corpus-identity-db-')) : undefined;
  const dbPath = db ?? join(work!, 'corpus.db');
  try {
    if (!existsSync(dbPath) || files.length > 0) ingest(files, dbPath);
    const people = (JSON.parse(readFileSync(peopleFile, 'utf8')) as { people: Person[] }).people;
    const results = people.map((p) => evaluate(dbPath, p));
    const present = results.filter((r) => r.entities.length > 0);
    const totals = {
      people: people.length,
      present: present.length,
      extra_entities: present.reduce((n, r) => n + r.entities.length - 1, 0),
      quotes: results.reduce((n, r) => n + r.quotes, 0),
      found: results.reduce((n, r) => n + r.found, 0),
      rows: results.reduce((n, r) => n + r.rows, 0),
      others: results.reduce((n, r) => n + r.others, 0),
    };
    if (json) {
      process.stdout.write(`${JSON.stringify({ totals, people: results })}\n`);
      return;
    }
    for (const r of results) {
      const names = r.entities.map((e) => `${e.name} (${e.type})`).join('; ');
      process.stdout.write(
        `${r.person.padEnd(26)} entities ${String(r.entities.length).padStart(2)}  quotes ${String(r.quotes).padStart(4)}  found ${ratio(r.found, r.quotes)}  others ${String(r.others).padStart(3)}/${String(r.rows).padEnd(4)}  ${names}\n`,
      );
    }
    process.stdout.write(
      `\n${totals.present} of ${totals.people} people on record; extra entities ${totals.extra_entities}; ` +
        `--speaker FULL NAME returns ${ratio(totals.found, totals.quotes)} of their quotes; ` +
        `rows of anyone else ${ratio(totals.others, totals.rows)} (${totals.others}/${totals.rows})\n`,
    );
  } finally {
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
