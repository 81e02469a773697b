/**
 * Ids of the rules that end a sentence, stored on each sentence (`Sentence.rule`) so that
 * `--explain` can say why it ended where it did.
 */
export const SENTENCE_RULES = {
  /** `. ! ?` (and closing quotes or brackets) before white space and a word that is not lower case. */
  terminal: 'terminal-punctuation',
  /** An abbreviation ("Co.", "U.S.", an initial) followed by a sentence starter ("It", "How"). */
  abbreviation: 'abbreviation-before-starter',
  /** A clock time ("6 p.m.") followed by a capitalised word that is not a day or time zone. */
  clock: 'clock-time',
  /** An ellipsis that closes the sentence: "that....", ". . . ." after a space. */
  ellipsis: 'ellipsis',
  /** A period followed by an ellipsis that opens the next sentence: "words. . . . The". */
  periodBeforeEllipsis: 'period-before-ellipsis',
  /** The next item of a numbered, lettered or bulleted list. */
  listItem: 'list-item',
  /** The end of the paragraph, with or without punctuation. */
  paragraphEnd: 'paragraph-end',
} as const;

export type SentenceRule = (typeof SENTENCE_RULES)[keyof typeof SENTENCE_RULES];
