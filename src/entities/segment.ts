/**
 * Splits one run of capitalised words into typed candidates, from local evidence only. The
 * rules are tried at each position in this order, each with an id kept on the mention:
 *   1. opener    — drop words that never start a name ("The", "However", months) and positional
 *                  capitals that are ordinary words ("Meanwhile", "Details")
 *   2. org-head  — a run ending in, or opening with "X of", an organisation head word or company
 *                  suffix is one ORG: "Russian Defence Ministry", "Institute for the Study of War";
 *                  it wins over a listed phrase only when the head lies beyond that phrase
 *   3. gazetteer — the longest listed phrase: places, nationalities, well-known organisations;
 *                  a compass word before a listed place joins it ("East Africa"); a town
 *                  with a club word is the club ("Manchester United", "Real Madrid")
 *   4. place-head — "Lake Victoria", "Emirates Stadium"
 *   5. title     — title and role words are skipped and mark what follows as a person:
 *                  "Foreign Minister Sergei Lavrov" → PERSON "Sergei Lavrov" (CoNLL convention)
 *   6. name      — the remaining words up to the next title, place or connector; PERSON when a
 *                  title, a role cue ("spokesman"), a first name or a middle initial says so,
 *                  ORG for a bare acronym, otherwise left untyped for the document-level pass.
 * In a results table ("Leeds 2 Southampton 0") a run opening with a town ("Manchester United")
 * and unlisted names are clubs (ORG), as in CoNLL-2003; so are towns in a sentence giving a
 * score, when a match verb or cue stands next to them ("Leeds won 2-1", "lost to Leeds"). Countries stay places (national
 * sides are tagged LOC there). Player tables carry "( U.S. )" and so are not results tables.
 * A town after "joined", "played for" … is its club too (`club-cue.ts`).
 */
import type { EntityType, Span } from '../model.js';
import { hasClubCue } from './club-cue.js';
import type { EntityRule } from './rules.js';
import { hasCommonLowerCase, isOrdinaryWord, mayBeThirdPersonVerb } from './lexicons/english.js';
import { HEADLINE_VERBS } from './lexicons/headline-verbs.js';
import {
  isClubPrefix, isClubSuffix, isCompanySuffix, longestPhraseFrom, isCompassWord, isFirstName, isNotName, isOrgHead, isPlaceHeadAfter,
  isPlaceHeadBefore, isRoleCue, isTitleWord, lookup, type GazetteerEntry,
} from './gazetteer.js';
import { NAME_SUFFIX, isSpaceGap, phrase, wordAfter, type Run } from './words.js';
import { SURNAME_TITLES } from './lexicons/titles.js';
import { ATTACHED_PARTICLE_PATTERN, NAME_PARTICLE_PATTERN } from '../lexicons/name-particles.js';

export interface Candidate extends Span {
  /** Undefined while only the document-level pass can type it. */
  type: EntityType | undefined;
  rule: EntityRule;
  /** Surface text of the span. */
  surface: string;
  /** The gazetteer's canonical name, when the span is a listed alias. */
  canonical?: string;
  /** The span's words, for surname matching. */
  words: string[];
  /** Where each word is, so a hyphenated compound ("Trump-Putin") can be split later. */
  wordSpans: Span[];
  /** True when a hyphen joins two of the words. */
  hyphenated: boolean;
  /** True when the span opens its sentence or a quotation, or sits in a headline. */
  opener: boolean;
}

export interface SentenceContext {
  /** Headline case or all capitals: every capital is positional. */
  headline: boolean;
  /** A results table ("Leeds 2 Southampton 0"): towns and unknown names there are clubs. */
  table: boolean;
  /** The sentence gives a match score ("beat Leeds 2-1"): towns playing in it are clubs. */
  scores: boolean;
  /** The article text, for the words around a run. */
  text: string;
  /** The lower-case word right before the run ("spokesman", "in"), or ''. */
  wordBefore: string;
}

