import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS } from './lexicons/speakers.js';
import { CHARACTERIZING_VERBS, LISTENER_VERBS, SOURCE_POSSESSIVES, SOURCE_PREPOSITIONS, SPEECH_VERBS } from './lexicons/speech-verbs.js';
import { appositiveName, documentAuthor, phraseEndingAt, phraseStartingAt, subjectEndingAt, withPostModifier, type SpeakerPhrase } from './phrase.js';
import { isPossessive, type Token } from './tokens.js';

/** How a cue introduces speech: a speech verb, a verb that only characterises, a source preposition, a colon. */
export type CueKind = 'speech' | 'characterizing' | 'source' | 'colon';

/** Where the speaker phrase stands relative to the cue. */
export type SpeakerPosition = 'before' | 'after' | 'inherited' | 'none';

export interface Cue {
  kind: CueKind;
  /** Token index of the cue's first word and one past its last. */
  first: number;
  end: number;
  /** The cue as written ("said", "according to", ":"). */
  word: string;
  lemma: string;
  phrase: SpeakerPhrase | null;
  position: SpeakerPosition;
}

/** Longest appositive or relative clause between a name and its cue, in tokens. */
const MAX_APPOSITIVE_TOKENS = 30;
/** Words before a verb form that show it is a noun ("its demands", "recent claims"). */
const NOUN_MARKERS = new Set([
  ...DETERMINERS, 'recent', 'previous', 'any', 'such', 'of', 'no', 'new', 'my', 'your', 'our', 'further',
  // Verbs and prepositions that take a report as a noun: "raised fears that", "amid reports that", "denied claims".
  'raised', 'raising', 'voiced', 'stoked', 'sparked', 'fuelled', 'fueled', 'eased', 'allayed', 'dismissed', 'rejected',
  'denied', 'confirmed', 'amid', 'despite', 'over',
]);
/** Verbs whose object is always the listener, even right after a quote. */
const TELLING = new Set(['tell', 'tells', 'told', 'telling']);
const PASSIVE_HEARSAY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Verbs joined to a speech verb by "to" that keep its subject ("continues to insist", "proceeded to explain"). */
const CATENATIVES = new Set(['continue', 'continues', 'continued', 'continuing', 'proceeded', 'proceeds']);
/** Prepositions before a gerund of speech whose subject is the clause's ("by saying", "for saying", "after saying"). */
const GERUND_PREPOSITIONS = new Set(['by', 'for', 'after', 'before', 'while', 'when', 'without', 'upon', 'since', 'in']);
/** A verb after "and"/"but" shares the subject of the verb before it ("applauded … and reaffirmed that …"). */
const COORDINATORS = new Set(['and', 'but', 'or']);

/** Speech verb forms to their lemma; two-word forms ("pointed out") are keyed by their first word. */
const SPEECH = new Map<string, string>();
const PARTICLES = new Map<string, string>();
for (const forms of SPEECH_VERBS) {
  for (const form of forms) {
    const [head = form, particle] = form.split(' ');
    SPEECH.set(head, forms[0]!);
    if (particle) PARTICLES.set(head, particle);
  }
}
const CHARACTERIZING = new Set(CHARACTERIZING_VERBS);
const SOURCES = SOURCE_PREPOSITIONS.map((phrase) => phrase.split(' '));
const POSSESSIVE_SOURCES = SOURCE_POSSESSIVES.map((phrase) => phrase.split(' '));
const SOURCE_FIRST_WORDS = new Set([...SOURCES, ...POSSESSIVE_SOURCES].map((words) => words[0]!));
/** Every word a cue can start with; any other token but a colon is passed over with one look-up. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...SOURCE_FIRST_WORDS, ...SPEECH.keys(), ...CHARACTERIZING]);
const DASHES = new Set(['-', '–', '—']);
/** "Peskov, asked whether …, said", "Evert, commentating for ESPN, called": a participle opens an appositive. */
const PARTICIPLE = /^\p{Ll}+(?:ed|ing)$/u;
/** "Peskov, 72, said": an age opens an appositive. */
const STARTS_WITH_DIGIT = /^\d/;
/** Words that open a parenthetical between a name and its verb (", in turn,", ", however,"). */
const PARENTHETICAL_OPENERS = new Set(['in', 'however', 'meanwhile', 'though', 'for', 'too', 'who', 'which', 'whose', 'speaking', 'citing']);

