import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAsync, FIXTURES, ndjson, tempDir } from './run-cli.js';
import { dropDatabase, freshDatabase, pgRows, POSTGRES_URL } from '../support/postgres.js';

/**
 * Four ingests at once into one PostgreSQL database, on folders that overlap (the same files
 * reached by two writers) and hold the same text at two paths, must store exactly what one
 * sequential run does. Compared in a form that does not depend on the order articles were
 * stored in: articles by sha256 without ids, each entity as the set of its names. Which
 * spelling is an entity's canonical name is the first one stored (Sergey or Sergei Lavrov),
 * so that is left out; the fixtures' analyses do not depend on the names stored before them.
 */

interface Entity {
  id: string;
  name: string;
  aliases: string[];
  [key: string]: unknown;
}

/** The export with ids replaced by what they stand for, articles in sha256 order. */
function canonical(exported: string): unknown[] {
  return ndjson(exported)
    .map((article) => {
      const { id: _id, entities, quotes, ...rest } = article as { id: string; sha256: string; entities: Entity[]; quotes: { speaker: { entity_id?: string } | null }[] };
      const names = new Map(entities.map((e) => [e.id, [e.name, ...e.aliases].sort().join(' | ')]));
      return {
        ...rest,
        entities: entities.map(({ id, name: _name, aliases: _aliases, ...e }) => ({ ...e, names: names.get(id) })),
        quotes: quotes.map((q) => (q.speaker?.entity_id === undefined ? q : { ...q, speaker: { ...q.speaker, entity_id: names.get(q.speaker.entity_id) } })),
      };
    })
    .sort((a, b) => a.sha256.localeCompare(b.sha256));
}

async function run(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const child = cliAsync(args, { cwd });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr };
}

describe.skipIf(!POSTGRES_URL)('four concurrent writers into PostgreSQL', () => {
  const temp = tempDir();
  const folders = ['bureau-a', 'bureau-b', 'bureau-c', 'bureau-d'];
  let postgres = '';
  beforeAll(async () => {
    postgres = await freshDatabase();
    // The fixtures spread over four folders, and one text at a second path in another folder.
    const files = readdirSync(join(FIXTURES, 'articles')).sort();
    files.forEach((file, i) => {
      const folder = join(temp.dir, folders[i % folders.length] as string);
      mkdirSync(folder, { recursive: true });
      copyFileSync(join(FIXTURES, 'articles', file), join(folder, file));
    });
    copyFileSync(join(FIXTURES, 'articles', files[0] as string), join(temp.dir, 'bureau-c', 'wire-copy.txt'));
    expect(cli(['ingest', ...folders, '--db', 'sequential.db', '--quiet'], { cwd: temp.dir }).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    temp.cleanup();
    await dropDatabase(postgres);
  });

  it('store exactly the articles, entities and files of one sequential run', async () => {
    // Each writer takes two neighbouring folders: every folder is ingested by two writers at once.
    const writers = folders.map((folder, i) => run(['ingest', folder, folders[(i + 1) % folders.length] as string, '--db', postgres, '--quiet', '--jobs', '1'], temp.dir));
    for (const result of await Promise.all(writers)) expect(result).toEqual({ code: 0, stderr: '' });

    const sequential = new Database(join(temp.dir, 'sequential.db'), { readonly: true });
    try {
      const exported = cli(['export', '--db', postgres], { cwd: temp.dir });
      expect(canonical(exported.stdout)).toEqual(canonical(cli(['export', '--db', 'sequential.db'], { cwd: temp.dir }).stdout));

      const files = sequential.prepare('SELECT path, sha256 FROM files ORDER BY path').all();
      expect(await pgRows(postgres, 'SELECT path, sha256 FROM files ORDER BY path')).toEqual(files);
      expect(files).toHaveLength(15);

      // One canonical entity per identity key, and as many entities as the sequential run made.
      expect(await pgRows(postgres, 'SELECT key FROM aliases GROUP BY key HAVING count(DISTINCT entity_id) > 1')).toEqual([]);
      const count = 'SELECT CAST(count(*) AS integer) AS n FROM entities';
      expect(await pgRows(postgres, count)).toEqual([sequential.prepare(count).get()]);
      expect(await pgRows(postgres, 'SELECT CAST(count(*) AS integer) AS n FROM articles')).toEqual([{ n: 14 }]);
    } finally {
      sequential.close();
    }
    // The same counts; the top speakers' names are their entities' first-stored spellings.
    const counts = (db: string): unknown => {
      const { top_speakers: top, ...figures } = JSON.parse(cli(['stats', '--format', 'json', '--db', db]).stdout) as { top_speakers: { quotes: number }[] };
      return { ...figures, top: top.map((t) => t.quotes) };
    };
    expect(counts(postgres)).toEqual(counts(join(temp.dir, 'sequential.db')));
  }, 180_000);
});
