/**
 * Organisation evidence, hand-compiled from wire-style usage: well-known bodies named without a
 * telling head word, the head words that make a capitalised run an organisation, and the
 * suffixes of company names.
 */

/** Organisations news copy names bare: acronyms and one-word names with no head word. */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee', 'Élysée', 'Bundestag', 'Knesset', 'Duma',
  'State Duma', 'Rada', 'Verkhovna Rada', 'Congress', 'Senate', 'Parliament', 'Politburo', 'Vatican',
  'NATO', 'Nato', 'UN', 'U.N.', 'United Nations', 'EU', 'E.U.', 'European Union', 'OPEC', 'OPEC+', 'IMF', 'WTO',
  'WHO', 'G7', 'G20', 'BRICS', 'ASEAN', 'OSCE', 'IAEA', 'UNESCO', 'UNICEF', 'Interpol', 'Europol', 'FIFA', 'UEFA',
  'IOC', 'NBA', 'NFL', 'CIA', 'FBI', 'NSA', 'KGB', 'FSB', 'SBU', 'GRU', 'SVR', 'MI6', 'MI5', 'NASA', 'Hamas',
  'Hezbollah', 'Taliban', 'Wagner', 'Gazprom', 'Rosneft', 'Lukoil', 'Rosatom', 'Roscosmos', 'Aeroflot',
  'Sberbank', 'VTB', 'Naftogaz', 'Tass', 'RIA', 'Fox News', 'Al Jazeera', 'Telegram', 'Google',
  'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'SpaceX', 'Boeing', 'Airbus',
  'Nasdaq', 'Fed', 'Federal Reserve', 'ECB', 'Bundesbank', 'Treasury', 'Supreme Court', 'Red Cross',
  'Goldman Sachs', 'JPMorgan', 'JP Morgan', 'Morgan Stanley', 'Citigroup', 'Citi', 'Barclays', 'HSBC', 'UBS',
  'Credit Suisse', 'BNP Paribas', 'Societe Generale', 'Deutsche Bank', 'Commerzbank', 'Nomura', 'BlackRock',
  'Moody\'s', 'Fitch', 'Standard & Poor\'s', 'S&P Global', 'Visa', 'Mastercard', 'Toyota', 'Volkswagen',
  'Siemens', 'Shell', 'BP', 'Exxon', 'ExxonMobil', 'Chevron', 'Nvidia', 'Intel', 'Samsung', 'Huawei',
  'Greenpeace', 'Amnesty International', 'Human Rights Watch', 'Kyiv Independent', 'Politico', 'Axios',
];

/**
 * Head words that make the capitalised run they end (or open, before "of") an organisation:
 * "Foreign Ministry", "Ministry of Defence", "Institute for the Study of War".
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'Ministry', 'Ministries', 'Department', 'Office', 'Agency', 'Service', 'Services', 'Bureau', 'Committee',
  'Commission', 'Council', 'Assembly', 'Parliament', 'Senate', 'Congress', 'Duma', 'Court', 'Tribunal',
  'Party', 'Movement', 'Front', 'Union', 'League', 'Alliance', 'Coalition', 'Federation', 'Confederation', 'Association',
  'Organisation', 'Organization', 'Institute', 'Institution', 'Foundation', 'Fund', 'Trust', 'Center',
  'Centre', 'University', 'College', 'School', 'Academy', 'Bank', 'Exchange', 'Group', 'Company', 'Corporation',
  'Holdings', 'Industries', 'Airlines', 'Airways', 'Motors', 'Energy', 'Petroleum', 'Oil', 'Gas', 'Telecom',
  'Network', 'Times', 'Post', 'Journal', 'Daily', 'News', 'Press', 'Herald', 'Guardian', 'Telegraph', 'Club', 'FC',
  'Army', 'Navy', 'Guard', 'Force', 'Forces', 'Police', 'Command', 'Brigade', 'Battalion', 'Regiment', 'Division',
  'Board', 'Authority', 'Administration', 'Cabinet', 'Government', 'Secretariat', 'Directorate', 'Church',
  'Hospital', 'Museum', 'Society', 'Team', 'Squad', 'Corps', 'Mission', 'Delegation', 'Embassy', 'Consulate',
  'Hotel', 'Band', 'Orchestra', 'Library', 'Records', 'Studios', 'Railroad', 'Railway', 'Railways', 'Magazine',
  'Radio', 'Television', 'Media', 'Entertainment', 'Broadcasting', 'Lines', 'Systems', 'Technologies',
  'Pharmaceuticals', 'Capital', 'Partners', 'Securities', 'Investments', 'Bancorp', 'Insurance', 'Steel',
  'Mining', 'Resources', 'Foods', 'Chemicals', 'Electric', 'Electronics', 'Brothers', 'Bros.', 'Management',
  'Associates', 'Consulting', 'Advisors', 'Advisers', 'Economics', 'Research', 'Analytics', 'Advisory',
  'Labs', 'Laboratory', 'Laboratories', 'Programme', 'Program', 'Forum', 'Initiative', 'Observatory', 'Monitor',
  // A wire service's desks, named in sign-offs: "London Newsroom", "Municipal Desk".
  'Newsroom', 'Newsdesk', 'Desk',
];

/** Company suffixes; the run they close is an organisation: "Acme Holdings Inc.". */
export const COMPANY_SUFFIXES: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'Plc', 'PLC', 'plc', 'AG', 'SA', 'S.A.',
  'NV', 'N.V.', 'GmbH', 'AB', 'ASA', 'SpA', 'Bhd', 'LP', 'LLP',
];

