/**
 * Roles that open a credit line without brackets ("Editing by Jane Doe"). Inside brackets any
 * short role is accepted; bare lines need a known one. From Reuters, AP and AFP sign-offs;
 * lower case.
 */
export const CREDIT_ROLES: ReadonlySet<string> = new Set([
  'reporting', 'additional reporting', 'writing', 'editing', 'compiled', 'graphics',
  'photography', 'photos', 'video', 'research', 'translation', 'translated', 'fact-checking',
  'production', 'produced', 'edited', 'written', 'reported', 'with reporting', 'with additional reporting',
]);