/** Longest source described in words of its own after "according to" ("early results of the exit poll conducted by …"), in tokens. */
const MAX_SOURCE_DESCRIPTION = 24;
/** Punctuation that ends such a description. */
const DESCRIPTION_ENDS = new Set([',', '.', ';', ':', '(', ')']);
const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * "according to early results of the exit poll, …", "according to a count by the agency": a
 * source no lexicon names is what the words up to the comma describe, a document of its own (#10).
 */
function sourceDescription(tokens: readonly Token[], first: number, to: number): SpeakerPhrase | null {
  if (!STARTS_WITH_LETTER.test(tokens[first]?.text ?? '')) return null;
  let end = first;
  while (end < to && end - first < MAX_SOURCE_DESCRIPTION && !tokens[end]!.quote && !DESCRIPTION_ENDS.has(tokens[end]!.text)) end++;
  if (end - first >= MAX_SOURCE_DESCRIPTION || tokens[end]?.quote) return null;
  return { kind: 'role', first, end, roleKind: 'document', head: tokens[end - 1]!.lower, definite: false };
}

/** Matches lower-case words; only the first may be capitalised (a sentence opening "According to"). */
function matchesWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (token === undefined || token.lower !== words[k] || (k > 0 && token.text !== words[k])) return false;
  }
  return true;
}

/**
 * Finds speech cues among tokens [from, to) and the speaker phrase each points at. In a headline
 * a verb may be capitalised ("F.T.C. Official Calls Merger ‘a Bad Bargain’"); elsewhere a
 * capitalised word is a name or a sentence's first word.
 */
export function findCues(tokens: readonly Token[], from: number, to: number, headline = false): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.quote || (token.text !== ':' && !CUE_FIRST_WORDS.has(token.lower))) continue;
    const possessive = SOURCE_FIRST_WORDS.has(token.lower) ? POSSESSIVE_SOURCES.find((words) => matchesWords(tokens, i, words)) : undefined;
    if (possessive) {
      const owner = i + possessive.findIndex((word) => PRONOUNS.has(word));
      const phrase: SpeakerPhrase = { kind: 'pronoun', first: owner, end: owner + 1 };
      cues.push({ kind: 'source', first: i, end: i + possessive.length, word: possessive.join(' '), lemma: 'possessive source', phrase, position: 'after' });
      i += possessive.length - 1;
      continue;
    }
    const source = SOURCE_FIRST_WORDS.has(token.lower) ? SOURCES.find((words) => matchesWords(tokens, i, words)) : undefined;
    if (source) {
      const phrase = appositiveName(tokens, documentAuthor(tokens, withPostModifier(tokens, phraseStartingAt(tokens, i + source.length, to), to), to), to) ?? sourceDescription(tokens, i + source.length, to);
      cues.push({ kind: 'source', first: i, end: i + source.length, word: source.join(' '), lemma: source.join(' '), phrase, position: phrase ? 'after' : 'none' });
      i += source.length - 1;
      continue;
    }
    if (token.text === ':') {
      const colon = colonCue(tokens, i, from, to);
      if (colon) cues.push(colon);
      continue;
    }
    if (token.text !== token.lower && !(headline && i > from)) continue;
    const lemma = SPEECH.get(token.lower) ?? (CHARACTERIZING.has(token.lower) ? token.lower : undefined);
    if (lemma === undefined || isNounUse(tokens, i)) continue;
    const particle = PARTICLES.get(token.lower);
    if (particle && tokens[i + 1]?.lower !== particle) continue;
    const end = particle ? i + 2 : i + 1;
    const kind: CueKind = SPEECH.has(token.lower) ? 'speech' : 'characterizing';
    const word = particle ? `${token.text} ${tokens[i + 1]!.text}` : token.text;
    const { phrase, position } = speakerOf(tokens, i, end, from, to);
    cues.push({ kind, first: i, end, word, lemma, phrase, position });
    i = end - 1;
  }
  return cues;
}

