/**
 * The plain document model every pipeline stage reads and writes.
 *
 * All offsets are JavaScript string indices (UTF-16 code units) into `Article.text`,
 * `end` exclusive, so `text.slice(start, end)` is the span's text in any tool.
 */

export interface Span {
  start: number;
  end: number;
}

/** A value found in the article text, with where it was found. */
export interface TextField extends Span {
  value: string;
}

/** Where a metadata value came from, e.g. `json-ld`, `og`, `meta:author`, `dateline`, `text`. */
export type Provenance = string;

export interface MetaValue<T = string> {
  value: T;
  source: Provenance;
}

/** Article metadata beyond the text structure (mostly from HTML pages). */
export interface ArticleMeta {
  title?: MetaValue;
  byline?: MetaValue<string[]>;
  published?: MetaValue;
  modified?: MetaValue;
  siteName?: MetaValue;
  lang?: MetaValue;
  url?: MetaValue;
  description?: MetaValue;
  section?: MetaValue;
  keywords?: MetaValue<string[]>;
}

export interface Dateline extends Span {
  place?: string;
  date?: string;
  agency?: string;
}

export interface Credit extends Span {
  role: string;
  names: string[];
}

/** A headline line; `source` is a trailing outlet tag ("… - Times"), outside the headline's span. */
export interface Headline extends TextField {
  source?: TextField;
}

/** The parts of a wire story that are not body prose. */
export interface Structure {
  headline?: Headline;
  standfirst?: TextField;
  dateline?: Dateline;
  byline?: TextField & { people: string[] };
  credits: Credit[];
  /** Section labels on their own line ("Details", "Reminder", "Read more"). */
  labels: TextField[];
  /** Headlines of related stories embedded in the body. */
  related: Headline[];
  /** Body paragraphs: the prose that sentences, entities and quotes come from. */
  paragraphs: Span[];
}

export interface Sentence extends Span {
  /** Index into `Structure.paragraphs`. */
  paragraph: number;
  /** Id of the rule that ended the sentence (for --explain). */
  rule?: string;
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Mention extends Span {
  /** Id of the rule that recognised this mention (for --explain). */
  rule?: string;
}

/** One entity within one article; the store links it to a canonical entity across articles. */
export interface Entity {
  /** Article-local id, e.g. `e3`. */
  id: string;
  /** The fullest form of the name found in the article. */
  name: string;
  type: EntityType;
  /** Other surface forms in this article (short forms, variants). */
  aliases: string[];
  mentions: Mention[];
}

export const QUOTE_KINDS = ['direct', 'mixed', 'indirect', 'term'] as const;
/** `term` marks scare quotes, titles and nicknames: quoted, but nobody's utterance. */
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Speaker extends Span {
  /** Resolved name (the entity's name when linked, else the surface form). */
  name: string;
  /** The words in the text that point at the speaker: "Peskov", "he", "the official". */
  surface: string;
  /** Article-local entity id. */
  entityId?: string;
  /** Role or title given with the speaker: "Kremlin spokesman". */
  role?: string;
}

/**
 * `start`/`end` is the quote's content: for `direct`, the quoted words; for `mixed`, the whole
 * reported content (what the source is said to have said, without the cue and without a
 * leading "that"), with the verbatim quoted words inside it in `fragments`; for `indirect`, the
 * reported clause.
 */
export interface Quote extends Span {
  kind: QuoteKind;
  /** `mixed` only: the verbatim quoted spans inside the content, without their marks, in order. */
  fragments?: Span[];
  /** Fragments of one utterance interrupted by its attribution share a group number. */
  group?: number;
  /** The speech cue ("said", "according to", ":"), or null when carried from context. */
  cue: string | null;
  cueSpan?: Span;
  speaker: Speaker | null;
  /** Id of the rule that produced the attribution (for --explain). */
  rule: string;
}

/** The input to the pipeline: already decoded text (or HTML) plus where it came from. */
export interface SourceDocument {
  id?: string;
  path?: string;
  sha256: string;
  format: 'text' | 'html';
  /** Decoded text: the article itself for `text`, the page markup for `html`. */
  content: string;
}

export interface Article {
  id?: string;
  path?: string;
  sha256: string;
  title: string | null;
  /** The article text exactly as decoded (or extracted from HTML). */
  text: string;
  meta: ArticleMeta;
  structure: Structure;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}
