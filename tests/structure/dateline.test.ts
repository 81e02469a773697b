import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/structure/dateline.js';

describe('parseDateline', () => {
  it.each([
    ['(Reuters) – The bank held rates.', '(Reuters) –', {}],
    ['MOSCOW, Feb 7 (Reuters) - The bank held rates.', 'MOSCOW, Feb 7 (Reuters) -', { place: 'MOSCOW', date: 'Feb 7', agency: 'Reuters' }],
    ['LONDON, Sept. 3, 2025 (Reuters) - Prices rose.', 'LONDON, Sept. 3, 2025 (Reuters) -', { place: 'LONDON', date: 'Sept. 3, 2025' }],
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON (AP) —', { place: 'WASHINGTON', agency: 'AP' }],
    ['KYIV, Ukraine (AP) — Sirens sounded.', 'KYIV, Ukraine (AP) —', { place: 'KYIV, Ukraine' }],
    ['Kyiv, 7 February 2025 (UNN) - Sirens sounded.', 'Kyiv, 7 February 2025 (UNN) -', { place: 'Kyiv', date: '7 February 2025', agency: 'UNN' }],
    ['BERLIN, Tuesday (dpa) - Talks ended.', 'BERLIN, Tuesday (dpa) -', { date: 'Tuesday', agency: 'dpa' }],
    ['KYIV. Feb 7 (Interfax-Ukraine) – Sirens sounded.', 'KYIV. Feb 7 (Interfax-Ukraine) –', { place: 'KYIV', date: 'Feb 7', agency: 'Interfax-Ukraine' }],
    ['KYIV, Feb 7 - Sirens sounded.', 'KYIV, Feb 7 -', { place: 'KYIV', date: 'Feb 7' }],
    ['NEW YORK — Stocks fell.', 'NEW YORK —', { place: 'NEW YORK' }],
    ['ST. PETERSBURG, Russia -- The forum opened.', 'ST. PETERSBURG, Russia --', { place: 'ST. PETERSBURG, Russia' }],
    ['MOSCOW, February 7. /TASS/. The Kremlin said.', 'MOSCOW, February 7. /TASS/.', { agency: 'TASS' }],
    ['LISBON 2003-05-14', 'LISBON 2003-05-14', { place: 'LISBON', date: '2003-05-14' }],
  ])('%s', (line, prefix, fields) => {
    const dateline = parseDateline(line, 10);
    expect(dateline).toMatchObject({ start: 10, end: 10 + prefix.length, ...fields });
  });

  it.each([
    'The Kremlin said on Friday it was ready.',
    'NATO — which has 32 members — met.',
    'Peskov (pictured) said the talks went well.',
    'US - Russia talks resumed.',
    'LISBON 2003-05-14 was a Wednesday.',
  ])('finds none in %s', (line) => expect(parseDateline(line, 0)).toBeUndefined());
});
