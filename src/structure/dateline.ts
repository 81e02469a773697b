import type { Dateline } from '../model.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicons/months.js';

const MONTH = `(?:${MONTH_NAMES.join('|')})\\.?`;
const DATE = `(?:${MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${MONTH}(?:,? \\d{4})?|${WEEKDAY_NAMES.join('|')})`;
/** A region after the place ("KYIV, Ukraine", "AUSTIN, Texas"), which is not the date. */
const REGION = `(?:, (?!${DATE}\\b)[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*)?`;
/**
 * A place in capitals ("MOSCOW", "NEW YORK", "ST. PETERSBURG"); at least three letters, so
 * that "US - Russia talks" is not read as a dateline.
 */
const CAPS_PLACE = `[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*)*${REGION}`;
/** Before an agency tag the place may be in title case too ("Kyiv, Feb 7 (UNN) -"). */
const ANY_PLACE = `[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*${REGION}`;
/** An agency in brackets: one to four short words ("Reuters", "AP", "RFE/RL", "dpa"). */
const AGENCY = `[A-Za-z][\\w/&.'’-]*(?: [\\w/&.'’-]+){0,3}`;
const DASH = `(?:--|[-–—])`;
/** Without an agency tag, only the long dashes of US dateline style ("WASHINGTON —"). */
const LONG_DASH = `(?:--|[–—])`;

/** A numeric date as archive wire copy prints it ("1996-08-30"). */
const ISO_DATE = `\\d{4}-\\d{2}-\\d{2}`;

/** Between place and date: a comma, or a period in some agencies' style ("KYIV. Feb 7"). */
const PLACE_DATE = `[,.] `;

/**
 * The dateline forms of wire copy, tried in order:
 *   1. `MOSCOW, Feb 7 (Reuters) -`, `(Reuters) –`, `Kyiv, 7 February 2025 (UNN) -`
 *   2. `WASHINGTON —`, `KYIV, Ukraine, Feb. 7 —` (capitals, a long dash, no agency; a capital follows)
 *   3. `KYIV, Feb 7 - ` (capitals and a date: any dash)
 *   4. `MOSCOW, February 7. /TASS/.` (the TASS style)
 *   5. `OTTAWA 1996-08-30` (archive wire style: place and date make up the whole line)
 */
const DATELINE_FORMS: readonly RegExp[] = [
  new RegExp(`^(?:(?<place>${ANY_PLACE})(?:${PLACE_DATE}(?<date>${DATE}))?,? )?\\((?<agency>${AGENCY})\\) ?${DASH}(?=\\s)`, 'u'),
  new RegExp(`^(?<place>${CAPS_PLACE})(?:, (?<date>${DATE}))? ${LONG_DASH}(?= ["“‘']?[A-Z0-9])`, 'u'),
  new RegExp(`^(?<place>${CAPS_PLACE})${PLACE_DATE}(?<date>${DATE}) ${DASH}(?= ["“‘']?[A-Z0-9])`, 'u'),
  new RegExp(`^(?<place>${CAPS_PLACE}), (?<date>${DATE})\\. ?/(?<agency>${AGENCY})/\\.?`, 'u'),
  new RegExp(`^(?<place>${CAPS_PLACE})[,.]? (?<date>${ISO_DATE}|${DATE})$`, 'u'),
];

/** The dateline at the start of `value` (a paragraph starting at `offset`), or undefined. */
export function parseDateline(value: string, offset: number): Dateline | undefined {
  for (const form of DATELINE_FORMS) {
    const match = form.exec(value);
    if (match === null) continue;
    const { place, date, agency } = match.groups ?? {};
    const dateline: Dateline = { start: offset, end: offset + match[0].length };
    if (place) dateline.place = place;
    if (date) dateline.date = date;
    if (agency) dateline.agency = agency;
    return dateline;
  }
  return undefined;
}
