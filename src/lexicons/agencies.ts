/**
 * News agencies and wire services, as they sign datelines ("(Reuters) -"), bylines, credits and
 * photo credits ("REUTERS/…"), and the generic desk credits that stand where a reporter's name
 * would. One list for every stage: structure (bylines), html (author fields), entities (agency
 * mentions). Compiled by hand from the members of the European Alliance of News Agencies and the
 * agencies most cited in English-language copy, each in the spelling it uses for itself.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters', 'Thomson Reuters', 'Associated Press', 'The Associated Press', 'AP', 'AFP', 'Agence France-Presse',
  'Agence France Presse', 'Bloomberg', 'Dow Jones', 'dpa', 'EFE', 'ANSA', 'TASS', 'RIA Novosti', 'Interfax',
  'Interfax-Ukraine', 'Xinhua', 'Kyodo', 'Yonhap', 'UPI', 'PAP', 'Ukrinform', 'UNN', 'Anadolu', 'RFE/RL', 'PTI',
  'ANI', 'AAP', 'CP', 'The Canadian Press', 'Bernama', 'PA', 'PA Media', 'Press Association', 'CNN', 'BBC',
];

/** Desk and staff credits in author fields and bylines: a credit, never a person. */
export const STAFF_CREDITS: readonly string[] = [
  'staff', 'staff reporter', 'news desk', 'web desk', 'wire services', 'agencies', 'redaktion', 'rédaction', 'redacción',
];

const byLowerCase = new Map(NEWS_AGENCIES.map((name) => [name.toLowerCase(), name]));

/** The agency's own spelling of `name` in any case ("REUTERS" → "Reuters"), or undefined. */
export function agencyName(name: string): string | undefined {
  return byLowerCase.get(name.toLowerCase());
}

/** Agencies and desk credits in lower case, for matching author fields and bylines. */
export const CREDIT_NAMES: ReadonlySet<string> = new Set([...byLowerCase.keys(), ...STAFF_CREDITS]);
