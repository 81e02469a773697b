/**
 * Words that make up or surround a speaker phrase in news copy. Compiled by hand from wire
 * style (AP and Reuters title conventions) and the attribution phrases of wire stories.
 */

/** Personal pronouns that can stand for a speaker, with the kind of antecedent they take. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'thing'> = new Map([
  ['he', 'male'], ['him', 'male'], ['she', 'female'], ['her', 'female'],
  ['they', 'plural'], ['them', 'plural'], ['their', 'plural'], ['his', 'male'], ['it', 'thing'], ['its', 'thing'],
]);

/** Titles and ranks written before names ("Deputy Foreign Minister", "Vice President"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'secretary', 'state', 'general', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'chair', 'chief', 'head', 'director', 'ambassador', 'envoy', 'special', 'senator', 'sen.',
  'representative', 'rep.', 'governor', 'gov.', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'pope',
  'leader', 'commander', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'gen.', 'admiral', 'sergeant',
  'captain', 'capt.', 'judge', 'justice', 'speaker', 'senior', 'top', 'former', 'acting', 'first', 'lady',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sgt.', 'mr', 'mrs', 'ms', 'dr', 'professor', 'sir', 'dame', 'lord', 'aide', 'adviser', 'advisor',
  'assistant', 'counterpart', 'negotiator', 'official', 'executive', 'ceo', 'founder', 'presidential',
  'national', 'security', 'council', 'press', 'chairperson', 'economy', 'health', 'justice', 'trade',
  'energy', 'affairs', 'mp', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'premier',
  'patriarch', 'metropolitan', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'ombudsman',
  'prosecutor', 'commissioner', 'administrator', 'high', 'officer', 'director-general', 'secretary-general', 'pontiff', 'coach', 'manager', 'analyst', 'expert', 'economist',
  'strategist', 'researcher', 'scholar', 'journalist', 'correspondent', 'editor', 'columnist', 'new',
  'outgoing', 'incoming', 'interim', 'late',
]);

/**
 * `document`: a report, filing, statement, poll or set of records that "says" something itself
 * (#10); it speaks as described ("the filing"), and refers back only to a document of the same name.
 */
export type RoleKind = 'person' | 'people' | 'media' | 'body' | 'document';

/**
 * Head nouns of speaker phrases without a name: "the presidential aide", "ISW analysts",
 * "the newspaper", "the ministry". The kind decides which earlier speaker a definite one
 * ("the official") refers back to.
 */
