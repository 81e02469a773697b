/**
 * Closed-class words that open English sentences: pronouns, determiners, conjunctions,
 * prepositions, question words, auxiliaries and sentence adverbs common in news leads.
 * After an abbreviation ("Co.", "U.S.", an initial), a capitalised word from this list
 * starts a new sentence, while other capitalised words ("Government", "Smith") continue it.
 * Hand-compiled from English function-word lists (the closed classes of the Penn Treebank
 * tag set) and the first words of wire-copy sentences; lower case.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // pronouns and possessives
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'my', 'your', 'his', 'her', 'its', 'our', 'their',
  'there', 'here', 'this', 'that', 'these', 'those', 'one', 'someone', 'nobody', 'everyone',
  // determiners and quantifiers
  'the', 'a', 'an', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'few', 'several',
  'no', 'none', 'any', 'other', 'another', 'such', 'more', 'less', 'much',
  // conjunctions and sentence adverbs
  'and', 'but', 'or', 'so', 'yet', 'nor', 'if', 'when', 'while', 'although', 'though', 'because',
  'as', 'once', 'unless', 'whether', 'however', 'meanwhile', 'also', 'still', 'then', 'thus',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'now', 'today', 'yesterday',
  'earlier', 'later', 'last', 'next', 'previously', 'separately', 'asked', 'according', 'yes', 'not',
  // prepositions
  'in', 'on', 'at', 'for', 'by', 'with', 'from', 'of', 'to', 'after', 'before', 'since', 'until',
  'during', 'under', 'over', 'about', 'against', 'among', 'despite', 'without', 'within', 'amid',
  // question words
  'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'where',
  // auxiliaries
  'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'let',
]);
