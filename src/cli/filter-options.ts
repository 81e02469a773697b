import { Option } from 'commander';
import type { ArticleFilter } from '../store/query.js';
import { dayRange, type DayRange } from './date-flags.js';

/** The article filters `query`, `speakers` and friends share. */
export interface FilterFlags {
  since?: DayRange;
  until?: DayRange;
  source?: string;
  entity?: string[];
  article?: string;
}

const repeat = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function filterOptions(): Option[] {
  return [
    new Option('--since <when>', 'from this day on: 2025-03-07, 2025-03, 2025, or back from today: 7d, 2w, 3m, 1y').argParser((v) => dayRange(v)),
    new Option('--until <when>', 'up to and including this day (same forms as --since)').argParser((v) => dayRange(v)),
    new Option('--source <name>', 'only articles from this agency or site (any case): Reuters, AP, "Harbour Daily"'),
    new Option('--entity <name>', 'the article mentions this entity, and so does the result; repeat: all must be mentioned').argParser(repeat),
    new Option('--article <id|path>', 'only this article (its id, or a file path or the end of one)'),
  ];
}

/** Paths are matched as stored, or by their ending: a leading `./` says nothing. */
function articleRef(ref: string): string {
  return ref.replace(/^(?:\.\/)+/, '');
}

export function articleFilter(flags: FilterFlags): ArticleFilter {
  return {
    ...(flags.since !== undefined ? { since: flags.since.first } : {}),
    ...(flags.until !== undefined ? { until: flags.until.after } : {}),
    ...(flags.source !== undefined ? { source: flags.source } : {}),
    ...(flags.entity !== undefined ? { entities: flags.entity } : {}),
    ...(flags.article !== undefined ? { article: articleRef(flags.article) } : {}),
  };
}
