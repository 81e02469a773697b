import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, countRows, FIXTURES, ndjson, workspacePerTest } from './run-cli.js';

const PAGE = join(FIXTURES, 'html', 'news-jsonld.html');
const WIRE = join(FIXTURES, 'articles', '03-lavrov-visit-sergey.txt');

describe('HTML articles', () => {
  const ws = workspacePerTest((input) => {
    copyFileSync(PAGE, join(input, 'page.html'));
    copyFileSync(WIRE, join(input, 'wire.txt'));
  });

  it('ingest stores a folder mixing .txt and .html, with the page metadata; query shows title and date', () => {
    const run = cli(['ingest', ws.input, '--db', ws.db, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ seen: 2, ingested: 2, failed: 0 });
    expect(countRows(ws.db)).toBe(2);
    const rows = ndjson(cli(['query', '--speaker', 'Ilse Brandt', '--db', ws.db, '--format', 'ndjson']).stdout);
    expect(rows[0]).toMatchObject({
      article_title: 'Harbour pilots end strike after pay deal',
      published: '2024-03-05T08:15:00Z',
      kind: 'direct',
    });
    const exported = ndjson(cli(['export', '--db', ws.db]).stdout).find((a) => a['title'] === 'Harbour pilots end strike after pay deal');
    expect(exported).toMatchObject({ byline: ['Mara Quill', 'Tomas Verity'], source: 'The Coastal Ledger' });
  });

  it('analyze --input jsonl takes {"id", "html"} lines', () => {
    const input = JSON.stringify({ id: 'p1', html: readFileSync(PAGE, 'utf8') });
    const run = cli(['analyze', '--input', 'jsonl'], { input });
    expect(run.code).toBe(0);
    const [page] = ndjson(run.stdout) as { id: string; title: string; text: string; meta: { published: { value: string; source: string } } }[];
    expect(page?.id).toBe('p1');
    expect(page?.title).toBe('Harbour pilots end strike after pay deal');
    expect(page?.meta.published).toEqual({ value: '2024-03-05T08:15:00Z', source: 'json-ld' });
    expect(page?.text).not.toContain('<');
    expect(page?.text).not.toContain('Share on social');
  });

  it('a page with no story text is named on stderr and the run goes on', () => {
    const run = cli(['analyze', '--input', 'jsonl'], { input: `${JSON.stringify({ id: 'e', html: '<html><body><nav>Home</nav></body></html>' })}\n` });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('corpus: error: e: no article text found in the page\n');
  });
});