/**
 * Generic words that close a company's full name and drop from its short form: "Magna
 * International Inc" is "Magna" in later sentences, "Acme Holdings Corp" is "Acme".
 */
export const COMPANY_NAME_TAILS: readonly string[] = [
  ...COMPANY_SUFFIXES, 'International', 'Group', 'Holdings', 'Holding', 'Corporation', 'Company', 'Incorporated', 'Limited',
  'Bancorp', 'Bancorporation', 'Bancshares',
];

/** Words that turn the town before them into its football club: "Manchester United", "Leicester City". */
export const CLUB_SUFFIXES: readonly string[] = [
  'United', 'City', 'Town', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Hotspur', 'Rangers', 'County', 'FC',
];

/** Words that turn the town after them into its club: "Real Madrid", "Inter Milan". */
export const CLUB_PREFIXES: readonly string[] = [
  'Real', 'Atletico', 'Atlético', 'Inter', 'AC', 'AS', 'FC', 'Sporting', 'Dynamo', 'Dinamo', 'Olympique',
  'Borussia', 'Racing', 'Athletic', 'Lokomotiv', 'Spartak', 'Shakhtar', 'Zenit', 'Young Boys',
];

/** Lower-case nouns right before a name that make it an organisation: "carrier Jetstar", "lender Nomura". */
export const ORGANISATION_CUES: readonly string[] = [
  'company', 'firm', 'group', 'carrier', 'airline', 'airlines', 'lender', 'bank', 'insurer', 'retailer', 'chipmaker',
  'automaker', 'carmaker', 'planemaker', 'miner', 'producer', 'manufacturer', 'broadcaster', 'newspaper', 'daily',
  'agency', 'club', 'party', 'militia', 'movement', 'startup', 'conglomerate', 'operator', 'utility', 'brokerage',
  'publisher', 'watchdog', 'regulator', 'rival', 'subsidiary', 'unit', 'parent', 'giant', 'side', 'outlet',
];

/** Lower-case nouns right after a name that make it an organisation: "the Hayat Tahrir al-Sham group". */
export const ORGANISATION_NOUNS: readonly string[] = [
  'group', 'company', 'firm', 'party', 'movement', 'militia', 'faction', 'alliance', 'bloc', 'coalition', 'agency',
  'airline', 'bank', 'club', 'team', 'network', 'newspaper', 'broadcaster', 'shares', 'stock', 'executives',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'board', 'subsidiary', 'unit', 'headquarters',
];

/** Lower-case nouns after a name's possessive that only a company has: "Zentrova's shares", "Zentrova's shareholders". */
export const COMPANY_POSSESSIONS: readonly string[] = [
  'shares', 'stock', 'shareholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'headquarters', 'executives',
  'board', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'turnover', 'takeover', 'merger', 'brand', 'brands',
  'bonds', 'chief', 'ceo', 'employees', 'customers', 'factory', 'factories', 'stores', 'fleet', 'flights', 'products',
  'dividend', 'quarterly',
];

/** Lower-case nouns that, with "in" or "of", put a company after them: "a stake in Zentrova", "shares of Zentrova". */
export const COMPANY_HOLDINGS: readonly string[] = ['stake', 'stakes', 'shares', 'holding', 'holdings', 'shareholder', 'shareholders', 'takeover', 'acquisition', 'bid'];

/** Verbs that take a club as object: "joined Zentrova", "coached Zentrova". */
export const CLUB_VERBS: readonly string[] = [
  'joined', 'joins', 'joining', 'rejoined', 'coached', 'coaches', 'coaching', 'captained', 'captains', 'manages', 'managed',
];

/** Verbs that take a club after "for" or "with": "played for Zentrova", "signed with Zentrova". */
export const CLUB_VERBS_BEFORE_FOR: readonly string[] = [
  'played', 'plays', 'playing', 'signed', 'signs', 'signing', 'starred', 'scored', 'debuted', 'appearances', 'games', 'goals',
];
