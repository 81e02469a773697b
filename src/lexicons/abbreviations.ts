/**
 * Abbreviations that end in a period without ending the sentence. Compiled by hand from
 * news style (AP Stylebook titles and months) for the first splitter.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'gov.', 'sen.', 'rep.',
  'st.', 'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'etc.',
  'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);