/**
 * A colon introducing speech without a verb: `Peskov: “…”` or a headline `Zelenskyy: partners
 * must …` (the name before it), or a headline `‘…’: Syrskyi on …` (the name after the quote).
 * A name that is the object of a verb (`told reporters: “…”`) is the listener, not a cue.
 */
function colonCue(tokens: readonly Token[], at: number, from: number, to: number): Cue | null {
  const cue = (phrase: SpeakerPhrase, position: SpeakerPosition): Cue => ({ kind: 'colon', first: at, end: at + 1, word: ':', lemma: ':', phrase, position });
  if (tokens[at - 1]?.opens === false) {
    const phrase = phraseStartingAt(tokens, at + 1, to);
    return phrase?.kind === 'name' ? cue(phrase, 'after') : null;
  }
  const phrase = phraseEndingAt(tokens, at - 1, from);
  if (!phrase || phrase.kind === 'pronoun') return null;
  const before = tokens[phrase.first - 1];
  // "wrote on X: …", "told reporters in Kyiv: …": a name after a lower-case word is an object, not a speaker.
  if (before && before.text === before.lower && isWord(before.text)) return null;
  return tokens[at + 1]?.opens || phrase.first === from ? cue(phrase, 'before') : null;
}

const WORD = /^\p{L}/u;
function isWord(text: string): boolean {
  return WORD.test(text);
}

function isNounUse(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (!prev) return false;
  if (NOUN_MARKERS.has(prev.lower) || isPossessive(prev)) return true;
  return PASSIVE_HEARSAY.has(prev.lower) && tokens[at + 1]?.lower === 'to';
}

/** The speaker phrase of a verb cue: before it (past adverbs, appositives and `, who`), else after it. */
function speakerOf(tokens: readonly Token[], verb: number, end: number, from: number, to: number): { phrase: SpeakerPhrase | null; position: SpeakerPosition } {
  const word = tokens[verb]!.lower;
  let j = verb - 1;
  while (j >= from) {
    if (BETWEEN_SPEAKER_AND_CUE.has(tokens[j]!.lower)) j--;
    else if (tokens[j]!.lower === 'to' && CATENATIVES.has(tokens[j - 1]?.lower ?? '')) j -= 2;
    else break;
  }
  const at = tokens[j];
  // "…, saying that", "began by saying", "after saying": a gerund with no subject of its own shares the clause's.
  if ((word.endsWith('ing') && (at?.text === ',' || GERUND_PREPOSITIONS.has(at?.lower ?? ''))) || COORDINATORS.has(at?.lower ?? '')) return { phrase: null, position: 'inherited' };
  if (tokens[end]?.lower === 'by' && PASSIVE_HEARSAY.has(tokens[verb - 1]?.lower ?? '')) {
    const agent = phraseStartingAt(tokens, end + 1, to);
    return { phrase: agent, position: agent ? 'after' : 'none' };
  }
  if (at?.lower === 'it' && PASSIVE_HEARSAY.has(tokens[j + 1]?.lower ?? '')) return { phrase: null, position: 'none' };
  if (at && !at.quote && j >= from) {
    if (at.lower === 'who' || at.lower === 'which') {
      // "Con Edison, which maintains 90,000 miles of cable": after "which" only a clause or a quote makes the verb speech.
      if (at.lower === 'which' && !reportFollows(tokens, end, to)) return { phrase: null, position: 'none' };
      const described = tokens[j - 1]?.text === ',' ? nameBeforeAppositive(tokens, j - 1, from) : null;
      if (described) return { phrase: described, position: 'before' };
      const k = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
      const phrase = subjectEndingAt(tokens, k, from);
      if (phrase) return { phrase: nameDescribedByIndefinite(tokens, phrase, from) ?? phrase, position: 'before' };
    } else if (at.text === ',') {
      const phrase = beforeAppositive(tokens, j, from);
      if (phrase) return { phrase, position: 'before' };
    } else {
      const phrase = subjectEndingAt(tokens, j, from);
      if (phrase) return { phrase, position: 'before' };
    }
  }
  const afterQuote = tokens[verb - 1]?.quote !== undefined && tokens[verb - 1]?.opens === false;
  if (!LISTENER_VERBS.has(word) || (afterQuote && !TELLING.has(word))) {
    const phrase = withPostModifier(tokens, phraseStartingAt(tokens, end, to), to);
    if (phrase && phrase.kind !== 'pronoun') return { phrase, position: 'after' };
  }
  // "…, then told the crowd …": a verb after a comma with no subject of its own shares the sentence's.
  return { phrase: null, position: at?.text === ',' ? 'inherited' : 'none' };
}