/** Names longer than this are rarely one person: "Mohammed bin Salman Al Saud" is the long end. */
const MAX_NAME_WORDS = 5;
/** An organisation head is looked for this many words ahead at most: "Russian Defence Ministry". */
const MAX_WORDS_BEFORE_HEAD = 6;
/** An organisation's tail past its head is this many words at most ("… of the CIS Countries of the Russian Foreign Ministry"). */
const MAX_WORDS_AFTER_HEAD = 12;
/** Acronyms are typed ORG only within this length; longer all-caps words are shouting. */
const ACRONYM_LENGTH = { min: 2, max: 6 } as const;
/** All-caps English words this long or longer are shouting, not initials ("NEWS", "DIGEST"). */
const SHOUTED_WORD_LENGTH = 4;
/** All-caps words at least this long are also looked up title-cased ("MOSCOW" → "Moscow"). */
const SHOUTED_MIN_LENGTH = 3;

/** Lists of places whose names are also surnames: "Warren", "Jordan", "Austin". */
const SURNAME_PLACE_LISTS = new Set(['city', 'us-state', 'country']);
const SURNAME_TITLE_WORDS: ReadonlySet<string> = new Set(SURNAME_TITLES);
const headlineVerbs: ReadonlySet<string> = new Set(HEADLINE_VERBS);
/** Lists whose places are home to teams with nicknames: "Boston Bruins", "Minnesota Vikings". */
const TEAM_HOMES = new Set(['city', 'us-state']);
/** Team nicknames are plurals ("Bruins", "Blue Jays") or the odd "Sox". */
const TEAM_NICKNAME_END = /^\p{Lu}\p{Ll}+(?:[^s]s|Sox)$/u;
/** "Blue Jays", "Red Wings": the longest nickname. */
const MAX_NICKNAME_WORDS = 2;
const CITY_WORD = 'City';
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]+$/u;
/** Capitals that are not an organisation's initials: with digits ("V6", "BEL20"), Roman numerals ("III", "XIV"). */
const NOT_ORG_ACRONYM = /\d|^X{0,3}(?:IX|IV|V?I{0,3})$/;
const ALL_CAPS = /^[\p{Lu}\d&.'’-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Gaps that keep a person name together: space, hyphen, particles ("de", "van", "al-", "bin"). */
const NAME_GAP = new RegExp(`^(?:[ \\t]+|-|[ \\t]+(?:(?:${NAME_PARTICLE_PATTERN})[ \\t]+){1,2}|[ \\t]+(?:${ATTACHED_PARTICLE_PATTERN})-)$`);
/** "Volcanology and Geological Disaster Mitigation Centre", "Procter & Gamble Co": joins before a head. */
const AND_GAP = /^[ \t]+(?:and|&)[ \t]+$/;
/** A conjunction with an article opens a second name: "the Institute and the Museum". */
const AND_THE_GAP = /^[ \t]+(?:and|&)[ \t]+the[ \t]+$/;
/** Gaps that continue an organisation's tail: "Ministry of Foreign Affairs", "Institute for the Study of War". */
const ORG_TAIL_GAP = /^[ \t]+(?:of|for|on|and|&)(?:[ \t]+the)?[ \t]+$/;
/** Verbs after a side in a match report: "Leeds beat …". */
const MATCH_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'won', 'win', 'wins', 'defeated', 'thrashed', 'edged', 'routed', 'overcame', 'hammered', 'held']);
/** Words before a side in a match report: "beat Leeds", "lost to Leeds", "drew with Leeds". */
const MATCH_OBJECT_CUES = new Set(['beat', 'beating', 'against', 'over', 'with', 'to', 'defeated', 'thrashed', 'edged', 'routed', 'hammered', 'host', 'hosts', 'visit', 'visiting', 'face', 'faces', 'play', 'plays']);
/** Title words that name a person's office, so a run holding one is not an organisation. */
const PERSONAL_TITLES = new Set([
  'President', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'King', 'Queen', 'Prince',
  'Pope', 'Chancellor', 'Premier', 'Spokesman', 'Spokeswoman', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Gen.', 'Judge',
  'Ambassador', 'Envoy', 'Chairman', 'Leader',
]);

