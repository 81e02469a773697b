/** HTML text and attribute escaping: every value from the database goes through `esc`. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A query string from the non-empty values. */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#1f3a5f;color:#fff;padding:.6em 1.2em}header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:60em;margin:1em auto;padding:0 1em}
form{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;background:#fff;padding:.8em;border:1px solid #ddd;border-radius:6px}
label{display:flex;flex-direction:column;font-size:.8em;color:#555}input{font:inherit;padding:.25em .4em;width:10em}
button{font:inherit;padding:.3em 1em}
table{border-collapse:collapse;width:100%;background:#fff;margin-top:1em}th,td{border-bottom:1px solid #eee;padding:.35em .5em;text-align:left;vertical-align:top}
th{font-size:.8em;color:#555}td.date{white-space:nowrap}
mark{background:#fff2a8;padding:0 .1em}mark.indirect{background:#dbeafe}
.entity{border-bottom:1px dotted #888}
.said{margin:.2em 0 1em 1.5em;font-size:.9em;color:#444}.said b{color:#1f3a5f}
.meta{color:#555;font-size:.9em}.error{color:#a00}
svg rect{fill:#1f3a5f}svg text{font-size:10px;fill:#555}
`;

/** A whole page: strict CSP in the headers, inline style only, no scripts. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · corpus</title><style>${STYLE}</style></head>
<body><header><a href="/">corpus</a></header><main>
${body}
</main></body></html>
`;
}
