import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { databaseName, openDatabase } from '../../store/open.js';
import { corpusServer } from '../../serve/server.js';
import { CorpusError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

export interface ServeFlags {
  db: string;
  port: number;
  host: string;
}

/** `corpus serve`: the read-only web view until interrupted; the address goes to stderr. */
export async function run(flags: ServeFlags, term: Terminal): Promise<number> {
  const db = openDatabase(flags.db, { readonly: true });
  const server = corpusServer(db);
  try {
    server.listen(flags.port, flags.host);
    // `once` rejects with the server's error (port in use, no such address).
    await once(server, 'listening').catch((error: Error) => {
      throw new CorpusError('USAGE', `cannot listen on ${flags.host}:${flags.port}: ${error.message}`);
    });
    const { port } = server.address() as AddressInfo;
    term.say(`corpus: serving ${databaseName(flags.db)} read-only at http://${flags.host}:${port}/ (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        server.close(() => resolve());
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT.OK;
  } finally {
    db.close();
  }
}