export const ROLE_NOUNS: ReadonlyMap<string, RoleKind> = new Map<string, RoleKind>([
  ...(['official', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'diplomat', 'president',
    'leader', 'envoy', 'ambassador', 'negotiator', 'adviser', 'advisor', 'senator', 'lawmaker', 'politician',
    'chief', 'head', 'commander', 'general', 'officer', 'source', 'analyst', 'expert', 'economist', 'resident',
    'witness', 'director', 'chairman', 'secretary', 'deputy', 'premier', 'chancellor', 'governor', 'mayor',
    'prosecutor', 'judge', 'lawyer', 'attorney', 'representative', 'member', 'mp', 'author', 'researcher',
    'scientist', 'activist', 'soldier', 'man', 'woman', 'executive', 'owner', 'founder', 'professor',
    'strategist', 'observer', 'insider', 'candidate', 'person', 'ombudsman', 'counterpart', 'host', 'interviewer',
    'pontiff', 'pope', 'delegate', 'coach', 'captain', 'manager', 'player', 'striker', 'star', 'champion',
    'veteran', 'actor', 'actress', 'director-general', 'secretary-general', 'mediator', 'campaigner',
    // Local and feature news: council, school, hospital, police and family roles.
    'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'commissioner', 'trustee', 'superintendent',
    'sheriff', 'inspector', 'detective', 'constable', 'nurse', 'doctor', 'physician', 'surgeon', 'teacher', 'principal',
    'student', 'parent', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'neighbor', 'neighbour', 'shopkeeper',
    'farmer', 'worker', 'engineer', 'historian', 'epidemiologist', 'physicist', 'biologist', 'chemist', 'priest',
    'pastor', 'congressman', 'congresswoman', 'legislator', 'chairwoman', 'chairperson', 'governor-general']
  ).map((noun) => [noun, 'person'] as const),
  ...(['officials', 'aides', 'diplomats', 'analysts', 'experts', 'sources', 'leaders', 'authors', 'lawmakers',
    'residents', 'witnesses', 'officers', 'observers', 'researchers', 'scientists', 'critics', 'activists',
    'negotiators', 'ministers', 'people', 'economists', 'politicians', 'insiders', 'protesters', 'soldiers',
    'investigators', 'prosecutors', 'commanders', 'representatives', 'members', 'organizers', 'organisers',
    'delegates', 'mediators', 'judges', 'justices', 'farmers', 'workers', 'campaigners', 'supporters', 'traders',
    'bankers', 'executives', 'doctors', 'medics', 'rescuers', 'police', 'voters', 'reporters', 'journalists',
    'allies', 'advocates', 'opponents', 'proponents', 'defenders', 'plaintiffs', 'defendants', 'backers', 'donors', 'employees',
    'staffers', 'advisers', 'advisors', 'strategists', 'pollsters', 'respondents', 'americans', 'democrats', 'republicans',
    // Shares of people polled and the rest of a group: "21 percent said", "others said", "a majority said".
    'percent', 'others', 'majority', 'minority', 'conservatives', 'liberals', 'progressives', 'operatives', 'forecasters',
    'councillors', 'councilors', 'trustees', 'nurses', 'teachers', 'students', 'parents', 'neighbors', 'neighbours',
    'engineers', 'lawyers', 'historians', 'regulators', 'shoppers', 'customers', 'passengers', 'locals', 'families']
  ).map((noun) => [noun, 'people'] as const),
  ...(['newspaper', 'publication', 'outlet', 'broadcaster', 'channel', 'magazine', 'paper', 'daily',
    'tabloid', 'website', 'portal', 'article', 'material']
  ).map((noun) => [noun, 'media'] as const),
  // Documents and records that report by themselves: "the filing said", "according to campaign finance records".
  ...(['report', 'reports', 'study', 'studies', 'statement', 'statements', 'document', 'documents', 'filing', 'filings',
    'complaint', 'lawsuit', 'suit', 'indictment', 'affidavit', 'memo', 'memorandum', 'letter', 'records', 'record',
    'data', 'poll', 'polls', 'survey', 'surveys', 'analysis', 'audit', 'transcript', 'figures', 'statistics', 'estimates',
    'emails', 'release', 'ruling', 'opinion', 'ad', 'advertisement', 'book', 'memoir', 'video', 'footage', 'documentary', 'slide']
  ).map((noun) => [noun, 'document'] as const),
  ...(['agency', 'force', 'forces', 'navy', 'guard', 'ministry', 'government', 'administration', 'office', 'department', 'committee', 'council', 'embassy',
    'army', 'military', 'command', 'staff', 'service', 'company', 'firm', 'group', 'party', 'institute',
    'commission', 'cabinet', 'court', 'parliament', 'bank', 'union', 'alliance', 'side', 'team', 'authorities',
    'delegation', 'mission', 'presidency', 'regime', 'think-tank', 'organisation', 'organization', 'franchise',
    'club', 'federation', 'league', 'programme', 'watchdog', 'regulator', 'tribunal', 'jury', 'centre', 'centres',
    'center', 'centers', 'university', 'college', 'school', 'hospital', 'museum', 'foundation', 'association',
    'society', 'academy', 'laboratory', 'observatory', 'institution', 'charity', 'utility', 'network',
    'campaign', 'companies', 'firms', 'banks', 'agencies', 'groups', 'governments', 'campaigns', 'city', 'county', 'state',
    'district', 'corporation', 'board', 'panel', 'legislature', 'congress', 'senate', 'house']
  ).map((noun) => [noun, 'body'] as const),
]);

/**
 * Body heads that say what the body is without pointing at one named before ("the campaign
 * says", "the companies said", "the city says"): they go back only to a speaker or organisation
 * with the word in its name, else they speak as described (#10).
 */
export const SELF_DESCRIBED_BODIES: ReadonlySet<string> = new Set([
  'campaign', 'campaigns', 'companies', 'firms', 'banks', 'agencies', 'groups', 'governments', 'city', 'county', 'state',
  'district', 'corporation', 'board', 'panel', 'legislature',
]);

/** Words that may stand before a role noun inside a speaker phrase and are not part of the role. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'one', 'another',
  'two', 'three', 'several', 'some', 'many', 'other', 'both',
]);

/** Adverbs and auxiliaries that may stand between a speaker and the cue ("Peskov also said"). */
export const BETWEEN_SPEAKER_AND_CUE: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'later', 'then',
  'previously', 'earlier', 'again', 'repeatedly', 'recently', 'reportedly', 'further', 'once', 'publicly',
  'separately', 'openly', 'firmly', 'flatly', 'categorically', 'bluntly', 'explicitly', 'clearly', 'simply',
  'quickly', 'already', 'himself', 'herself', 'themselves', 'itself', 'only', 'even', 'frequently', 'often',
  'last', 'this', 'week', 'month', 'year', 'on', 'yesterday', 'today', 'tonight', 'in', 'turn', 'just',
  'has', 'been', 'being', 'not', 'never', 'still', 'now', 'personally', 'directly', 'subsequently', 'finally',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening',
  'afternoon', 'night', 'weekend', 'did', 'does', 'do', 'may', 'might', 'must', 'should', 'can',
]);