function titleCase(word: string): string {
  return word.length >= SHOUTED_MIN_LENGTH && ALL_CAPS.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

function hasHyphen(gaps: readonly string[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (gaps[k] === '-') return true;
  return false;
}

/** A title word, or a capitalised role word ("Prosecutor", "Analyst"). */
function isTitle(word: string): boolean {
  return (isTitleWord(word) || isRoleCue(word.toLowerCase())) && !isFirstName(word);
}

export function segmentRun(run: Run, context: SentenceContext): Candidate[] {
  return new RunSegmenter(run, context).segment();
}

/** Walks one run left to right; each rule method returns the next position, or undefined when it does not apply. */
class RunSegmenter {
  private readonly candidates: Candidate[] = [];
  private readonly n: number;
  /** Some word is in capitals ("MOSCOW"): look phrases up title-cased too. */
  private readonly shouted: boolean;
  private readonly listedEnds = new Map<number, number>();
  /** A title was just skipped: the name that follows is a person. */
  private titled = false;

  constructor(private readonly run: Run, private readonly context: SentenceContext) {
    this.n = run.words.length;
    this.shouted = run.words.some((w) => w.text !== titleCase(w.text));
  }

  segment(): Candidate[] {
    let i = 0;
    while (i < this.n) {
      i = this.skipOpener(i) ?? this.organisation(i) ?? this.clubBefore(i) ?? this.listed(i) ?? this.compassPlace(i) ??
        this.placeBefore(i) ?? this.title(i) ?? this.name(i);
    }
    return this.candidates;
  }

  private text(k: number): string {
    return this.run.words[k]?.text ?? '';
  }

  private gap(k: number): string {
    return this.run.gaps[k] ?? '';
  }

  private positional(i: number): boolean {
    return (this.run.words[i]?.opener === true && !this.context.table) || this.context.headline;
  }

  private lookupAt(i: number, j: number): GazetteerEntry | undefined {
    const found = lookup(phrase(this.run, i, j));
    if (found || !this.shouted) return found;
    return lookup(this.run.words.slice(i, j + 1).map((w) => titleCase(w.text)).join(' '));
  }

  /** Longest gazetteer phrase starting at i: its last index, or -1 (memoised). */
  private longestListed(i: number): number {
    const known = this.listedEnds.get(i);
    if (known !== undefined) return known;
    const word = this.text(i);
    const most = Math.max(longestPhraseFrom(word), this.shouted ? longestPhraseFrom(titleCase(word)) : 0);
    let found = -1;
    for (let j = Math.min(this.n - 1, i + most - 1); j >= i && found < 0; j--) if (this.lookupAt(i, j)) found = j;
    this.listedEnds.set(i, found);
    return found;
  }

  private emit(i: number, j: number, type: EntityType | undefined, rule: EntityRule, canonical?: string): number {
    const first = this.run.words[i];
    const last = this.run.words[j];
    if (first && last) {
      const surface = phrase(this.run, i, j);
      const span = this.run.words.slice(i, j + 1);
      const candidate: Candidate = {
        start: first.start, end: last.end, type, rule, surface, words: span.map((w) => w.text), wordSpans: span,
        hyphenated: hasHyphen(this.run.gaps, i, j), opener: this.positional(i),
      };
      if (canonical !== undefined && canonical !== surface) candidate.canonical = canonical;
      this.candidates.push(candidate);
    }
    this.titled = false;
    return j + 1;
  }

  /**
   * Rule 1: words that never start a name, and ordinary words capitalised by position. In a
   * headline an ordinary word may still be a surname ("SINNER BEATS ZVEREV"), so it is kept,
   * untyped, for the document-level pass to link or drop.
   */
  private skipOpener(i: number): number | undefined {
    if (this.longestListed(i) >= 0) return undefined;
    const word = titleCase(this.text(i));
    if (isNotName(this.text(i)) || isNotName(word)) {
      /** "Mr.", "Ms." name no one themselves, but mark what follows as a person, as a title does. */
      if (SURNAME_TITLE_WORDS.has(this.text(i))) this.titled = true;
      return i + 1;
    }
    if (!this.positional(i) || !isOrdinaryWord(word) || isFirstName(word) || isTitle(word)) return undefined;
    return this.context.headline ? this.emit(i, i, undefined, 'headline-word') : i + 1;
  }

  /** Rule 2: a run up to an organisation head, when the head lies beyond any listed phrase. */
  private organisation(i: number): number | undefined {
    const listed = this.longestListed(i);
    const head = this.orgHeadFrom(i);
    if (head < 0) return undefined;
    const end = this.orgEnd(head);
    /** "U.S. Senate": a listed place before a head that is itself a listed body stays apart. */
    const bodyAfterPlace = listed >= 0 && head === listed + 1 && end === head && lookup(this.text(head))?.type === 'ORG';
    return end > listed && !bodyAfterPlace ? this.emit(i, end, 'ORG', 'org-head') : undefined;
  }

  /** Index of an organisation head the words from i lead to without a person or place in between, or -1. */
  private orgHeadFrom(i: number): number {
    for (let j = i; j < Math.min(this.n, i + MAX_WORDS_BEFORE_HEAD + 1); j++) {
      const word = this.text(j);
      if (isOrgHead(word) && (j > i || ORG_TAIL_GAP.test(this.gap(j)))) return j;
      if (PERSONAL_TITLES.has(word)) return -1;
      if (j > i && ((!isSpaceGap(this.run, j - 1) && !AND_GAP.test(this.gap(j - 1))) || this.listedOrganisationBreak(j))) return -1;
      /** "Boris Kell and European Commission officials": a person's name before "and" is an entity of its own. */
      if (j - 1 > i && AND_GAP.test(this.gap(j - 1)) && isFirstName(this.text(i))) return -1;
    }
    return -1;
  }

  /**
   * A listed phrase inside a run stops the search for a head, unless it is a nationality or a
   * place that a name may carry before its head: "Fiji Labour Party", "George Washington University".
   */
  private listedOrganisationBreak(j: number): boolean {
    const end = this.longestListed(j);
    if (end < 0) return false;
    const entry = this.lookupAt(j, end);
    return entry?.type !== 'NORP' && entry?.type !== 'GPE' && entry?.list !== 'company-listed';
  }

  /** Extends an organisation past its head: more heads, suffixes and "of …" tails. */
  private orgEnd(head: number): number {
    let end = head;
    let inTail = false;
    while (end + 1 < this.n && end - head < MAX_WORDS_AFTER_HEAD) {
      const next = this.text(end + 1);
      const gap = this.gap(end);
      /**
       * "the Institute and the Museum", "Ministry and Council" are two bodies; "Ministry of Trade and Industry"
       * is one, and so is "Securities and Exchange Commission", where a name and a head follow the "and"
       * (a company suffix closes a name: "Acme Inc. and Bolt Corp." are two).
       */
      const joinsHeads = end + 2 < this.n && isSpaceGap(this.run, end + 1) && isOrgHead(this.text(end + 2)) && !isCompanySuffix(this.text(end));
      if (AND_GAP.test(gap) ? !inTail && !joinsHeads : AND_THE_GAP.test(gap)) break;
      if (ORG_TAIL_GAP.test(gap)) inTail = true;
      else if (!isSpaceGap(this.run, end) || !(inTail || isOrgHead(next) || isCompanySuffix(next))) break;
      if (isNotName(next) || PERSONAL_TITLES.has(next)) break;
      end++;
    }
    return end;
  }

  /** Rule 3: the longest listed phrase, with the town-and-club and place-head variants. */
  private listed(i: number): number | undefined {
    const listed = this.longestListed(i);
    if (listed < 0) return undefined;
    const word = this.text(i);
    const next = listed + 1 < this.n && isSpaceGap(this.run, listed) ? this.text(listed + 1) : '';
    /** "Jordan Henderson": a first name that is also a place, before an unlisted name. */
    const firstName = listed === i && isFirstName(word) && next !== '' && (this.longestListed(i + 1) < 0 || this.surnameAfter(i, i)) &&
      !isTitle(next) && !isClubSuffix(next) && !isPlaceHeadAfter(next);
    /** "Ms. Warren", "Sen. Jordan Austin": after a title, a listed place opens the person's name. */
    const titledName = listed === i && i > 0 && isSpaceGap(this.run, i - 1) && SURNAME_TITLE_WORDS.has(this.text(i - 1)) &&
      SURNAME_PLACE_LISTS.has(this.lookupAt(i, i)?.list ?? '');
    if (firstName || titledName) return undefined;
    const entry = this.lookupAt(i, listed);
    if (!entry) return undefined;
    if (entry.list === 'city' && next !== '' && isClubSuffix(next)) return this.emit(i, listed + 1, 'ORG', 'club');
    const nickname = TEAM_HOMES.has(entry.list) && !this.context.headline ? this.teamNicknameEnd(listed) : -1;
    if (nickname > listed) return this.emit(i, nickname, 'ORG', 'team');
    /** Towns and US states field clubs and college sides ("Oklahoma beat Texas 28-21"); countries' sides stay places. */
    const home = TEAM_HOMES.has(entry.list);
    if (home && this.context.table) return this.emit(i, this.n - 1, 'ORG', 'results-table');
    if (home && this.context.scores && this.playsInMatch(i, listed)) return this.emit(i, listed, 'ORG', 'score-club');
    if (entry.list === 'city' && i === 0 && listed === this.n - 1 && hasClubCue(this.context.text, this.run.words[0]?.start ?? 0)) {
      return this.emit(i, listed, 'ORG', 'club-cue');
    }
    if (entry.type === 'GPE' && next !== '' && isPlaceHeadAfter(next)) return this.emit(i, listed + 1, 'LOC', 'place-head');
    /** "Kansas City", "Atlantic City": a city named after a state or region ("Leicester City" is a club, above). */
    if (entry.list !== 'city' && entry.type !== 'NORP' && next === CITY_WORD) return this.emit(i, listed + 1, 'GPE', 'place-city');
    return this.emit(i, listed, entry.type, entry.list, entry.canonical);
  }

  /**
   * "Boston Bruins", "Toronto Blue Jays": after a listed home, one or two unlisted capitalised
   * words ending in a plural are a team's nickname. Returns the nickname's last index, or -1.
   */
  private teamNicknameEnd(home: number): number {
    for (let j = home + 1; j <= Math.min(this.n - 1, home + MAX_NICKNAME_WORDS); j++) {
      const word = this.text(j);
      if (!isSpaceGap(this.run, j - 1) || this.longestListed(j) >= 0 || isTitle(word) || isNotName(word) || isFirstName(word)) return -1;
      if (isOrgHead(word) || isPlaceHeadAfter(word) || ALL_CAPS.test(word)) return -1;
      if (TEAM_NICKNAME_END.test(word)) return j;
    }
    return -1;
  }

  /** "Real Madrid", "Inter Milan": a club word before a listed town. */
  private clubBefore(i: number): number | undefined {
    if (!isClubPrefix(this.text(i)) || i + 1 >= this.n || !isSpaceGap(this.run, i)) return undefined;
    const town = this.longestListed(i + 1);
    if (town < 0 || this.lookupAt(i + 1, town)?.list !== 'city') return undefined;
    return this.emit(i, town, 'ORG', 'club');
  }

  /** "Leeds beat Everton 2-1", "lost to Leeds": a town as one side of a match. */
  private playsInMatch(i: number, j: number): boolean {
    const first = this.run.words[i];
    const last = this.run.words[j];
    if (!first || !last || i > 0 || j < this.n - 1) return false;
    return MATCH_VERBS.has(wordAfter(this.context.text, last.end)) || MATCH_OBJECT_CUES.has(this.context.wordBefore);
  }

  /** "East Africa", "Northern Ireland": a compass word before a listed place. */
  private compassPlace(i: number): number | undefined {
    if (!isCompassWord(this.text(i)) || i + 1 >= this.n || !isSpaceGap(this.run, i)) return undefined;
    const end = this.longestListed(i + 1);
    if (end < 0 || this.lookupAt(i + 1, i + 1)?.type === 'NORP') return undefined;
    return this.emit(i, end, 'LOC', 'compass-place');
  }

  /** Rule 4: "Lake Victoria", "Mount Kenya". */
  private placeBefore(i: number): number | undefined {
    if (!isPlaceHeadBefore(this.text(i)) || i + 1 >= this.n || !isSpaceGap(this.run, i)) return undefined;
    return this.emit(i, i + 1, 'LOC', 'place-head');
  }

  /** Rule 5: title and role words are skipped and mark the name after them. */
  private title(i: number): number | undefined {
    const word = this.text(i);
    /** "King Norodom Sihanouk", "Mayor Ana Ruiz": a title that is also a first name opens a run as the title. */
    const leadingTitle = i === 0 && i + 1 < this.n && isSpaceGap(this.run, i) && isTitleWord(word) && !this.context.headline;
    /** "Premier League", "Chief Executive Office": a title word before an organisation head names no one. */
    if (!(isTitle(word) || leadingTitle) || (i + 1 < this.n && isOrgHead(this.text(i + 1)))) return undefined;
    this.titled = true;
    return i + 1;
  }

  /**
   * After a middle initial comes the surname, even one that is also a place ("Charles B.
   * Davenport"); so does a lone town's name after a first name ("Manuel Belgrano", "Paris Hilton").
   */
  private surnameAfter(i: number, j: number): boolean {
    if (j > i) return INITIAL.test(this.text(j));
    const end = this.longestListed(j + 1);
    return end === j + 1 && isFirstName(this.text(i)) && !this.context.headline && this.lookupAt(j + 1, end)?.list === 'city';
  }

  /**
   * "Gary Player", "John Major": a role word right after a first name is a surname; so is a title
   * word that closes the run (one followed by a name is a title: "… Anna, President Zelensky").
   */
  private roleSurname(i: number, j: number): boolean {
    const next = this.text(j + 1);
    const closesRun = j + 2 >= this.n;
    return j === i && isFirstName(this.text(i)) && (closesRun || !isTitleWord(next)) && !this.context.headline;
  }

  /**
   * "Jo Doe Hits Back", "Doe Slams Plan": in a headline, a verb in the third person ends a name
   * of two words, or of one that is no first name ("Ken Banks" keeps its surname).
   */
  private headlineVerb(i: number, j: number, next: string): boolean {
    return (j > i || !isFirstName(this.text(i))) && (headlineVerbs.has(next) || mayBeThirdPersonVerb(titleCase(next)));
  }

  /** Is word k a listed company's one-word name? */
  private isCompanyAt(k: number): boolean {
    return this.longestListed(k) === k && this.lookupAt(k, k)?.list === 'company-listed';
  }

  /** Rule 6: the name up to the next title, place or connector. */
  private name(i: number): number {
    const word = this.text(i);
    /** "Rival Honda", "Top seed Jannik Sinner": an opener that is also a common word, before a name. */
    if (this.positional(i) && i + 1 < this.n && isSpaceGap(this.run, i) && hasCommonLowerCase(word) && !isFirstName(word)) {
      return this.context.headline ? this.emit(i, i, undefined, 'headline-word') : i + 1;
    }
    let j = i;
    while (j + 1 < this.n && j - i + 1 < MAX_NAME_WORDS && NAME_GAP.test(this.gap(j))) {
      const next = this.text(j + 1);
      const listed = this.longestListed(j + 1) >= 0 && !isFirstName(next) && !this.surnameAfter(i, j) && !this.isCompanyAt(j + 1);
      if ((isTitle(next) && !this.roleSurname(i, j)) || isNotName(next) || listed) break;
      if (this.context.headline && (isOrdinaryWord(titleCase(next)) || this.headlineVerb(i, j, next))) break;
      j++;
    }
    if (j + 1 < this.n && NAME_SUFFIX.test(this.text(j + 1))) j++;
    if (j > i && isPlaceHeadAfter(this.text(j))) return this.emit(i, j, 'LOC', 'place-head');
    const span = this.run.words.slice(i, j + 1);
    const cuedByRole = i === 0 && isRoleCue(this.context.wordBefore);
    const nameLike = isFirstName(word) || span.some((w) => !hasCommonLowerCase(w.text) || !isOrdinaryWord(w.text));
    if ((this.titled || cuedByRole) && nameLike) return this.emit(i, j, 'PERSON', this.titled ? 'title' : 'role-cue');
    if ((j > i && isFirstName(word)) || span.slice(1, -1).some((w) => INITIAL.test(w.text))) return this.emit(i, j, 'PERSON', 'first-name');
    /** "DIGEST", "UPDATE": a shouted English word is no organisation's initials. */
    const acronym = i === j && ACRONYM.test(word) && !NOT_ORG_ACRONYM.test(word) && word.length >= ACRONYM_LENGTH.min &&
      word.length <= ACRONYM_LENGTH.max && !(word.length >= SHOUTED_WORD_LENGTH && hasCommonLowerCase(word));
    /** A lone capital ("N / A", "Plan B") names nothing. */
    if (i === j && word.length === 1) return i + 1;
    if (acronym && !this.context.headline) return this.emit(i, j, 'ORG', 'acronym');
    /** "J.C. Penney", "LM Ericsson": a listed company's name inside a longer name makes it that company. */
    if (j > i && span.some((_, k) => this.isCompanyAt(i + k))) return this.emit(i, j, 'ORG', 'company');
    if (this.context.table) return this.emit(i, j, 'ORG', 'results-table');
    if (this.context.scores && this.playsInMatch(i, j)) return this.emit(i, j, 'ORG', 'score-club');
    return this.emit(i, j, undefined, 'name');
  }
}
