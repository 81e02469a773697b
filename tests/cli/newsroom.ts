import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small newsroom archive written for these tests: two dated wire stories, a syndicated copy
 * of one of them on a website (other headline, boilerplate, trimmed), a distinct story on the
 * same topic, and an undated one. People and places are invented.
 */
export const NEWSROOM: Record<string, { text: string; mtime?: string }> = {
  'port-talks-wire.txt': {
    text: `Dock workers and port agree to keep talking
Published 3 March 2025
ODESSA, March 3 (Reuters) - Negotiators for the dock workers' union and the port authority met again on Monday to settle a long dispute over night shifts and rest hours, officials said.
"We have narrowed the gap on pay and on rest hours, but the night rota is still open," union leader Marta Kovalenko told reporters after the session.
Harbour director Ivan Sorokin said the port would keep its grain terminals open through the week while the talks continued, and that no ship would be turned away.
"Nobody here wants the cranes to stop, least of all the farmers who are waiting on us," Sorokin said.
The two sides plan to meet again on Thursday with a mediator from the labour ministry, who has asked both of them to avoid public statements until then.
Reporting by Ana Lind; Editing by Tom Hale
`,
  },
  'port-talks-copy.html': {
    text: `<!doctype html><html><head><title>Port stays open as union talks go on | Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Port stays open as union talks go on</h1>
<p>Negotiators for the dock workers' union and the port authority met again on Monday to settle a long dispute over night shifts and rest hours, officials said.</p>
<p>"We have narrowed the gap on pay and on rest hours, but the night rota is still open," union leader Marta Kovalenko told reporters after the session.</p>
<p>Harbour director Ivan Sorokin said the port would keep its grain terminals open through the week while the talks continued, and that no ship would be turned away.</p>
<p>"Nobody here wants the cranes to stop, least of all the farmers who are waiting on us," Sorokin said.</p>
<p>Subscribe to our morning newsletter for more stories from the coast.</p>
</article><footer>Copyright Harbour Daily</footer></body></html>`,
  },
  'grain-price-wire.txt': {
    text: `Grain prices climb as port dispute drags on
KYIV, March 20 (Reuters) - Wheat prices rose for a third day on Thursday as traders worried that the labour dispute at the southern port could delay the spring shipments.
"Buyers are nervous and they are paying for that nervousness," said Pavel Adamenko, a trader at a grain house in the capital.
Union leader Marta Kovalenko said the workers had no wish to hurt farmers and would accept a mediator's proposal if it protected rest hours.
Analysts said exports in March were already well below the level of a year earlier.
`,
    mtime: '2025-03-21T10:00:00Z',
  },
  'ferry-strike-ap.txt': {
    text: `Ferry crews walk out over new timetable
HARBOURTON (AP) — Crews on the island ferries stopped work on Friday in protest at a timetable they say leaves them too little rest between crossings.
"We are not against the islanders, we are against twelve-hour days," said Lena Brandt, who speaks for the ferry crews.
The operator said it regretted the strike and that talks would resume next week.
`,
  },
};

/** Writes the archive into `dir`, with the modification times some fixtures depend on. */
export function writeNewsroom(dir: string): void {
  for (const [name, { text, mtime }] of Object.entries(NEWSROOM)) {
    const path = join(dir, name);
    writeFileSync(path, text);
    if (mtime !== undefined) utimesSync(path, new Date(mtime), new Date(mtime));
  }
}
