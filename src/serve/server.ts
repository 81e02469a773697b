import { createServer, type Server, type ServerResponse } from 'node:http';
import type { DB } from '../store/open.js';
import { page, esc } from './html.js';
import { articlePage, BadRequest, searchJson, searchPage, speakerPage } from './pages.js';

/** No scripts, no frames, nothing from elsewhere: article text is untrusted, and escaped too. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, ...SECURITY_HEADERS });
  res.end(body);
}

/**
 * The read-only web view: GET (and HEAD) only, over a database opened read-only. Pages are
 * rendered on the server; `/api/quotes` answers the same search as JSON.
 */
export function corpusServer(db: DB): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, 'text/plain', 'read-only: only GET and HEAD\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const article = /^\/article\/(\d+)$/.exec(url.pathname);
      if (url.pathname === '/') send(res, 200, 'text/html', searchPage(db, url.searchParams));
      else if (url.pathname === '/speaker') send(res, 200, 'text/html', speakerPage(db, url.searchParams));
      else if (article) {
        const html = articlePage(db, Number(article[1]));
        if (html === undefined) send(res, 404, 'text/html', page('Not found', '<p class="error">No such article.</p>'));
        else send(res, 200, 'text/html', html);
      } else if (url.pathname === '/api/quotes') send(res, 200, 'application/json', searchJson(db, url.searchParams));
      else send(res, 404, 'text/html', page('Not found', '<p class="error">No such page.</p>'));
    } catch (error) {
      if (error instanceof BadRequest) send(res, 400, 'text/html', page('Bad request', `<p class="error">${esc(error.message)}</p>`));
      else send(res, 500, 'text/html', page('Error', `<p class="error">internal error: ${esc((error as Error).message)}</p>`));
    }
  });
}