/**
 * `Yuri Ushakov, a Soviet diplomat and former ambassador, told …`: the name before the opening
 * comma; `Sabalenka's coach, Anton Dubrov, said …`: the name between the commas.
 */
function beforeAppositive(tokens: readonly Token[], closingComma: number, from: number): SpeakerPhrase | null {
  for (let k = closingComma - 1; k > from && closingComma - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.quote || DASHES.has(token.text) || token.text === '.') return null;
    if (token.text !== ',') continue;
    if (!opensAppositive(tokens[k + 1])) {
      const inner = phraseEndingAt(tokens, closingComma - 1, k + 1);
      return inner?.kind === 'name' && inner.first === k + 1 ? inner : null;
    }
    const phrase = subjectEndingAt(tokens, k - 1, from);
    if (phrase && phrase.kind !== 'pronoun') return phrase;
  }
  return null;
}

/** "that" or a colon right after a verb, or a quote mark before the clause's next comma: a report follows. */
function reportFollows(tokens: readonly Token[], end: number, to: number): boolean {
  const next = tokens[end]?.text;
  if (next === 'that' || next === ':') return true;
  for (let k = end; k < to && tokens[k]!.text !== ',' && tokens[k]!.text !== '.'; k++) if (tokens[k]!.opens) return true;
  return false;
}

/**
 * "Gerald Whitcomb, a retired electrician from Kensington, who called …": the name before an
 * appositive that the relative clause after its closing comma describes.
 */
function nameBeforeAppositive(tokens: readonly Token[], closingComma: number, from: number): SpeakerPhrase | null {
  for (let k = closingComma - 1; k > from && closingComma - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.quote || token.text === '.') return null;
    if (token.text !== ',') continue;
    if (!opensAppositive(tokens[k + 1])) return null;
    const named = phraseEndingAt(tokens, k - 1, from);
    return named?.kind === 'name' ? named : null;
  }
  return null;
}

/** "James Lankford, an Oklahoma Republican who warned …": the name an indefinite appositive describes. */
function nameDescribedByIndefinite(tokens: readonly Token[], phrase: SpeakerPhrase, from: number): SpeakerPhrase | null {
  const opener = tokens[phrase.first];
  if (!opener || (opener.lower !== 'a' && opener.lower !== 'an') || tokens[phrase.first - 1]?.text !== ',') return null;
  const named = phraseEndingAt(tokens, phrase.first - 2, from);
  return named?.kind === 'name' ? named : null;
}

/** An appositive opens with a determiner, a title or role, a possessive, or a parenthetical word. */
function opensAppositive(token: Token | undefined): boolean {
  if (!token) return false;
  const word = token.lower;
  if (DETERMINERS.has(word) || TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || PARENTHETICAL_OPENERS.has(word) || isPossessive(token)) return true;
  return token.text === word && (PARTICIPLE.test(word) || STARTS_WITH_DIGIT.test(word));
}

/** True for a speech verb form (`said`, `warned`), for callers that cut clauses at a second report. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH.has(word) && !PARTICLES.has(word);
}
