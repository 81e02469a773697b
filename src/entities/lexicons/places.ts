/**
 * Places the generated tables miss or name differently from news copy. Hand-compiled from
 * wire-style usage; the bulk of countries, cities and states comes from `../data/`.
 */

/** Canonical country name → extra aliases news copy uses (the ISO table's formal names stay aliases). */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'the States'],
  'United Kingdom': ['Britain', 'Great Britain', 'UK', 'U.K.'],
  Russia: ['Russian Federation'],
  Iran: ['Islamic Republic of Iran'],
  Syria: ['Syrian Arab Republic'],
  Laos: ["Lao People's Democratic Republic"],
  'South Korea': ['Republic of Korea'],
  'Czech Republic': ['Czechia'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  Netherlands: ['Holland'],
  Turkey: ['Turkiye', 'Türkiye'],
  'Ivory Coast': ["Cote d'Ivoire", "Côte d'Ivoire"],
  Myanmar: ['Burma'],
  'Soviet Union': ['USSR', 'U.S.S.R.'],
  'Palestinian Territories': ['Palestine'],
  'Democratic Republic of the Congo': ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  Kosovo: [],
  England: [],
  Scotland: [],
  Wales: [],
  'Northern Ireland': [],
  Taiwan: [],
  Vatican: ['Vatican City', 'Holy See'],
  // Former countries, still named in archives and in history.
  Yugoslavia: [],
  Czechoslovakia: [],
  Zaire: [],
  'East Germany': [],
  'West Germany': [],
};

/** Cities and spellings the population cut or the transliteration of the day leaves out. */
export const EXTRA_CITIES: readonly string[] = [
  'Kiev', 'Kharkov', 'Odesa', 'Lviv', 'Zaporizhzhia', 'Kherson', 'Mariupol', 'Bakhmut', 'Avdiivka', 'Pokrovsk',
  'Sevastopol', 'Simferopol', 'Belgorod', 'Kursk', 'Bryansk', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg',
  'Anchorage', 'Geneva', 'Davos', 'Brussels', 'Strasbourg', 'The Hague', 'Gaza City', 'Jerusalem', 'Tel Aviv',
  'Wall Street', 'Downing Street', 'Beijing', 'Peking', 'Bombay', 'Calcutta', 'Rangoon', 'Washington',
  'Sochi', 'Istanbul', 'Doha', 'Jeddah', 'Abu Dhabi', 'Dubai', 'Hong Kong', 'Macau', 'Minsk',
];

/** Regions, continents, bodies of water and other non-political places (LOC). */
export const REGIONS: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Antarctica', 'Oceania',
  'Middle East', 'Near East', 'Far East', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Balkans',
  'Scandinavia', 'Caucasus', 'North Caucasus', 'Siberia', 'Arctic', 'Sahel', 'Horn of Africa', 'Gulf',
  'Persian Gulf', 'Black Sea', 'Baltic', 'Baltic Sea', 'Mediterranean', 'Red Sea', 'Caspian Sea',
  'Sea of Azov', 'Atlantic', 'Pacific', 'Indian Ocean', 'South China Sea', 'Taiwan Strait', 'Strait of Hormuz',
  'Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk', 'Kursk region', 'West Bank', 'Gaza', 'Gaza Strip',
  'Golan Heights', 'Kashmir', 'Tibet', 'Xinjiang', 'Nile', 'Danube', 'Dnipro', 'Dnieper', 'Volga', 'Amazon',
  'Alps', 'Himalayas', 'Silicon Valley', 'Midwest',
];

/** Nationalities, religions and political groups (NORP) beyond the generated demonyms. */
export const EXTRA_NATIONALITIES: readonly string[] = [
  'Soviet', 'European', 'Arab', 'Asian', 'African', 'Western', 'Eastern', 'Latin American', 'Kurdish', 'Kurd',
  'English', 'Scottish', 'Welsh', 'Chechen', 'Tatar', 'Crimean', 'Slavic', 'Persian', 'Emirati', 'Korean',
  'Congolese', 'Dominican', 'Kazakh', 'Uzbek', 'Argentine', 'Filipino', 'Palestinian', 'Taiwanese', 'Kosovar',
  'Muslim', 'Moslem', 'Islamic', 'Christian', 'Jewish', 'Catholic', 'Protestant', 'Orthodox', 'Sunni', 'Shia', "Shi'ite",
  'Shiite', 'Hindu', 'Buddhist', 'Sikh', 'Maoist', 'Marxist', 'Leninist',
  'Republican', 'Democrat', 'Democratic', 'Conservative', 'Labour', 'Communist', 'Socialist', 'Islamist',
  'Bolshevik', 'Nazi', 'Zionist', 'Texan', 'Californian', 'Floridian', 'New Yorker', 'Londoner', 'Muscovite',
  'Parisian', 'Berliner', 'Siberian', 'Bavarian', 'Catalan', 'Basque', 'Flemish', 'Walloon', 'Corsican',
];