/** Words that mark a quoted term rather than an utterance: so-called “X”, dubbed “X”. */
export const TERM_MARKERS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'headlined', 'term', 'word', 'words', 'phrase',
  'slogan', 'label', 'codenamed', 'code-named', 'termed', 'book', 'film', 'song',
  'programme', 'program', 'operation', 'campaign', 'show', 'series', 'album', 'novel', 'hashtag', 'motto',
]);

/** News organisations that are quoted by name without a title word. */
export const MEDIA_NAMES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'bloomberg', 'tass', 'ria', 'interfax', 'ukrinform', 'unn', 'bbc', 'cnn', 'nbc',
  'abc', 'cbs', 'fox', 'axios', 'politico', 'times', 'guardian', 'telegraph', 'post', 'journal', 'izvestia',
  'kommersant', 'vedomosti', 'meduza', 'censor.net', 'rbc', 'nyt', 'wsj', 'ft', 'economist', 'spiegel',
  'le monde', 'al jazeera', 'kyiv independent', 'pravda', 'rt', 'sputnik', 'novosti', 'suspilne', 'liga.net',
]);

/**
 * Common first names with a clear gender, so that "she" skips Dmitry and "he" skips Maria.
 * A small hand list of names frequent in international news; unknown names fit either pronoun.
 */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'maria', 'mariya', 'anna', 'olena', 'elena', 'yelena', 'iryna', 'irina', 'yulia', 'yuliia', 'julia',
  'olga', 'natalia', 'nataliya', 'natalya', 'tatiana', 'tetiana', 'svetlana', 'oksana', 'kateryna',
  'ekaterina', 'valentina', 'veronika', 'viktoria', 'victoria', 'ursula', 'kaja', 'kamala', 'hillary',
  'nancy', 'karoline', 'kristi', 'tulsi', 'pam', 'angela', 'annalena', 'giorgia', 'theresa',
  'liz', 'elizabeth', 'mary', 'sarah', 'susan', 'karen', 'linda', 'jennifer', 'jessica', 'emma', 'sophie',
  'marine', 'christine', 'kristalina', 'roberta', 'antonia', 'mette', 'sanna', 'ingrida', 'maia', 'salome',
  'lyudmila', 'liudmyla', 'ella', 'alina', 'daria', 'darya', 'ksenia', 'margarita', 'galina', 'halyna',
  'anastasia', 'sofia', 'kate', 'catherine', 'nicola', 'rachel', 'rebecca', 'laura', 'amy', 'elise',
  'nikki', 'marjorie', 'alexandria', 'michelle', 'melania', 'ivanka', 'lara', 'helga', 'vera', 'zoya',
  // Common given names of women in European and American news, from national first-name statistics.
  'juliette', 'julie', 'claire', 'isabelle', 'nathalie', 'camille', 'celine', 'agnes', 'brigitte',
  'marie', 'anne', 'sandrine', 'valerie', 'sabine', 'petra', 'monika', 'andrea', 'katarina', 'ewa',
  'agnieszka', 'magdalena', 'beata', 'jana', 'elisabeth', 'carmen', 'isabel', 'lucia', 'paola', 'francesca',
  'chiara', 'elisa', 'ana', 'patricia', 'barbara', 'margaret', 'emily', 'hannah', 'olivia', 'charlotte',
  'lisa', 'kimberly', 'donna', 'carol', 'janet', 'joanna', 'diane', 'ruth', 'helen', 'alice', 'lucy',
  'yvette', 'kristin', 'kirsten', 'ingrid', 'astrid', 'greta', 'magda', 'gabriela', 'dilma',
]);

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'dmitry', 'dmitri', 'vladimir', 'volodymyr', 'sergey', 'sergei', 'serhiy', 'yuri', 'yury', 'yuriy',
  'mikhail', 'leonid', 'kirill', 'rustem', 'andriy', 'andrii', 'andrei', 'andrey', 'oleksiy', 'oleksii',
  'alexei', 'alexey', 'aleksey', 'alexander', 'oleksandr', 'aleksandr', 'nikolai', 'mykola', 'pavel',
  'petro', 'pyotr', 'ivan', 'igor', 'ihor', 'viktor', 'victor', 'maxim', 'maksym', 'denis', 'denys',
  'donald', 'joe', 'john', 'steve', 'steven', 'jared', 'mark', 'emmanuel', 'olaf', 'friedrich', 'keir',
  'boris', 'rishi', 'antonio', 'recep', 'xi', 'narendra', 'benjamin', 'marco', 'pete', 'mike', 'michael',
  'jd', 'j.d.', 'james', 'robert', 'david', 'william', 'richard', 'thomas', 'charles', 'george', 'paul',
  'peter', 'keith', 'lindsey', 'tom', 'jens', 'josep', 'dmytro', 'vitali', 'vitaliy', 'valery', 'valeriy',
  'ramzan', 'yevgeny', 'evgeny', 'konstantin', 'anatoly', 'gennady', 'vasily', 'vyacheslav', 'grigory',
]);

