/**
 * A small starter gazetteer of countries, capitals and nationalities that recur in
 * international news. Hand-compiled; the entities stage replaces it with packaged data.
 */
export const COUNTRIES: readonly string[] = [
  'Russia', 'Ukraine', 'United States', 'US', 'U.S.', 'China', 'France', 'Germany', 'Britain',
  'United Kingdom', 'Turkey', 'Saudi Arabia', 'UAE', 'Poland', 'Belarus', 'India', 'Japan', 'Iran',
  'Israel', 'Hungary', 'Italy', 'Spain', 'Canada', 'Mexico', 'Brazil',
];

export const CITIES: readonly string[] = [
  'Moscow', 'Kyiv', 'Kiev', 'Washington', 'London', 'Paris', 'Berlin', 'Beijing', 'Ankara', 'Istanbul',
  'Budapest', 'Miami', 'Anchorage', 'Riyadh', 'Warsaw', 'Minsk', 'Brussels', 'Geneva', 'Tokyo',
];

export const NATIONALITIES: readonly string[] = [
  'Russian', 'Ukrainian', 'American', 'European', 'Chinese', 'French', 'German', 'British', 'Turkish',
];
