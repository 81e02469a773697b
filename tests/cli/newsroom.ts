import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './run-cli.js';

/**
 * fixtures/newsroom: a small archive written for these tests and the README's examples: two
 * dated wire stories, a syndicated copy of one of them on a website (other headline,
 * boilerplate, trimmed), and an undated story from another agency. People and places are
 * invented.
 */
export const NEWSROOM_DIR = join(FIXTURES, 'newsroom');

/** Copies the archive into `dir` (fresh files, so tests may change their mtimes). */
export function writeNewsroom(dir: string): void {
  for (const name of readdirSync(NEWSROOM_DIR)) copyFileSync(join(NEWSROOM_DIR, name), join(dir, name));
}
