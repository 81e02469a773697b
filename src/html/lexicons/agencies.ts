/**
 * News agencies and desk names that CMSes put in author fields. A byline naming only these
 * is a credit, not a person: the cascade keeps looking for a person and falls back to it.
 * The agencies are the major wire services (their own published names and short forms);
 * the desk words are the generic staff credits English and European sites use.
 */
export const AGENCY_NAMES: readonly string[] = [
  'afp',
  'agence france-presse',
  'agence france presse',
  'ap',
  'associated press',
  'the associated press',
  'reuters',
  'thomson reuters',
  'dpa',
  'ansa',
  'efe',
  'xinhua',
  'tass',
  'ria novosti',
  'interfax',
  'upi',
  'pa',
  'pa media',
  'press association',
  'bloomberg',
  'kyodo',
  'yonhap',
  'aap',
  'cp',
  'the canadian press',
  'staff',
  'staff reporter',
  'news desk',
  'web desk',
  'redaktion',
  'rédaction',
  'redacción',
];
