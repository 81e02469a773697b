/**
 * Ids of the rules that find and type an entity mention, kept on each mention (`Mention.rule`)
 * so that `analyze`, `export` and the database can say why a name got its type. The table is
 * closed: a rule the recognizer applies must be listed here, and TypeScript checks it.
 */
export const ENTITY_RULES = {
  // Local evidence within one run of capitalised words (segment.ts).
  /** A run ending in (or opening with "X of") an organisation head or company suffix: "Foreign Ministry", "Acme Corp". */
  orgHead: 'org-head',
  /** A town with a club word: "Manchester United", "Real Madrid". */
  club: 'club',
  /** A listed home with a plural nickname: "Boston Bruins". */
  team: 'team',
  /** A town or unknown name in a results table ("Leeds 2 Southampton 0"). */
  resultsTable: 'results-table',
  /** A town as one side of a match in a sentence giving a score. */
  scoreClub: 'score-club',
  /** A town after "joined", "played for" … is its club. */
  clubCue: 'club-cue',
  /** "Lake Victoria", "Emirates Stadium". */
  placeHead: 'place-head',
  /** "Kansas City": a city named after a state. */
  placeCity: 'place-city',
  /** "East Africa": a compass word before a listed place. */
  compassPlace: 'compass-place',
  /** A company's short form found in the article after (or before) its full name: "Magna" for "Magna International Inc". */
  orgShortForm: 'org-short-form',
  /** A body whose name ends "in" a country or region: "Human Rights in China". */
  orgPlaceTail: 'org-place-tail',
  /** A name after a title word: "Foreign Minister Sergei Lavrov". */
  title: 'title',
  /** A name after a lower-case role word: "spokesman Dmitry Peskov". */
  roleCue: 'role-cue',
  /** A name opening with a known first name, or with a middle initial. */
  firstName: 'first-name',
  /** A bare acronym: "NATO", "IAEA". */
  acronym: 'acronym',
  /** A headline word kept untyped in case it is a surname. */
  headlineWord: 'headline-word',
  /** A run the local rules could not type (never left on a mention: resolve types or drops it). */
  name: 'name',

  // Gazetteer lists (gazetteer.ts): the list a listed name came from.
  country: 'country',
  usState: 'us-state',
  region: 'region',
  city: 'city',
  nationality: 'nationality',
  /** The hand list of bodies named bare ("Kremlin", "NATO"). */
  organisation: 'organisation',
  /** A news agency from the agency lexicon. */
  agency: 'agency',
  /** A company or organisation from the generated company list, seen with company evidence. */
  company: 'company',
  /** A company name that is unambiguous on its own (not an English word, place or first name). */
  companyListed: 'company-listed',

  // The document-level pass (resolve.ts).
  acronymDefinition: 'acronym-definition',
  consistent: 'consistent',
  consistentContext: 'consistent-context',
  clubConsistent: 'club-consistent',
  saidCue: 'said-cue',
  orgCue: 'org-cue',
  /** "X said in a statement", "shares of X", "X's chief executive": company context around a name. */
  companyContext: 'company-context',
  locative: 'locative',
  placeOf: 'place-of',
  age: 'age',
  apposition: 'apposition',
  commaPlace: 'comma-place',
  placeNoun: 'place-noun',
  theName: 'the-name',
  nameShape: 'name-shape',
  surname: 'surname',
  /** A lone first name that opens the full name of one person in the article: "Ivo" after "Ivo Marsh". */
  givenName: 'given-name',
  hyphen: 'hyphen',
  /** A person's evidence in the article (full name, title, first name) outweighs a place list: "Obama" after "Barack Obama". */
  personOverPlace: 'person-over-place',
  /** A person's evidence in the article, or a person on record, outweighs a body's context: "the Doe camp" after "Sen. Doe". */
  personOverBody: 'person-over-body',
  /** A place name used as a sports side or a body ("Oklahoma beat Texas", "Washington said"). */
  placeAsBody: 'place-as-body',

  // Structure of wire copy (structural.ts).
  /** The place of a dateline: "LONDON (Reuters) -". */
  datelinePlace: 'dateline-place',
  /** The agency of a dateline: "(Reuters)". */
  datelineAgency: 'dateline-agency',
  /** A photo credit: "REUTERS/Jane Doe" (the agency and the photographer). */
  photoCredit: 'photo-credit',
  /** A person named in the byline. */
  byline: 'byline',
  /** A person (or agency) named in a credit line: "(Reporting by …; Editing by …)". */
  credit: 'credit',

  /** A name the database already knows from earlier articles (known-names.ts). */
  knownName: 'known-name',

  /** A weekday or written-out date. */
  date: 'date',
} as const;

export type EntityRule = (typeof ENTITY_RULES)[keyof typeof ENTITY_RULES];
