import type { TestProject } from 'vitest/node';
import { postgresInstalled, startPostgres, type PostgresServer } from '../../scripts/postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL superuser URL for the run, or '' when there is no server (those tests skip). */
    postgresUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run: `$CORPUS_TEST_POSTGRES` when set, else a throwaway
 * server started from the installed binaries. Without either the PostgreSQL tests skip, with one
 * line saying so; with CORPUS_REQUIRE_POSTGRES=1 (CI) that is a failure instead.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  let server: PostgresServer | undefined;
  let url = process.env['CORPUS_TEST_POSTGRES'] ?? '';
  if (url === '' && postgresInstalled()) {
    server = await startPostgres();
    url = server.url;
  }
  if (url === '') {
    const why = 'no PostgreSQL server: install PostgreSQL 15 (/usr/lib/postgresql/15/bin) or set CORPUS_TEST_POSTGRES to a URL';
    if (process.env['CORPUS_REQUIRE_POSTGRES'] === '1') throw new Error(`PostgreSQL tests required, but ${why}`);
    console.log(`PostgreSQL tests skipped: ${why}`);
  }
  project.provide('postgresUrl', url);
  return () => server?.stop();
}
