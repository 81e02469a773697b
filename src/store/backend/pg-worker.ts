import pg from 'pg';
import { runAsWorker } from 'synckit';

/**
 * The thread that holds the PostgreSQL connections. The store calls it synchronously through
 * synckit (the calling thread waits on Atomics), because the store is synchronous like
 * better-sqlite3 and `pg` is asynchronous.
 */

export type PgRequest =
  | { op: 'connect'; url: string; settings: Readonly<Record<string, string>> }
  | { op: 'query'; handle: number; sql: string; params: unknown[] }
  | { op: 'close'; handle: number };

export interface PgResponse {
  handle?: number;
  rows?: Record<string, unknown>[];
  changes?: number;
}

// Ids and counts are int8; a corpus never holds 2^53 rows, so they are read as numbers like SQLite's.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

const clients = new Map<number, pg.Client>();
let nextHandle = 1;

/** Buffers cross threads as plain Uint8Arrays; `pg` sends a Buffer as bytea. */
function asPgValue(value: unknown): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
}

function client(handle: number): pg.Client {
  const found = clients.get(handle);
  if (!found) throw new Error('the database connection is closed');
  return found;
}

runAsWorker(async (request: PgRequest): Promise<PgResponse> => {
  switch (request.op) {
    case 'connect': {
      // The settings travel with the connection request: no round trip of their own.
      const options = Object.entries(request.settings).map(([name, value]) => `-c ${name}=${value}`).join(' ');
      const conn = new pg.Client({ connectionString: request.url, application_name: 'corpus', options });
      // A lost server is reported by the next query; without a listener it would end the thread.
      conn.on('error', () => undefined);
      await conn.connect();
      const handle = nextHandle++;
      clients.set(handle, conn);
      return { handle };
    }
    case 'query': {
      const result = await client(request.handle).query({ text: request.sql, values: request.params.map(asPgValue) });
      return { rows: result.rows as Record<string, unknown>[], changes: result.rowCount ?? 0 };
    }
    case 'close': {
      const conn = clients.get(request.handle);
      clients.delete(request.handle);
      await conn?.end();
      return {};
    }
  }
});
