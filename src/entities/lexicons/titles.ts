/**
 * Titles and roles that precede a person's name. Hand-compiled from wire-style usage. A title is
 * not part of the PERSON span ("President Donald Trump" → "Donald Trump"), as in CoNLL-2003.
 */

/** Capitalised title words that may open a run before the name (also inside "Deputy Foreign Minister"). */
export const TITLE_WORDS: readonly string[] = [
  'President', 'Vice', 'Prime', 'Minister', 'Foreign', 'Defence', 'Defense', 'Finance', 'Deputy', 'Secretary',
  'General', 'Attorney', 'State', 'Chancellor', 'Premier', 'King', 'Queen', 'Prince', 'Princess', 'Crown',
  'Emperor', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Patriarch', 'Rev.', 'Reverend', 'Father', 'Sheikh',
  'Emir', 'Sultan', 'Ayatollah', 'Imam', 'Rabbi', 'Ambassador', 'Envoy', 'Special', 'Senator', 'Sen.',
  'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'Judge', 'Justice',
  'Chief', 'Executive', 'Chairman', 'Chairwoman', 'Chair', 'Speaker', 'Leader', 'Commander', 'Colonel',
  'Col.', 'Lieutenant', 'Lt.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Sergeant', 'Sgt.', 'Admiral', 'Adm.',
  'Gen.', 'Marshal', 'Field', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof.', 'Professor',
  'Sir', 'Dame', 'Lord', 'Lady', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Aide', 'Adviser', 'Advisor',
  'Economy', 'Interior', 'Trade', 'Health', 'Commerce', 'Treasury', 'Agriculture', 'Education', 'Culture',
  'Labour', 'Labor', 'Transport', 'Home', 'First', 'Former', 'Acting',
  'Presidential', 'Opposition', 'Supreme', 'Coach', 'Manager', 'Director', 'Head', 'Majority',
  'Minority', 'Whip', 'Senior', 'Junior',
];

/**
 * Honorifics and offices that stand before a surname, and only before a person's name: after one,
 * a word that is also a listed place is the person's name ("Ms. Warren", "Sen. Jordan").
 */
export const SURNAME_TITLES: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Sen.', 'Senator', 'Rep.', 'Representative',
  'Congressman', 'Congresswoman', 'Gov.', 'Governor', 'Mayor', 'Judge',
];

/**
 * Nouns a person's surname modifies after "the": "the Doe administration", "the Doe campaign".
 * Hand-compiled from news usage; a role word ("the Doe aide") counts too (ROLE_CUES).
 */
export const PERSON_HOLDINGS: readonly string[] = [
  'administration', 'campaign', 'camp', 'presidency', 'era', 'family', 'government', 'regime', 'supporters',
  'loyalists', 'allies', 'voters', 'team', 'staff', 'years', 'doctrine', 'agenda', 'candidacy', 'transition',
];

/** Lower-case role words right before a capitalised run: "spokesman Dmitry Peskov". */
export const ROLE_CUES: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'aide', 'adviser', 'advisor', 'minister', 'president',
  'chief', 'leader', 'official', 'diplomat', 'ambassador', 'negotiator', 'commander', 'general', 'lawmaker',
  'senator', 'governor', 'mayor', 'secretary', 'chairman', 'chairwoman', 'director', 'head', 'executive',
  'analyst', 'economist', 'strategist', 'correspondent', 'reporter', 'editor', 'author', 'historian', 'expert',
  'professor', 'researcher', 'colleague', 'counterpart', 'successor', 'predecessor', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'coach', 'manager', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'captain', 'player', 'champion', 'singer', 'actor', 'actress',
  'founder', 'billionaire', 'businessman', 'businesswoman', 'judge', 'prosecutor', 'lawyer', 'attorney',
  'candidate', 'nominee', 'seed', 'host', 'premier', 'chancellor', 'pope', 'king', 'queen', 'prince', 'dictator', 'tycoon',
];

/** Words after a run that mark it as a person: "…, who", "Peskov said". */
export const PERSON_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'wrote', 'asked', 'argued', 'insisted', 'noted', 'warned',
  'stressed', 'explained', 'recalled', 'acknowledged', 'admitted', 'replied', 'responded', 'believes',
  'thinks', 'who', 'whose', 'himself', 'herself',
];
