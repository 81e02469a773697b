import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase } from '../../scripts/postgres-server.js';

/** The run's PostgreSQL server (tests/support/postgres-setup.ts), or '' when the tests skip. */
export const POSTGRES_URL = inject('postgresUrl');

/** A new empty database on the run's server; its URL. */
export function freshDatabase(): Promise<string> {
  return createDatabase(POSTGRES_URL, `corpus_test_${randomBytes(6).toString('hex')}`);
}

/** Drops a database `freshDatabase` made. */
export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Rows of one query on `url`. */
export async function pgRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}