/** Words that make the capitalised run they close a place: "Emirates Stadium", "Hay Street". */
export const PLACE_HEADS_AFTER: readonly string[] = [
  'Stadium', 'Arena', 'Airport', 'Street', 'Avenue', 'Road', 'Square', 'Bridge', 'Park', 'River', 'Lake',
  'Mountains', 'Mountain', 'Hills', 'Island', 'Islands', 'Peninsula', 'Bay', 'Valley', 'Sea', 'Ocean', 'Strait',
  'Canal', 'Desert', 'Province', 'Region', 'County', 'Oblast', 'Krai', 'Prefecture', 'Plateau', 'Coast', 'Beach',
  'Creek', 'Dock', 'Docks', 'Reservoir', 'Harbour', 'Harbor', 'Falls', 'Canyon', 'Glacier', 'Forest', 'Heights', 'Springs',
  'Gorge', 'Lagoon', 'Marsh', 'Wetlands', 'Peak', 'Volcano', 'Dam',
];

/** Words that make the capitalised run they open a place: "Lake Victoria", "Mount Everest". */
export const PLACE_HEADS_BEFORE: readonly string[] = ['Lake', 'Mount', 'Mt.', 'Cape', 'Gulf', 'Port', 'Fort'];

/** Compass words that, before a listed place, name a region of it: "East Africa", "Northern Ireland". */
export const COMPASS_WORDS: readonly string[] = [
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast',
  'Northwest', 'Southeast', 'Southwest', 'Upper', 'Lower', 'Greater', 'New',
];

/**
 * Older or Russian-based spellings of places → the spelling news copy uses now, so that identity
 * keys merge them across articles ("Kiev" and "Kyiv" are one city).
 */
export const PLACE_SPELLINGS: Readonly<Record<string, string>> = {
  Kiev: 'Kyiv', Kharkov: 'Kharkiv', Odessa: 'Odesa', Nikolaev: 'Mykolaiv', Nikolayev: 'Mykolaiv',
  Zaporozhye: 'Zaporizhzhia', Lugansk: 'Luhansk', Donbass: 'Donbas', Dnieper: 'Dnipro', Dnepropetrovsk: 'Dnipro',
  Chernigov: 'Chernihiv', Rovno: 'Rivne', Lvov: 'Lviv', Artemovsk: 'Bakhmut', Peking: 'Beijing',
  Bombay: 'Mumbai', Calcutta: 'Kolkata', Madras: 'Chennai', Rangoon: 'Yangon', Canton: 'Guangzhou',
  Saigon: 'Ho Chi Minh City', 'St Petersburg': 'Saint Petersburg', 'St. Petersburg': 'Saint Petersburg',
  Kishinev: 'Chisinau', Tiflis: 'Tbilisi', 'Alma-Ata': 'Almaty', Gaza: 'Gaza Strip',
};

/**
 * Lower-case words that, with "of", put a place after them: "the village of X", "north of X",
 * "the outskirts of X".
 */
export const PLACE_NOUNS_BEFORE_OF: readonly string[] = [
  'village', 'town', 'city', 'hamlet', 'suburb', 'suburbs', 'outskirts', 'province', 'state', 'region', 'district',
  'county', 'island', 'port', 'capital', 'municipality', 'parish', 'borough', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'heart', 'streets', 'mayor', 'residents',
];

/** Lower-case nouns right after a name that make it a place: "the Ituri region", "Kano state", "Heathrow airport". */
export const PLACE_NOUNS_AFTER: readonly string[] = [
  'region', 'province', 'district', 'oblast', 'governorate', 'prefecture', 'state', 'county', 'valley', 'river', 'basin',
  'coast', 'peninsula', 'village', 'town', 'city', 'airport', 'port', 'island', 'islands', 'mountains', 'border',
];
