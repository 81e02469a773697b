/**
 * Reporting verbs of news English, compiled by hand from the reporting-verb classes of English
 * grammars (Quirk et al.'s "verbs of saying", Levin's verbs of communication) and the verb lists
 * published with rule-based quote extractors such as the Gender Gap Tracker, checked against
 * wire copy. Each entry lists the forms news copy uses; matching is case-insensitive.
 */

/** Verbs that introduce what someone said, directly or as a reported clause. */
export const SPEECH_VERBS: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['state', 'states', 'stated', 'stating'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['warn', 'warns', 'warned', 'warning'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['answer', 'answers', 'answered', 'answering'],
  ['summarize', 'summarizes', 'summarized', 'summarizing', 'summarise', 'summarises', 'summarised'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['contend', 'contends', 'contended', 'contending'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['report', 'reports', 'reported'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['observe', 'observes', 'observed', 'observing'],
  ['point out', 'points out', 'pointed out', 'pointing out'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['repeat', 'repeats', 'repeated'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['propose', 'proposes', 'proposed'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['estimate', 'estimates', 'estimated'],
  ['believe', 'believes', 'believed'],
  ['think', 'thinks', 'thought'],
  ['hope', 'hopes', 'hoped'],
  ['fear', 'fears', 'feared'],
  ['expect', 'expects'],
  ['ask', 'asks', 'asked', 'asking'],
  ['urge', 'urges', 'urged', 'urging'],
  ['promise', 'promises', 'promised', 'promising'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['threaten', 'threatens', 'threatened'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['mention', 'mentions', 'mentioned'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['agree', 'agrees', 'agreed'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['allege', 'alleges', 'alleged'],
  ['accuse', 'accuses', 'accused'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['specify', 'specifies', 'specified'],
  ['clarify', 'clarifies', 'clarified'],
  ['continue', 'continued'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['testify', 'testifies', 'testified'],
  ['boast', 'boasts', 'boasted'],
  ['joke', 'jokes', 'joked'],
  ['quip', 'quips', 'quipped'],
  ['exclaim', 'exclaims', 'exclaimed'],
  ['shout', 'shouts', 'shouted'],
  ['whisper', 'whispers', 'whispered'],
  ['recount', 'recounts', 'recounted'],
  ['disclose', 'discloses', 'disclosed', 'disclosing'],
  ['reveal', 'reveals', 'revealed'],
  ['stipulate', 'stipulates', 'stipulated'],
  ['demand', 'demands', 'demanded'],
  // Added after reading real wire and aggregator copy: verbs of saying the first list lacked.
  ['counter', 'counters', 'countered'],
  ['retort', 'retorts', 'retorted'],
  ['hint', 'hints', 'hinted', 'hinting'],
  ['underline', 'underlines', 'underlined', 'underlining'],
  ['underscore', 'underscores', 'underscored', 'underscoring'],
  ['speculate', 'speculates', 'speculated'],
  ['reckon', 'reckons', 'reckoned'],
  ['forecast', 'forecasts', 'forecasted'],
  ['lament', 'laments', 'lamented'],
  ['recommend', 'recommends', 'recommended'],
  ['elaborate', 'elaborates', 'elaborated'],
  // Added after reading US and UK newspaper copy (feature and business pages).
  ['instruct', 'instructs', 'instructed'],
  ['sum up', 'sums up', 'summed up', 'summing up'],
  ['divulge', 'divulges', 'divulged'],
  ['advise', 'advises', 'advised'],
  ['remind', 'reminds', 'reminded'],
  ['confide', 'confides', 'confided'],
  ['muse', 'muses', 'mused'],
  ['grumble', 'grumbles', 'grumbled'],
  ['scoff', 'scoffs', 'scoffed'],
  ['sigh', 'sighs', 'sighed'],
  ['opine', 'opines', 'opined'],
  ['concur', 'concurs', 'concurred'],
  ['plead', 'pleads', 'pleaded'],
  ['marvel', 'marvels', 'marveled', 'marvelled'],
  ['brag', 'brags', 'bragged'],
  ['reassure', 'reassures', 'reassured'],
];

/**
 * Verbs that attribute a quoted fragment to their subject ("described the talks as “useful”")
 * without introducing a reported clause of their own.
 */
export const CHARACTERIZING_VERBS: readonly string[] = [
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing',
  'dismiss', 'dismisses', 'dismissed', 'dismissing', 'brand', 'branded', 'label', 'labeled', 'labelled',
  'hail', 'hailed', 'praise', 'praised', 'condemn', 'condemned', 'denounce', 'denounced',
  'criticize', 'criticized', 'criticise', 'criticised', 'slam', 'slammed', 'reject', 'rejects', 'rejected',
  'characterize', 'characterized', 'welcome', 'welcomed', 'identify', 'identified', 'refer', 'referred',
  'speak', 'speaks', 'spoke', 'talk', 'talked', 'applaud', 'applauded', 'express', 'expressed',
  'mean', 'meant', 'refers',
];

/** Multi-word cues whose object is the source: "according to X, …", "in the words of X". */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'in the words of', 'in the view of', 'in the opinion of'];

/** Source phrases whose speaker is the possessive in them: "In his opinion, …", "in her words". */
export const SOURCE_POSSESSIVES: readonly string[] = [
  'in his opinion', 'in her opinion', 'in their opinion', 'in his words', 'in her words', 'in their words',
  'in his view', 'in her view', 'in their view',
];

/**
 * Verbs that report a question: "She asked whether the road would reopen" reports her question
 * (an indirect quote of hers), although they start no clause of the usual kind (#10).
 */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['ask', 'asks', 'asked']);
/** Words that open an indirect question after such a verb. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);

/** Verbs that never start an indirect clause even though they cue speech ("asked", "urged to"). */
export const NO_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'comment', 'commented', 'continue', 'continued', 'answer', 'answers', 'answered',
  'answering', 'respond', 'responds', 'responded', 'responding', 'demand', 'demands', 'demanded',
  'deny', 'denies', 'denied', 'denying', 'accuse', 'accuses', 'accused', 'mention', 'mentions', 'mentioned', 'recall', 'recalled', 'reveal', 'reveals', 'revealed', 'agree', 'agreed', 'agrees',
  'repeat', 'repeats', 'repeated', 'expect', 'expects', 'threaten', 'threatens', 'threatened',
  'elaborate', 'elaborates', 'elaborated', 'recommend', 'recommends', 'recommended',
]);

/**
 * Verbs of NO_CLAUSE_VERBS that do report a clause when "that" follows them at once ("recalled
 * that a worker had been killed", "denied that talks had stalled"), though not with an object
 * ("recalled the ambassador", "denied entry").
 */
export const THAT_ONLY_VERBS: ReadonlySet<string> = new Set([
  'recall', 'recalls', 'recalled', 'reveal', 'reveals', 'revealed', 'mention', 'mentions', 'mentioned',
  'agree', 'agrees', 'agreed', 'repeat', 'repeats', 'repeated', 'deny', 'denies', 'denied', 'denying',
  'respond', 'responds', 'responded', 'answer', 'answers', 'answered', 'comment', 'commented',
  'elaborate', 'elaborated', 'threaten', 'threatens', 'threatened',
]);

/**
 * Verbs after which the reported clause may follow without "that" ("Peskov said Moscow was …").
 * Every other speech verb needs an explicit "that" before its clause counts as reported speech.
 */
export const THAT_OPTIONAL: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'add', 'adds', 'added', 'adding', 'tell', 'tells', 'told', 'telling',
  'insist', 'insists', 'insisted', 'warn', 'warns', 'warned', 'reply', 'replies', 'replied', 'believe',
  'believes', 'believed', 'think', 'thinks', 'thought', 'claim', 'claims', 'claimed', 'write', 'writes', 'wrote',
  'signal', 'signals', 'signaled', 'signalled', 'reckon', 'reckons', 'reckoned',
]);

/** Verbs whose object is the listener, never the speaker (`told journalist X`). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring', 'inform', 'informs',
  'informed', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'warn', 'warns', 'warned',
  'accuse', 'accuses', 'accused', 'call', 'calls', 'called', 'calling', 'describe', 'described',
  'remind', 'reminds', 'reminded', 'advise', 'advises', 'advised', 'instruct', 'instructs', 'instructed',
  'reassure', 'reassures', 'reassured',
]);

/**
 * Verbs that take either an object ("announced a review", "noted the gap") or a reported clause
 * without "that" ("announced it would close", "suggested she would run"): the clause counts only
 * when what follows reads as one, a subject and then a finite verb (#10).
 */
export const CLAUSE_OR_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'suggest', 'suggests', 'suggested', 'suggesting', 'announce', 'announces', 'announced', 'announcing',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'note', 'notes', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing', 'predict', 'predicts', 'predicted', 'predicting', 'confirm', 'confirms', 'confirmed',
  'admit', 'admits', 'admitted', 'admitting', 'concede', 'conceded', 'concedes', 'complain', 'complained', 'complains',
  'declare', 'declares', 'declared', 'contend', 'contends', 'contended', 'assert', 'asserts', 'asserted',
  'stress', 'stresses', 'stressed', 'tweet', 'tweets', 'tweeted', 'estimate', 'estimates', 'estimated',
  'report', 'reports', 'reported', 'indicate', 'indicates', 'indicated', 'maintain', 'maintains', 'maintained',
  'promise', 'promises', 'promised', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'explain', 'explains', 'explained',
]);