/** Surname endings of Slavic women's names ("Zakharova", "Matviyenko" is not one). */
export const FEMALE_SURNAME_ENDINGS: readonly string[] = ['ova', 'eva', 'yeva', 'skaya', 'ska', 'ina', 'aya'];

/** Titles that tell a person's gender when the name does not ("spokeswoman He Yadong"). */
export const FEMALE_TITLES: ReadonlySet<string> = new Set([
  'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'mrs', 'mrs.', 'ms', 'ms.', 'queen', 'princess', 'duchess', 'lady', 'dame',
]);
export const MALE_TITLES: ReadonlySet<string> = new Set([
  'spokesman', 'chairman', 'congressman', 'businessman', 'mr', 'mr.', 'king', 'prince', 'duke', 'sir', 'lord',
]);

/** Two-word markers of a name or nickname before quote marks: known as “X”, referred to as “X”. */
export const TERM_PHRASES: readonly (readonly [string, string])[] = [
  ['known', 'as'], ['referred', 'as'], ['billed', 'as'], ['nicknamed', 'as'], ['branded', 'as'],
];

/** Nouns that head a listener after "told" when it is no name: "told a news conference …", "told the crowd …". */
export const LISTENER_NOUNS: ReadonlySet<string> = new Set([
  'conference', 'briefing', 'reporters', 'journalists', 'journalist', 'audience', 'crowd', 'parliament',
  'lawmakers', 'senators', 'media', 'newspaper', 'television', 'radio', 'broadcaster', 'channel', 'agency',
  'interview', 'meeting', 'summit', 'forum', 'rally', 'supporters', 'gathering', 'committee', 'hearing',
  'outlet', 'magazine', 'podcast', 'daily', 'tv', 'session', 'delegates', 'students', 'reporter', 'call',
]);

/**
 * Words in the names of public bodies ("Food and Drug Administration", "European Commission"),
 * and the description heads that refer to one ("the agency said") or to a business ("the company
 * said"). A description goes back first to a body of its sort, so "the agency" skips the drug
 * maker mentioned after the regulator. Compiled by hand from the names of government bodies in
 * wire copy.
 */
export const PUBLIC_BODY_NAME_WORDS: ReadonlySet<string> = new Set([
  'administration', 'agency', 'ministry', 'department', 'commission', 'office', 'service', 'bureau', 'authority',
  'council', 'committee', 'court', 'government', 'parliament', 'police', 'army', 'navy', 'forces', 'force',
  'kremlin', 'pentagon', 'congress', 'senate', 'assembly', 'directorate', 'inspectorate', 'tribunal', 'embassy',
  'secretariat', 'cabinet', 'regulator', 'board', 'fed', 'reserve', 'nations', 'union', 'organization', 'organisation',
]);
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'agency', 'ministry', 'department', 'administration', 'office', 'commission', 'regulator', 'watchdog',
  'government', 'authorities', 'service', 'court', 'tribunal', 'embassy', 'cabinet', 'presidency', 'council',
  'committee', 'parliament', 'army', 'military', 'navy', 'command', 'mission', 'delegation', 'regime',
]);
export const BUSINESS_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'bank', 'group', 'franchise', 'club']);

/** Words of photo credits ("Jane Roe / AFP - Getty Images"): a name after a dash with one of these credits a picture. */
export const PHOTO_CREDIT_WORDS: ReadonlySet<string> = new Set(['getty', 'images', 'photo', 'photos', 'epa', 'shutterstock', 'alamy', 'pool', 'afp', 'ap']);

/** Suffixes after a name ("Walter J. Brandt Jr.", "Harbor Freight Corp."): the surname is the word before them. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv', 'inc.', 'inc', 'corp.', 'corp', 'co.', 'ltd.', 'ltd', 'llc', 'plc', 'ag', 'sa',
]);
