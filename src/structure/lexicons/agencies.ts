/**
 * News agencies and wire services that appear in datelines, bylines and credits, so that a
 * byline's people list does not take "Reuters" for a person. From the members of the
 * European Alliance of News Agencies and the agencies most cited in English-language copy.
 */
export const AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'bloomberg', 'dpa', 'efe',
  'ansa', 'tass', 'ria novosti', 'interfax', 'xinhua', 'kyodo', 'yonhap', 'upi', 'pap', 'ukrinform',
  'unn', 'interfax-ukraine', 'anadolu', 'rfe/rl', 'cnn', 'bbc', 'pti', 'ani', 'aap', 'cp', 'bernama',
  'dow jones', 'staff', 'wire services', 'agencies',
]);
