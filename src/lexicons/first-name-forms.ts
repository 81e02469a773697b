/**
 * Common short forms of English first names and the formal name each stands for, so "Joe Smith"
 * and "Joseph Smith" meet as one person. Written by hand from general knowledge of English
 * hypocorisms (the pairs any name dictionary lists); no npm package keeps such a list under a
 * permissive licence (parse-full-name parses names but maps no short forms). Only short forms
 * with one usual formal name are listed: "Ted" (Edward or Theodore), "Pat", "Sam", "Alex",
 * "Chris", "Jerry" and the like are left out, and so are names that are given as they stand
 * ("Harry", "Jack").
 */
export const FIRST_NAME_FORMS: Readonly<Record<string, string>> = {
  abe: 'abraham', andy: 'andrew', barb: 'barbara', ben: 'benjamin', bernie: 'bernard', bill: 'william',
  billy: 'william', bob: 'robert', bobby: 'robert', charlie: 'charles', chuck: 'charles', dan: 'daniel',
  danny: 'daniel', dave: 'david', debbie: 'deborah', dick: 'richard', don: 'donald', ed: 'edward',
  fred: 'frederick', greg: 'gregory', hank: 'henry', jeff: 'jeffrey', jim: 'james', jimmy: 'james',
  joe: 'joseph', ken: 'kenneth', larry: 'lawrence', liz: 'elizabeth', matt: 'matthew', mike: 'michael',
  mitch: 'mitchell', nick: 'nicholas', peggy: 'margaret', rick: 'richard', rob: 'robert', ron: 'ronald',
  rudy: 'rudolph', steve: 'stephen', tim: 'timothy', tom: 'thomas', tommy: 'thomas', tony: 'anthony',
  walt: 'walter', will: 'william',
};
